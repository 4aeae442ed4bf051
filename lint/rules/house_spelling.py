"""house-spelling: a name spelt as the house register says the archive does not write it.

A story can be consistent with itself and still disagree with the archive: the general is
``Surovikin`` in 412 stories and ``Surovkin`` in this one. The house register
(``newslint register build``, :mod:`lint.archive.register`) lists each name of the archive with
its house spelling and the variants it also wrote; this rule flags a variant wherever a story
uses it, with the house spelling and how many stories write it, and an unsafe fix to it. With
``slips: true`` also a spelling the archive never wrote that is one keystroke from a name of
five stories or more (a letter dropped, added, changed or doubled, two swapped), unless that
spelling is a word, a given name or another known name: off by default, since one keystroke
from an established name is as often another person (Adams and Adamu). Names
are found and keyed as ``inconsistent-spelling`` finds them (case, diacritics, hyphens,
apostrophes and a possessive ignored). A variant the register marks ``different: true`` is never
reported.

The rule runs when the configuration names a register with its top-level key::

    register: house-register.yaml        # or a list of files; a later file wins

Flags (with a register whose house spelling is ``Surovikin`` and variant ``Surovkin``)::

    General Sergey Surovkin said...      "Surovkin": the archive writes "Surovikin" (412 stories)

Passes::

    General Sergey Surovikin said...     the house spelling
    Surovkin (marked different: true)    another person, as an editor said

Options:

- ``register``: the register files (set from the top-level ``register:`` key; paths relative to
  the config that names them).
- ``slips``: also report near spellings of established names the archive never wrote
  (default false).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint.document import Document
from lint.findings import Applicability, Edit, Finding, Fix, Severity
from lint.rules.base import Option, Options, Rule
from lint.rules.inconsistent_spelling.names import mentions_by_key

if TYPE_CHECKING:
    from lint.archive.register import Register


def _prepare(options: Options) -> tuple[Register, bool] | None:
    if not options["register"]:
        return None  # no register configured: the rule is idle, and imports nothing more
    from lint.archive.register import load_register

    return load_register(options["register"]), options["slips"]


def check(document: Document, prepared: tuple[Register, bool] | None) -> Iterator[Finding]:
    if prepared is None:
        return
    register, slips = prepared
    for key, mentions in mentions_by_key(document).items():
        house = register.house_of(key, slips)
        if house is None:
            continue
        for mention in mentions:
            use = mention.use
            if use.text == house.house:
                continue
            yield Finding(
                rule=RULE.id,
                message=f'"{use.text}": the archive writes "{house.house}" ({house.stories} stories)',
                start=use.start,
                end=use.end,
                severity=RULE.severity,
                fix=Fix(f'Write "{house.house}"', (Edit(use.start, use.end, house.house),),
                        Applicability.UNSAFE),
            )


RULE = Rule(
    id="house-spelling",
    summary="A name spelt as the house register says the archive does not write it.",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
    options=(
        Option("register", [], list, "register files (the top-level 'register:' key sets them)",
               item_kind=str, is_path=True),
        Option("slips", False, bool, "also near spellings of established names the archive never wrote"),
    ),
    check=check,
    prepare=_prepare,
)
