"""Doubles any body word, capitalised ones included: ``Blair said`` becomes ``Blair Blair said``.

Harder than doubled-word: a capitalised pair can be a name (``Duran Duran``), which the rule
passes when the word never stands alone elsewhere in the story.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story
from benchmarks.injectors.doubled_word import double_a_word

NAME = "doubled-any-word"
RULE = "repeated-word"
_WORD = regex.compile(r"(?<= )\p{L}+(?= )")


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    return double_a_word(story, rng, _WORD)
