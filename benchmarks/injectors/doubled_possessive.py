"""Doubles a word into its possessive: ``the commission's report`` becomes ``the commission
commission's report``, ``Blair's aides`` becomes ``Blair Blair's aides``.

``that's`` is left alone: ``said that that's wrong`` is grammatical (``that's`` is "that is").
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of

NAME = "doubled-possessive"
RULE = "repeated-word"
# A word with a possessive ending, after a space and before one.
_POSSESSIVE = regex.compile(r"(?<= )(\p{L}+)['’]s(?= )")


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    body_start = max(story.text.find("\n\n"), 0)
    candidates = [m for m in _POSSESSIVE.finditer(story.text, body_start) if m.group(1).lower() != "that"]
    if not candidates:
        return None
    word = rng.choice(candidates)
    text = story.text
    planted = text[: word.start()] + word.group(1) + " " + text[word.start() :]
    return Injected(planted, line_of(planted, word.start()), f"{word.group(1)} {word.group()}")
