"""Which files a command line names: files, folders (walked), globs and ``-``."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lint.document import STORY_SUFFIXES

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Target:
    path: str
    explicit: bool  # named on the command line rather than found in a folder


def _is_story(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in STORY_SUFFIXES


def walk(folder: str) -> Iterator[str]:
    """Stories below ``folder``, in sorted order, skipping hidden folders and files."""
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if _is_story(name) and not name.startswith("."):
                yield os.path.join(root, name)


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
            targets.append(Target(path, True))
        elif _GLOB_CHARS & set(path):
            matched = sorted(glob.glob(path, recursive=True))
            stories = [p for p in matched if os.path.isfile(p) and _is_story(p)]
            if not stories:
                errors.append(f"{path}: the pattern matches no story")
            targets.extend(Target(p, True) for p in stories)
        else:
            errors.append(f"{path}: no such file or folder")
    return targets, errors
