"""Normalised forms of words and names: what two spellings are compared on.

``fold`` removes case and diacritics; ``name_key`` also removes hyphens and apostrophes, so
``O'Neill``, ``ONeill`` and ``O’Neill`` are one key. An Arabic article written as a prefix
(``al-Tanf``, ``At-Tanaf``, ``ash-Sham``) is no part of the key: the caller splits it off with
``split_article`` and keeps its span, so a fix can replace the name part only.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})
HYPHENS = "-‐‑"
APOSTROPHES = "'’ʼ`"
_DROPPED = str.maketrans("", "", HYPHENS + APOSTROPHES)
# Transliterations of the Arabic article, with its assimilated forms (at-, ad-, an-, as-...).
ARTICLES = frozenset(
    "al el il ul ar er as es ash esh at et ath ad ed adh az ez an en".split()
)
_POSSESSIVES = ("'s", "’s")


# Bounded: a sweep over an archive meets ever more words, and memory must not grow with it.
@lru_cache(maxsize=1 << 15)
def fold(word: str) -> str:
    """Lowercase, without diacritics: ``Coöperate`` -> ``cooperate``."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(word: str) -> str:
    """The form two spellings of a name are compared on: folded, no hyphens or apostrophes."""
    return fold(word).translate(_DROPPED)


def has_marks(word: str) -> bool:
    """True when the word carries a diacritic (a combining mark once decomposed)."""
    if word.isascii():
        return False
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word))


def possessive_length(word: str) -> int:
    """Length of a possessive ``'s`` ending the word, or 0."""
    return 2 if word.endswith(_POSSESSIVES) and len(word) > 2 else 0


def split_article(word: str) -> int:
    """Length of an Arabic article prefix with its hyphen (``al-``), or 0 when there is none.

    Only an article before a capitalised name counts: ``al-Tanf`` has one, ``as-yet`` none.
    """
    for position, char in enumerate(word[:4]):
        if char in HYPHENS:
            rest = word[position + 1 :]
            if word[:position].lower() in ARTICLES and rest[:1].isupper():
                return position + 1
            return 0
    return 0
