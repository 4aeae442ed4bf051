"""Archive sweep: the corpus with all default rules, --jobs 1 and --jobs 2, beside proselint.

    python benchmarks/speed.py [CORPUS] [--runs 5] [--proselint PATH]

Each run times the three commands one after the other (interleaved, so they share the machine's
noise), and the figures are medians over the runs with their ratios. proselint 0.16.0 is looked
up on PATH (or given with --proselint); install it in a separate venv:
``python -m venv /tmp/p && /tmp/p/bin/pip install proselint==0.16.0``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import DEFAULT_CORPUS, require_corpus
from benchmarks.timing import (
    Sample,
    argument_parser,
    median,
    newslint_command,
    run,
)


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--proselint", help="the proselint executable (default: from PATH)")
    args = parser.parse_args()
    corpus = require_corpus(args.corpus)
    files = sorted(str(p) for p in corpus.rglob("*.txt") if p.parent != corpus)
    megabytes = sum(Path(f).stat().st_size for f in files) / 1e6
    proselint = args.proselint or shutil.which("proselint")
    commands = {
        "newslint --jobs 1": [*newslint_command(), "check", "--jobs", "1", str(corpus)],
        "newslint --jobs 2": [*newslint_command(), "check", "--jobs", "2", str(corpus)],
    }
    if proselint:
        commands["proselint 0.16.0"] = [proselint, "check", *files]
    else:
        print("proselint not found: pass --proselint PATH to compare", file=sys.stderr)
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            samples[name].append(run(command))
    print(f"corpus: {corpus} ({len(files)} stories, {megabytes:.1f} MB), {args.runs} runs each, interleaved")
    base = median(samples["newslint --jobs 2"])
    for name, runs in samples.items():
        peak = max(s.peak_kb for s in runs) / 1024
        print(f"  {name:<18} median {median(runs):6.2f} s   peak {peak:6.1f} MB   "
              f"{median(runs) / base:5.2f} x newslint --jobs 2")
    if proselint:
        ratio = base / median(samples["proselint 0.16.0"])
        print(f"newslint --jobs 2 takes {ratio:.3f} of proselint's time (target: at most 0.1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
