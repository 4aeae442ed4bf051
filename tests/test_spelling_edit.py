"""One edit apart: the optimal string alignment distance at most 1, checked against the textbook
dynamic programme on generated words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.rules.names.equivalence import one_edit_apart


def _osa(a: str, b: str) -> int:
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(a)][len(b)]


WORD = st.text(alphabet="abcd", max_size=8)


@settings(max_examples=2000, derandomize=True)
@given(WORD, WORD)
def test_one_edit_apart_is_osa_distance_at_most_one(a: str, b: str) -> None:
    assert one_edit_apart(a, b) == (_osa(a, b) <= 1)


@settings(max_examples=500, derandomize=True)
@given(WORD, st.integers(0, 8), st.sampled_from("abcd"))
def test_each_single_edit_is_one_edit_apart(word: str, at: int, letter: str) -> None:
    at = min(at, len(word))
    assert one_edit_apart(word, word[:at] + letter + word[at:])  # added
    if at < len(word):
        assert one_edit_apart(word, word[:at] + word[at + 1 :])  # dropped
        assert one_edit_apart(word, word[:at] + letter + word[at + 1 :])  # changed
    if at + 1 < len(word):
        swapped = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        assert one_edit_apart(word, swapped)


def test_examples() -> None:
    assert one_edit_apart("surovikin", "surovkin")
    assert one_edit_apart("genentech", "genetech")
    assert not one_edit_apart("surovikin", "surokvin")
    assert not one_edit_apart("abcd", "badc")
