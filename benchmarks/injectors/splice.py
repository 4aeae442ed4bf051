"""Splices a paragraph of 25 words or more from another story into a random body position.

Shared by the two injectors ``splice-same`` (donor from the same section) and ``splice-other``
(donor from another section, or any other story of a flat corpus); the planted line is the first
line of the spliced paragraph.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of

RULE = "off-topic"
NEEDS_PARAGRAPHS = True
MIN_WORDS = 25
# Paragraphs are separated by a blank line (the corpus layout: headline, blank line, body).
_PARAGRAPH = regex.compile(r"\S.*?(?=(?:\r?\n[^\S\r\n]*){2,}|\s*\Z)", regex.DOTALL)
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")


def _body(text: str) -> list[regex.Match[str]]:
    return list(_PARAGRAPH.finditer(text))[1:]


def splice(story: Story, rng: random.Random, corpus: Sequence[Story], same_section: bool) -> Injected | None:
    body = _body(story.text)
    if not story.section and same_section:
        return None  # a flat corpus has no sections: every other story is from another desk
    # In a flat corpus every other story counts as another desk's.
    donors = [s for s in corpus if s.path != story.path
              and (s.section == story.section and bool(story.section)) == same_section]
    if not body or not donors:
        return None
    donor = rng.choice(donors)
    pieces = [p.group() for p in _body(donor.text) if len(_WORD.findall(p.group())) >= MIN_WORDS]
    if not pieces:
        return None
    piece = rng.choice(pieces)
    slot = rng.randint(0, len(body))
    if slot < len(body):
        at = body[slot].start()
        text = story.text[:at] + piece + "\n\n" + story.text[at:]
    else:
        at = body[-1].end() + 2
        text = story.text[: body[-1].end()] + "\n\n" + piece + story.text[body[-1].end() :]
    return Injected(text, line_of(text, at), f"{donor.path}: {piece[:60]}...")
