"""A sweep on a Dask LocalCluster beside --jobs 2: the corpus, and ten copies of it.

    python benchmarks/dask_sweep.py [CORPUS] [--runs 3] [--copies 10] [--workers 2]

Starts a LocalCluster of ``--workers`` processes (one thread each) on this machine, then times
``newslint check --dask ADDRESS`` and ``newslint check --jobs 2 --no-cache`` on the corpus and on
``--copies`` copies of it (written to a temporary folder), interleaved, and prints the medians
and their ratio. Beside the wall time, the CPU time each run cost: for ``--jobs 2`` the command
and its worker pool, for ``--dask`` the command, the cluster's workers and its scheduler (in this
process). On a shared machine the wall time follows whatever else runs; the CPU time does not.
The load average is printed before and after. On one machine Dask can only add its scheduling
cost to the same two cores: the figures say what that cost is, and so from what archive size a
cluster of more machines pays off.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import DEFAULT_CORPUS, require_corpus
from benchmarks.timing import Sample, argument_parser, median, newslint_command, run


def _process_cpu() -> float:
    """User and system time of the process it runs in (a Dask worker, with ``client.run``)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cluster_cpu(client: Any) -> float:
    workers: dict[str, float] = client.run(_process_cpu)
    return sum(workers.values()) + _process_cpu()


def _load() -> str:
    return " ".join(f"{figure:.2f}" for figure in os.getloadavg())


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    corpus = require_corpus(args.corpus)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        sys.exit("this benchmark needs the dask extra: pip install 'newslint[dask]'")
    with tempfile.TemporaryDirectory(prefix="newslint-dask-") as scratch, \
            LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                         dashboard_address=None, silence_logs=50) as cluster, Client(cluster) as client:
        copies = Path(scratch) / "copies"
        for k in range(args.copies):
            shutil.copytree(corpus, copies / f"copy-{k}")
        newslint = [*newslint_command(), "check", "--no-color"]
        dask_label = f"--dask ({args.workers} workers)"
        print(f"load average (1, 5, 15 min) before: {_load()}")
        for label, folder in ((corpus.name, corpus), (f"{args.copies} copies", copies)):
            commands = {
                dask_label: [*newslint, "--dask", cluster.scheduler_address, str(folder)],
                "--jobs 2": [*newslint, "--jobs", "2", "--no-cache", str(folder)],
            }
            samples: dict[str, list[Sample]] = {name: [] for name in commands}
            cpu: dict[str, list[float]] = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, command in commands.items():
                    cluster_before = _cluster_cpu(client) if name == dask_label else 0.0
                    sample = run(command)
                    cluster_cost = _cluster_cpu(client) - cluster_before if name == dask_label else 0.0
                    samples[name].append(sample)
                    cpu[name].append(sample.cpu_seconds + cluster_cost)
            print(f"{label}:")
            for name, got in samples.items():
                codes = ", ".join(map(str, sorted({s.exit_code for s in got})))
                print(f"  {name:<22} median {median(got):7.2f} s wall, "
                      f"{statistics.median(cpu[name]):7.2f} s CPU (exit {codes})")
            dask_time, local = (median(got) for got in samples.values())
            print(f"  Dask takes {dask_time / local:.2f}x the time of --jobs 2 on this machine")
        print(f"load average (1, 5, 15 min) after: {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
