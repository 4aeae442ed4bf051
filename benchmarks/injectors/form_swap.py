"""Swaps one mention of an entity for a variant or formal form of its group: ``US`` becomes
``USA``, ``Russia`` becomes ``Russian Federation``, ``Nato`` becomes ``NATO``.

The entity groups are those of the default configuration. A mention is what the mixed-naming
rule calls one (not inside a longer name, a compound or a quotation), so a swap plants a defect
by the issue's own definition: the story names the entity in its usual style at least twice,
and one of those mentions takes a form of a style the story never uses.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from benchmarks.injectors import Injected, Story, line_of
from lint.config import default_config
from lint.document import build_document
from lint.rules.naming.groups import Form, Group, fold_groups
from lint.rules.naming.mentions import FormMatcher, Mention, find_mentions

NAME = "form-swap"
RULE = "mixed-naming"
_SWAP_ROLES = ("variant", "formal")


@cache
def _groups() -> tuple[tuple[Group, ...], dict[str, int], FormMatcher]:
    options = default_config(Path.cwd()).rules[RULE].options
    groups = tuple(fold_groups(options["groups"], options["policy"]))
    owner = {key: index for index, group in enumerate(groups) for key in group.forms}
    forms = FormMatcher(form.text for group in groups for form in group.forms.values())
    return groups, owner, forms


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    groups, owner, forms = _groups()
    document = build_document(story.text, story.path, "text")
    by_group: dict[int, list[Mention]] = {}
    for mention in find_mentions(document, forms):
        if not mention.quoted:
            by_group.setdefault(owner[mention.key], []).append(mention)
    choices: list[tuple[Mention, list[Form]]] = []
    for index, mentions in by_group.items():
        group = groups[index]
        styles = {group.forms[m.key].style for m in mentions}
        targets = [f for f in group.forms.values() if f.role in _SWAP_ROLES and f.style not in styles]
        if len(styles) != 1 or len(mentions) < 2 or not targets:
            continue
        choices.extend((m, targets) for m in mentions if not m.compound)
    if not choices:
        return None
    mention, targets = rng.choice(choices)
    target = rng.choice(targets)
    original = story.text[mention.start : mention.end]
    text = story.text[: mention.start] + target.text + story.text[mention.end :]
    return Injected(text, line_of(text, mention.start), f"{original} -> {target.text}")
