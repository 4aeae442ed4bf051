"""Where a name stands in a story: after a word that only starts the sentence, or inside a
direct quotation. Shared by the rules that read names (mixed-naming, first-reference,
unintroduced-name)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from lint.document import Document

_QUOTE_MARK = regex.compile(r'["“”]')

# Words that may start a sentence before a name without being part of it.
SENTENCE_STARTERS = frozenset(
    "the a an and but or so yet for in on at by to of from with as if when while after before "
    "since until unlike like both then thus meanwhile now only even also although though "
    "because but how what why where which whether last this that these those its his her their "
    "our".split()
)


def _opens(prose: str, at: int) -> bool:
    """A straight quotation mark that opens: after a space or the start, before a word."""
    before = prose[at - 1] if at > 0 else " "
    after = prose[at + 1] if at + 1 < len(prose) else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def quote_spans(document: Document) -> list[tuple[int, int]]:
    """Spans of direct quotation, from the opening quote to the closing one. A quotation still
    open at the end of a paragraph runs to its end: news copy continues quotes across
    paragraphs. An opening mark while a quotation is open starts a new one there: a quoted
    paragraph that goes on opens again without closing (``... not wise. "He lacks ...``), and
    copy whose paragraph breaks were lost puts the two in one line."""
    spans = []
    prose = document.prose
    for para in document.paragraphs:
        opened: int | None = None
        for mark in _QUOTE_MARK.finditer(prose, para.start, para.end):
            opening = mark.group() == "“" or (mark.group() == '"' and _opens(prose, mark.start()))
            if opening:
                if opened is not None:
                    spans.append((opened, mark.start()))
                opened = mark.start()
            elif opened is not None:
                spans.append((opened, mark.end()))
                opened = None
        if opened is not None:
            spans.append((opened, para.end))
    return spans


def inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], offset: int) -> bool:
    """``offset`` lies in one of ``spans`` (in order, not overlapping; ``starts`` their starts)."""
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]
