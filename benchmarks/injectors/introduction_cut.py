"""Cuts a person's introduction: ``..., said Jane Smith, a council spokeswoman.`` becomes
``..., said Smith, a council spokeswoman.``, and the story names her nowhere in full.

A person here is a given name of the US Census list and a capitalised surname, written in full
once, right after ``said``/``says``/``added``/``told`` or right before one of them after a
lowercase word or a stop (where a speaker stands, not after a title: the cut leaves a name a
reader cannot place), whose surname is never written with a title or another given name. The
given name is deleted; the planted line is that mention's. Stories whose surname is a common
word (``Brown``, ``May``) are left out: the rule cannot tell them from the word.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of
from lint.rules.names.guards import guard_lists, is_dictionary_word

NAME = "introduction-cut"
RULE = "unintroduced-name"
_SPEAKER = regex.compile(
    r"(?:(?<=\b(?:said|says|added|told) )(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{3,})(?=[,.])"
    r"|(?<=(?<![\p{L}'’.-])\p{Ll}+ |[,.] )(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{3,})(?= (?:said|says|added|told)\b))"
)


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    text = story.text
    body = max(text.find("\n\n"), 0)
    given = guard_lists()["given-names"]
    candidates = []
    for match in _SPEAKER.finditer(text, body):
        first = match.group(1) or match.group(3)
        surname = match.group(2) or match.group(4)
        if first.lower() not in given or is_dictionary_word(surname.lower()):
            continue
        # Written in full once, and never after another capitalised word (a title, a name).
        others = regex.findall(rf"\p{{Lu}}[\p{{L}}.]* {surname}\b", text)
        if others != [f"{first} {surname}"] or surname in text[:body]:
            continue
        candidates.append((match, first))
    if not candidates:
        return None
    match, first = rng.choice(candidates)
    start = match.start()
    cut = text[:start] + text[start + len(first) + 1 :]
    return Injected(cut, line_of(cut, start), f"{match.group()} -> {match.group()[len(first) + 1:]}")
