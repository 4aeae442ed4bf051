"""Swaps one later ``U.S.``, ``UK`` or ``Russia`` mention for another short, variant or formal
form of its group (``U.S.`` becomes ``USA`` or ``US``, ``UK`` becomes ``U.K.``, ``Russia``
becomes ``Russian Federation``), also where a capitalised word follows: ``U.S. Senate`` becomes
``USA Senate``, ``U.S. Banks`` in a title-case headline ``USA Banks``.

The case the held-out wire copy showed: a slip before a capitalised word must not pass as part
of a longer name. Otherwise as :mod:`benchmarks.injectors.form_swap`: the story writes the
entity's form at least three times, and quotations, compounds, brackets, glosses and names shown
by a capitalised word before (``Team USA``) are left alone.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from benchmarks.injectors import Injected, Story
from benchmarks.injectors.form_swap import swap
from lint.rules.mixed_naming.mentions import NAME_AFTER

NAME = "named-form-swap"
RULE = "mixed-naming"
_GROUPS = frozenset({"United States", "United Kingdom", "Russia"})


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    return swap(story, rng, _GROUPS, (NAME_AFTER,))
