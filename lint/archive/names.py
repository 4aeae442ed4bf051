"""Names across stories: the tally behind the house register and ``check --across``.

Each story's names are found and keyed as ``inconsistent-spelling`` finds them in one story
(:func:`lint.rules.inconsistent_spelling.names.mentions_by_key`), and the spellings of many stories are
paired by the same tests (:func:`lint.rules.inconsistent_spelling.names.variant_pairs`): one mechanism, fed
the names of a desk or an archive instead of one story's. What counts across stories is how
many stories write a spelling, not how many times.

A tally keeps, per key, the number of stories, how it is written, one example path, a few
mentions, and the words the archive writes before it in its names, its first words (``Sven``
and ``Goran`` of ``Sven-Goran Eriksson``, ``Sony`` of ``Sony Ericsson``): one keystroke apart,
two spellings that each come after words of their own, none shared, are two people or things,
not a slip (:func:`told_apart`); with ``keep_uses`` also every use with its path, for the
findings of ``--across``. Memory grows with the number of distinct names, never with the number
of stories.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from lint.document import PAD, Document
from lint.rules.inconsistent_spelling.names import (
    Mention,
    NameSettings,
    clusters,
    different_people,
    mentions_by_key,
    variant_pairs,
)
from lint.rules.inconsistent_spelling.variants import Use
from lint.rules.names.equivalence import one_edit_apart, undouble
from lint.rules.names.guards import is_dictionary_word, is_given_name, is_real
from lint.rules.names.normalise import HYPHENS

# Mentions kept per name: enough to know its companions and neighbours.
_SAMPLES = 8
# A name's weight in the comparison is its number of stories, up to this.
_WEIGHT_CAP = 1000
# Distinct first words kept per name: a person's given names and a firm's first word are a
# handful; the bound keeps a common surname's record small.
_FIRST_WORDS = 64
# What stands between two words of one name: a space, a hyphen (``Sven-Goran``), a padded-out
# character of markup.
_JOINING = " " + HYPHENS + PAD


@dataclass
class NameRecord:
    key: str
    stories: int = 0
    written: Counter[str] = field(default_factory=Counter)
    example: str = ""
    samples: list[Mention] = field(default_factory=list)
    # The words before it in its names (``Sony`` of ``Sony Ericsson``, not titles): key -> how
    # the first story with it wrote it, in the order the stories (in path order) first wrote
    # them, so a tally of contiguous batches merged in order keeps those of one sequential tally.
    first_words: dict[str, str] = field(default_factory=dict)
    uses: list[tuple[str, Use]] = field(default_factory=list)  # with keep_uses

    @property
    def spelling(self) -> str:
        return self.written.most_common(1)[0][0]

    def add_first_word(self, key: str, spelling: str) -> None:
        if key not in self.first_words and len(self.first_words) < _FIRST_WORDS:
            self.first_words[key] = spelling


@dataclass(frozen=True)
class NameVariants:
    """One name written more than one way across the stories: the house spelling (the one most
    stories use) and the others; and the look-alikes that the words before them tell apart from
    it (:func:`told_apart`), other people or things."""

    house: NameRecord
    variants: tuple[NameRecord, ...]
    apart: tuple[NameRecord, ...] = ()


class NameTally:
    def __init__(self, settings: NameSettings, keep_uses: bool = False) -> None:
        self.settings = settings
        self.keep_uses = keep_uses
        self.records: dict[str, NameRecord] = {}
        self.stories = 0

    def add(self, path: str, document: Document) -> None:
        self.stories += 1
        by_key = mentions_by_key(document)
        first_words = _first_words(by_key, document.prose)
        for key, mentions in by_key.items():
            record = self.records.get(key)
            if record is None:
                record = self.records[key] = NameRecord(key, example=path)
            record.stories += 1
            record.written.update(m.use.text for m in mentions)
            for word, spelling in first_words.get(key, {}).items():  # in the story's order
                record.add_first_word(word, spelling)
            if len(record.samples) < _SAMPLES:
                record.samples.extend(mentions[: _SAMPLES - len(record.samples)])
            if self.keep_uses:
                record.uses.extend((path, m.use) for m in mentions)

    def merge(self, other: NameTally) -> None:
        """Add the tally of other stories (a batch linted elsewhere)."""
        self.stories += other.stories
        for key, theirs in other.records.items():
            record = self.records.get(key)
            if record is None:
                self.records[key] = theirs
                continue
            record.stories += theirs.stories
            record.written.update(theirs.written)
            record.example = min(record.example, theirs.example)
            record.samples.extend(theirs.samples[: max(0, _SAMPLES - len(record.samples))])
            for word, spelling in theirs.first_words.items():
                record.add_first_word(word, spelling)
            record.uses.extend(theirs.uses)

    def frequent(self, min_stories: int) -> Iterator[NameRecord]:
        """Names used by at least ``min_stories`` stories, that are not words or given names."""
        for record in self.records.values():
            if record.stories >= min_stories and not _common(record.key):
                yield record

    def variants(self) -> Iterator[NameVariants]:
        """Each name the stories write in more than one way, the house spelling first."""
        by_key = {
            key: [*r.samples, *[r.samples[-1]] * (min(r.stories, _WEIGHT_CAP) - len(r.samples))]
            for key, r in self.records.items()
        }
        pairs = variant_pairs(by_key, self.settings)
        matched = set(pairs).union((b, a) for a, b in pairs)
        for cluster in clusters(pairs):
            records = sorted((self.records[key] for key in cluster), key=_house_rank, reverse=True)
            house = records[0]
            # Across stories, a word's or a given name's look-alikes are mostly other words and
            # other people (Bank and Banca, John and Johan): within one story its companions
            # tell them apart; across an archive nothing does.
            if _common(house.key):
                continue
            near = [r for r in records[1:] if (r.key, house.key) in matched and _slip(r, house)]
            if near:
                yield NameVariants(house, tuple(r for r in near if not told_apart(r, house)),
                                   tuple(r for r in near if told_apart(r, house)))


def _common(key: str) -> bool:
    return is_dictionary_word(key) or is_given_name(key)


def is_slip_of(variant_key: str, house_key: str) -> bool:
    """``variant_key`` is one keystroke from ``house_key`` (a letter dropped, added, changed, two
    swapped, one doubled) and is not a word, a given name or a known name of its own."""
    if len(variant_key) < _SLIP_MIN_LENGTH or _common(variant_key) or is_real(variant_key):
        return False
    return undouble(variant_key) == undouble(house_key) or one_edit_apart(variant_key, house_key)


# Across stories the house spelling must outnumber a variant by this much.
HOUSE_MARGIN = 3
_SLIP_MIN_LENGTH = 5


def _slip(variant: NameRecord, house: NameRecord) -> bool:
    """Across an archive a transliteration class pairs too many different people and places
    (Yulia and July, Kerr and Ceri): a variant is a slip of the house spelling only when it is
    one keystroke from it (a letter dropped, added, changed or two swapped, a letter doubled),
    rare beside it, and not itself a word, a given name or another known name."""
    return house.stories >= HOUSE_MARGIN * variant.stories and is_slip_of(variant.key, house.key)


def told_apart(variant: NameRecord, house: NameRecord) -> bool:
    """The archive writes each spelling after words of its own, none of them shared (under the
    transliteration classes): ``Sven-Goran Eriksson`` and ``Sony Ericsson``, ``Adam Boulton``
    and ``John Bolton``, ``Derek Broes`` and ``Warner Bros``. Those are two people or things.
    A slip comes after the name's own first words (``Sven-Goran Erikson``) or alone (``Mr
    Surovkin``), so a side with none tells nothing. Only the words before a name count: a word
    that qualifies names (``European Union``, ``Microsoft Windows``, ``Australian Open``) stands
    before a different name in nearly every story, and says nothing about who it is."""
    return different_people(frozenset(variant.first_words), frozenset(house.first_words))


def _first_words(by_key: Mapping[str, Sequence[Mention]], prose: str) -> dict[str, dict[str, str]]:
    """For each key of a story, the words written before it in its names, each with how it is
    written: the words of a name are mentions that follow one another with nothing but a space
    or a hyphen between and share the name's words (titles are in none of those)."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    run: list[Mention] = []
    for mention in sorted((m for ms in by_key.values() for m in ms), key=lambda m: m.use.start):
        if run and not (mention.neighbours and mention.neighbours == run[-1].neighbours
                        and not prose[run[-1].use.end : mention.use.start].strip(_JOINING)):
            run = []
        for earlier in run:
            if earlier.key in mention.neighbours and earlier.key != mention.key:
                found[mention.key].setdefault(earlier.key, earlier.use.text)
        run.append(mention)
    return found


def _house_rank(record: NameRecord) -> tuple[int, bool, int, str]:
    """Most stories; then a real word or known name; then most uses; then the key, so the
    choice never depends on the order the stories were read in."""
    return (record.stories, is_real(record.key), sum(record.written.values()), record.key)
