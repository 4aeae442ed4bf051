"""Background document frequencies: how many stories of an archive use each word.

The ``off-topic`` rule weighs words by how rare they are in news copy at large, so that a
paragraph sharing only ``said`` and ``year`` with its story is not mistaken for one that belongs.
The table holds derived figures only: one normalised word and the number of stories that use it
per line, never any text of the stories. Build one from an archive with (the sweep is
:mod:`lint.archive.idf_build`)::

    newslint idf build ARCHIVE -o idf-table.tsv.gz

File format (UTF-8, gzip-compressed when the name ends in ``.gz``)::

    # newslint idf table<TAB>documents<TAB>1779
    said<TAB>1650
    ...

Words used by fewer than ``min_df`` stories are left out (they are rare anyway, and a table that
keeps them would be a list of every name in the archive); a word missing from the table counts as
used by one story.
"""

from __future__ import annotations

import functools
import gzip
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from lint.document import Token
from lint.errors import InputError

HEADER = "# newslint idf table"
DEFAULT_MIN_DF = 2
_APOSTROPHE_S = ("'s", "’s")
# Plural -s is stripped, but not from words where the s is part of the stem.
_KEEP_FINAL_S = ("ss", "us", "is", "ous")
# How many normalised words and weights are remembered before starting afresh: more than the
# words of a large archive that recur, a few megabytes at most.
_MEMO_SIZE = 1 << 17

_V = TypeVar("_V")


class _Memo(dict[str, _V]):
    """A dict that works out a missing value once: every story repeats the words of the
    language, and looking one up costs less than normalising or weighing it again."""

    def __init__(self, compute: Callable[[str], _V]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: str) -> _V:
        if len(self) >= _MEMO_SIZE:
            self.clear()
        value = self[key] = self._compute(key)
        return value


def term(token: Token) -> str | None:
    """The normalised form a token counts as, or None for numbers and one-letter words.

    Lower case, possessive removed, plural -s removed: ``Iran's`` and ``Iran``, ``forces`` and
    ``force``, ``countries`` and ``country`` count as one word; ``Iran`` and ``Iranian`` stay
    apart (no stemmer beyond that, so the table stays readable and the rule fast).
    """
    return None if token.is_number else TEXT_TERMS[token.text]


def _text_term(text: str) -> str | None:
    if len(text) < 2:
        return None
    word = text.lower()
    if word.endswith(_APOSTROPHE_S):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(_KEEP_FINAL_S):
        word = word[:-1]
    return word


# :func:`term` of a word token (not a number) by its text.
TEXT_TERMS: Mapping[str, str | None] = _Memo(_text_term)


@dataclass(frozen=True)
class IdfTable:
    """Document frequencies of normalised words over ``documents`` stories."""

    documents: int
    counts: Mapping[str, int]

    def weight(self, word: str) -> float:
        """Inverse document frequency ``ln(N / df)``: 0 for a word every story uses."""
        df = self.counts.get(word, 1)
        return math.log(max(self.documents, df) / df)

    @functools.cached_property
    def weights(self) -> Mapping[str, float]:
        """:meth:`weight` of each word, worked out once."""
        return _Memo(self.weight)


def pruned(table: IdfTable, min_df: int = DEFAULT_MIN_DF) -> IdfTable:
    return IdfTable(table.documents, {w: n for w, n in table.counts.items() if n >= min_df})


def write_table(table: IdfTable, path: Path) -> None:
    lines = [f"{HEADER}\tdocuments\t{table.documents}\n"]
    # Most frequent first, then alphabetical: a stable file that diffs well when rebuilt.
    for word, count in sorted(table.counts.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"{word}\t{count}\n")
    data = "".join(lines).encode("utf-8")
    if path.suffix == ".gz":
        # mtime=0: the same archive always gives the same bytes.
        data = gzip.compress(data, mtime=0)
    path.write_bytes(data)


def read_table(path: Path) -> IdfTable:
    """Read a table written by :func:`write_table`; :class:`InputError` if it is not one."""
    try:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: idf table not found") from None
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read idf table: {exc}") from None
    lines = text.splitlines()
    header = lines[0].split("\t") if lines else []
    if len(header) != 3 or header[0] != HEADER or not header[2].isdigit():
        raise InputError(f"{path}: not a newslint idf table (first line must be '{HEADER}\\tdocuments\\tN')")
    counts: dict[str, int] = {}
    for number, line in enumerate(lines[1:], start=2):
        word, _, count = line.partition("\t")
        if not word or not count.isdigit():
            raise InputError(f"{path}:{number}: expected a word, a tab and a count")
        counts[word] = int(count)
    return IdfTable(int(header[2]), counts)
