"""Doubles a word into a hyphenated compound: ``a tit-for-tat row`` becomes ``a tit tit-for-tat
row`` (the compound's first part said before it) or ``a short-term deal`` becomes ``a short-term
term deal`` (its last part said after it), one of the two at random.

Compounds whose doubled part can be grammatical are left alone, so every planted doubling is a
slip: a count before a compound (``two two-year contracts``) and a preposition after one (``a
go-between between them``).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of

NAME = "doubled-compound"
RULE = "repeated-word"
# A lowercase compound between two spaces, so the doubling is not next to punctuation.
_COMPOUND = regex.compile(r"(?<= )\p{Ll}+(?:-\p{Ll}+)+(?= )")
_COUNTS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred first second third fourth fifth".split()
)
_PREPOSITIONS = frozenset(
    "in for on at with about from by into over through under after to of up out off down "
    "between back away around before against along across".split()
)


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    body_start = max(story.text.find("\n\n"), 0)
    places = []
    for compound in _COMPOUND.finditer(story.text, body_start):
        parts = compound.group().split("-")
        if parts[0] not in _COUNTS:
            places.append((compound, True))
        if parts[-1] not in _PREPOSITIONS:
            places.append((compound, False))
    if not places:
        return None
    compound, before = rng.choice(places)
    text = story.text
    if before:
        first = compound.group().split("-")[0]
        planted = text[: compound.start()] + first + " " + text[compound.start() :]
        return Injected(planted, line_of(planted, compound.start()), f"{first} {compound.group()}")
    last = compound.group().split("-")[-1]
    planted = text[: compound.end()] + " " + last + text[compound.end() :]
    return Injected(planted, line_of(planted, compound.start()), f"{compound.group()} {last}")
