"""The person nouns the name rules read: the build script's filter on a made-up WordNet
fragment, and the look-up's forms (plurals, ``co-``, parties to a deal)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from lint.rules.names.people import is_person_noun

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_person_nouns.py"

# Lines in WordNet's layout: data.noun is ``offset lexfile type count(hex) word lex_id ...``;
# index.noun is ``lemma pos synsets pointers [symbols] senses tagged offsets...``.
DATA = """  1 licence text the parser skips
00000001 18 n 01 economist 0 000 | a person
00000002 18 n 01 host 0 000 | a person who entertains guests
00000003 14 n 01 host 0 000 | a vast multitude
00000004 06 n 01 hammer 0 000 | a tool
00000005 18 n 01 hammer 0 000 | a person who hammers
00000006 18 n 01 Einstein 0 000 | a physicist
00000007 18 n 02 prime_minister 0 premier 0 000 | the head of a government
"""
INDEX = """  1 licence text the parser skips
economist n 1 0 1 0 00000001
host n 2 0 2 0 00000002 00000003
hammer n 2 0 2 0 00000004 00000005
einstein n 1 0 1 0 00000006
prime_minister n 1 0 1 0 00000007
premier n 1 0 1 0 00000007
"""


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_person_nouns", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_keeps_nouns_whose_first_sense_is_a_person_and_none_a_group(tmp_path: Path) -> None:
    (tmp_path / "data.noun").write_text(DATA, encoding="latin-1")
    (tmp_path / "index.noun").write_text(INDEX, encoding="latin-1")
    # host: also a group; hammer: a tool first; Einstein: a proper name; prime_minister: a phrase.
    assert _script().person_nouns(tmp_path) == ["economist", "premier"]


def test_build_says_when_wordnet_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main(["--wordnet", str(tmp_path), "--output", str(tmp_path / "out.txt")]) == 2
    assert "index.noun: not found" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("economist", True),
        ("economists", True),  # a plural
        ("co-director", True),  # a prefix of role: the role is the rest
        ("ex-minister", True),
        ("correspondent", True),
        ("rival", False),  # a party to a deal: firms as often as people
        ("owner", False),
        ("firm", False),
        ("manufacturer", False),  # a body too (WordNet's noun.group)
    ],
)
def test_person_noun_look_up(word: str, expected: bool) -> None:
    assert is_person_noun(word) is expected


def test_roles_extend_the_look_up() -> None:
    assert not is_person_noun("frobnicator")
    assert is_person_noun("frobnicators", frozenset({"frobnicator"}))
