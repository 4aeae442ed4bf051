"""Slip or another person, across an archive: the words each spelling is written with.

Each row is an archive of made-up stories: the house spelling in seven of them, a look-alike
in one or two. A look-alike is listed as a variant (a slip the house-spelling rule reports) or
told apart from the house spelling (another person or thing, which the register marks
``different: true``): apart only when the archive writes each spelling with words of its own
and none of them is shared: the words before it in its names (given names, a firm's first
word), not those after, which a word that qualifies names (``European Union``) changes from
story to story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.archive.names import NameTally
from lint.archive.register import name_settings
from lint.config import default_config
from lint.document import build_document

PLACES = ["Minsk", "Riga", "Vilnius", "Tallinn", "Warsaw", "Prague", "Vienna", "Lisbon", "Dublin"]


Found = list[tuple[str, list[str], list[str]]]


def _tally(sentences: list[str]) -> NameTally:
    tally = NameTally(name_settings(default_config(Path.cwd())))
    for i, sentence in enumerate(sentences):
        text = f"News from {PLACES[i]}\n\nOn Monday in {PLACES[i]}, {sentence}\n"
        tally.add(f"s{i}.txt", build_document(text, f"s{i}.txt", None))
    return tally


def _variants(tally: NameTally) -> Found:
    return [(found.house.spelling, [r.spelling for r in found.variants], [r.spelling for r in found.apart])
            for found in tally.variants()]


# (house sentence, in seven stories; look-alike sentence, in two; why) -> the house spelling,
# its variants and the look-alikes told apart
TABLE = [
    ("General Sergey Surovikin spoke.", "General Surovkin spoke.", "a slip alone tells nothing",
     [("Surovikin", ["Surovkin"], [])]),
    ("General Sergey Surovikin spoke.", "General Sergey Surovkin spoke.", "the house's own given name",
     [("Surovikin", ["Surovkin"], [])]),
    ("General Sergey Surovikin spoke.", "General Sergei Surovkin spoke.", "its given name transliterated",
     [("Surovikin", ["Surovkin"], [])]),
    ("General Surovikin spoke.", "Ivan Surovkin spoke.", "the house is never written with a name",
     [("Surovikin", ["Surovkin"], [])]),
    ("Anna Kowalczyk and Piotr Kowalczyk spoke.", "Piotr Kowalcyzk spoke.", "one of the house's names",
     [("Kowalczyk", ["Kowalcyzk"], [])]),
    ("the European Union met.", "the Euuropean Court met.", "a word before other names says nothing",
     [("European", ["Euuropean"], [])]),
    ("Sony Ericsson makes phones.", "Sven-Goran Eriksson picked the team.", "a firm and a manager",
     [("Ericsson", [], ["Eriksson"])]),
    ("Warner Bros made the film.", "Derek Broes made the film.", "a studio and a person",
     [("Bros", [], ["Broes"])]),
    # Two unknown names, each with given names of its own: the comparison of one story already
    # takes them for two people.
    ("General Sergey Surovikin spoke.", "Ivan Surovkin spoke.", "two given names, none shared", []),
]


@pytest.mark.parametrize(("house", "other", "why", "expected"), TABLE)
def test_slip_or_another_person(house: str, other: str, why: str, expected: Found) -> None:
    assert _variants(_tally([house] * 7 + [other] * 2)) == expected, why


def test_told_apart_by_any_story_of_the_look_alike() -> None:
    # The look-alike is alone in one story and after a name of its own in another: the archive
    # writes it after a word the house spelling never comes after.
    tally = _tally(["Sony Ericsson makes phones."] * 7
                   + ["Eriksson picked the team.", "Sven-Goran Eriksson left."])
    assert [(f.house.spelling, list(f.house.first_words.values()), [r.spelling for r in f.apart],
             [list(r.first_words.values()) for r in f.apart]) for f in tally.variants()] == [
        ("Ericsson", ["Sony"], ["Eriksson"], [["Sven", "Goran"]])]
