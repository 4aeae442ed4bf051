"""Spellings found in a story and the choice of the one the others are measured against."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lint.rules.inconsistent_spelling.regularity import regularity
from lint.rules.inconsistent_spelling.surnames import is_recorded_surname
from lint.rules.names.equivalence import skeleton
from lint.rules.names.normalise import name_key

_VOWELS = frozenset("aeiouy")
# How much more regular (in log-probability of the rarest letter) one of two spellings used once
# each must be to be taken for the right one: less is no evidence (Athletico and Atletico differ
# by 0.9, Scwhartz and Schwartz by 1.9).
REGULARITY_MARGIN = 1.0


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
    """The most frequent spelling; on a tie a real word or known name, then a recorded surname
    (``Ferro`` beside ``Frro``, whichever is the fuller mention), then the one in the fullest
    mention; then, of two spellings used once each, the one with the clearly more regular
    letters (``Schwartz`` beside ``Scwhartz``); then the one the other is with a letter dropped
    (``Genentech`` beside ``Genetech``); else the first."""

    def rank(spelling: Spelling) -> tuple[int, bool, bool, int]:
        # A recorded surname is evidence about the spelling itself, so it outranks the fuller
        # mention, which is only the likelier to have been written with care: an introduction
        # carries the slip as often as a later mention (``Craig Menar`` ... ``Menear said``).
        return (len(spelling.uses), spelling.real, is_recorded_surname(name_key(spelling.label)),
                max(u.fullness for u in spelling.uses))

    best = max(map(rank, spellings))
    tied = [s for s in spellings if rank(s) == best]
    if len(tied) == 1:
        return tied[0]
    labels = [name_key(s.label) for s in tied]
    if len(tied) == 2 and best[0] == 1:
        # One use each: the spelling whose letters run as words' letters do is the likelier.
        scores = [regularity(label) for label in labels]
        if abs(scores[0] - scores[1]) >= REGULARITY_MARGIN:
            return tied[scores.index(max(scores))]

    def tie_break(index: int) -> tuple[bool, int]:
        spelling = tied[index]
        # A spelling that another is with a letter dropped: that other is the likelier slip.
        fuller = any(letter_dropped(labels[index], other) for other in labels)
        return (fuller, -min(u.start for u in spelling.uses))

    return tied[max(range(len(tied)), key=tie_break)]


def letter_dropped(word: str, slip: str) -> bool:
    """``slip`` is ``word`` with one letter left out: omission is the commonest typing slip,
    more common than a letter typed twice or one too many. A letter that transliterations write
    or leave out does not count, as neither spelling is then the likelier slip: a vowel between
    two consonants (``Tanf``/``Tanaf``, ``Surovkin``/``Surovikin``), a doubled consonant, the
    ``o`` of ``ou`` (``Velop``/``Velopp``, ``Airbus``/``Airbous``: one skeleton)."""
    if len(word) != len(slip) + 1 or skeleton(word) == skeleton(slip):
        return False
    index = next((i for i, (a, b) in enumerate(zip(word, slip, strict=False)) if a != b),
                 len(slip))
    if not word[index].isalpha() or word[:index] + word[index + 1 :] != slip:
        return False
    # The letter left out could be any of a run of the same letter: the first is checked.
    between_consonants = (
        0 < index < len(slip)
        and word[index] in _VOWELS
        and word[index - 1] not in _VOWELS
        and word[index + 1] not in _VOWELS
    )
    return not between_consonants

