"""Build lint/rules/names/person_nouns.txt: common nouns that name a person (``analyst``,
``correspondent``, ``publicist``), which tell the name rules that the name beside them is a
person's (``film critic Malcolm said``, ``said Naude, economist at a bank``).

    apt-get install wordnet-base && python scripts/build_person_nouns.py

Source, and why: WordNet 3.0 (Princeton; Debian's ``wordnet-base``), the maintained lexical
database whose nouns are filed by kind, one of them ``noun.person``. A noun goes in when:

- it is one lowercase word (the roles copy puts before or after a name are single words;
  proper names, which WordNet files as instances of people, are written with a capital there);
- its most frequent sense (the first in ``index.noun``) is filed under ``noun.person``: a word
  whose usual sense is something else (``head``, ``star``) is no evidence of a person;
- none of its senses is filed under ``noun.group``: ``host``, ``manufacturer``, ``company``
  also name bodies, which speak in copy as people do (``the manufacturer said``).

The output is one noun per line, sorted, under a header naming this script.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUTPUT = Path(__file__).resolve().parents[1] / "lint" / "rules" / "names" / "person_nouns.txt"
# WordNet's lexicographer file numbers (lexnames): 18 is noun.person, 14 noun.group.
PERSON = 18
GROUP = 14


def _synsets(data: Path) -> dict[str, tuple[int, frozenset[str]]]:
    """Synset offset -> its lexicographer file and the words written in lowercase in it."""
    synsets: dict[str, tuple[int, frozenset[str]]] = {}
    for line in data.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence at the head of the file
        fields = line.split()
        count = int(fields[3], 16)
        words = fields[4 : 4 + 2 * count : 2]
        synsets[fields[0]] = (int(fields[1]), frozenset(w for w in words if w.islower()))
    return synsets


def person_nouns(folder: Path) -> list[str]:
    synsets = _synsets(folder / "data.noun")
    found = []
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma = fields[0]
        if not lemma.isalpha() or not lemma.islower():
            continue  # phrases (``prime_minister``), hyphenated words, numbers
        pointers = int(fields[3])
        offsets = fields[4 + pointers + 2 :]
        senses = [synsets[offset] for offset in offsets]
        first_file, first_words = senses[0]
        if first_file == PERSON and lemma in first_words and all(f != GROUP for f, _ in senses):
            found.append(lemma)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help="WordNet dict folder")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.noun").is_file():
        print(f"{args.wordnet}/index.noun: not found (apt-get install wordnet-base)", file=sys.stderr)
        return 2
    nouns = person_nouns(args.wordnet)
    header = (
        "# Nouns naming a person, one a line: built by scripts/build_person_nouns.py from "
        "WordNet 3.0 (noun.person, first sense; no noun.group sense).\n"
    )
    args.output.write_text(header + "\n".join(nouns) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(nouns)} nouns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
