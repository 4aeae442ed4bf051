"""The corpus the benchmarks read: a folder of stories in section sub-folders."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.injectors import Story
from lint.document import decode
from lint.errors import InputError

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bbc"


def require_corpus(path: Path) -> Path:
    """The corpus folder, or an exit with a message saying it is missing."""
    if not path.is_dir():
        sys.exit(f"corpus folder not found: {path} (give the corpus path as the first argument)")
    return path


def load_corpus(folder: Path) -> list[Story]:
    """Every readable story below ``folder`` (unreadable ones are left out), in path order."""
    stories = []
    for path in sorted(folder.rglob("*.txt")):
        if path.parent == folder:
            continue  # the corpus README, not a story
        try:
            text = decode(path.read_bytes(), str(path))
        except InputError:
            continue
        stories.append(Story(path.relative_to(folder).as_posix(), path.parent.name, text))
    return stories


def stories_or_exit(path: Path) -> list[Story]:
    stories = load_corpus(require_corpus(path))
    if not stories:
        sys.exit(f"no readable stories in {path}")
    return stories
