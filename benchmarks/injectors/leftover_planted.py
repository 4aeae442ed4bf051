"""Plants a line of page furniture in the body: a bullet with a made-up byline (``• Leroy
Wright``), ``Read more: `` and another story's headline, ``Advertisement``, ``Click here to
...`` or ``Sign up for our newsletter``, as its own paragraph between two body paragraphs or
at the end."""

from __future__ import annotations

import random
from collections.abc import Sequence

from benchmarks.injectors import Injected, Story, line_of

NAME = "leftover-planted"
RULE = "leftover"
_GIVEN = ("Leroy", "Anna", "Tom", "Priya", "Marco", "Helen", "Sam", "Joanna")
_SURNAMES = ("Wright", "Okafor", "Lindqvist", "Patel", "Moreau", "Castle", "Hughes", "Ferreira")


def _furniture(rng: random.Random, story: Story, corpus: Sequence[Story]) -> str:
    other = rng.choice(corpus).text.split("\n", 1)[0].strip() or "More news"
    return rng.choice((
        f"• {rng.choice(_GIVEN)} {rng.choice(_SURNAMES)}",
        f"Read more: {other}",
        "Advertisement",
        "Click here to see the full list",
        "Sign up for our newsletter",
    ))


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    text = story.text.rstrip()
    body = text.find("\n\n")
    if body < 0:
        return None
    breaks = [i for i in range(body + 2, len(text)) if text.startswith("\n\n", i)]
    line = _furniture(rng, story, corpus)
    slot = rng.randint(0, len(breaks))
    if slot == len(breaks):
        planted = text + "\n\n" + line + "\n"
        at = len(text) + 2
    else:
        at = breaks[slot] + 2
        planted = text[:at] + line + "\n\n" + text[at:]
    return Injected(planted, line_of(planted, at), line)
