"""``newslint check --across``: one name spelt one way in some stories of a run and another way
in others.

Each story can be consistent with itself (a desk's copy of the day: ``Surovikin`` in five
stories, ``Surovkin`` in one), so only the stories together show the slip. Their names are
tallied with :class:`lint.archive.names.NameTally` (the same candidates and tests as
``inconsistent-spelling``, counted by stories); each use of a minority spelling is a finding of
``across-spelling``, with the house spelling's first uses in the other files as related
locations and an unsafe fix. The stories are read again after the per-story check, one at a
time; what is kept of each is its names and its line index.
"""

from __future__ import annotations

from collections.abc import Sequence

from lint.archive.names import NameRecord, NameTally
from lint.archive.register import name_settings
from lint.config import Config
from lint.document import LineIndex, build_document, decode
from lint.document.reading import read_regular
from lint.engine import place
from lint.errors import InputError
from lint.findings import Applicability, PlacedEdit, PlacedRelated, Reported, Severity

RULE_ID = "across-spelling"
MAX_RELATED = 3


def across_findings(paths: Sequence[str], config: Config) -> dict[str, list[Reported]]:
    """The across-spelling findings of the stories at ``paths``, by path, in offset order."""
    tally = NameTally(name_settings(config), keep_uses=True)
    lines: dict[str, LineIndex] = {}
    for path in paths:
        try:
            text = decode(read_regular(path), path)
        except InputError:
            continue  # the per-story check has reported it
        tally.add(path, build_document(text, path, None, config.ignore_patterns))
        lines[path] = LineIndex(text)
    found: dict[str, list[Reported]] = {}
    for variants in tally.variants():
        house = variants.house
        related = _related(house, lines)
        for variant in variants.variants:
            message = (f'"{variant.spelling}" ({_stories(variant)}) looks like a variant of '
                       f'"{house.spelling}" ({_stories(house)}), the usual spelling of this name '
                       "in the stories of this run")
            for path, use in variant.uses:
                where = place(lines[path], use.start, use.end)
                found.setdefault(path, []).append(Reported(
                    path=path, rule=RULE_ID, severity=Severity.WARNING, message=message, place=where,
                    text=use.text, occurrence=0,
                    related=tuple(r for r in related if r.path != path),
                    fix_description=f'Write "{house.spelling}"',
                    fix_applicability=Applicability.UNSAFE,
                    fix_edits=(PlacedEdit(where, house.spelling),),
                ))
    for path, items in found.items():
        items.sort(key=lambda r: (r.place.line, r.place.column))
        found[path] = [r._replace(occurrence=i) for i, r in enumerate(items)]
    return found


def _related(house: NameRecord, lines: dict[str, LineIndex]) -> list[PlacedRelated]:
    """The house spelling's first use in each of its first files."""
    out: list[PlacedRelated] = []
    for path, use in house.uses:
        if len(out) == MAX_RELATED:
            break
        if all(r.path != path for r in out):
            where = place(lines[path], use.start, use.end)
            out.append(PlacedRelated(where, f'spelt "{use.text}" here', path))
    return out


def _stories(record: NameRecord) -> str:
    return "1 story" if record.stories == 1 else f"{record.stories} stories"
