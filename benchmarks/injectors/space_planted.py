"""Plants one spacing slip in a body sentence, of one of five kinds chosen at random among
those the story offers: a space before a compound's hyphen (``US -backed``) or after it
(``pro- government``), two spaces between words, a space before a comma or full stop, or no
space after a full stop (``said.The``)."""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of

NAME = "space-planted"
RULE = "spacing"
# Each kind: where it can go, and the text that replaces the match there.
_KINDS = (
    (regex.compile(r"(?<=[\p{L}]{2})-(?=\p{Ll}{2,})"), " -"),
    (regex.compile(r"(?<=\b\p{L}{3,})-(?=\p{Ll}{3,}\b)"), "- "),
    (regex.compile(r"(?<=\b\p{Ll}{3,}) (?=\p{Ll}{3,}\b)"), "  "),
    (regex.compile(r"(?<=\b\p{Ll}{3,})(?=[,.] \p{Lu})"), " "),
    (regex.compile(r"(?<=\b\p{Ll}{3,}\.) (?=\p{Lu}\p{Ll}+ )"), ""),
)


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    text = story.text
    body = max(text.find("\n\n"), 0)
    kinds = [(pattern, new) for pattern, new in _KINDS if pattern.search(text, body)]
    if not kinds:
        return None
    pattern, new = rng.choice(kinds)
    match = rng.choice(list(pattern.finditer(text, body)))
    planted = text[: match.start()] + new + text[match.end() :]
    shown = planted[max(0, match.start() - 12) : match.start() + 12].replace("\n", " ")
    return Injected(planted, line_of(planted, match.start()), shown)
