"""house-spelling: a name spelt as the house register says the archive does not write it.

A story can be consistent with itself and still disagree with the archive: the general is
``Surovikin`` in 412 stories and ``Surovkin`` in this one. The house register
(``newslint register build``, :mod:`lint.archive.register`) lists each name of the archive with
its house spelling and the variants it also wrote; this rule flags a variant wherever a story
uses it, with the house spelling and how many stories write it, and an unsafe fix to it. Names
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
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.document import Document
from lint.findings import Applicability, Edit, Finding, Fix, Severity
from lint.rules.base import Option, Options, Rule
from lint.rules.spelling.names import mentions_by_key


def _prepare(options: Options) -> object:
    from lint.archive.register import house_spellings

    return house_spellings(options["register"])


def check(document: Document, houses: object) -> Iterator[Finding]:
    assert isinstance(houses, dict)
    if not houses:
        return
    for key, mentions in mentions_by_key(document).items():
        house = houses.get(key)
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
    ),
    check=check,
    prepare=_prepare,
)
