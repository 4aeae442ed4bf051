"""The people a story names, and how: in full, by title, or by surname alone.

A mention is a run of capitalised name words in one sentence, with nothing but a space between
them (an initial's full stop may stand between: ``George W. Bush``; so may a name particle:
``Osama bin Laden``, ``Charles de Gaulle``). A run ends at a possessive (``Russia's Putin``).
A common word capitalised only because it starts the sentence (``Then``, ``But``) is no part of
it. Each run is one of:

- ``full``: two name words or more after any titles (``Sergey Surovkin``, ``Colonel General
  Sergey Surovkin``), or a title of office and one name word (``President Assad``): the man is
  introduced;
- ``titled``: an honorific and one name word (``Mr Blair``, ``Dr Jones``): the later-reference
  style of British copy, neither an introduction nor a bare surname;
- ``bare``: one name word alone (``Surovikin said``).

A full mention names a person (rather than a club, firm or place: ``Manchester United``,
``Goldman Sachs``, ``New York``) when it has a title, or its word before the surname is a known
given name, or neither of its last two words is a dictionary word or a known place.

Surnames are compared on the key of inconsistent-spelling (case, diacritics, hyphens, the
Arabic article and a possessive removed) and match when equal or equivalent under its
transliteration classes (``Surovikin``/``Surovkin`` is one man).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from itertools import compress, count
from operator import itemgetter
from pathlib import Path

import regex

from lint.document import Document, Token
from lint.rules.base import Option, extend, words
from lint.rules.names.context import SENTENCE_STARTERS, quote_spans
from lint.rules.names.equivalence import equivalent
from lint.rules.names.guards import (
    are_derivations,
    guard_lists,
    is_dictionary_word,
    is_known_place_or_thing,
)
from lint.rules.names.normalise import name_key, possessive_length, split_article
from lint.rules.names.titles import TITLES as SPELLING_TITLES

KNOWN_FILE = Path(__file__).resolve().parent / "known.txt"
PERSON_NOUNS_FILE = Path(__file__).resolve().parent / "person_nouns.txt"

# Honorifics: the later-reference style (``Mr Blair``), which introduces nobody.
# Peers are named so at every mention (``Baroness Scotland``, ``Lord Scarman``).
HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame lord lady baroness baron viscount viscountess earl countess "
    "marquess duke duchess".split()
)
# Titles of office and rank that introduce a person with a surname alone (``President Assad``,
# ``Colonel General Sergey Surovkin``), added to the titles inconsistent-spelling knows.
TITLES = (SPELLING_TITLES | frozenset(
    "premier chairman chairwoman chairperson ambassador envoy spokesman spokeswoman speaker "
    "marshal brigadier corporal private commodore superintendent inspector detective constable "
    "officer coach manager director cardinal rev fr gen col lt sgt capt maj adm cllr sen rep gov "
    "pres supt insp det pc chancellor congressman congresswoman councillor deputy leader "
    "president-elect taoiseach prof cmdr cpl pvt".split()
)) - HONORIFICS
# Words of titles that are common English surnames too: John Major, Erik Prince, Martin Luther
# King, David Duke, Mark Judge, Alexander Pope.
TITLE_SURNAMES = frozenset("major prince king duke bishop judge pope earl baron lord".split())
# Titles written short with a stop in American copy (``Mr. Smith``, ``Gov. Cuomo``): the run
# goes on across the stop, which the segmenter may take for a sentence's end.
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr rev fr gen col lt sgt capt maj adm sen rep gov pres supt insp det prof cmdr "
    "cpl pvt".split()
)
# After a surname: ``Donald Trump Jr``.
SUFFIXES = frozenset("jr sr jnr snr".split())
# Lowercase particles inside a person's name: ``Osama bin Laden``, ``Ludwig van Beethoven``.
PARTICLES = frozenset("bin ibn bint van von der den de du da di la le del della dos das".split())
# Names of at least this many letters are matched by the transliteration classes; shorter ones
# only when equal (``Li`` and ``Lee`` are two families).
EQUIVALENT_MIN_LENGTH = 4
# Initials before a surname: up to three letters with stops (``J.R.R.``), two without (``JK``).
_DOTTED_INITIALS = 3
_UNDOTTED_INITIALS = 2
_CONTRACTION = regex.compile(r"['’]\p{Ll}")
_INITIAL_GAP = frozenset({". ", "."})
# The Census list of given names holds some words that are, in copy, no given names: they are
# capitalised function words, months and days (``In``, ``Many``, ``May``, ``Sunday``).
NOT_GIVEN = SENTENCE_STARTERS | frozenset(
    "in many an all some most more few several other such no not one two every each any he she "
    "it we they i you there here my your his her their our january february march april may june "
    "july august september october november december monday tuesday wednesday thursday friday "
    "saturday sunday man king one two three four five six seven eight nine ten".split()
)
_OPENING_QUOTES = "\"“‘'(["


class Kind(StrEnum):
    FULL = "full"
    TITLED = "titled"
    BARE = "bare"


@dataclass(frozen=True, slots=True)
class PersonMention:
    kind: Kind
    start: int  # of the whole run
    end: int
    surname_start: int  # of the last name word (a bare mention: the word)
    surname_end: int
    key: str  # the surname's key
    given_keys: tuple[str, ...]  # keys of the name words before the surname
    person: bool  # a full mention that names a person, by the evidence above
    in_headline: bool  # in the headline or a subheading
    quoted: bool
    sentence_initial: bool
    token_index: int  # of the surname
    alone: bool  # no other capitalised word in the run (``Brown``, not ``UK Independence Party``)
    in_note: bool  # in a bracketed note opening a paragraph: ``(Corrects Gates' first name)``


@cache
def _given_names() -> frozenset[str]:
    return guard_lists()["given-names"]


def is_plain_given_name(key: str) -> bool:
    """A given name that is no common word (``Gordon``, ``Zoe``; not ``Bill``, ``Christian``)."""
    return is_given_name(key) and not is_dictionary_word(key)


def is_given_name(key: str) -> bool:
    """A common given name (the US Census list of inconsistent-spelling's guards), which is
    neither a capitalised function word, month or day, nor a country or capital."""
    return key in _given_names() and key not in NOT_GIVEN and not is_place(key)


# Words of countries' names that name no country alone, and are given names or surnames:
# Saint Martin, Saint Vincent, Saint Lucia, Saint Helena, Saint Pierre, Saint Barthelemy, the
# Marshall, Solomon and Cook Islands, El Salvador.
COUNTRY_NAME_PARTS = frozenset(
    "martin vincent lucia helena pierre barthelemy marshall solomon cook salvador".split()
)


def is_place(key: str) -> bool:
    """A country (``India``, ``America`` are Census given names too). Not capitals: the
    guards hold their names word by word, and ``John`` is a word of ``St John's``; nor a word
    that is only part of a country's name (``Martin`` of Saint Martin)."""
    return key in guard_lists()["countries"] and key not in COUNTRY_NAME_PARTS


@cache
def default_known_people() -> frozenset[str]:
    """Keys of the shipped list of people a desk never introduces (``known.txt``)."""
    lines = KNOWN_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(
        name_key(line.split("\t", 1)[0]) for line in lines if line.strip() and not line.startswith("#")
    )


@cache
def _person_nouns() -> frozenset[str]:
    lines = PERSON_NOUNS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# Nouns for a party to a deal or a market, which firms are as often as people (``rival Boeing``,
# ``owner Tata``, ``the buyer, Vodafone,``): no evidence of a person.
PARTY_NOUNS = frozenset(
    "owner owners investor investors producer producers buyer buyers seller sellers lender "
    "lenders partner partners supplier suppliers distributor distributors contractor "
    "contractors bidder bidders shareholder shareholders client clients customer customers "
    "winner winners competitor competitors challenger challengers sponsor sponsors backer "
    "backers creditor creditors borrower borrowers tenant tenants employer employers provider "
    "providers importer importers exporter exporters rival rivals newcomer newcomers pioneer "
    "pioneers licensee licensees insurer insurers retailer retailers".split()
)
# ``co-founder``, ``ex-minister``, ``vice-chairman``: the role is the last piece.
_ROLE_PREFIX = regex.compile(r"^(?:co|ex|vice|deputy|acting|former)-")


def is_person_noun(word: str, roles: frozenset[str] = frozenset()) -> bool:
    """A lowercase common noun naming a person (``analyst``, ``correspondent``, ``co-founder``,
    ``economists``): WordNet's ``noun.person`` nouns (``person_nouns.txt``) and ``roles``, less
    the nouns for parties to a deal, which name firms as often."""
    word = _ROLE_PREFIX.sub("", word)
    if word in PARTY_NOUNS:
        return False
    nouns = _person_nouns()
    forms = (word, word[:-1]) if word.endswith("s") else (word,)
    return any(form in nouns or form in roles for form in forms)


def known_people(extra: Sequence[str]) -> frozenset[str]:
    """The shipped list with a configuration's ``known`` names added."""
    return default_known_people() | {name_key(name) for name in extra}


# The option both name rules take.
KNOWN_OPTION = Option("known", [], list, "More people never introduced (the word written alone).",
                      item_kind=str, validate=words, merge=extend)


def same_name(first: str, second: str) -> bool:
    """One surname written two ways, or the same one."""
    if first == second:
        return True
    if min(len(first), len(second)) < EQUIVALENT_MIN_LENGTH or first[0] != second[0]:
        return False
    # ``Saudi`` and ``Saud`` are a derivation, not one name spelt two ways.
    return equivalent(first, second) and not are_derivations(first, second)


# Prefixes after which a name has a second capital: ``McLaren``, ``LeClerc``, ``DeShawn``.
_NAME_PREFIXES = ("Mc", "Mac", "Le", "La", "De", "Di", "Du", "Van", "O'", "O’", "D'", "D’")
# Pieces of a hyphenated Korean or Chinese given name (``Ki-moon``, ``Yong-ho``, ``Jong-un``).
_SYLLABLE = 4


def _camel_case(piece: str) -> bool:
    for prefix in _NAME_PREFIXES:
        if piece.startswith(prefix) and piece[len(prefix) : len(prefix) + 1].isupper():
            piece = piece[len(prefix) :]
            break
    return piece[1:].lower() != piece[1:]


def _syllables(pieces: Sequence[str]) -> bool:
    """``Ki-moon``, ``Ross-van``: a short capitalised piece, then short lowercase ones."""
    return len(pieces[0]) <= _SYLLABLE and all(
        piece.islower() and len(piece) <= _SYLLABLE for piece in pieces[1:]
    )


@lru_cache(maxsize=1 << 14)
def _word(raw: str) -> tuple[str, int, int] | None:
    """A token's name part: its key and its span within the token (article and possessive
    removed), or None when the token is no name word (lowercase, all capitals, one letter)."""
    end = len(raw) - possessive_length(raw)
    start = split_article(raw)
    part = raw[start:end]
    if _CONTRACTION.search(part):
        return None  # ``We've``, ``They're``: no name (``O'Neill`` has a capital after)
    letters = part.replace("-", "").replace("'", "").replace("’", "")
    if len(part) < 2 or not part[0].isupper() or part.isupper() or not letters.isalpha():
        return None
    pieces = part.split("-")
    if any(not piece[:1].isupper() for piece in pieces) and not _syllables(pieces):
        return None  # a compound: ``Bracknell-based``, ``Russian-backed``
    if any(_camel_case(piece) for piece in pieces):
        return None  # ``PlayStation``, ``YouTube``
    return name_key(part), start, end


def _is_initial(token: Token) -> bool:
    """``W`` of ``George W. Bush``, ``JK`` of ``JK Rowling``, ``H.R.`` of ``H.R. McMaster``
    (not ``A`` nor ``I``, which are words, nor three capitals without stops: ``HMP Belmarsh``,
    ``BBC``, an acronym)."""
    text = token.text
    if not text.isupper():
        return False  # most tokens: one C call
    letters = text.replace(".", "")
    longest = _DOTTED_INITIALS if "." in text else _UNDOTTED_INITIALS
    return len(letters) <= longest and letters.isupper() and letters.isalpha() and letters not in ("A", "I")


def _common_starter(key: str) -> bool:
    """A word capitalised only because it starts the sentence (``Then``, ``Earlier``)."""
    if key in NOT_GIVEN:
        return True
    if key in TITLES or key in HONORIFICS:
        return False
    return (len(key) < 4 or is_dictionary_word(key)) and not is_given_name(key)


# A name written after an Arabic article starts in lowercase: ``al-Assad``.
# An Arabic article joined to a name (``al-Assad``), matched from its hyphen (the article, in
# group 1, is looked behind): a pattern that opens with a look-behind is tried at every position.
_ARTICLE_NAME = regex.compile(r"(?<=(?<![\p{L}\p{N}])(\p{Ll}{2,3}))[-‐‑](?=\p{Lu})")
_FIRST_CHARACTER = itemgetter(0)
_TEXT = itemgetter(0)
_START = itemgetter(1)


def _candidates(document: Document) -> list[int]:
    """Indexes of the tokens that may be name words: capitalised ones, picked out with
    builtins over the whole story rather than a Python step per token (most tokens are
    lowercase words), and the few that start with an article (``al-Assad``)."""
    tokens = document.tokens
    found = list(compress(count(), map(str.isupper, map(_FIRST_CHARACTER, map(_TEXT, tokens)))))
    articles = [m.start(1) for m in _ARTICLE_NAME.finditer(document.prose)]
    if not articles:
        return found
    positions = (bisect.bisect_left(tokens, at, key=_START) for at in articles)
    extra = {
        i for i, at in zip(positions, articles, strict=True) if i < len(tokens) and tokens[i].start == at
    }
    return sorted(set(found) | extra)


# A headline is a line of display type: a longer first block is the story's first paragraph,
# which a page without a headline put in its place (a drop cap split off, a page with no <h1>).
HEADLINE_WORDS = 25
_HTML_HEADING = regex.compile(r"<h[2-6]\b[^>]*>.*?</h[2-6]\s*>", regex.IGNORECASE | regex.DOTALL)
_MARKDOWN_HEADING = regex.compile(r"^#{2,6}[ \t].*$", regex.MULTILINE)


def _headings(document: Document) -> list[tuple[int, int]]:
    """Spans of the subheadings (``<h2>`` to ``<h6>``, Markdown's ``##``): display type inside the
    body, which, like the headline, assumes the reader (``since de Blasio took office``)."""
    if document.format == "html":
        pattern = _HTML_HEADING
    elif document.format == "markdown":
        pattern = _MARKDOWN_HEADING
    else:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(document.text)]


# ``UN``, ``US`` open paragraphs in capitals as acronyms: a lead given name has 3 letters or more.
_SHORTEST_LEAD = 2


def _notes(document: Document) -> list[tuple[int, int]]:
    """Spans of the bracketed notes that open a paragraph: an editor's note to the desk above
    wire copy (``(Corrects Peters' affiliation in paragraph 12)``, ``(This story was refiled
    to ...)``), which is about the story, not part of it."""
    prose = document.prose
    notes = []
    for paragraph in document.paragraphs:
        if prose.startswith("(", paragraph.start):
            end = prose.find(")", paragraph.start, paragraph.end)
            if end > 0:
                notes.append((paragraph.start, end + 1))
    return notes


class _Runs:
    """Runs of name words in a document's sentences."""

    def __init__(self, document: Document) -> None:
        self.document = document
        quotes = quote_spans(document)
        self.quote_starts = [s for s, _ in quotes]
        self.quote_spans = quotes
        headline = document.headline
        self.headline = (
            (headline.start, headline.end)
            if headline is not None and headline.token_end - headline.token_start <= HEADLINE_WORDS
            else (-1, -1)
        )
        self.headings = _headings(document)
        self.heading_starts = [s for s, _ in self.headings]
        self.capitals_leads: set[int] = set()  # tokens of ``MALCOLM Fraser`` read as ``Malcolm``
        self.notes = _notes(document)
        self.note_starts = [s for s, _ in self.notes]

    def _capitals_lead(self, index: int, end: int) -> bool:
        """A paragraph's first word set in capitals, as some papers open a story (``MALCOLM
        Fraser was ...``, ``IT was said ...``), that is a given name before a name word."""
        tokens = self.document.tokens
        token = tokens[index]
        return (
            index + 1 < end and len(token.text) > _SHORTEST_LEAD
            and token.text.isalpha() and token.text.isupper() and is_given_name(token.lower)
            and _word(tokens[index + 1].text) is not None
            and self.document.prose[token.end : tokens[index + 1].start] == " "
        )

    def in_heading(self, offset: int) -> bool:
        if not self.headings:
            return False
        index = bisect.bisect_right(self.heading_starts, offset) - 1
        return index >= 0 and offset < self.headings[index][1]

    def in_note(self, offset: int) -> bool:
        if not self.notes:
            return False
        index = bisect.bisect_right(self.note_starts, offset) - 1
        return index >= 0 and offset < self.notes[index][1]

    def quoted(self, offset: int) -> bool:
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        return index >= 0 and self.quote_spans[index][0] <= offset < self.quote_spans[index][1]

    def mentions(self) -> list[PersonMention]:
        document = self.document
        tokens = document.tokens
        prose = document.prose
        found: list[PersonMention] = []
        starts = {s.token_start for s in document.sentences}
        # Runs are looked for in whole paragraphs, not sentences: the segmenter ends a sentence
        # after ``H.R.`` of ``H.R. McMaster``; any other sentence break is no single space.
        candidates = _candidates(document)
        for paragraph in document.paragraphs:
            end = paragraph.token_end
            first = bisect.bisect_left(candidates, paragraph.token_start)
            last = bisect.bisect_left(candidates, end, first)
            index = -1
            for candidate in candidates[first:last]:
                if candidate <= index:
                    continue  # inside the run just read
                index = candidate
                token = tokens[index]
                if index == paragraph.token_start and self._capitals_lead(index, end):
                    self.capitals_leads.add(index)
                elif _word(token.text) is None and not (_is_initial(token) and index + 1 < end):
                    continue
                run = [index]
                while index + 1 < end:
                    current, following = tokens[index], tokens[index + 1]
                    gap = prose[current.end : following.start]
                    if possessive_length(current.text):
                        break
                    # Across a sentence break only after an initial: ``H.R. McMaster`` (the
                    # segmenter ends a sentence there), ``W. Bush``; not ``IBM. Lenovo``; or
                    # after a title's abbreviation: ``Mr. Smith``, ``Gov. Cuomo``, ``Sen. Cruz``.
                    dotted = (_is_initial(current) and (
                        current.text.endswith(".") or (len(current.text) == 1 and gap in _INITIAL_GAP)
                    )) or (gap in _INITIAL_GAP and current.lower in TITLE_ABBREVIATIONS)
                    joined = (gap == " " and index + 1 not in starts) or dotted
                    if joined and (_word(following.text) is not None or _is_initial(following)):
                        run.append(index + 1)
                        index += 1
                        continue
                    # Particles between two name words: ``bin Laden``, ``van der Vijver``.
                    after = index + 1
                    while (
                        after < end and tokens[after].text in PARTICLES
                        and prose[tokens[after - 1].end : tokens[after].start] == " "
                    ):
                        after += 1
                    if (
                        after > index + 1 and after < end
                        and prose[tokens[after - 1].end : tokens[after].start] == " "
                        and _word(tokens[after].text) is not None
                    ):
                        run.extend(range(index + 1, after + 1))
                        index = after
                        continue
                    break
                mention = self._mention(run, run[0] in starts)
                if mention is not None:
                    found.append(mention)
        return found

    def _mention(self, run: list[int], starts_sentence: bool) -> PersonMention | None:
        tokens = self.document.tokens
        entries = [
            (i, _word(tokens[i].text.capitalize() if i in self.capitals_leads else tokens[i].text))
            for i in run if tokens[i].text not in PARTICLES
        ]
        first_index = run[0]
        initial = starts_sentence or self._after_opening_quote(first_index)
        particle_next = len(run) > 1 and tokens[run[1]].text in PARTICLES
        first_word = entries[0][1]
        if initial and first_word is not None and not particle_next and _common_starter(first_word[0]):
            if len(entries) == 1:
                return None  # most runs: ``The``, ``But`` starting a sentence
            entries = entries[1:]
        # The surname is the last name word; a run ending in a title or an initial names nobody.
        if len(entries) > 1 and entries[-1][1] is not None and entries[-1][1][0] in SUFFIXES:
            entries = entries[:-1]  # ``Donald Trump Jr``: the surname is Trump
        if not entries:
            return None
        last_index, last_word = entries[-1]
        if last_word is None:
            return None
        if (last_word[0] in TITLES or last_word[0] in HONORIFICS) and (
            last_word[0] not in TITLE_SURNAMES or (len(entries) > 1 and not _given_before_last(entries))
        ):
            # ``the Prime Minister`` names nobody. A title's word that is a common surname too
            # is one after a given name (``John Major``) and alone (``Major said``), for the
            # rules to match to someone the story introduces.
            return None
        key, part_start, part_end = last_word
        # Given names and initials stand right before the surname; before them, titles and
        # descriptors (``Senate Republican``, ``Chief Executive``), which name nobody.
        given_from = len(entries) - 1
        while given_from > 0:
            word = entries[given_from - 1][1]
            if word is not None and (word[0] in TITLES or word[0] in HONORIFICS or _descriptor(word[0])):
                break
            given_from -= 1
        given = tuple(w[0] for _, w in entries[given_from:-1] if w is not None)
        initials = given_from < len(entries) - 1 and not given
        before = [w[0] for _, w in entries[:given_from] if w is not None]
        titles = [k for k in before if k in TITLES]
        honorifics = [k for k in before if k in HONORIFICS]
        if given or initials or titles:
            kind = Kind.FULL
        elif honorifics:
            kind = Kind.TITLED
        else:
            kind = Kind.BARE
        token = tokens[last_index]
        start = tokens[entries[0][0]].start if kind is not Kind.BARE else token.start
        headline_start, headline_end = self.headline
        return PersonMention(
            kind=kind,
            start=start,
            end=token.end,
            surname_start=token.start + part_start,
            surname_end=token.start + part_end,
            key=key,
            given_keys=given,
            person=kind is Kind.FULL and _names_a_person(titles, given, key, initials),
            in_headline=headline_start <= start < headline_end or self.in_heading(start),
            quoted=self.quoted(token.start),
            sentence_initial=initial and entries[0][0] == last_index,
            token_index=last_index,
            alone=len(entries) == 1,
            in_note=self.in_note(token.start),
        )

    def _after_opening_quote(self, index: int) -> bool:
        start = self.document.tokens[index].start
        return start > 0 and self.document.prose[start - 1] in _OPENING_QUOTES


# The dictionary of the guards holds no word shorter than this (``Cup``, ``Lib``, ``Utd``
# are not in it), so a shorter word is no evidence of a name.
_SHORTEST_LOOKED_UP = 4


def surname_like(key: str) -> bool:
    """A word that is no common word, country, function word or month: famous surnames
    (``Presley``, ``Tarantino``) are proper nouns of the dictionary and still surnames."""
    return len(key) >= _SHORTEST_LOOKED_UP and not (
        is_dictionary_word(key) or is_place(key) or key in NOT_GIVEN
    )


def plain_name(key: str) -> bool:
    """A word that can only be a name: no dictionary word, place, function word or month,
    and long enough for the dictionary to have been asked."""
    return len(key) >= _SHORTEST_LOOKED_UP and not (
        is_dictionary_word(key) or is_known_place_or_thing(key) or is_place(key)
        or key in NOT_GIVEN
    )


def _given_before_last(entries: Sequence[tuple[int, tuple[str, int, int] | None]]) -> bool:
    """A given name right before the run's last word, which is then a surname even when it is
    a title's word too: ``John Major``, ``Erik Prince``, ``David Duke``."""
    if len(entries) < 2 or entries[-2][1] is None:
        return False
    key = entries[-2][1][0]
    return is_given_name(key) and key not in TITLES and key not in HONORIFICS


def _descriptor(key: str) -> bool:
    """A capitalised word before a name that is no given name: a common word, a country, a
    function word (``Senate Republican Cornyn``, ``Chief Executive Kiernan``, ``US Bush``)."""
    if key in NOT_GIVEN:
        return True
    # ``Jordan Bratman``, ``Virginia Woolf``: a Census given name that is also a country or a
    # word stands as a given name.
    return (is_dictionary_word(key) or is_place(key)) and key not in _given_names()


def _plural_word(key: str) -> bool:
    """``republicans``, ``democrats``: the plural of a common word names a group."""
    return key.endswith("s") and is_dictionary_word(key[:-1])


def _names_a_person(titles: Sequence[str], given: Sequence[str], surname: str, initials: bool) -> bool:
    """A title, initials or a known given name before the surname, or words that can only be
    names (``Sergey Surovkin``); not ``Carling Cup``, ``Premier League``, ``General Motors``,
    ``Virginia Republicans``."""
    if surname in NOT_GIVEN:
        return False  # ``Jackson Five``
    if _plural_word(surname) and not (given and _given_name_only(given[-1])):
        return False  # ``Virginia Republicans``; ``Sarah Sanders`` is a woman
    if not given:
        return (bool(titles) or initials) and plain_name(surname)
    before = given[-1]
    if is_given_name(before):
        return True
    # A Census given name that is also a word of a country's name (``Martin``, ``Vincent``,
    # ``Jordan``) names a person before a word that can only be a surname: ``Martin Corry``,
    # ``Jordan Bratman``, not ``Jordan Valley``.
    if before in _given_names() and surname_like(surname):
        return True
    return plain_name(before) and (bool(titles) or plain_name(surname))


def _given_name_only(key: str) -> bool:
    """A given name that is no common word nor the name of a place (``Sarah``, ``Dwain``; not
    ``Virginia``, ``Cleveland``, ``Rick``)."""
    lists = guard_lists()
    return is_plain_given_name(key) and not any(
        key in lists[section] for section in ("countries", "subdivisions", "capitals")
    )


def person_mentions(document: Document) -> list[PersonMention]:
    """Every full, titled and bare mention of the story, in order. The two name rules read the
    same mentions of the same story: the document keeps them, worked out once."""
    return document.memo("person-mentions", lambda story: _Runs(story).mentions())


# Words after a surname that make it the name of a place, body, prize or era named after a
# person (``Kennedy airport``, ``Nobel prize``, ``the Blair years``), or of a body speaking
# (``a Ladbrokes spokesman``, ``Cochilco vice president``), not the person.
NAMED_AFTER = frozenset(
    "airport airports street road avenue square bridge centre center stadium arena park school "
    "college university institute foundation trust prize prizes award awards cup trophy medal "
    "memorial hall house hospital museum gallery library doctrine administration government "
    "governments era years family families brothers group company motors motor cars shares "
    "report plan line lines estate estates archive archives fund funds scholarship lecture "
    "building tower theatre theater clinic prison jail index test rule rules act law amendment effect "
    "syndrome disease method station camp collection spokesman spokeswoman spokesperson "
    "spokespeople chief boss vice president chairman director executive executives official "
    "officials analyst analysts stake website site survey study figures statement staff "
    "workers employees board customers research data share price profits sales".split()
)
# Before a surname: ``the Blair government``, ``a Ford``, ``at Ford`` (not ``of``: ``the
# estate of Presley`` is the man's).
_ORGANISATION_BEFORE = frozenset("the a an at".split())
_ARTICLES = frozenset("the a an".split())
# A surname right before one of these is a speaker: a person.
REPORTING_AFTER = frozenset(
    "said says added adds told tells explained explains argued argues insisted insists warned "
    "warns claimed claims stressed stresses noted notes asked asks replied replies wrote writes "
    "recalled recalls admitted admits conceded concedes continued continues".split()
)
# ... or right after one of these, the sentence or clause ending with the name:
# ``..., said Dillon.``, ``according to Dillon,`` (not ``told Reuters``: the listener).
REPORTING_BEFORE = frozenset("said says added adds wrote".split())
_CLAUSE_END = frozenset(".,;:!?")


def named_after_use(document: Document, mention: PersonMention) -> bool:
    """The surname stands for something named after a person or for a body: a word of
    ``NAMED_AFTER`` follows it, with only a space between (``the Kennedy airport``, ``a
    Ladbrokes spokesman``; not ``said Kiernan, chief executive of ...``, whose role is his own),
    or an article, a preposition or a number comes right before it, or an article and a word
    that names no person (``the new Pro``, ``the entire Steele dossier``; not ``the veteran
    Giggs``)."""
    tokens = document.tokens
    index = mention.token_index
    if index + 1 < len(tokens) and tokens[index + 1].lower in NAMED_AFTER and (
        not possessive_length(tokens[index].text)
        and document.prose[tokens[index].end : tokens[index + 1].start] == " "
    ):
        return True
    if index > 0 and tokens[index - 1].lower in _ORGANISATION_BEFORE:
        return True  # ``the Ford plant``, ``at Ford``
    if index > 0 and tokens[index - 1].is_number and (
        document.prose[tokens[index - 1].end : tokens[index].start] == " "
    ):
        return True  # ``the iPhone 11 Pro`` (not ``won 6-1. Federer said``)
    if index < 2 or tokens[index - 2].lower not in _ARTICLES:
        return False
    between = tokens[index - 1].text
    return between.islower() and between.isalpha() and not is_person_noun(between) and (
        document.prose[tokens[index - 2].end : tokens[index].start] == f" {between} "
    )


# How far back a list of names may reach for its title: ``Justices Ruth Bader Ginsburg and``.
_LIST_WORDS = 8


def after_plural_title(document: Document, mention: PersonMention) -> bool:
    """The last of a list of names that a plural title introduces: ``Officers Liu and Ramos``,
    ``Justices Ruth Bader Ginsburg and Sotomayor`` (the title is each one's)."""
    tokens = document.tokens
    index = mention.token_index
    if index < 2 or tokens[index - 1].lower != "and":
        return False
    for back in range(index - 2, max(-1, index - 2 - _LIST_WORDS), -1):
        word = tokens[back].text
        if word.lower().endswith("s") and word.lower()[:-1] in TITLES and word[:1].isupper():
            return True
        if not word[:1].isupper() and word.lower() not in PARTICLES:
            return False
    return False


def organisations(document: Document, mentions: Sequence[PersonMention]) -> frozenset[str]:
    """Keys of the names the story uses, somewhere, as something named after a person or as
    a body (``the Ford plant``, ``a Ladbrokes spokesman``)."""
    return frozenset(
        m.key for m in mentions if m.kind is Kind.BARE and named_after_use(document, m)
    )


def speaker(document: Document, mention: PersonMention) -> bool:
    """The name stands where a speaker does: ``Dillon added``, ``..., said Dillon.``,
    ``according to Dillon,``."""
    tokens = document.tokens
    prose = document.prose
    index = mention.token_index
    if index + 1 < len(tokens) and tokens[index + 1].lower in REPORTING_AFTER and (
        prose[tokens[index].end : tokens[index + 1].start] == " "
    ):
        return True
    if index == 0 or prose[tokens[index - 1].end : tokens[index].start] != " ":
        return False
    after = prose[tokens[index].end : tokens[index].end + 1]
    if after and after not in _CLAUSE_END:
        return False  # ``He said Veritas wanted ...``: the name starts reported speech
    before = tokens[index - 1].lower
    if before == "to":
        return index > 1 and tokens[index - 2].lower == "according"
    return before in REPORTING_BEFORE
