"""Paragraphs, sentences and word tokens of masked prose, each with offsets into the original."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from itertools import accumulate, repeat
from operator import itemgetter

import regex

from lint.document.model import PAD, Block, Token

# A run of whitespace holding two or more line breaks separates paragraphs.
# (It starts with the line break, so the engine skips straight from one break to the next.)
# (Atomic groups: a CRLF is one line break, never a CR and then an LF, which would make a blank line.)
_BLANK_RUN = regex.compile(r"(?>\r\n|\r|\n)(?:[^\S\r\n]*(?>\r\n|\r|\n))+[^\S\r\n]*")
_TRIMMABLE = frozenset(" \t\r\n\f\v\u00a0\u202f\u205f\u3000" + PAD) | {chr(c) for c in range(0x2000, 0x200B)}

# Words (with inner apostrophes and hyphens), numbers with separators, dotted abbreviations,
# in one capturing group (the only group): split returns the gaps and the words in turn.
_TOKEN_SPLIT = regex.compile(
    r"((?:\p{L}\.){2,}(?![\p{L}\p{N}])"
    r"|\p{N}[\p{N}\x00]*(?:[.,:/][\p{N}][\p{N}\x00]*)*(?:[-–‐][\p{L}\p{N}][\p{L}\p{M}\p{N}\x00]*)*"
    r"|[\p{L}][\p{L}\p{M}\p{N}\x00]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}\x00]*)*)"
)

# A sentence ends at . ! ? or … (closing quotes and brackets go with it) before whitespace and
# a capital, digit or opening quote.
_SENTENCE_END = regex.compile(r"[.!?…][\"”’'\)\]]*(?=\s+[\"“‘'\(\[]?[\p{Lu}\p{N}])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt capt cpt maj prof rev gov sen rep jr sr no nos vs v etc inc "
    "ltd co corp plc jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig op vol adm cmdr "
    "brig pte cllr hon ave rd".split()
)
# Only the word just before a stop decides: look at a short window, not the whole sentence.
_WINDOW = 40
_QUOTES_AND_BRACKETS = "\"“”‘’'()[]"


def paragraph_spans(prose: str, breaks: Iterable[int]) -> list[tuple[int, int]]:
    cuts = [(m.start(), m.end()) for m in _BLANK_RUN.finditer(prose)]
    cuts.extend((b, b) for b in breaks)
    cuts.sort()
    spans = []
    position = 0
    for cut_start, cut_end in cuts:
        if cut_start > position:
            spans.append((position, cut_start))
        position = max(position, cut_end)
    spans.append((position, len(prose)))
    trimmed = []
    for start, end in spans:
        while start < end and prose[start] in _TRIMMABLE:
            start += 1
        while end > start and prose[end - 1] in _TRIMMABLE:
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


def sentence_spans(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    position = start
    for match in _SENTENCE_END.finditer(prose, start, end):
        window = prose[max(position, match.start() - _WINDOW) : match.start()].split()
        if window:
            word = window[-1].strip(_QUOTES_AND_BRACKETS).rstrip(".").lower()
            # An initial ("George W. Bush") or a known abbreviation does not end a sentence.
            if len(word) == 1 or word in _ABBREVIATIONS:
                continue
        stop = match.end()
        spans.append((position, stop))
        position = stop
        while position < end and prose[position].isspace():
            position += 1
    if position < end:
        spans.append((position, end))
    return spans


def tokenize(prose: str) -> list[Token]:
    # One split (the pattern in a group: gaps and words alternate) and the running sum of the
    # pieces' lengths give every word with its offsets, and the tuples are made by map: no
    # Python code runs per word, which halves the cost of this, the commonest step of a build.
    pieces = _TOKEN_SPLIT.split(prose)
    offsets = list(accumulate(map(len, pieces), initial=0))
    words = pieces[1::2]
    numbers = map(str.isdigit, map(itemgetter(0), words))
    fields = zip(words, offsets[1:-1:2], offsets[2::2], numbers, strict=True)
    tokens: list[Token] = list(map(tuple.__new__, repeat(Token), fields))
    if PAD in prose:
        tokens = [t._replace(text=t.text.replace(PAD, "")) if PAD in t.text else t for t in tokens]
    return tokens


def blocks(prose: str, spans: Sequence[tuple[int, int]], token_starts: Sequence[int]) -> list[Block]:
    out = []
    for start, end in spans:
        first = bisect.bisect_left(token_starts, start)
        last = bisect.bisect_left(token_starts, end, first)
        out.append(Block(start, end, prose[start:end], first, last))
    return out
