"""Splices a paragraph of 25+ words from a story of another section into a random body position."""

from __future__ import annotations

import random
from collections.abc import Sequence

from benchmarks.injectors import Injected, Story
from benchmarks.injectors.splice import NEEDS_PARAGRAPHS, RULE, splice

NAME = "splice-other"
__all__ = ["NAME", "NEEDS_PARAGRAPHS", "RULE", "inject"]


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    return splice(story, rng, corpus, same_section=False)
