"""The surname record is searched by bisection over its sorted lines: it must answer exactly as
membership of the set of its names would."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.rules.inconsistent_spelling.surnames import SURNAMES_FILE, is_recorded_surname


@cache
def _names() -> tuple[str, ...]:
    lines = SURNAMES_FILE.read_text(encoding="utf-8").split("\n")
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def _name_set() -> frozenset[str]:
    return frozenset(_names())


def test_the_record_is_sorted_as_bisection_needs() -> None:
    names = _names()
    assert list(names) == sorted(set(names))


def test_every_name_and_the_ends_of_the_record_are_found() -> None:
    names = _names()
    assert all(is_recorded_surname(name) for name in names[:: max(1, len(names) // 5000)])
    assert is_recorded_surname(names[0]) and is_recorded_surname(names[-1])
    assert not is_recorded_surname("") and not is_recorded_surname("a\nb")


@settings(max_examples=300, derandomize=True)
@given(st.data())
def test_bisection_answers_as_set_membership(data: st.DataObject) -> None:
    names = _names()
    name = names[data.draw(st.integers(0, len(names) - 1))]
    change = data.draw(st.sampled_from(["same", "append", "prepend", "drop-last", "drop-first", "other"]))
    key = {
        "same": name,
        "append": name + data.draw(st.sampled_from("aezß")),
        "prepend": data.draw(st.sampled_from("aemz")) + name,
        "drop-last": name[:-1],
        "drop-first": name[1:],
        "other": data.draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", max_size=9)),
    }[change]
    assert is_recorded_surname(key) == (key in _name_set())
