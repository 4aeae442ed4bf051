"""Building a Document: masking markup, finding non-prose lines, segmenting and tokenizing.
Imported when the first story is read (:func:`lint.document.build_document`), so that a run
answered from the findings cache never loads it."""

from __future__ import annotations

import html
from collections.abc import Sequence

import regex

from lint.document.language import is_english
from lint.document.markup import Masked, masker_for
from lint.document.model import Block, Document, NonProse
from lint.document.nonprose import FOREIGN, blank_spans, find_nonprose
from lint.document.reading import format_for
from lint.document.sections import SECTION_CHARS, section_bounds
from lint.document.segment import blocks, paragraph_spans, sentence_spans, tokenize
from lint.errors import ConfigError

# How long one user pattern may take on one story before it is reported as catastrophic.
PATTERN_TIMEOUT_SECONDS = 1.0


def build(
    text: str,
    path: str,
    fmt: str | None = None,
    ignore_patterns: Sequence[regex.Pattern[str]] = (),
) -> Document:
    """The Document of ``text``, as :func:`lint.document.build_document` describes."""
    fmt = fmt or format_for(path)
    masked = masker_for(fmt)(text)
    prose = masked.prose
    if ignore_patterns:
        prose = _mask_patterns(prose, path, ignore_patterns)
    if len(text) > SECTION_CHARS:
        return _sectioned(text, path, fmt, masked, prose)
    return _story(text, path, fmt, masked, prose, first_section=True)


def _story(text: str, path: str, fmt: str, masked: Masked, prose: str, first_section: bool) -> Document:
    spans = paragraph_spans(prose, masked.breaks)
    headline = masked.headline or (spans[0] if spans and first_section else None)
    body = [span for span in spans if headline is None or span[0] >= headline[1]]
    nonprose = tuple(find_nonprose(prose, body, columns=fmt == "text"))
    if not prose.isascii():  # another language's prose has letters outside ASCII
        nonprose += tuple(NonProse(start, end, FOREIGN) for start, end in spans
                          if not is_english(prose[start:end]))
    return _segmented(text, path, fmt, masked, prose, nonprose, frozenset(), None if nonprose else spans,
                      headline is not None)


def _sectioned(text: str, path: str, fmt: str, masked: Masked, prose: str) -> Document:
    """A story too long to hold as one: the whole text, its directives and line index, and its
    sections, built one at a time when a rule pass asks for them (:meth:`Document.parts`)."""
    bounds = section_bounds(prose, SECTION_CHARS // 2)

    def section(start: int, end: int) -> Document:
        breaks = [b - start for b in masked.breaks if start <= b < end]
        headline = masked.headline if start == 0 else None
        if headline is not None and headline[1] > end:
            headline = None
        part = Masked(prose[start:end], breaks, headline)
        return _story(text[start:end], path, fmt, part, prose[start:end], first_section=start == 0)

    return Document(
        path=path, format=fmt, text=text, prose=prose, headline=None, paragraphs=(), sentences=(),
        tokens=(), directives=tuple(masked.directives), sections=tuple(bounds), section=section,
    )


def _segmented(
    text: str, path: str, fmt: str, masked: Masked, unblanked: str,
    nonprose: tuple[NonProse, ...], kept: frozenset[str], para_spans: list[tuple[int, int]] | None,
    has_headline: bool,
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
        return _segmented(text, path, fmt, masked, unblanked, nonprose, kinds, None, has_headline)

    return Document(
        path=path,
        format=fmt,
        text=text,
        prose=prose,
        headline=_headline(text, masked, paragraphs) if has_headline else None,
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
    # The headline is outside the prose (front matter): its text, with no tokens.
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
