"""Doubles any body word, capitalised ones included: ``Blair said`` becomes ``Blair Blair said``.

Harder than doubled-word: a capitalised pair can be a name (``Duran Duran``), which the rule
passes when the word never stands alone elsewhere in the story.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of

NAME = "doubled-any-word"
RULE = "repeated-word"
_WORD = regex.compile(r"(?<= )\p{L}+(?= )")


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    body_start = story.text.find("\n\n")
    candidates = list(_WORD.finditer(story.text, max(body_start, 0)))
    if not candidates:
        return None
    word = rng.choice(candidates)
    text = story.text[: word.end()] + " " + word.group() + story.text[word.end() :]
    return Injected(text, line_of(text, word.start()), f"{word.group()} {word.group()}")
