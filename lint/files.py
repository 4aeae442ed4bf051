"""Which files a command line names: files, folders (walked), globs and ``-``.

Only regular files are stories: opening a named pipe waits for a writer that may never come, so
a pipe, socket or device named on the command line is an error and a walk or glob skips it.
Walks and globs never descend through a symbolic link to a folder (a link back up the tree
would make the walk endless), and a file reached by two names is linted once.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lint.document import STORY_SUFFIXES
from lint.document.reading import kind_of

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")
_RECURSIVE = "**"


@dataclass(frozen=True)
class Target:
    path: str
    explicit: bool  # named on the command line rather than found in a folder


def _is_story(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in STORY_SUFFIXES


def walk(folder: str) -> Iterator[str]:
    """Regular-file stories below ``folder``, in sorted order, skipping hidden folders and
    files. Links to folders are not followed (os.walk's default)."""
    for root, folders, _ in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        with os.scandir(root) as entries:
            names = sorted(e.name for e in entries if _is_regular(e))
        for name in names:
            if _is_story(name) and not name.startswith("."):
                yield os.path.join(root, name)


def _is_regular(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()  # follows a link to a file; False for pipes, sockets, devices
    except OSError:
        return False


def _has_glob(part: str) -> bool:
    return bool(_GLOB_CHARS & set(part))


def _glob(pattern: str) -> Iterator[str]:
    """Paths matching ``pattern``, where ``**`` matches any number of folders. Unlike
    ``glob.glob(recursive=True)``, ``**`` does not descend into links to folders, so a link
    loop cannot make it endless (as bash's globstar since 4.3). Hidden names match only a
    part that starts with a dot, as in ``glob``."""
    parts = pattern.split(os.sep)
    first = next(i for i, part in enumerate(parts) if _has_glob(part))
    base = os.sep.join(parts[:first]) or (os.sep if pattern.startswith(os.sep) else "")
    yield from _match(base, parts[first:], set())


def _children(folder: str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder or ".") as entries:
            return sorted(entries, key=lambda e: e.name)
    except OSError:
        return []


def _match(folder: str, parts: list[str], visited: set[tuple[int, int, int]]) -> Iterator[str]:
    head, rest = parts[0], parts[1:]
    if head == _RECURSIVE:
        try:
            info = os.stat(folder or ".")
        except OSError:
            return
        # A folder is searched once for each remaining pattern: a bind mount cannot loop either.
        key = (info.st_dev, info.st_ino, len(parts))
        if key in visited:
            return
        visited.add(key)
        yield from _match(folder, rest or ["*"], visited)
        for entry in _children(folder):
            if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False):
                yield from _match(os.path.join(folder, entry.name), parts, visited)
        return
    if not _has_glob(head):
        path = os.path.join(folder, head)
        if not rest:
            if os.path.lexists(path):
                yield path
        elif os.path.isdir(path):
            yield from _match(path, rest, visited)
        return
    for entry in _children(folder):
        if entry.name.startswith(".") and not head.startswith("."):
            continue
        if fnmatch.fnmatchcase(entry.name, head):
            path = os.path.join(folder, entry.name)
            if not rest:
                yield path
            elif entry.is_dir():
                yield from _match(path, rest, visited)


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _once_each(targets: list[Target]) -> list[Target]:
    """One target for each real file: a file reached through a link, or named twice, is
    linted (and fixed) once, under its own name rather than a link's where both are given."""
    out: list[Target] = []
    index: dict[tuple[int, int], int] = {}
    for target in targets:
        identity = None if target.path == STDIN else _identity(target.path)
        if identity is None:
            out.append(target)
        elif identity not in index:
            index[identity] = len(out)
            out.append(target)
        elif os.path.islink(out[index[identity]].path) and not os.path.islink(target.path):
            out[index[identity]] = target
    return out


def expand(paths: Sequence[str]) -> tuple[list[Target], list[str]]:
    """Targets to lint and errors (one line each) for paths that name nothing to lint."""
    targets: list[Target] = []
    errors: list[str] = []
    for path in paths:
        if path == STDIN:
            targets.append(Target(STDIN, True))
        elif os.path.isdir(path):
            found = [Target(p, False) for p in walk(path)]
            if not found:
                suffixes = ", ".join(sorted(STORY_SUFFIXES))
                errors.append(f"{path}: no stories in this folder (looked for {suffixes})")
            targets.extend(found)
        elif os.path.exists(path):
            mode = os.stat(path).st_mode
            if stat.S_ISREG(mode):
                targets.append(Target(path, True))
            else:
                errors.append(f"{path}: {kind_of(mode)}, not a story: only regular files are read")
        elif _has_glob(path):
            stories = [p for p in _glob(path) if os.path.isfile(p) and _is_story(p)]
            if not stories:
                errors.append(f"{path}: the pattern matches no story")
            targets.extend(Target(p, True) for p in sorted(stories))
        else:
            errors.append(f"{path}: no such file or folder")
    return _once_each(targets), errors
