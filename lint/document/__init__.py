"""Reading stories into Documents: the one model every rule reads."""

from __future__ import annotations

import html
from collections.abc import Sequence

import regex

from lint.document.markup import Masked, masker_for
from lint.document.model import PAD, Block, Directive, Document, LineIndex, Position, Token
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
    """Mask, segment and tokenize ``text``. ``ignore_patterns`` are masked like markup."""
    fmt = fmt or format_for(path)
    masked = masker_for(fmt)(text)
    prose = masked.prose
    if ignore_patterns:
        prose = _mask_patterns(prose, path, ignore_patterns)
    tokens = tokenize(prose)
    starts = [t.start for t in tokens]
    para_spans = paragraph_spans(prose, masked.breaks)
    paragraphs = blocks(prose, para_spans, starts)
    sentence_list = [s for p in para_spans for s in sentence_spans(prose, p[0], p[1])]
    sentences = blocks(prose, sentence_list, starts)
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
