"""How well each paragraph of a story belongs to the rest: TF-IDF cosine, leave-one-out.

Each paragraph is a bag of normalised words (:func:`lint.idf.term`) weighted by term frequency
times inverse document frequency from a background table. A paragraph (or a run of adjacent
paragraphs) is compared with everything else in the story, the headline counted twice because it
states the topic. The score reported is the dissimilarity ``1 - cosine``: 1.0 means the paragraph
shares no weighted word with the rest of the story.

Alongside the score, each paragraph knows its names (capitalised words) and which of them appear
nowhere else in the story: the evidence an editor reads first; how much it shares with the
paragraphs around it, and with the headings, captions and tables between them; and the marks of
its shape that tie it to the story whatever its words: a turn of an interview (``Q:``, ``A:``),
an aside in brackets, an item of a series (``...``, a bullet), a colon that hands over to the
next paragraph, a separator line (``--``, ``___``) after which a new block starts.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, compress, repeat

import regex

from lint.document import Document, Token
from lint.document.segment import tokenize
from lint.idf import TEXT_TERMS, term
from lint.rules.names.guards import is_dictionary_word
from lint.rules.names.normalise import name_key

# Capitalised at the start of a sentence, a word counts as a name only if it is rare in news
# copy (used by under 2% of stories): "Earlier" and "Overall" are not names, "Shamkhani" is.
_NAME_AT_SENTENCE_START_MIN_WEIGHT = math.log(50)
# Any capitalised word used by a fifth of all stories ("All", "UK") is no evidence of a topic.
_NAME_MIN_WEIGHT = math.log(5)
# "I'll", "They're": capitalised, never names.
_CONTRACTION = regex.compile(r"['’](?:ll|re|m|ve|t|d)$", regex.IGNORECASE)
# A bare name before one of these (or opening a sentence) is a person the reader should know.
_REPORTING = frozenset(
    "said says told added argued insisted warned claimed explained stressed noted asked "
    "replied announced".split()
)
# A paragraph that opens with a label and a colon (``Q:``, ``A:``, ``KING:``, ``Note:``): a turn of
# an interview or transcript, or a note, which changes subject by nature.
_TURN = regex.compile(r"\A\W{0,3}?(?:\p{Lu}[\p{L}.'’\-]*\s*){1,3}:\s")
# Opens an item of a series: a notes column's ``...``, a bullet or dash, a number. Items of one
# series each have their own subject.
_ITEM_MARK = regex.compile(r"\A\W{0,2}?(\.\.\.|…|[•·▪◦*–—-]|\d{1,2}[.)])\s")
_OPENING, _CLOSING = "([", ")]"
# Capitalised, but never evidence of a topic.
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december mr mrs ms dr sir".split()
)


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph as the scorer sees it."""

    start: int
    end: int
    words: int
    terms: Counter[str]
    names: dict[str, str]  # term -> the name as first written in this paragraph
    bare_names: frozenset[str]  # terms of names with no capitalised word beside them
    speakers: frozenset[str]  # bare names before "said" and the like: a person never introduced
    lowercase_share: float  # share of words that are not capitalised (low in line-ups, lists)
    turn: bool  # opens as a turn of an interview (``Q:``, ``A:``) or a note
    aside: bool  # all in brackets: the writer's aside or an editor's note
    item_mark: str  # the mark that opens it as an item of a series (``...``, ``•``), or ""
    hands_over: bool  # ends with a colon: what it introduces (a quote, a list) follows
    separator: bool  # no letter or digit (``--``, ``___``): a new block starts after it


_TEXT = operator.attrgetter("text")
_IS_NUMBER = operator.attrgetter("is_number")
_FIRST_CHARACTER = operator.itemgetter(slice(None, 1))


def _paragraph(
    start: int, end: int, text: str, tokens: Sequence[Token], sentence_starts: Collection[int],
    weights: Mapping[str, float],
) -> Paragraph:
    # Whole-paragraph passes (map, compress, Counter) do the per-word work; only capitalised
    # words, the candidate names, get a loop of their own.
    texts = list(map(_TEXT, tokens))
    numbers = sum(map(_IS_NUMBER, tokens))
    word_texts = compress(texts, map(operator.not_, map(_IS_NUMBER, tokens))) if numbers else texts
    # A number starts with a digit (Unicode has no upper-case digit), so it is never capitalised.
    capitalised = list(map(str.isupper, map(_FIRST_CHARACTER, texts)))
    capitalised.append(False)  # past the last word
    last = len(tokens) - 1
    words = len(tokens) - numbers
    lowercase = words - sum(capitalised)
    # No word's term is empty: None (a one-letter word) is all the filter drops.
    terms = Counter(filter(None, map(TEXT_TERMS.__getitem__, word_texts)))
    names: dict[str, str] = {}
    bare: set[str] = set()
    speakers: set[str] = set()
    for index in compress(range(len(tokens)), capitalised):
        name = texts[index]
        word = TEXT_TERMS[name]
        if word is None or word in _NOT_NAMES or (
            ("'" in name or "’" in name) and _CONTRACTION.search(name)
        ):
            continue
        at_start = tokens[index].start in sentence_starts
        if weights[word] < (_NAME_AT_SENTENCE_START_MIN_WEIGHT if at_start else _NAME_MIN_WEIGHT):
            continue
        if word not in names:
            names[word] = name.removesuffix("'s").removesuffix("’s")
        # A name with no capitalised word beside it stands bare.
        if (index == 0 or not capitalised[index - 1]) and not capitalised[index + 1]:
            bare.add(word)
            # A speaker is a person: a word in capitals (``XAU``) is a code, a capitalised
            # word opening a sentence without a verb of saying (``Please``) may be any word,
            # and a dictionary word is the end of a body's name (``Chiefs of Staff told``).
            if index < last and texts[index + 1].lower() in _REPORTING and not name.isupper() \
                    and not is_dictionary_word(name_key(name)):
                speakers.add(word)
    stripped = text.strip()
    item = _ITEM_MARK.match(stripped)
    return Paragraph(start, end, words, terms, names, frozenset(bare), frozenset(speakers),
                     lowercase / words if words else 0.0, bool(_TURN.match(text)),
                     _bracketed(stripped), item.group(1) if item else "", stripped.endswith(":"),
                     bool(stripped) and not any(map(str.isalnum, stripped)))


def _bracketed(text: str) -> bool:
    """The whole text stands in one pair of brackets (a full stop may follow): ``(Speaking of
    which, ...)``; not ``(Reuters) - ... (AP)``, whose first bracket closes early."""
    text = text.removesuffix(".")
    if len(text) < 2 or text[0] not in _OPENING or text[-1] not in _CLOSING:
        return False
    depth = 0
    for position, char in enumerate(text):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth -= 1
            if depth == 0:
                return position == len(text) - 1
    return False


class StoryScores:
    """Paragraph vectors of one story and their leave-out cosine to the rest."""

    def __init__(self, document: Document, weights: Mapping[str, float]) -> None:
        self._document = document
        self._weights = weights
        sentence_starts = {
            document.tokens[s.token_start].start
            for s in document.sentences if s.token_end > s.token_start
        }
        self.paragraphs = [
            _paragraph(p.start, p.end, document.prose[p.start : p.end], document.tokens_of(p),
                       sentence_starts, weights)
            for p in document.body()
        ]
        headline = document.headline
        heading: Counter[str] = Counter()
        if headline is not None:
            # A headline outside the prose (front matter, <title>) has no tokens of its own.
            tokens = document.tokens_of(headline) if headline.token_end > headline.token_start \
                else tokenize(headline.text)
            heading.update(w for w in map(term, tokens) if w is not None)
        # Counted in one call, each word in the order it first appears.
        self.total = Counter(chain.from_iterable(p.terms.elements() for p in self.paragraphs))
        for word, count in heading.items():
            self.total[word] += 2 * count
        # The weights, their squares and the norm, each in one pass over the story's words
        # (in the order of ``total``, so every sum adds up the same way).
        self.weight = dict(zip(self.total, map(weights.__getitem__, self.total), strict=True))
        self._squared = {word: weight ** 2 for word, weight in self.weight.items()}
        self._total_norm = sum(map(operator.pow, map(operator.mul, self.total.values(),
                                                     self.weight.values()), repeat(2)))

    def dissimilarity(self, indexes: Collection[int]) -> float:
        """``1 - cosine`` between the paragraphs at ``indexes`` taken together and the rest."""
        if len(indexes) == 1:
            part = self.paragraphs[next(iter(indexes))].terms
        else:
            part = Counter()
            for index in indexes:
                part.update(self.paragraphs[index].terms)
        squared, totals = self._squared, self.total
        dot = part_norm = 0.0
        rest_norm = self._total_norm
        for word, count in part.items():
            weight = squared[word]
            total = totals[word]
            rest = total - count
            dot += count * rest * weight
            part_norm += count * count * weight
            rest_norm -= (total * total - rest * rest) * weight
        if dot <= 0.0 or part_norm <= 0.0 or rest_norm <= 0.0:
            return 1.0
        return max(0.0, 1.0 - dot / math.sqrt(part_norm * rest_norm))

    def neighbour_similarity(self, index: int, reach: int) -> float:
        """The highest cosine between the paragraph and each of the ``reach`` paragraphs on
        either side, and each heading, caption or table line between those: a digression
        usually shares a word with what it follows from or leads into (a question and its
        answer, a quote and its attribution, the product line a review describes); pasted copy
        shares nothing with either side."""
        part = self.paragraphs[index].terms
        weights = self._weights
        part_norm = math.sqrt(sum((count * weights[word]) ** 2 for word, count in part.items()))
        first = max(0, index - reach)
        last = min(len(self.paragraphs), index + reach + 1) - 1
        around = [self.paragraphs[other].terms for other in range(first, last + 1) if other != index]
        start, end = self.paragraphs[first].start, self.paragraphs[last].end
        around += [terms for at, terms in self._nonprose_lines if start <= at < end]
        best = 0.0
        for terms in around:
            dot = sum(count * terms[word] * weights[word] ** 2
                      for word, count in part.items() if word in terms)
            if dot > 0.0:
                norm = math.sqrt(sum((count * weights[word]) ** 2 for word, count in terms.items()))
                best = max(best, dot / (part_norm * norm))
        return best

    @cached_property
    def _nonprose_lines(self) -> list[tuple[int, Counter[str]]]:
        """The words of each line that is not running prose, by its start: read only when a
        paragraph is a suspect (the story is built again with those lines kept)."""
        document = self._document
        if not document.nonprose:
            return []
        kept = document.reading(frozenset(line.kind for line in document.nonprose))
        return [
            (line.start, Counter(w for w in map(term, tokenize(kept.prose[line.start : line.end]))
                                 if w is not None))
            for line in document.nonprose
        ]

    def isolated_name_terms(self, index: int) -> list[tuple[str, str]]:
        """(word, name as written) for the paragraph's names found nowhere else in the story
        or headline."""
        paragraph = self.paragraphs[index]
        return [(word, name) for word, name in paragraph.names.items()
                if self.total[word] == paragraph.terms[word]]

    def isolated_names(self, index: int) -> list[str]:
        return [name for _, name in self.isolated_name_terms(index)]

    def shared_content(self, index: int, min_weight: float) -> list[str]:
        """Words of weight ``min_weight`` or more that the paragraph shares with the rest."""
        paragraph = self.paragraphs[index]
        return [word for word, count in paragraph.terms.items()
                if self.total[word] > count and self.weight[word] >= min_weight]
