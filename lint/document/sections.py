"""Sections of a story too long to lint as one.

No real story is megabytes long, but an archive dump, a garbled export or a hostile input can
be: 50 MB in one file, or 5 MB on one line. Holding its words, sentences and every rule's view
of them at once would cost memory in proportion to it many times over, and any rule's work that
grows faster than the text would grow with it. Such a story is cut into sections of a few
hundred thousand characters, at a paragraph break where there is one, else at the end of a
sentence, else at a space; each section is read and linted as a story of its own (consistency
rules compare within a section), so time and memory per megabyte stay those of a section.
"""

from __future__ import annotations

import regex

# A story longer than this (in code points) is linted in sections of about half of it: ten
# times the longest story of the corpora (21 KB of text, 66 KB of article HTML), and small
# enough that a section's words and sentences cost tens of MB, not hundreds.
SECTION_CHARS = 200_000

# Searched backwards (regex.REVERSE): the last break before the limit is the one wanted.
_BREAKS = tuple(regex.compile(pattern, regex.REVERSE) for pattern in (
    r"(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)",  # a paragraph break
    r"[.!?…][\"”’')\]]*\s",  # the end of a sentence
    r"\s",
))


def section_bounds(prose: str, size: int) -> list[tuple[int, int]]:
    """Spans covering ``prose`` end to end, each at most ``size`` long and at least half of it
    (but the last), cut at the best break in the second half of each."""
    bounds = []
    start = 0
    length = len(prose)
    while length - start > size:
        cut = _cut(prose, start + size // 2, start + size)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, length))
    return bounds


def _cut(prose: str, low: int, high: int) -> int:
    for pattern in _BREAKS:
        found = pattern.search(prose, low, high)
        if found is not None:
            end: int = found.end()
            return end
    return high
