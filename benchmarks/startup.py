"""One story through the console script, interpreter start included, as pre-commit calls it.

    python benchmarks/startup.py [STORY] [--runs 20]

Prints the median wall time of ``newslint check STORY`` beside ``python -c pass`` (the bare
interpreter start) and ``python -c "import lint.cli"`` (imports only), measured interleaved.
"""

from __future__ import annotations

import sys
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
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import lint.cli": [sys.executable, "-c", "import lint.cli"],
        "newslint check STORY": [*newslint_command(), "check", str(args.story)],
    }
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            samples[name].append(run(command, cwd=REPO))
    print(f"story: {args.story}, {args.runs} runs each, interleaved")
    for name, runs in samples.items():
        print(f"  {name:<22} median {1000 * median(runs):6.0f} ms")
    print(f"newslint check on one story: {1000 * median(samples['newslint check STORY']):.0f} ms "
          "(target: at most 150 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
