"""When two normalised names are one name transliterated or typed two ways.

``skeleton`` maps every spelling in a class of transliterations to one form: a doubled
consonant to a single one (first, so ``-off`` is ``-of``), ``ph``/``f``, ``sh``/``sch``/``ch``,
``k``/``q``/``c``, ``y``/``i``/``j``, ``ou``/``u``, ``ee``/``i``, a final ``ov``/``off``/``ev``.
Two names are *equivalent* when their skeletons are equal or one is the other with one vowel
added (``Surovkin``/``Surovikin``, ``Tanf``/``Tanaf``). Names that match no class can still be
*close*: one edit (optimal string alignment distance at most 1, worked out in one pass) in a
long name, where one edit is little relative to length.
"""

from __future__ import annotations

from functools import lru_cache

import regex

VOWELS = frozenset("aeiou")
_DOUBLED = regex.compile(r"([^aeiou])\1+")
# Applied in order: digraphs before the single letters they contain.
_REWRITES = (
    (_DOUBLED, r"\1"),
    (regex.compile("sch|ch"), "sh"),
    (regex.compile("ph"), "f"),
    (regex.compile("ck|[kqc]"), "k"),
    (regex.compile("ee"), "i"),
    (regex.compile("[yj]"), "i"),
    (regex.compile("ou"), "u"),
    (_DOUBLED, r"\1"),  # again: ph and ck can double a letter (Beniofph, Benioff)
    (regex.compile("(?:[eo]f|[eo]v)$"), "ov"),  # -off and -eff are single once undoubled
)


def undouble(key: str) -> str:
    """The key with each doubled consonant written once: ``Hassell`` -> ``hasel``."""
    # Most names have no doubled consonant, and a search costs less than half a substitution.
    if _DOUBLED.search(key) is None:
        return key
    return str(_DOUBLED.sub(r"\1", key))


# Bounded: a sweep over an archive meets ever more words, and memory must not grow with it.
@lru_cache(maxsize=1 << 15)
def skeleton(key: str) -> str:
    """The transliteration-free form of a normalised name: ``Tchaikovsky`` and
    ``Chaikovskii`` both become ``shaikovski``."""
    for pattern, replacement in _REWRITES:
        key = pattern.sub(replacement, key)
    return key


def one_vowel_apart(short: str, long: str) -> bool:
    """``long`` is ``short`` with one vowel added after its first letter (between two
    consonants that are then no longer doubled: ``Asisociation``/``Association``)."""
    if not 1 <= len(long) - len(short) <= 2:
        return False
    for index in range(1, len(long)):
        if long[index] in VOWELS:
            dropped = undouble(long[:index] + long[index + 1 :])
            if dropped == short:
                return True
    return False


def equivalent(first: str, second: str) -> bool:
    """One name under the transliteration classes of this module."""
    a, b = sorted((skeleton(first), skeleton(second)), key=len)
    if a == b or one_vowel_apart(a, b):
        return True
    # A vowel dropped from a pair the skeleton rewrites: Freeman/Freman, Keegan/Kegan.
    short, long = sorted((first, second), key=len)
    return one_vowel_apart(undouble(short), undouble(long))


def close(first: str, second: str, min_length: int) -> bool:
    """One edit (a letter changed, added, dropped or two swapped) in names of at least
    ``min_length`` letters (0: never), the first letter kept."""
    if not min_length or min(len(first), len(second)) < min_length or first[0] != second[0]:
        return False
    return one_edit_apart(first, second)


def one_edit_apart(first: str, second: str) -> bool:
    """Optimal string alignment distance at most 1, in one pass: past the common prefix, the
    rests are equal but for one letter changed, added or dropped, or two neighbours swapped."""
    if abs(len(first) - len(second)) > 1:
        return False
    prefix = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        prefix += 1
    if len(first) != len(second):
        short, long = sorted((first, second), key=len)
        return short[prefix:] == long[prefix + 1 :]
    rest = prefix + 1
    if first[rest:] == second[rest:]:
        return True
    swapped = first[prefix : rest + 1] == second[prefix : rest + 1][::-1]
    return swapped and first[rest + 1 :] == second[rest + 1 :]
