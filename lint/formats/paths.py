"""Paths as CI systems want them: relative to the repository root (``--base-dir``), with
forward slashes, whatever folder newslint was started from."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

STDIN = "-"


def relative_path(path: str, base_dir: str) -> str:
    """``path`` relative to ``base_dir``; a path outside it is returned absolute (CI systems
    match findings to files by repository-relative path, and ``../`` would match nothing)."""
    if path == STDIN:
        return path
    absolute = os.path.abspath(path)
    # As given, then with symbolic links resolved: the base may have been resolved (the
    # repository root is) while the paths were named through a link, or the other way round.
    for candidate, base in ((absolute, os.path.abspath(base_dir)),
                            (os.path.realpath(path), os.path.realpath(base_dir))):
        try:
            return Path(candidate).relative_to(base).as_posix()
        except ValueError:
            continue
    return Path(absolute).as_posix()


def artifact_uri(path: str, base_dir: str) -> str:
    """A URI reference for SARIF: relative and percent-encoded inside ``base_dir``, a
    ``file://`` URI outside it."""
    relative = relative_path(path, base_dir)
    if relative != STDIN and os.path.isabs(relative):
        return Path(relative).as_uri()
    return quote(relative)
