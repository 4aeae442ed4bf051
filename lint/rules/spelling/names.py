"""Names spelt two ways: ``Surovikin``/``Surovkin``, ``al-Tanf``/``At-Tanaf``.

A candidate is a capitalised word (or the capitalised part of a hyphenated word, or the name
after an Arabic article) that is used as a name: somewhere away from the start of a sentence and
the headline, or never a dictionary word. Mentions are grouped by normalised key; keys are
blocked by the first letter of their skeleton and compared only with keys of nearly the same
length, so the cost grows with the number of distinct names, not with its square.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lint.document import PAD, Document, Token
from lint.rules.spelling.equivalence import close, equivalent, skeleton
from lint.rules.spelling.guards import are_derivations, is_dictionary_word, is_known_name
from lint.rules.spelling.normalise import HYPHENS, name_key, possessive_length, split_article
from lint.rules.spelling.variants import Spelling, Use, VariantSet

# Skeletons of one name differ in length by at most this much (a vowel, a doubled letter,
# "ch" for "sch").
_LENGTH_SPREAD = 2


@dataclass(frozen=True)
class NameSettings:
    min_length: int
    fuzzy_min_length: int  # 0: no fuzzy matches
    allowed: frozenset[str]  # keys never reported


@dataclass(frozen=True, slots=True)
class _Mention:
    key: str
    use: Use
    initial: bool  # first word of a sentence or in the headline


def _name_parts(token: Token, prose: str) -> Iterator[tuple[int, int]]:
    """Spans of the capitalised name parts of a token, without article or possessive."""
    raw = prose[token.start : token.end]
    end = len(raw) - possessive_length(raw)
    article = split_article(raw)
    if article:
        yield token.start + article, token.start + end
        return
    position = 0
    for index in range(end + 1):
        if index == end or raw[index] in HYPHENS:
            piece = raw[position:index].replace(PAD, "")
            if len(piece) > 1 and piece[0].isupper() and not piece.isupper():
                yield token.start + position, token.start + index
            position = index + 1


def _mentions(document: Document) -> list[_Mention]:
    prose = document.prose
    headline = document.headline
    found: list[_Mention] = []
    for sentence in document.sentences:
        in_headline = headline is not None and headline.start <= sentence.start < headline.end
        run: list[_Mention] = []
        previous_end = -1
        for index, token in enumerate(document.tokens_of(sentence)):
            parts = [] if token.is_number else list(_name_parts(token, prose))
            if not parts or (run and prose[previous_end : token.start].strip(" \x00")):
                found.extend(_with_fullness(run))
                run = []
            for start, end in parts:
                written = prose[start:end].replace(PAD, "")
                key = name_key(written)
                run.append(_Mention(key, Use(start, end, written), index == 0 or in_headline))
            previous_end = token.end
        found.extend(_with_fullness(run))
    return found


def _with_fullness(run: Sequence[_Mention]) -> list[_Mention]:
    words = len({m.use.start for m in run})
    return [
        _Mention(m.key, Use(m.use.start, m.use.end, m.use.text, words), m.initial) for m in run
    ]


def _is_name(key: str, mentions: Sequence[_Mention]) -> bool:
    return any(not m.initial for m in mentions) or not is_dictionary_word(key)


def _variants(first: str, second: str, settings: NameSettings) -> bool:
    if not (equivalent(first, second) or close(first, second, settings.fuzzy_min_length)):
        return False
    if are_derivations(first, second):
        return False
    # Real words and real, distinct names (Iran/Iraq, Austria/Australia, Bill/Hillary) are
    # not misspellings of each other.
    if is_dictionary_word(first) or is_dictionary_word(second):
        return False
    return not (is_known_name(first) and is_known_name(second))


def _blocks(keys: Sequence[str]) -> dict[str, list[tuple[int, str]]]:
    by_letter: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for key in keys:
        by_letter[skeleton(key)[0]].append((len(skeleton(key)), key))
    for block in by_letter.values():
        block.sort()
    return by_letter


def _matched_pairs(keys: Sequence[str], settings: NameSettings) -> Iterator[tuple[str, str]]:
    for block in _blocks(keys).values():
        lengths = [length for length, _ in block]
        for index, (length, key) in enumerate(block):
            stop = bisect.bisect_right(lengths, length + _LENGTH_SPREAD)
            for _, other in block[index + 1 : stop]:
                if _variants(key, other, settings):
                    yield key, other


def _clusters(pairs: Iterator[tuple[str, str]]) -> list[list[str]]:
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


def _spelling(mentions: Sequence[_Mention]) -> Spelling:
    uses = tuple(m.use for m in mentions)
    label = Counter(u.text for u in uses).most_common(1)[0][0]
    return Spelling(label, uses)


def _respell(use: Use, dominant: Spelling) -> str:
    return dominant.label


def name_variants(document: Document, settings: NameSettings) -> list[VariantSet]:
    by_key: dict[str, list[_Mention]] = defaultdict(list)
    for mention in _mentions(document):
        by_key[mention.key].append(mention)
    keys = [
        key for key, mentions in by_key.items()
        if len(key) >= settings.min_length and key.isalpha() and key not in settings.allowed
        and _is_name(key, mentions)
    ]
    return [
        VariantSet("name", tuple(_spelling(by_key[key]) for key in sorted(cluster)), _respell)
        for cluster in _clusters(_matched_pairs(keys, settings))
    ]

