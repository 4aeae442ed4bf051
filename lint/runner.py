"""``newslint check`` without the command line: targets in, file results and errors out."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lint.config import ConfigFinder
from lint.document.reading import read_regular
from lint.engine import Engine, FileResult, RunOptions
from lint.errors import InputError
from lint.files import STDIN, Target, expand
from lint.findings import Severity


@dataclass(frozen=True)
class CheckRequest:
    paths: tuple[str, ...]
    options: RunOptions
    config: Path | None = None
    stdin_filename: str | None = None
    fail_on: Severity | None = None
    jobs: int = 1


def _relative(path: str, root: Path) -> str:
    absolute = os.path.abspath(path)
    try:
        return Path(absolute).relative_to(root).as_posix()
    except ValueError:
        return Path(absolute).as_posix().lstrip("/")


def _folder_of(path: str) -> Path:
    return Path(os.path.dirname(os.path.abspath(path)))


def lint_target(target: Target, request: CheckRequest, finder: ConfigFinder, engine: Engine,
                stdin: bytes | None = None) -> FileResult | None:
    """Lint one target; None when the config excludes a file found in a folder (a file named
    on the command line gets a result saying which key excludes it)."""
    if target.path == STDIN:
        name = request.stdin_filename or "-"
        config = finder.for_folder(_folder_of(name))
        relative = _relative(name, config.root)
        return engine.run(stdin or b"", name, config, relative, write_to=None)
    config = finder.for_folder(_folder_of(target.path))
    relative = _relative(target.path, config.root)
    key = config.excluded_by(relative)
    if key is not None:
        if not target.explicit:
            return None
        return FileResult(target.path, excluded=f"{target.path}: not checked: "
                          f"excluded by '{key}' in {config.source}")
    try:
        data = read_regular(target.path)
    except InputError as exc:
        return FileResult(target.path, error=str(exc))
    return engine.run(data, target.path, config, relative, write_to=target.path)


# Below this many files a process pool costs more to start than it saves.
_PARALLEL_FROM = 16
# Each worker gets several batches, so one slow batch does not leave the other cores idle.
_BATCHES_PER_JOB = 4


@functools.cache
def _linter(request: CheckRequest) -> tuple[ConfigFinder, Engine]:
    """One config finder and one engine per process and request, so configs are loaded and rules
    prepared once per process however many batches it lints. Workers forked after the parent
    has warmed them up inherit them ready."""
    return ConfigFinder(request.config), Engine(request.options)


def lint_batch(targets: Sequence[Target], request: CheckRequest) -> list[FileResult]:
    """Lint a contiguous slice of the targets; the results keep the order of the targets. A
    config that does not load raises, in a worker as in one process, and ends the run with its
    one-line error."""
    finder, engine = _linter(request)
    out = []
    for target in targets:
        result = lint_target(target, request, finder, engine)
        if result is not None:
            out.append(result)
    return out


def _batches(targets: Sequence[Target], jobs: int) -> list[Sequence[Target]]:
    size = max(1, -(-len(targets) // (jobs * _BATCHES_PER_JOB)))
    return [targets[i : i + size] for i in range(0, len(targets), size)]


def _in_parallel(targets: Sequence[Target], request: CheckRequest) -> Iterator[FileResult]:
    from concurrent.futures import ProcessPoolExecutor

    batches = _batches(targets, request.jobs)
    finder, engine = _linter(request)
    engine.prepare_all(finder.for_folder(_folder_of(targets[0].path)).rules)
    with ProcessPoolExecutor(max_workers=request.jobs) as pool:
        # map keeps the order of the batches, so output is the same as with one job.
        for results in pool.map(lint_batch, batches, [request] * len(batches)):
            yield from results


def run_check(request: CheckRequest) -> tuple[Iterator[FileResult], list[str], int]:
    """Results in path order, the errors found before linting, and how many targets there are.

    Raises NewslintError for a problem with the whole run (a config that does not load)."""
    targets, errors = expand(request.paths)
    targets.sort(key=lambda t: t.path)
    finder, engine = _linter(request)
    stdin = sys.stdin.buffer.read() if any(t.path == STDIN for t in targets) else None
    files = [t for t in targets if t.path != STDIN]
    parallel = request.jobs > 1 and len(files) >= _PARALLEL_FROM

    def results() -> Iterator[FileResult]:
        if stdin is not None:
            result = lint_target(Target(STDIN, True), request, finder, engine, stdin)
            if result is not None:
                yield result
        if parallel:
            yield from _in_parallel(files, request)
            return
        for target in files:
            result = lint_target(target, request, finder, engine)
            if result is not None:
                yield result

    return results(), errors, len(targets)


def failing(result: FileResult, fail_on: Severity | None) -> bool:
    threshold = (fail_on or result.fail_on).rank
    return any(r.severity.rank >= threshold for r in result.reported)

