"""Moves an acronym's expansion after its first use: ``the Food Standards Agency (FSA) ...
the FSA said`` becomes ``the FSA ... the Food Standards Agency (FSA) said``.

An expansion here is two to six capitalised words (``of``, ``and``, ``the``, ``for`` may stand
between them) followed by the acronym in brackets, the acronym being their initials, and the
acronym used again later in the body. The bracketed definition and the later use swap; the
planted line is the one that now holds the bare acronym.

Only a definition that is the story's first word on the acronym is moved: where the name is
spelt out earlier (the headline included), or the acronym is used bare before it, the story
already defines it, or already uses it first, and the swap plants no new slip.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of

NAME = "expansion-moved"
RULE = "acronym-before-use"
_DEFINED = regex.compile(
    r"\b((?:\p{Lu}[\p{L}-]*(?: (?:of|and|the|for|on))* ){1,5}\p{Lu}[\p{L}-]*) \((\p{Lu}{2,6})\)"
)
_LINKING = frozenset("of and the for on".split())


def _initials(words: str) -> str:
    return "".join(w[0] for w in words.split() if w not in _LINKING)


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    text = story.text
    body = max(text.find("\n\n"), 0)
    candidates = []
    for match in _DEFINED.finditer(text, body):
        acronym = match.group(2)
        # The longest tail of the words whose initials are the acronym.
        words = match.group(1).split()
        tail = next((" ".join(words[i:]) for i in range(len(words))
                     if _initials(" ".join(words[i:])) == acronym), None)
        if tail is None:
            continue
        bare = regex.compile(rf"(?<![\p{{L}}(]){acronym}(?![\p{{L}})])")
        start = match.end() - len(f"{tail} ({acronym})")
        if tail in text[:start] or bare.search(text, body, start) is not None:
            continue  # spelt out or used before this definition already: moving it plants nothing
        later = bare.search(text, match.end())
        if later is not None:
            candidates.append((match, tail, later))
    if not candidates:
        return None
    match, tail, later = rng.choice(candidates)
    acronym = match.group(2)
    start = match.end() - len(f"{tail} ({acronym})")
    moved = (
        text[:start] + acronym + text[match.end() : later.start()]
        + f"{tail} ({acronym})" + text[later.end() :]
    )
    return Injected(moved, line_of(moved, start), f"{tail} ({acronym}) moved after a use")
