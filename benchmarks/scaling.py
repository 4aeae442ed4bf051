"""Cost against input size: big stories, one long line, and the corpus copied ten times.

    python benchmarks/scaling.py [CORPUS] [--runs 3] [--sizes 1,10,20,50] [--line-mb 5] [--copies 10]

First one story (``business/002.txt`` of the BBC corpus, or the first story over 3 KB) has its
paragraphs repeated to each of ``--sizes`` megabytes, and to ``--line-mb`` megabytes on one line
with no line break; each is linted (``--jobs 1``, all default rules) and the table gives median
wall time, time per MB against the smallest size's (1.0 is linear; the target is within 1.3) and
peak memory against the budget of 20 bytes per input byte plus 100 MB. Then a story of 100 KB
against 1 MB, and the corpus against ten copies of it (time per MB within 1.2; peak memory must
not grow with the number of files), cold and then warm (over a findings cache filled by an
untimed run). The inputs are written to a temporary folder and removed.
"""

from __future__ import annotations

import os
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


def _compare(label: str, base: Path, scaled: Path, runs: int, jobs: str, cache: Path | None = None) -> None:
    """Cold (``--no-cache``), or with ``cache``, warm: over a findings cache filled first."""
    command = [*newslint_command(), "check", "--jobs", jobs]
    env = None
    if cache is None:
        command.append("--no-cache")
    else:
        env = dict(os.environ, NEWSLINT_CACHE_DIR=str(cache))
        for path in (base, scaled):
            run([*command, str(path)], env=env)  # fill the cache
        label += ", warm"
    samples: dict[Path, list[Sample]] = {base: [], scaled: []}
    for _ in range(runs):
        for path in samples:
            samples[path].append(run([*command, str(path)], env=env))
    sizes = {base: _size(base), scaled: _size(scaled)}
    per_mb = {path: median(runs_of) / sizes[path] for path, runs_of in samples.items()}
    print(f"{label} (--jobs {jobs}):")
    for path, runs_of in samples.items():
        peak = max(s.peak_kb for s in runs_of) / 1024
        print(f"  {sizes[path]:8.2f} MB  median {median(runs_of):7.2f} s  "
              f"{per_mb[path]:6.2f} s/MB  peak {peak:6.1f} MB")
    print(f"  time per MB, scaled / base: {per_mb[scaled] / per_mb[base]:.2f} (target: at most 1.2)")


def _repeat(story: Path, size: int, separator: str) -> str:
    headline, _, body = story.read_text(encoding="utf-8").partition("\n\n")
    if separator == " ":
        body = " ".join(body.split())
    copies = max(1, size // len(body.encode("utf-8")))
    return f"{headline}\n\n{separator.join([body.strip()] * copies)}\n"


def _big_stories(story: Path, root: Path, sizes: list[int], line_mb: int, runs: int) -> None:
    # Each text is written and dropped at once: a child's peak memory counts what this process
    # holds when it forks, so holding 80 MB of stories here would show in every figure.
    inputs = {f"{mb} MB": root / f"big-{mb}mb.txt" for mb in sizes}
    for mb in sizes:
        inputs[f"{mb} MB"].write_text(_repeat(story, mb * 1_000_000, "\n\n"), encoding="utf-8")
    if line_mb:
        inputs[f"{line_mb} MB, one line"] = root / "line.txt"
        (root / "line.txt").write_text(_repeat(story, line_mb * 1_000_000, " "), encoding="utf-8")
    command = [*newslint_command(), "check", "--jobs", "1", "--no-color", "--no-cache"]
    samples: dict[str, list[Sample]] = {label: [] for label in inputs}
    for _ in range(runs):
        for label, path in inputs.items():
            samples[label].append(run([*command, str(path)]))
    print(f"one story ({story.name}) repeated to each size, all default rules (--jobs 1):")
    print(f"  {'input':<18}{'median s':>10}{'s/MB':>8}{'ratio':>7}{'peak MB':>9}{'budget MB':>11}")
    base = None
    for label, path in inputs.items():
        size = path.stat().st_size / 1e6
        per_mb = median(samples[label]) / size
        base = base or per_mb
        peak = max(s.peak_kb for s in samples[label]) / 1024
        print(f"  {label:<18}{median(samples[label]):>10.2f}{per_mb:>8.2f}{per_mb / base:>7.2f}"
              f"{peak:>9.0f}{20 * size + 100:>11.0f}")
    print("  (ratio: time per MB against the first row; target at most 1.3)")


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--sizes", default="1,10,20,50", help="big-story sizes in MB (empty: none)")
    parser.add_argument("--line-mb", type=int, default=5, help="size of the one-line story (0: none)")
    args = parser.parse_args()
    corpus = require_corpus(args.corpus)
    stories = sorted(p for p in corpus.rglob("*.txt") if p.parent != corpus)
    with tempfile.TemporaryDirectory(prefix="newslint-scaling-") as scratch:
        root = Path(scratch)
        chosen = corpus / "business" / "002.txt"
        big = chosen if chosen.is_file() else next(p for p in stories if p.stat().st_size > 3000)
        sizes = [int(mb) for mb in args.sizes.split(",") if mb.strip()]
        if sizes or args.line_mb:
            _big_stories(big, root, sizes, args.line_mb, args.runs)
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
        _compare(f"the corpus against {args.copies} copies of it", corpus, tenfold, args.runs, "2",
                 cache=root / "cache")
    return 0


if __name__ == "__main__":
    sys.exit(main())
