"""Spellings found in a story and the choice of the one the others are measured against."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Use:
    """One occurrence of a spelling: its span in Document.text and how it is written there.

    ``fullness`` is the number of words in the mention it belongs to (``Colonel General Sergey
    Surovkin`` is 4), which breaks a tie between equally frequent spellings.
    """

    start: int
    end: int
    text: str
    fullness: int = 1


@dataclass(frozen=True)
class Spelling:
    label: str  # how messages show it
    uses: tuple[Use, ...]
    real: bool = False  # a dictionary word or known name, right on its own


@dataclass(frozen=True)
class VariantSet:
    """Spellings of one name or word. ``respell(use, dominant)`` is the text that replaces
    ``use`` to write it the dominant way."""

    noun: str  # "name" or "word", for messages
    spellings: tuple[Spelling, ...]
    respell: Callable[[Use, Spelling], str]


def dominant(spellings: Sequence[Spelling]) -> Spelling:
    """The most frequent spelling; on a tie a real word or known name, then the one in the
    fullest mention, else the first."""
    return max(
        spellings,
        key=lambda s: (
            len(s.uses),
            s.real,
            max(u.fullness for u in s.uses),
            -min(u.start for u in s.uses),
        ),
    )
