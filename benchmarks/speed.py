"""Archive sweeps: each corpus cold (--jobs 1 and 2) and warm (findings cache), beside proselint.

    python benchmarks/speed.py [CORPUS ...] [--runs 5] [--proselint PATH]

With no CORPUS, every corpus folder in ``../shared/corpus`` is swept. For each, the commands run
one after the other in every round (interleaved, so they share the machine's noise), and the
figures are medians over the rounds with their ratios: ``cold`` lints every story
(``--no-cache``); ``warm`` runs over a findings cache that an untimed run filled first, in a
temporary folder. proselint 0.16.0 is looked up on PATH (or given with --proselint); install it
in a separate venv: ``python -m venv /tmp/p && /tmp/p/bin/pip install proselint==0.16.0``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import default_corpora, require_corpus, story_files
from benchmarks.timing import Sample, argument_parser, median, newslint_command, run


def sweep(corpus: Path, runs: int, proselint: str | None, cache: Path) -> None:
    files = [str(p) for p in story_files(corpus)]
    megabytes = sum(Path(f).stat().st_size for f in files) / 1e6
    newslint = [*newslint_command(), "check", "--no-color"]
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(cache))
    commands = {
        "cold --jobs 1": [*newslint, "--no-cache", "--jobs", "1", *files],
        "cold --jobs 2": [*newslint, "--no-cache", "--jobs", "2", *files],
        "warm --jobs 2": [*newslint, "--jobs", "2", *files],
    }
    if proselint:
        commands["proselint 0.16.0"] = [proselint, "check", *files]
    run(commands["warm --jobs 2"], env=env)  # fill the cache
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(run(command, env=env))
    print(f"corpus {corpus.name}: {len(files)} stories, {megabytes:.1f} MB, {runs} runs each, interleaved")
    for name, got in samples.items():
        peak = max(s.peak_kb for s in got) / 1024
        print(f"  {name:<18} median {median(got):6.2f} s   peak {peak:6.1f} MB")
    cold1, cold2 = median(samples["cold --jobs 1"]), median(samples["cold --jobs 2"])
    print(f"  --jobs 2 is {cold1 / cold2:.2f}x faster than --jobs 1 (target: at least 1.7)")
    if proselint:
        base = median(samples["proselint 0.16.0"])
        print(f"  cold --jobs 2 takes {cold2 / base:.3f} of proselint's time (target: at most 0.10); "
              f"warm {median(samples['warm --jobs 2']) / base:.3f} (target: at most 0.02)")


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="*", type=Path, help="corpus folders (default: all)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--proselint", help="the proselint executable (default: from PATH)")
    args = parser.parse_args()
    proselint = args.proselint or shutil.which("proselint")
    if not proselint:
        print("proselint not found: pass --proselint PATH to compare", file=sys.stderr)
    for corpus in args.corpus or default_corpora():
        with tempfile.TemporaryDirectory(prefix="newslint-speed-") as cache:
            sweep(require_corpus(corpus), args.runs, proselint, Path(cache))
    return 0


if __name__ == "__main__":
    sys.exit(main())
