"""Says a phrase of two or three lowercase words twice: ``to report a loss of`` becomes ``to
report a loss a loss of``."""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of

NAME = "doubled-phrase"
RULE = "repeated-word"
# Lowercase words joined by single spaces, with a space on either side: no punctuation inside
# the phrase or next to it. Each length is found overlapped, so every run of words can be chosen.
_PHRASES = {
    length: regex.compile(r"(?<= )\p{Ll}+" + r" \p{Ll}+" * (length - 1) + r"(?= )")
    for length in (2, 3)
}


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    body_start = max(story.text.find("\n\n"), 0)
    length = rng.choice(sorted(_PHRASES))
    candidates = list(_PHRASES[length].finditer(story.text, body_start, overlapped=True))
    if not candidates:
        return None
    phrase = rng.choice(candidates)
    text = story.text
    planted = text[: phrase.end()] + " " + phrase.group() + text[phrase.end() :]
    return Injected(planted, line_of(planted, phrase.start()), f"{phrase.group()} {phrase.group()}")
