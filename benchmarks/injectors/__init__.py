"""Defect injectors for the precision harness: each takes a clean story and plants one defect.

An injector module defines ``RULE`` (the rule id expected to find the defect), ``NAME`` and
``inject(story, rng, corpus) -> Injected | None`` (None when the story offers no place for it),
and ``NEEDS_PARAGRAPHS = True`` when it moves or plants whole paragraphs.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    path: str  # relative to the corpus folder
    section: str  # the corpus sub-folder: business, sport, ... ("" in a flat corpus)
    text: str
    format: str = "text"  # "text", "markdown" or "html"


@dataclass(frozen=True)
class Injected:
    text: str  # the story with the defect
    line: int  # 1-based line where the defect now stands
    detail: str  # what was planted, for the report


InjectFunction = Callable[[Story, random.Random, Sequence[Story]], "Injected | None"]


@dataclass(frozen=True)
class Injector:
    name: str
    rule: str
    inject: InjectFunction
    needs_paragraphs: bool = False  # moves or plants whole paragraphs


# Injector modules, in the order the harness reports them.
MODULES = (
    "benchmarks.injectors.doubled_word",
    "benchmarks.injectors.doubled_any_word",
    "benchmarks.injectors.doubled_compound",
    "benchmarks.injectors.doubled_possessive",
    "benchmarks.injectors.doubled_phrase",
    "benchmarks.injectors.form_swap",
    "benchmarks.injectors.form_swap_named",
    "benchmarks.injectors.splice_same",
    "benchmarks.injectors.splice_other",
    "benchmarks.injectors.respelling",
    "benchmarks.injectors.surname_first",
    "benchmarks.injectors.introduction_cut",
    "benchmarks.injectors.expansion_moved",
    "benchmarks.injectors.space_planted",
    "benchmarks.injectors.leftover_planted",
    "benchmarks.injectors.passage_pasted",
)


def load_injectors() -> list[Injector]:
    injectors = []
    for name in MODULES:
        module = importlib.import_module(name)
        injectors.append(Injector(module.NAME, module.RULE, module.inject,
                                  getattr(module, "NEEDS_PARAGRAPHS", False)))
    return injectors


def in_quotation(text: str, offset: int) -> bool:
    """Inside a double quotation of its paragraph. A straight mark after a space (or a
    paragraph's start) and before a word opens one, even while one is open: a quoted paragraph
    that goes on opens again without closing (``... not wise. "He lacks ...``), and copy whose
    paragraph breaks were lost holds both in one line; any other mark closes."""
    paragraph = text.rfind("\n\n", 0, offset) + 1
    opened = False
    for at in range(paragraph, offset):
        mark = text[at]
        if mark not in '"“”':
            continue
        before = text[at - 1] if at > paragraph else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        opened = mark == "“" or (mark == '"' and before.isspace() and not after.isspace())
    return opened


def line_of(text: str, offset: int) -> int:
    """1-based line of an offset, counting \\r\\n, \\r and \\n as one break each."""
    from lint.document import LineIndex

    return LineIndex(text).line_of(offset)
