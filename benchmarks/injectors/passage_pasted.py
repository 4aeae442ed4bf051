"""Pastes a body paragraph a second time, later in the story (after a later paragraph, or at
the end); in a story of one paragraph, a sentence after a later sentence. The paragraph or
sentence is chosen at random, whatever its length: a short one that the rule lets pass counts
as a miss. The planted line is the copy's.

A passage is running prose: a paragraph that ends like a sentence (a heading, a label or a list
line said again is what round-ups and listings do by design, not a paste), and a sentence ends at
a stop after a word, not at the stop of an abbreviation or initial (``the U.S. Senate``, ``George
W. Bush``: cutting there pastes ``S.`` or half a sentence, which no reader would call a passage).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of

NAME = "passage-pasted"
RULE = "duplicate-passage"
_PARAGRAPH = regex.compile(r"\S.*?(?=(?:\r?\n[^\S\r\n]*){2,}|\s*\Z)", regex.DOTALL)
# A stop that ends a sentence: after a lowercase word or a figure (or a quotation or bracket
# closing after one), not after a capital (``U.S.``, ``W.``) or a short title (``Mr.``).
_SENTENCE = regex.compile(
    r"[\"“‘']?\p{Lu}.*?(?<!\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|Inc|Corp|Co|No|vs))"
    r"[.!?][\"”’')]*(?= [\"“‘']?\p{Lu}|\s*\Z)"
)
_RUNNING_PROSE = regex.compile(r"[.!?…][\"”’'»)\]]*\s*\Z")


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    text = story.text
    body = list(_PARAGRAPH.finditer(text))[1:]
    if len(body) >= 2:
        body = [p for p in body if _RUNNING_PROSE.search(p.group())]
        if len(body) < 2:
            return None
        first = rng.randrange(len(body) - 1)
        after = body[rng.randrange(first + 1, len(body))]
        copy = body[first].group()
        at = after.end() + 2
        pasted = text[: after.end()] + "\n\n" + copy + text[after.end() :]
        return Injected(pasted, line_of(pasted, at), copy[:60])
    if not body:
        return None
    sentences = list(_SENTENCE.finditer(text, body[0].start(), body[0].end()))
    if len(sentences) < 2:
        return None
    first = rng.randrange(len(sentences) - 1)
    after = sentences[rng.randrange(first + 1, len(sentences))]
    copy = sentences[first].group()
    pasted = text[: after.end()] + " " + copy + text[after.end() :]
    return Injected(pasted, line_of(pasted, after.end() + 1), copy[:60])
