"""Moves a surname-only mention before the full one: ``... chief executive Jane Smith said ...
Smith added ...`` becomes ``... chief executive Smith said ... Jane Smith added ...``.

A person here is a given name of the US Census list (the guard list inconsistent-spelling
ships) and a capitalised surname of three letters or more, standing after a lowercase word or
a comma (not after a title), whose surname is written alone later in the body. People of the
shipped ``known`` list (heads of state and government) are left out: the desk never introduces
them, so moving their surname first plants no slip; so are names inside quotations. The two
mentions swap: the planted line is the one that now holds the surname alone.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of
from lint.rules.names.guards import guard_lists
from lint.rules.names.people import default_known_people

NAME = "surname-first"
RULE = "first-reference"
# After a lowercase word or a comma (so not after a title: ``Senator Al Franken`` would become
# ``Senator Franken``, which introduces him).
_FULL = regex.compile(
    r"(?<=(?<![\p{L}'’.-])\p{Ll}+ |, )(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}'’-]| \p{Lu})"
)


def _quoted(text: str, offset: int) -> bool:
    """Inside a double quotation: an odd number of quotation marks before it in its paragraph."""
    paragraph = text.rfind("\n\n", 0, offset) + 1
    return sum(text.count(mark, paragraph, offset) for mark in '"“”') % 2 == 1


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    text = story.text
    body = max(text.find("\n\n"), 0)
    given = guard_lists()["given-names"]
    people = []
    for full in _FULL.finditer(text, body):
        first, surname = full.group(1), full.group(2)
        if first.lower() not in given or text.count(first + " " + surname) != 1 or (
            surname.lower() in default_known_people()
        ):
            continue
        # A later mention of the surname alone: no capitalised word right before or after it.
        alone = regex.compile(
            rf"(?<![\p{{Lu}}][\p{{L}}'’.-]* )(?<![\p{{L}}-]){surname}(?![\p{{L}}\p{{N}}-]| \p{{Lu}})"
        )
        later = alone.search(text, full.end())
        if later is not None:
            people.append((full, later))
    # Names inside quotations are the speaker's words, which the rule leaves alone.
    people = [(full, later) for full, later in people
              if not _quoted(text, full.start()) and not _quoted(text, later.start())]
    if not people:
        return None
    full, later = rng.choice(people)
    surname = full.group(2)
    moved = (
        text[: full.start()] + surname + text[full.end() : later.start()]
        + full.group() + text[later.end() :]
    )
    return Injected(moved, line_of(moved, full.start()), f"{full.group()} -> {surname} first")
