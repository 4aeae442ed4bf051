"""The archive sweep behind ``newslint idf build``: count, for each normalised word, how many
stories of an archive use it.

    newslint idf build ARCHIVE -o idf-table.tsv.gz

The table itself (its words, weights and file format) lives in :mod:`lint.idf`, next to the
``off-topic`` rule that reads it; this module only walks an archive and counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from lint.document import build_document, read_story
from lint.errors import InputError
from lint.files import walk
from lint.idf import IdfTable, term


def story_terms(text: str, path: str) -> set[str]:
    document = build_document(text, path)
    return {t for t in (term(token) for token in document.tokens) if t is not None}


def count_archive(paths: Iterable[str]) -> tuple[IdfTable, list[str]]:
    """Count every story in ``paths``; returns the table (no words dropped) and one line for
    each file that could not be read."""
    counts: Counter[str] = Counter()
    documents = 0
    skipped: list[str] = []
    for path in paths:
        try:
            text = read_story(path)
        except InputError as exc:
            skipped.append(str(exc))
            continue
        counts.update(story_terms(text, path))
        documents += 1
    return IdfTable(documents, dict(counts)), skipped


def archive_stories(archive: str) -> Iterator[str]:
    """Story files below a folder (hidden files skipped), or the one file named."""
    if Path(archive).is_dir():
        yield from walk(archive)
    else:
        yield archive
