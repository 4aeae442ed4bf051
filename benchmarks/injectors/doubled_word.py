"""Doubles one word inside a body sentence: ``he also said`` becomes ``he also also said``."""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of

NAME = "doubled-word"
RULE = "repeated-word"
# A lowercase word between two spaces, so the doubling is not next to punctuation.
_WORD = regex.compile(r"(?<= )\p{Ll}+(?= )")


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    return double_a_word(story, rng, _WORD)


def double_a_word(story: Story, rng: random.Random, words: regex.Pattern[str]) -> Injected | None:
    """Double one body word that ``words`` matches, chosen at random."""
    body_start = story.text.find("\n\n")
    candidates = list(words.finditer(story.text, max(body_start, 0)))
    if not candidates:
        return None
    word = rng.choice(candidates)
    text = story.text[: word.end()] + " " + word.group() + story.text[word.end() :]
    return Injected(text, line_of(text, word.start()), f"{word.group()} {word.group()}")
