"""Names spelt two ways: ``Surovikin``/``Surovkin``, ``al-Tanf``/``At-Tanaf``.

A candidate is a capitalised word (or the capitalised part of a hyphenated word, or the name
after an Arabic article) that is used as a name: somewhere away from the start of a sentence and
the headline, or never a dictionary word. Mentions are grouped by normalised key; keys are
blocked by their one-deletion keys and compared only with keys that share one, so the cost
grows with the number of distinct names, not with its square.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

import regex

from lint.document import PAD, Document
from lint.rules.inconsistent_spelling.variants import Spelling, Use, VariantSet, dominant
from lint.rules.names.equivalence import VOWELS, close, equivalent, skeleton, undouble
from lint.rules.names.guards import (
    are_derivations,
    are_female_forms,
    is_dictionary_word,
    is_given_name,
    is_known_name,
    is_known_place_or_thing,
    is_real,
)
from lint.rules.names.normalise import HYPHENS, name_key, possessive_length, split_article
from lint.rules.names.titles import TITLES

# An apostrophe before a lowercase letter makes a contraction (They're, Didn't), not a name
# like O'Neill or D'Souza.
_CONTRACTION = regex.compile(r"['’ʼ]\p{Ll}")
# The guard list holds no dictionary word shorter than this: shorter capitalised words starting
# a sentence are taken for common words (But, The, And).
_SHORTEST_DICTIONARY_WORD = 4

# Capitalised in names ("Transport For London", "In London ...") without telling anyone apart.
_LINKING_WORDS = frozenset("in for of the and at on to by with from as upon under over".split())
_HYPHEN = regex.compile(f"[{regex.escape(HYPHENS)}]")
_TEXT = itemgetter(0)  # of a Token
_START = itemgetter(1)  # of a Token
_FIRST = itemgetter(0)  # of a string: its first character


@dataclass(frozen=True)
class NameSettings:
    min_length: int
    fuzzy_min_length: int  # 0: no fuzzy matches
    allowed: frozenset[str]  # keys never reported


_NONE: frozenset[str] = frozenset()


class _Mention(NamedTuple):
    """One word of a mention. The sets are the whole mention's, shared by its words (a story
    has thousands of mentions): each may hold the word's own key, which ``_name`` leaves out."""

    key: str
    use: Use
    initial: bool  # first word of a sentence or in the headline
    companions: frozenset[str] = _NONE  # the names in the mention: Kate + Winslet
    # Every word of the mention but titles and linking words, acronyms too: ``standard`` and
    # ``life`` in ``Standard Life``, ``oge`` in ``OGE Group``.
    neighbours: frozenset[str] = _NONE
    hyphenated: bool = False  # one part of a hyphenated name: Ching of Ching-kuo
    # Common words starting the sentence before it (``Standard`` of ``Standard Life is...``):
    # words of the name only if the story capitalises them elsewhere too.
    leading: frozenset[str] = _NONE


@dataclass(frozen=True, slots=True)
class _Name:
    """A distinct name of the story: its key and every name it stands beside."""

    key: str
    companions: frozenset[str]
    count: int
    used_as_name: bool  # False: only a capitalised word starting a sentence (``Sound``)
    neighbours: frozenset[str]  # the other words of its mentions (see _Mention)
    alone: bool  # in some mention on its own, without neighbours
    hyphenated: bool  # in some mention one part of a hyphenated name


class _Part(NamedTuple):
    """A name part of a token (offsets relative to the token) with the guard facts of its key,
    which do not depend on where the token stands. A named tuple: a story has dozens."""

    start: int
    end: int
    written: str
    key: str
    # A common word that is no known name: when it starts a sentence, it is capitalised for
    # that reason (``Then``, ``But``) and is no part of the name after it.
    common: bool
    # Tells one person from another (a name, not a title nor a linking word), away from the
    # start of a sentence; ``tells_apart_initial``: when starting a sentence or in the headline,
    # where only a known name does.
    tells_apart: bool
    tells_apart_initial: bool
    # A title or a linking word (``Mr``, ``of``): stands in a name without being one of its
    # words, so ``Mr Brown`` is ``Brown`` on its own.
    particle: bool


def _part_spans(raw: str) -> Iterator[tuple[int, int]]:
    """Spans of the capitalised name parts of a token's raw text, without article or
    possessive."""
    end = len(raw) - possessive_length(raw)
    article = split_article(raw)
    if article:
        yield article, end
        return
    position = 0
    for index in range(end + 1):
        if index == end or raw[index] in HYPHENS:
            piece = raw[position:index].replace(PAD, "")
            if len(piece) > 1 and piece[0].isupper() and not piece.isupper() and (
                not _CONTRACTION.search(piece)
            ):
                yield position, index
            position = index + 1


class _NameToken(NamedTuple):
    """What a token contributes to mentions: its name parts; an acronym (``OGE`` in ``OGE
    Group``), folded, which belongs to the mention but is not compared as a name; and whether
    it ends the mention: a possessive ("Russia's Putin") or a compound whose last word is
    lowercase ("Santa Monica-based Activision": the name before it is Santa Monica)."""

    parts: tuple[_Part, ...]
    acronym: str
    ends_mention: bool
    hyphenated: bool  # a hyphenated name (Ching-kuo), not a name after an article (al-Tanf)


# Capitalised words recur from story to story (Mr, London, The): their parts are worked out
# once per process. Bounded, as a batch run can read any number of stories.
@lru_cache(maxsize=1 << 15)
def _name_token(raw: str) -> _NameToken:
    parts = []
    for start, end in _part_spans(raw):
        written = raw[start:end].replace(PAD, "")
        key = name_key(written)
        known = is_known_name(key)
        dictionary = is_dictionary_word(key)
        common = (len(key) < _SHORTEST_DICTIONARY_WORD or dictionary) and not known
        particle = key in TITLES or key in _LINKING_WORDS
        tells_apart = not particle and (not dictionary or known)
        parts.append(
            _Part(start, end, written, key, common, tells_apart, tells_apart and known, particle)
        )
    word = raw[: len(raw) - possessive_length(raw)].replace(PAD, "")
    acronym = name_key(word) if not parts and len(word) > 1 and word.isalpha() and (
        word.isupper()
    ) else ""
    pieces = _HYPHEN.split(word)
    hyphenated = len(pieces) > 1 and not split_article(word)
    ends_mention = bool(possessive_length(raw)) or (hyphenated and pieces[-1][:1].islower())
    return _NameToken(tuple(parts), acronym, ends_mention, hyphenated)


def _candidates(document: Document) -> list[int]:
    """Indexes of the tokens that may hold a name: a name starts with a capital or holds a
    hyphen (``al-Tanf``). Most tokens are neither, so the capitalised ones are picked out with
    builtins chained over the whole story rather than a Python step per token, and the few
    hyphenated ones from the hyphens of the text. (A number never starts with a capital: it
    starts with a digit.)"""
    tokens = document.tokens
    found = set(compress(count(), map(str.isupper, map(_FIRST, map(_TEXT, tokens)))))
    hyphens = [match.start() for match in _HYPHEN.finditer(document.prose)]
    if hyphens:
        starts = list(map(_START, tokens))
        for position in hyphens:
            index = bisect_right(starts, position) - 1  # the token starting before it
            if index >= 0 and position < tokens[index].end and not tokens[index].is_number:
                found.add(index)
    return sorted(found)


def _mentions(document: Document) -> list[_Mention]:
    prose = document.prose
    headline = document.headline
    tokens = document.tokens
    candidates = _candidates(document)
    found: list[_Mention] = []
    for sentence in document.sentences:
        first = bisect_left(candidates, sentence.token_start)
        last = bisect_left(candidates, sentence.token_end, first)
        if first == last:
            continue
        in_headline = headline is not None and headline.start <= sentence.start < headline.end
        # Consecutive tokens with name parts or acronyms and nothing but spaces between: one
        # mention.
        run: list[tuple[int, _NameToken, bool]] = []  # (token offset, its parts, initial)
        previous = -1
        for index in candidates[first:last]:
            token = tokens[index]
            name_token = _name_token(prose[token.start : token.end])
            in_name = bool(name_token.parts or name_token.acronym)
            if run and (
                index != previous + 1  # a token that cannot be a name came between
                or not in_name
                or prose[tokens[previous].end : token.start].strip(" \x00")
            ):
                found.extend(_with_fullness(run))
                run = []
            if in_name:
                run.append((token.start, name_token, in_headline or index == sentence.token_start))
                if name_token.ends_mention:
                    found.extend(_with_fullness(run))
                    run = []
            previous = index
        if run:
            found.extend(_with_fullness(run))
    return found


def _with_fullness(run: Sequence[tuple[int, _NameToken, bool]]) -> list[_Mention]:
    if len(run) == 1 and len(run[0][1].parts) == 1:  # most mentions: one word, no companions
        offset, (parts, _, _, hyphenated), initial = run[0]
        part = parts[0]
        words = 0 if initial and part.common else 1
        use = Use(offset + part.start, offset + part.end, part.written, words)
        return [_Mention(part.key, use, initial, hyphenated=hyphenated)]
    mention = [
        (offset, part, initial, token.hyphenated)
        for offset, token, initial in run for part in token.parts
    ]
    # "Then Kate Winslett": a capitalised word starting the sentence is no part of the name.
    in_name = [part for _, part, initial, _ in mention if not (initial and part.common)]
    names = {
        part.key for _, part, initial, _ in mention
        if (part.tells_apart_initial if initial else part.tells_apart)
    }
    neighbours = {part.key for part in in_name if not part.particle}
    neighbours.update(token.acronym for _, token, _ in run if token.acronym)
    leading = frozenset(part.key for _, part, initial, _ in mention if initial and part.common)
    shared_names, shared_neighbours = frozenset(names), frozenset(neighbours)
    return [
        _Mention(
            part.key,
            Use(offset + part.start, offset + part.end, part.written, len(in_name)),
            initial,
            shared_names,
            shared_neighbours,
            hyphenated,
            leading,
        )
        for offset, part, initial, hyphenated in mention
    ]


def _persons(first: str, second: str) -> bool:
    """Two words that can be a person's given name or surname: not a title, nor a word of
    the dictionary (``National``, ``Assembly``), nor a known place or other proper noun that
    is no given name (``Sheffield``, ``European``, ``London``): those name institutions and
    places, and ``Sheffield Hallam`` beside ``Sheffield Brightside`` is one city."""
    return not any(
        key in TITLES or is_dictionary_word(key) or is_known_place_or_thing(key)
        for key in (first, second)
    )


def _different_people(first: frozenset[str], second: frozenset[str]) -> bool:
    """``Kate Winslet`` and ``Cate Blanchett``, ``Andy Haden`` and ``Hayden Tanner``: both
    names come with other names, and none of those match."""
    if not first or not second:
        return False
    return not any(a == b or equivalent(a, b) for a in first for b in second)


def _word_of_other_names(word: _Name, other: _Name) -> bool:
    """``Life`` in ``Standard Life`` beside the exchange ``Liffe``, ``Press`` in ``White House
    Press Secretary`` beside ``Agence France-Presse``, ``Beauty`` in ``American Beauty`` beside
    ``Warren Beatty``: a common English word that the story capitalises only as a word of
    longer names is that word, not a name of its own. Another spelling that shares none of
    those names' other words, and is the word with a foreign ending (``Presse``, ``Groupe``,
    ``Magica``, ``Banca``) or a person's name (after a given name, and on its own as a surname
    is), is another name, not a slip.
    The same longer name spelt two ways shares a word (``Standard Trust``, ``Standard
    Trusst``); a slip inside the word (``Presiddent``) is compared as usual; and so is a word
    used on its own as a name (``Mr Brown``, ``Brown said``)."""
    if not (
        is_dictionary_word(word.key) and not is_real(other.key)
        and not word.alone and not word.neighbours & other.neighbours
    ):
        return False
    person = other.alone and any(map(is_given_name, other.companions))
    return person or _ending_added(word.key, other.key)


def _ending_added(word: str, other: str) -> bool:
    """``other`` is ``word`` with an ending that closes on a vowel, as Romance and German
    words do, the last letter maybe changed: ``presse`` of ``press``, ``banca`` of ``bank``,
    ``liffe`` of ``life``. (``trusst`` of ``trust`` is a slip: its ending is no vowel.)"""
    if len(other) <= len(word) or other[-1] not in VOWELS:
        return False
    shared = next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
                  len(word))
    return shared >= len(word) - 1


def _given_names_of_surnames(first: _Name, second: _Name, alone: Callable[[str], bool]) -> bool:
    """``Sergey`` of ``Sergey Kislyak`` and ``Sergei`` of ``Sergei Millian``, where the story
    also writes ``Kislyak`` and ``Millian`` on their own, as it writes a person's surname: two
    names, no dictionary words, each beside a surname of its own. (``Sergei`` is a proper noun
    of the dictionary, which the guards otherwise take for a place or thing.)"""

    def surname(key: str) -> bool:
        return alone(key) and key not in TITLES and not (
            is_dictionary_word(key) or is_known_place_or_thing(key)
        )

    return not (is_dictionary_word(first.key) or is_dictionary_word(second.key)) and (
        any(map(surname, first.companions)) and any(map(surname, second.companions))
    )


def _is_name(key: str, mentions: Sequence[_Mention]) -> bool:
    if any(not m.initial for m in mentions):
        return True
    return not is_dictionary_word(key) or is_known_name(key)


def _variants(
    first: _Name, second: _Name, settings: NameSettings, alone: Callable[[str], bool]
) -> bool:
    """``alone(key)``: the story uses that name on its own somewhere (``Kislyak said``)."""
    if not (first.used_as_name or second.used_as_name):
        return False
    if not (
        equivalent(first.key, second.key)
        or close(first.key, second.key, settings.fuzzy_min_length)
    ):
        return False
    # Two words of one name, one of them part of a hyphenated given name: Chiang Ching-kuo.
    if (first.hyphenated or second.hyphenated) and first.key in second.neighbours:
        return False
    # Different people: Kate Winslet and Cate Blanchett; Sergey Kislyak and Sergei Millian,
    # whose surnames the story uses on their own, as it does a person's (not a place's:
    # Sheffield Hallam and Shefield Brightside are one city).
    if _different_people(first.companions, second.companions) and (
        _persons(first.key, second.key) or _given_names_of_surnames(first, second, alone)
    ):
        return False
    # A surname and its female form (Saipov, his sister Saipova), or two derivations of a word.
    if are_female_forms(first.key, second.key) or are_derivations(first.key, second.key):
        return False
    if _word_of_other_names(first, second) or _word_of_other_names(second, first):
        return False
    # Two real words or known names (Iran/Iraq, Austria/Australia, Bill/Hillary) are distinct.
    # A real one and an unknown one are a slip only when the real one is at least as frequent:
    # a word is never reported as a misspelling of a rarer unknown name (Brown of Browne).
    first_real, second_real = is_real(first.key), is_real(second.key)
    if first_real and second_real:
        return False
    if first_real:
        return first.count >= second.count
    if second_real:
        return second.count >= first.count
    return True


# Names recur from story to story: their keys are worked out once per process (bounded, as a
# batch run can read any number of stories).
@lru_cache(maxsize=1 << 14)
def _deletion_keys(key: str) -> frozenset[str]:
    """The name's forms (key, key without doubled letters, skeleton), each whole and with one
    letter deleted. Two names one edit apart in any of these forms share one of these keys."""
    forms = {key, undouble(key), skeleton(key)}
    deletions = [form[:i] + form[i + 1 :] for form in forms for i in range(len(form))]
    return frozenset(deletions).union(forms)


def _shared_key_pairs(keys: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Pairs of indexes (earlier first, each pair once) of the keys that share a one-deletion
    key: the only pairs that can be variants. A key is compared only with the few keys that
    share one, not with every name of the story."""
    key_sets = [_deletion_keys(key) for key in keys]
    # Half the stories have no such pair: one union of all the sets tells.
    if len(set().union(*key_sets)) == sum(map(len, key_sets)):
        return
    # The shared keys are found by set operations on each key's deletions against those seen
    # so far (a few at most), not by a Python step per deletion.
    first_owner: dict[str, int] = {}  # deletion key -> index of the first key with it
    later_owners: dict[str, list[int]] = defaultdict(list)  # and of the later ones
    paired: set[tuple[int, int]] = set()
    for second, deletions in enumerate(key_sets):
        shared = deletions & first_owner.keys()
        for deletion in shared:
            owners = later_owners[deletion]
            for first in (first_owner[deletion], *owners):
                if (first, second) not in paired:
                    paired.add((first, second))
                    yield first, second
            owners.append(second)
        first_owner.update(dict.fromkeys(deletions - shared, second))


def _name(key: str, mentions: Sequence[_Mention], named: Set[str]) -> _Name:
    """``named``: the keys the story capitalises away from the start of a sentence."""
    own = {key}
    return _Name(
        key,
        frozenset().union(*(m.companions for m in mentions)) - own,
        len(mentions),
        _is_name(key, mentions),
        frozenset().union(*(_words(m, named) for m in mentions)) - own,
        _alone(key, mentions, named),
        any(m.hyphenated for m in mentions),
    )


def _words(mention: _Mention, named: Set[str]) -> frozenset[str]:
    """The mention's words, with a common word starting the sentence (``Standard Life is...``)
    when the story capitalises it elsewhere too (``Reports say Standard Life...``), as a word
    of a name, not of the sentence (``Then``)."""
    if not mention.leading:
        return mention.neighbours
    return mention.neighbours | (mention.leading & named)


def _alone(key: str, mentions: Iterable[_Mention], named: Set[str]) -> bool:
    """Some mention of ``key`` has no other word: ``Brown said``, ``Mr Brown``."""
    return any(_words(m, named) <= {key} for m in mentions)


def _matched_pairs(
    by_key: Mapping[str, Sequence[_Mention]], settings: NameSettings
) -> list[tuple[str, str]]:
    """Pairs of variants among the names long enough to compare. A name's record (its
    companions, count, use as a name) is built only when it is compared."""
    keys = [
        key for key in by_key
        if len(key) >= settings.min_length and key.isalpha() and key not in settings.allowed
    ]
    pairs = list(_shared_key_pairs(keys))
    if not pairs:
        return []
    named = {key for key, mentions in by_key.items() if not all(m.initial for m in mentions)}
    names = {i: _name(keys[i], by_key[keys[i]], named) for pair in pairs for i in pair}

    def alone(key: str) -> bool:
        return _alone(key, by_key.get(key, ()), named)

    return [
        (keys[first], keys[second]) for first, second in pairs
        if _variants(names[first], names[second], settings, alone)
    ]


def _clusters(pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for first, second in pairs:
        parent[root(first)] = root(second)
    members: dict[str, list[str]] = defaultdict(list)
    for key in parent:
        members[root(key)].append(key)
    return list(members.values())


def _spelling(key: str, mentions: Sequence[_Mention]) -> Spelling:
    uses = tuple(m.use for m in mentions)
    label = Counter(u.text for u in uses).most_common(1)[0][0]
    return Spelling(label, uses, is_real(key))


def _respell(use: Use, dominant: Spelling) -> str:
    return dominant.label


def name_variants(document: Document, settings: NameSettings) -> list[VariantSet]:
    by_key: dict[str, list[_Mention]] = defaultdict(list)
    for mention in _mentions(document):
        by_key[mention.key].append(mention)
    pairs = _matched_pairs(by_key, settings)
    matched = set(pairs).union((second, first) for first, second in pairs)
    found = []
    for cluster in _clusters(pairs):
        spellings = {key: _spelling(key, by_key[key]) for key in sorted(cluster)}
        main = dominant(tuple(spellings.values()))
        main_key = next(key for key, spelling in spellings.items() if spelling is main)
        # Only a variant of the story's spelling is reported against it: Shannxi is like both
        # Shanxi and Shaanxi, which are two provinces, not one spelt two ways.
        kept = tuple(
            spelling for key, spelling in spellings.items()
            if key == main_key or (key, main_key) in matched
        )
        found.append(VariantSet("name", kept, _respell))
    return found


# For the archive jobs (lint.archive: the house register, --across), which compare the names of
# many stories with the same machinery as the rule compares those of one.
Mention = _Mention


def mentions_by_key(document: Document) -> dict[str, list[_Mention]]:
    """The story's name mentions, grouped by normalised key."""
    by_key: dict[str, list[_Mention]] = defaultdict(list)
    for mention in _mentions(document):
        by_key[mention.key].append(mention)
    return by_key


def variant_pairs(by_key: Mapping[str, Sequence[_Mention]], settings: NameSettings) -> list[tuple[str, str]]:
    """Pairs of keys that are spellings of one name, as the rule finds them in one story:
    ``by_key`` may hold the mentions of many stories (a key's count is its number of mentions)."""
    return _matched_pairs(by_key, settings)


clusters = _clusters
different_people = _different_people
