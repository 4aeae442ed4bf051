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
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(os.path.abspath(base_dir)).as_posix()
    except ValueError:
        return absolute.as_posix()


def artifact_uri(path: str, base_dir: str) -> str:
    """A URI reference for SARIF: relative and percent-encoded inside ``base_dir``, a
    ``file://`` URI outside it."""
    relative = relative_path(path, base_dir)
    if relative != STDIN and os.path.isabs(relative):
        return Path(relative).as_uri()
    return quote(relative)
