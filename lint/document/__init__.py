"""Reading stories into Documents: the one model every rule reads."""

from __future__ import annotations

import html
from collections.abc import Sequence

import regex

from lint.document.markup import Masked, masker_for
from lint.document.model import PAD, Block, Directive, Document, LineIndex, Position, Token
from lint.document.nonprose import NonProse, blank_spans, find_nonprose
from lint.document.reading import STORY_SUFFIXES, decode, format_for, read_story
from lint.document.segment import blocks, paragraph_spans, sentence_spans, tokenize
from lint.errors import ConfigError

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

# How long one user pattern may take on one story before it is reported as catastrophic.
PATTERN_TIMEOUT_SECONDS = 1.0


def build_document(
    text: str,
    path: str,
    fmt: str | None = None,
    ignore_patterns: Sequence[regex.Pattern[str]] = (),
) -> Document:
    """Mask, segment and tokenize ``text``. ``ignore_patterns`` are masked like markup, and so
    are the lines that are not running prose (tables, bylines...: :mod:`lint.document.nonprose`);
    :meth:`Document.reading` gives a rule that reads some of those a view with them kept."""
    fmt = fmt or format_for(path)
    masked = masker_for(fmt)(text)
    prose = masked.prose
    if ignore_patterns:
        prose = _mask_patterns(prose, path, ignore_patterns)
    spans = paragraph_spans(prose, masked.breaks)
    headline = masked.headline or (spans[0] if spans else None)
    body = [span for span in spans if headline is None or span[0] >= headline[1]]
    nonprose = tuple(find_nonprose(prose, body, columns=fmt == "text"))
    return _segmented(text, path, fmt, masked, prose, nonprose, frozenset(), None if nonprose else spans)


def _segmented(
    text: str, path: str, fmt: str, masked: Masked, unblanked: str,
    nonprose: tuple[NonProse, ...], kept: frozenset[str], para_spans: list[tuple[int, int]] | None,
) -> Document:
    """The Document of ``unblanked`` prose with the ``nonprose`` spans blanked, but for the
    ``kept`` kinds. ``para_spans``: the paragraphs, where nothing was blanked."""
    prose = blank_spans(unblanked, [span for span in nonprose if span.kind not in kept])
    tokens = tokenize(prose)
    starts = [t.start for t in tokens]
    if para_spans is None:
        para_spans = paragraph_spans(prose, masked.breaks)
    paragraphs = blocks(prose, para_spans, starts)
    sentence_list = [s for p in para_spans for s in sentence_spans(prose, p[0], p[1])]
    sentences = blocks(prose, sentence_list, starts)

    def view(kinds: frozenset[str]) -> Document:
        return _segmented(text, path, fmt, masked, unblanked, nonprose, kinds, None)

    return Document(
        path=path,
        format=fmt,
        text=text,
        prose=prose,
        headline=_headline(text, masked, paragraphs),
        paragraphs=paragraphs,
        sentences=sentences,
        tokens=tokens,
        directives=tuple(masked.directives),
        nonprose=nonprose,
        view=view if nonprose else None,
    )


def _headline(text: str, masked: Masked, paragraphs: list[Block]) -> Block | None:
    if masked.headline is None:
        return paragraphs[0] if paragraphs else None
    start, end = masked.headline
    for para in paragraphs:
        if para.start <= start and end <= para.end:
            return para
    # The headline is outside the prose (front matter, <title>): its text, with no tokens.
    return Block(start, end, html.unescape(text[start:end]), 0, 0)


def _mask_patterns(prose: str, path: str, patterns: Sequence[regex.Pattern[str]]) -> str:
    chars = list(prose)
    for pattern in patterns:
        try:
            for match in pattern.finditer(prose, timeout=PATTERN_TIMEOUT_SECONDS):
                for i in range(match.start(), match.end()):
                    if chars[i] not in "\r\n":
                        chars[i] = " "
        except TimeoutError:
            raise ConfigError(
                f"{path}: ignore pattern {pattern.pattern!r} took over "
                f"{PATTERN_TIMEOUT_SECONDS:g}s on this story (catastrophic backtracking?)"
            ) from None
    return "".join(chars)
