"""Swaps one later mention of an entity for another short, variant or formal form of its group:
``US`` becomes ``USA``, ``Russia`` becomes ``Russian Federation``, ``Nato`` becomes ``NATO``.

The entity groups are those of the default configuration. The swap plants a defect by the
issue's own definition: the story writes one short or variant form of the entity (the form the
policy wants consistent) at least three times, so that form stays its clear choice, and one of
those mentions after the first takes a form of the group the story never writes. Mentions in
quotations, compounds, names (``USA Today``), brackets and glosses are left alone; a mention
before a capitalised word gets no formal form (``Russian Federation Council`` is a name).

:func:`swap` is shared with :mod:`benchmarks.injectors.form_swap_named`, which swaps only the
United States, the United Kingdom and Russia, and also where a capitalised word follows.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from functools import cache
from pathlib import Path

import regex

from benchmarks.injectors import Injected, Story, line_of
from lint.config import default_config
from lint.document import build_document
from lint.rules.mixed_naming.groups import Form, Group, fold_groups
from lint.rules.mixed_naming.mentions import FormMatcher, Mention, find_mentions

NAME = "form-swap"
RULE = "mixed-naming"
_SWAP_ROLES = ("short", "variant", "formal")
# The story's form stays its choice when it keeps at least two mentions after the swap.
_LEAST_MENTIONS = 3
_CAPITALISED_AFTER = regex.compile(r"\s+\p{Lu}[\p{L}\p{N}]*")


@cache
def _groups() -> tuple[tuple[Group, ...], dict[str, int], FormMatcher]:
    options = default_config(Path.cwd()).rules[RULE].options
    groups = tuple(fold_groups(options["groups"], options["policy"]))
    owner = {key: index for index, group in enumerate(groups) for key in group.forms}
    forms = FormMatcher(form.text for group in groups for form in group.forms.values())
    return groups, owner, forms


def swap(story: Story, rng: random.Random, names: Collection[str] | None,
         asides: Collection[str]) -> Injected | None:
    """Swap one mention of a group named in ``names`` (None: every group); a mention counts as
    a place to swap when it is not aside or aside for one of the ``asides`` reasons."""
    groups, owner, forms = _groups()
    document = build_document(story.text, story.path, "text")
    by_group: dict[int, list[Mention]] = {}
    for mention in find_mentions(document, forms):
        by_group.setdefault(owner[mention.key], []).append(mention)
    choices: list[tuple[Mention, list[Form]]] = []
    for index, mentions in by_group.items():
        group = groups[index]
        if names is not None and group.name not in names:
            continue
        plain = [m for m in mentions if not m.quoted and not m.aside]
        used = {m.key for m in plain if group.allowance(group.forms[m.key].role) == "consistent"}
        if len(used) != 1:
            continue
        [chosen] = used
        if sum(m.key == chosen for m in plain) < _LEAST_MENTIONS:
            continue
        written = {m.key for m in mentions}
        targets = [f for key, f in group.forms.items()
                   if f.role in _SWAP_ROLES and key not in written]
        first = min(m.start for m in plain)
        for mention in mentions:
            if (mention.key != chosen or mention.start == first or mention.quoted
                    or mention.compound or (mention.aside and mention.aside not in asides)):
                continue
            capital_after = _CAPITALISED_AFTER.match(story.text, mention.end)
            # A form and a capitalised word the story writes again are a name (US Airways).
            pair = story.text[mention.start : capital_after.end()] if capital_after else ""
            if mention.aside and pair and story.text.count(pair) > 1:
                continue
            fits = [f for f in targets if not (capital_after and f.role == "formal")]
            if fits:
                choices.append((mention, fits))
    if not choices:
        return None
    mention, targets = rng.choice(choices)
    target = rng.choice(targets)
    original = story.text[mention.start : mention.end]
    text = story.text[: mention.start] + target.text + story.text[mention.end :]
    return Injected(text, line_of(text, mention.start), f"{original} -> {target.text}")


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    return swap(story, rng, None, ())
