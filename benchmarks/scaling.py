"""Cost against input size: a story of 100 KB against one of 1 MB, and the corpus copied ten times.

    python benchmarks/scaling.py [CORPUS] [--runs 3]

For each pair (base, scaled) it prints median wall times, time per MB and their ratio (1.0 is
linear; the target is within 1.2), and peak memory, which must not grow with the number of files.
The scaled inputs are written to a temporary folder and removed afterwards.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
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


def _size(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def _compare(label: str, base: Path, scaled: Path, runs: int, jobs: str) -> None:
    command = [*newslint_command(), "check", "--jobs", jobs]
    samples: dict[Path, list[Sample]] = {base: [], scaled: []}
    for _ in range(runs):
        for path in samples:
            samples[path].append(run([*command, str(path)]))
    sizes = {base: _size(base), scaled: _size(scaled)}
    per_mb = {path: median(runs_of) / sizes[path] for path, runs_of in samples.items()}
    print(f"{label} (--jobs {jobs}):")
    for path, runs_of in samples.items():
        peak = max(s.peak_kb for s in runs_of) / 1024
        print(f"  {sizes[path]:8.2f} MB  median {median(runs_of):7.2f} s  "
              f"{per_mb[path]:6.2f} s/MB  peak {peak:6.1f} MB")
    print(f"  time per MB, scaled / base: {per_mb[scaled] / per_mb[base]:.2f} (target: at most 1.2)")


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    corpus = require_corpus(args.corpus)
    stories = sorted(p for p in corpus.rglob("*.txt") if p.parent != corpus)
    with tempfile.TemporaryDirectory(prefix="newslint-scaling-") as scratch:
        root = Path(scratch)
        # One story's paragraphs repeated to 100 KB, then to 1 MB: both sizes dwarf the start-up
        # time, so time per MB compares the work itself.
        story = next(p for p in stories if p.stat().st_size > 3000)
        headline, _, body = story.read_text(encoding="utf-8").partition("\n\n")
        sized = {}
        for size in (100_000, 1_000_000):
            path = sized[size] = root / f"story-{size // 1000}kb.txt"
            repeated = "\n\n".join([body.strip()] * max(1, size // len(body.encode("utf-8"))))
            path.write_text(f"{headline}\n\n{repeated}\n", encoding="utf-8")
        _compare("one story repeated to 100 KB against the same to 1 MB", sized[100_000],
                 sized[1_000_000], args.runs, "1")
        # The corpus, and the corpus copied ten times (copy k in folder copy-k).
        tenfold = root / "tenfold"
        for k in range(args.copies):
            shutil.copytree(corpus, tenfold / f"copy-{k}")
        _compare(f"the corpus against {args.copies} copies of it", corpus, tenfold, args.runs, "2")
    return 0


if __name__ == "__main__":
    sys.exit(main())
