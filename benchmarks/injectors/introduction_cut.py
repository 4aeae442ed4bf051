"""Cuts a person's introduction: ``..., said Jane Smith, a council spokeswoman.`` becomes
``..., said Smith, a council spokeswoman.``, and the story names her nowhere in full.

A person here is a given name of the US Census list and a capitalised surname, written in full
once, right after ``said``/``says``/``added``/``told`` or right before one of them after a
lowercase word or a stop (where a speaker stands, not after a title: the cut leaves a name a
reader cannot place), whose surname is never written with a title or another given name. The
given name is deleted; the planted line is that mention's. Stories whose surname is a common
word (``Brown``, ``May``) are left out: the rule cannot tell them from the word.

Cuts that plant nothing an editor would fix are left out too: a Census "given name" that is a
function word, month or day (``Many Cubans said`` becomes ``Cubans said``: no person was
there), a person of the shipped ``known`` list (``said Vladimir Putin`` becomes ``said Putin``,
which the desk writes anyway; another man of the same surname stays: ``Matthew Turnbull``), and
a name inside a quotation (the speaker's words, which no editor rewrites).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import cache

import regex

from benchmarks.injectors import Injected, Story, in_quotation, line_of
from lint.rules.names.guards import guard_lists, is_dictionary_word
from lint.rules.names.people import KNOWN_FILE, NOT_GIVEN

NAME = "introduction-cut"
RULE = "unintroduced-name"
_SPEAKER = regex.compile(
    r"(?:(?<=\b(?:said|says|added|told) )(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{3,})(?=[,.])"
    r"|(?<=(?<![\p{L}'’.-])\p{Ll}+ |[,.] )(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{3,})(?= (?:said|says|added|told)\b))"
)


@cache
def _known_names() -> frozenset[str]:
    """The full names of the people on the shipped ``known`` list (``Vladimir Putin``)."""
    lines = KNOWN_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.split("\t")[1].split(",")[0] for line in lines if "\t" in line and not line.startswith("#")
    )


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    text = story.text
    body = max(text.find("\n\n"), 0)
    given = guard_lists()["given-names"]
    candidates = []
    for match in _SPEAKER.finditer(text, body):
        first = match.group(1) or match.group(3)
        surname = match.group(2) or match.group(4)
        if (
            first.lower() not in given or first.lower() in NOT_GIVEN
            or is_dictionary_word(surname.lower()) or f"{first} {surname}" in _known_names()
            or in_quotation(text, match.start())
        ):
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
