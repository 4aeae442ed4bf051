"""A sweep on a Dask LocalCluster beside --jobs 2: the corpus, and ten copies of it.

    python benchmarks/dask_sweep.py [CORPUS] [--runs 3] [--copies 10] [--workers 2]

Starts a LocalCluster of ``--workers`` processes (one thread each) on this machine, then times
``newslint check --dask ADDRESS`` and ``newslint check --jobs 2 --no-cache`` on the corpus and on
``--copies`` copies of it, interleaved, and prints the medians and their ratio. On one machine
Dask can only add its scheduling cost to the same two cores: the figures say what that cost is,
and so from what archive size a cluster of more machines pays off.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import DEFAULT_CORPUS, require_corpus
from benchmarks.timing import Sample, argument_parser, median, newslint_command, run


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    corpus = require_corpus(args.corpus)
    try:
        from distributed import LocalCluster
    except ImportError:
        sys.exit("this benchmark needs the dask extra: pip install 'newslint[dask]'")
    with tempfile.TemporaryDirectory(prefix="newslint-dask-") as scratch, \
            LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                         dashboard_address=None, silence_logs=50) as cluster:
        copies = Path(scratch) / "copies"
        for k in range(args.copies):
            shutil.copytree(corpus, copies / f"copy-{k}")
        newslint = [*newslint_command(), "check", "--no-color"]
        address = cluster.scheduler_address
        for label, folder in ((corpus.name, corpus), (f"{args.copies} copies", copies)):
            commands = {
                f"--dask ({args.workers} workers)": [*newslint, "--dask", address, str(folder)],
                "--jobs 2": [*newslint, "--jobs", "2", "--no-cache", str(folder)],
            }
            samples: dict[str, list[Sample]] = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, command in commands.items():
                    samples[name].append(run(command))
            print(f"{label}:")
            for name, got in samples.items():
                print(f"  {name:<22} median {median(got):7.2f} s")
            dask_time, local = (median(got) for got in samples.values())
            print(f"  Dask takes {dask_time / local:.2f}x the time of --jobs 2 on this machine")
    return 0


if __name__ == "__main__":
    sys.exit(main())
