"""``newslint check`` on a Dask cluster: for archives that outgrow one machine.

The stories are listed and sorted here, cut into contiguous batches, and handed to the cluster
as a ``dask.bag`` with one partition per batch. Each worker lints its batches with
:func:`lint.runner.lint_batch`, which loads the configuration and prepares the rules once per
worker process and request (the rules are never shipped with a task, only the request and the
batch's paths). Results come back partition by partition in path order, as a local run gives
them, so the output is the same. A worker that dies mid-run loses nothing: Dask runs its tasks
again elsewhere (up to ``distributed.scheduler.allowed-failures`` times).

The workers read the stories themselves, so they must see the same paths (a shared or network
file system, or the same checkout on every machine) and have newslint installed. Dask is an
optional extra: ``pip install 'newslint[dask]'``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from lint.engine import FileResult
from lint.errors import NewslintError
from lint.files import STDIN, Target, expand
from lint.runner import CheckRequest, lint_batch

# Batches per worker thread: small enough that a slow or lost batch costs little.
_BATCHES_PER_THREAD = 4


class DaskUnavailable(NewslintError):
    """Dask is not installed, or the scheduler cannot be reached."""


def connect(address: str) -> Any:
    """A ``distributed.Client`` for the scheduler at ``address`` (``tcp://host:8786``)."""
    try:
        from distributed import Client
    except ImportError:
        raise DaskUnavailable("--dask needs Dask: pip install 'newslint[dask]'") from None
    try:
        return Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def lint_on_dask(targets: Sequence[Target], request: CheckRequest, client: Any) -> Iterator[FileResult]:
    """Lint ``targets`` (files, in the order wanted) on the cluster behind ``client``; the
    results stream back in that order."""
    import dask.bag as db

    if not targets:
        return
    threads = max(1, sum(client.nthreads().values()))
    size = max(1, -(-len(targets) // (threads * _BATCHES_PER_THREAD)))
    batches = [list(targets[i : i + size]) for i in range(0, len(targets), size)]
    bag = db.from_sequence(batches, npartitions=len(batches)).map(lint_batch, request)
    for future in client.compute(bag.to_delayed()):
        for results in future.result():
            yield from results


def run_check_on_dask(request: CheckRequest, client: Any) -> tuple[Iterator[FileResult], list[str], int]:
    """:func:`lint.runner.run_check` with the linting done on the cluster."""
    targets, errors = expand(request.paths)
    if any(t.path == STDIN for t in targets):
        raise DaskUnavailable("--dask lints files the workers can read, not standard input")
    targets.sort(key=lambda t: t.path)
    return lint_on_dask(targets, request, client), errors, len(targets)
