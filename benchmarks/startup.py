"""One story through the console script, interpreter start included, as pre-commit calls it.

    python benchmarks/startup.py [STORY] [--runs 20]

Prints median wall times, measured interleaved, of ``python -c pass`` (the bare interpreter),
``python -c "import lint.cli"`` (imports only), and ``newslint check`` on a copy of STORY in a
temporary folder with a cache folder of its own, three ways:

- ``--no-cache``: everything from scratch (packs parsed, every rule's module imported);
- ``edited story``: the story changes before every run (a line is added), the configuration
  does not, as when a desk edits a story and commits: the story is linted, the configuration
  comes from its snapshot in the cache folder;
- ``unchanged story``: the same story again: its findings come from the findings cache.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timing import REPO, Sample, argument_parser, median, newslint_command, run


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("story", nargs="?", type=Path, default=REPO / "examples" / "spun-story.txt")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if not args.story.is_file():
        sys.exit(f"story not found: {args.story}")
    with tempfile.TemporaryDirectory(prefix="newslint-startup-") as folder:
        work = Path(folder)
        edited, unchanged = work / "edited.txt", work / "unchanged.txt"
        text = args.story.read_text(encoding="utf-8")
        edited.write_text(text, encoding="utf-8")
        unchanged.write_text(text, encoding="utf-8")
        env = dict(os.environ, NEWSLINT_CACHE_DIR=str(work / "cache"))
        newslint = [*newslint_command(), "check"]
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "import lint.cli": [sys.executable, "-c", "import lint.cli"],
            "newslint --no-cache": [*newslint, "--no-cache", str(unchanged)],
            "edited story": [*newslint, str(edited)],
            "unchanged story": [*newslint, str(unchanged)],
        }
        run(commands["unchanged story"], cwd=work, env=env)  # fill the snapshot and the entry
        samples: dict[str, list[Sample]] = {name: [] for name in commands}
        for round_number in range(args.runs):
            for name, command in commands.items():
                if name == "edited story":
                    with edited.open("a", encoding="utf-8") as handle:
                        handle.write(f"\nEdit {round_number}.\n")
                samples[name].append(run(command, cwd=work, env=env))
    print(f"story: {args.story}, {args.runs} runs each, interleaved")
    for name, runs in samples.items():
        print(f"  {name:<22} median {1000 * median(runs):6.0f} ms")
    print(f"one story linted (edited story): {1000 * median(samples['edited story']):.0f} ms "
          "(target: at most 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
