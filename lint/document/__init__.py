"""Reading stories into Documents: the one model every rule reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lint.document.model import PAD, Block, Directive, Document, LineIndex, NonProse, Position, Token
from lint.document.reading import STORY_SUFFIXES, decode, format_for, read_story

if TYPE_CHECKING:
    import regex

__all__ = [
    "PAD",
    "STORY_SUFFIXES",
    "Block",
    "Directive",
    "Document",
    "LineIndex",
    "NonProse",
    "Position",
    "Token",
    "build_document",
    "decode",
    "format_for",
    "read_story",
]


def build_document(
    text: str,
    path: str,
    fmt: str | None = None,
    ignore_patterns: Sequence[regex.Pattern[str]] = (),
) -> Document:
    """Mask, segment and tokenize ``text``. ``ignore_patterns`` are masked like markup, and so
    are the lines that are not running prose (tables, bylines...: :mod:`lint.document.nonprose`);
    :meth:`Document.reading` gives a rule that reads some of those a view with them kept."""
    # Imported here: the reading machinery (markup, non-prose, segmenting) is loaded when the
    # first story is read, never in a run that the findings cache answers.
    from lint.document.build import build

    return build(text, path, fmt, ignore_patterns)
