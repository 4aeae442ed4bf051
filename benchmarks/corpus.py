"""The corpora the benchmarks read: folders of stories, flat or in section sub-folders.

A corpus folder holds ``.txt`` stories (a headline line, a blank line, the body), or HTML article
pages: where a folder has ``*.expected.html`` files (the article as a CMS holds it) those are its
stories and the ``*.source.html`` pages beside them are left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.injectors import Story
from lint.document import decode, format_for
from lint.errors import InputError

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DEFAULT_CORPUS = CORPORA / "bbc"


def require_corpus(path: Path) -> Path:
    """The corpus folder, or an exit with a message saying it is missing."""
    if not path.is_dir():
        sys.exit(f"corpus folder not found: {path} (give the corpus path as the first argument)")
    return path


def default_corpora() -> list[Path]:
    """Every corpus folder in ``../shared/corpus``, or an exit saying it is missing."""
    folders = sorted(p for p in require_corpus(CORPORA).iterdir() if p.is_dir())
    if not folders:
        sys.exit(f"no corpus folders in {CORPORA}")
    return folders


def story_files(folder: Path) -> list[Path]:
    pages = sorted(folder.rglob("*.expected.html"))
    if pages:
        return pages
    return sorted(p for p in folder.rglob("*.txt") if p.name != "README.txt")


def load_corpus(folder: Path) -> list[Story]:
    """Every readable story below ``folder`` (unreadable ones are left out), in path order."""
    stories = []
    for path in story_files(folder):
        try:
            text = decode(path.read_bytes(), str(path))
        except InputError:
            continue
        section = path.parent.name if path.parent != folder else ""
        stories.append(Story(path.relative_to(folder).as_posix(), section, text, format_for(path.name)))
    return stories


def stories_or_exit(path: Path) -> list[Story]:
    stories = load_corpus(require_corpus(path))
    if not stories:
        sys.exit(f"no readable stories in {path}")
    return stories
