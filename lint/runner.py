"""``newslint check`` without the command line: targets in, file results and errors out."""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lint.cache import FindingsCache, default_folder, snapshot_store
from lint.config import Config, ConfigFinder
from lint.document.reading import decode, format_for, read_regular
from lint.engine import Engine, FileResult, RunOptions
from lint.errors import InputError
from lint.files import STDIN, Target, expand
from lint.findings import Reported, Severity


@dataclass(frozen=True)
class CheckRequest:
    paths: tuple[str, ...]
    options: RunOptions
    config: Path | None = None
    stdin_filename: str | None = None
    fail_on: Severity | None = None
    jobs: int = 1
    cache: bool = False  # keep findings by content, and reuse them (never with --fix or --diff)
    cache_dir: Path | None = None  # default: the config's cache-dir, else lint.cache.default_folder()


def _relative(path: str, root: Path) -> str:
    # Strings, not Path objects: this runs for every story of a sweep.
    absolute = os.path.abspath(path)
    top = str(root).rstrip(os.sep) + os.sep
    if absolute.startswith(top):
        return absolute[len(top):].replace(os.sep, "/")
    if absolute == str(root):
        return "."
    return absolute.replace(os.sep, "/").lstrip("/")


def _folder_of(path: str) -> Path:
    return Path(os.path.dirname(os.path.abspath(path)))


def lint_target(target: Target, request: CheckRequest, finder: ConfigFinder, engine: Engine,
                stdin: bytes | None = None, cache: FindingsCache | None = None) -> FileResult | None:
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
    if cache is None:
        return engine.run(data, target.path, config, relative, write_to=target.path)
    key = cache.key(data, format_for(target.path), config, relative)
    reported = cache.load(key, target.path)
    if reported is not None:
        return FileResult(target.path, reported=reported, fail_on=config.fail_on,
                          text=_text_for(request, data, target.path, reported))
    result = engine.run(data, target.path, config, relative, write_to=target.path)
    if result.error is None:
        cache.store(key, result.reported)
    return result


def _text_for(request: CheckRequest, data: bytes, path: str, reported: list[Reported]) -> str | None:
    """The story's text, for a format that shows it (as Engine.run keeps it)."""
    return decode(data, path) if request.options.keep_text and reported else None


def _cache(request: CheckRequest, finder: ConfigFinder) -> FindingsCache | None:
    if not _caching(request):
        return None
    folder = request.cache_dir or finder.for_folder(Path.cwd()).cache_dir or default_folder()
    return FindingsCache(folder, request.options.select, request.options.ignore)


# Below this many files a process pool costs more to start than it saves.
_PARALLEL_FROM = 16
# Each worker gets several batches, so one slow batch does not leave the other cores idle.
_BATCHES_PER_JOB = 4


@functools.cache
def _linter(request: CheckRequest) -> tuple[ConfigFinder, Engine, FindingsCache | None]:
    """One config finder, engine and findings cache per process and request, so configs are
    loaded and rules prepared once per process however many batches it lints. Workers forked
    after the parent has warmed them up inherit them ready."""
    # A configuration unchanged since the last run is read from its snapshot in the cache
    # folder, whenever the findings cache is in use (not with --no-cache, --fix or --diff).
    snapshots = snapshot_store(request.cache_dir or default_folder()) if _caching(request) else None
    finder = ConfigFinder(request.config, snapshots)
    return finder, Engine(request.options), _cache(request, finder)


def _caching(request: CheckRequest) -> bool:
    return request.cache and not request.options.fix and not request.options.diff


def lint_batch(targets: Sequence[Target], request: CheckRequest) -> list[FileResult]:
    """Lint a contiguous slice of the targets; the results keep the order of the targets. A
    config that does not load raises, in a worker as in one process, and ends the run with its
    one-line error."""
    finder, engine, cache = _linter(request)
    out = []
    for target in targets:
        result = lint_target(target, request, finder, engine, cache=cache)
        if result is not None:
            out.append(result)
    return out


def _batches(targets: Sequence[Target], jobs: int) -> list[Sequence[Target]]:
    size = max(1, -(-len(targets) // (jobs * _BATCHES_PER_JOB)))
    return [targets[i : i + size] for i in range(0, len(targets), size)]


def _worker_signals() -> None:
    """A worker leaves Ctrl-C to the parent, which stops the workers, and dies on SIGTERM (held
    back only while it writes a file, so it never leaves a temporary file)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _in_parallel(targets: Sequence[Target], request: CheckRequest) -> Iterator[FileResult]:
    from concurrent.futures import ProcessPoolExecutor

    batches = _batches(targets, request.jobs)
    finder, engine, _ = _linter(request)
    engine.prepare_all(finder.for_folder(_folder_of(targets[0].path)).rules)
    # SIGTERM becomes an exit that runs the cleanup below: killed outright, the parent would
    # leave its workers waiting on a queue nobody feeds.
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm) if in_main_thread else None
    pool = ProcessPoolExecutor(max_workers=request.jobs, initializer=_worker_signals)
    # Futures rather than pool.map: map cancels the pending futures when it is interrupted, and
    # a pool whose workers are then stopped makes Python 3.11's manager thread fail (and print a
    # traceback) setting an error on a cancelled future. Left pending, they get that error.
    futures = [pool.submit(lint_batch, batch, request) for batch in batches]
    try:
        # Taken in the order of the batches, so output is the same as with one job.
        for future in futures:
            yield from future.result()
    except BaseException:
        # Interrupted (or the results are no longer wanted): stop the workers now rather than
        # after every queued batch. The executor has no public way to stop a running task.
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False)
        raise
    else:
        pool.shutdown()
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def run_check(request: CheckRequest) -> tuple[Iterator[FileResult], list[str], int]:
    """Results in path order, the errors found before linting, and how many targets there are.

    Raises NewslintError for a problem with the whole run (a config that does not load)."""
    targets, errors = expand(request.paths)
    targets.sort(key=lambda t: t.path)
    finder, engine, cache = _linter(request)
    stdin = sys.stdin.buffer.read() if any(t.path == STDIN for t in targets) else None
    files = [t for t in targets if t.path != STDIN]

    def results() -> Iterator[FileResult]:
        if stdin is not None:
            result = lint_target(Target(STDIN, True), request, finder, engine, stdin)
            if result is not None:
                yield result
        # Stories the cache knows are answered here; only the others are linted, in a pool
        # when there are enough of them.
        known = _known(files, request, finder, cache) if cache is not None else {}
        unknown = [t for t in files if t.path not in known]
        if request.jobs > 1 and len(unknown) >= _PARALLEL_FROM:
            linted: Iterator[FileResult] = _in_parallel(unknown, request)
        else:
            linted = (r for t in unknown if (r := lint_target(t, request, finder, engine, cache=cache)))
        yield from _in_path_order(files, known, linted)
        if cache is not None:
            cache.trim()

    return results(), errors, len(targets)


def _known(targets: Sequence[Target], request: CheckRequest, finder: ConfigFinder,
           cache: FindingsCache) -> dict[str, FileResult]:
    """The results the cache holds, by path."""
    known = {}
    by_folder: dict[str, Config] = {}  # by folder name: no Path made per story
    for target in targets:
        folder = os.path.dirname(os.path.abspath(target.path))
        config = by_folder.get(folder) or by_folder.setdefault(folder, finder.for_folder(Path(folder)))
        relative = _relative(target.path, config.root)
        if config.excluded_by(relative) is not None:
            continue
        try:
            data = read_regular(target.path)
        except InputError:
            continue
        reported = cache.load(cache.key(data, format_for(target.path), config, relative), target.path)
        if reported is not None:
            known[target.path] = FileResult(target.path, reported=reported, fail_on=config.fail_on,
                                            text=_text_for(request, data, target.path, reported))
    return known


def _in_path_order(targets: Sequence[Target], known: dict[str, FileResult],
                   linted: Iterator[FileResult]) -> Iterator[FileResult]:
    """Known and linted results merged back into the order of the targets (``linted`` holds the
    others' results in their order, less the files the configuration excludes)."""
    pending = next(linted, None)
    for target in targets:
        if target.path in known:
            yield known[target.path]
        elif pending is not None and pending.path == target.path:
            yield pending
            pending = next(linted, None)


def failing(result: FileResult, fail_on: Severity | None) -> bool:
    threshold = (fail_on or result.fail_on).rank
    return any(r.severity.rank >= threshold for r in result.reported)

