"""Moves a surname-only mention before the full one: ``... chief executive Jane Smith said ...
Smith added ...`` becomes ``... chief executive Smith said ... Jane Smith added ...``.

A person here is a given name of the US Census list (the guard list inconsistent-spelling
ships) and a capitalised surname of three letters or more, standing after a lowercase word or
a comma (not after a title), whose surname is written alone later in the body. People of the
shipped ``known`` list (heads of state and government) are left out: the desk never introduces
them, so moving their surname first plants no slip; so are names inside quotations. The two
mentions swap: the planted line is the one that now holds the surname alone.

Pairs that name no person are left out too, since swapping them plants nothing an editor would
fix: a Census "given name" that is a function word, month or day (``August Games``, ``Many
Cubans``), a pair after ``the`` (``Tears of the Sun Willis``: a film's title ends there), and a
later "surname" after ``the`` (``the Party`` of ``Tory Party``, ``the House`` of ``Virginia
House``, ``the Browns`` of ``Cleveland Browns``: a body, not a person), a title taken for a
given name (``Prince Andrew``), and a later mention in a list of names rather than prose (a
team sheet, ``Replacements: Fortey, Murphy, Daly``: the swap would put the introduction there,
and the prose would then lack one, which is not this slip).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, in_quotation, line_of
from lint.rules.names.guards import guard_lists
from lint.rules.names.people import NOT_GIVEN, TITLES, default_known_people

NAME = "surname-first"
RULE = "first-reference"
# After a lowercase word or a comma (so not after a title: ``Senator Al Franken`` would become
# ``Senator Franken``, which introduces him).
_FULL = regex.compile(
    r"(?<=(?<![\p{L}'’.-])\p{Ll}+ |, )(?<!\bthe )(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{2,})"
    r"(?![\p{L}\p{N}'’-]| \p{Lu})"
)


_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
# A line whose words are mostly capitalised is a list of names (a team sheet), not prose.
_LIST_CAPITALS = 0.6


def _in_list(text: str, offset: int) -> bool:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    words = _WORD.findall(text, start, end if end >= 0 else len(text))
    return bool(words) and sum(w[0].isupper() for w in words) >= _LIST_CAPITALS * len(words)


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    text = story.text
    body = max(text.find("\n\n"), 0)
    given = guard_lists()["given-names"]
    people = []
    for full in _FULL.finditer(text, body):
        first, surname = full.group(1), full.group(2)
        if first.lower() not in given or first.lower() in NOT_GIVEN or first.lower() in TITLES or (
            text.count(first + " " + surname) != 1 or surname.lower() in default_known_people()
        ):
            continue
        # A later mention of the surname alone: no capitalised word right before or after it,
        # and no ``the`` before it (``the House`` is a body).
        alone = regex.compile(
            rf"(?<![\p{{Lu}}][\p{{L}}'’.-]* )(?<!\b[Tt]he )(?<![\p{{L}}-]){surname}"
            rf"(?![\p{{L}}\p{{N}}-]| \p{{Lu}})"
        )
        later = alone.search(text, full.end())
        if later is not None and not _in_list(text, later.start()):
            people.append((full, later))
    # Names inside quotations are the speaker's words, which the rule leaves alone.
    people = [(full, later) for full, later in people
              if not in_quotation(text, full.start()) and not in_quotation(text, later.start())]
    if not people:
        return None
    full, later = rng.choice(people)
    surname = full.group(2)
    moved = (
        text[: full.start()] + surname + text[full.end() : later.start()]
        + full.group() + text[later.end() :]
    )
    return Injected(moved, line_of(moved, full.start()), f"{full.group()} -> {surname} first")
