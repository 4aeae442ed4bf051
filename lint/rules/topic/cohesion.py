"""How well each paragraph of a story belongs to the rest: TF-IDF cosine, leave-one-out.

Each paragraph is a bag of normalised words (:func:`lint.idf.term`) weighted by term frequency
times inverse document frequency from a background table. A paragraph (or a run of adjacent
paragraphs) is compared with everything else in the story, the headline counted twice because it
states the topic. The score reported is the dissimilarity ``1 - cosine``: 1.0 means the paragraph
shares no weighted word with the rest of the story.

Alongside the score, each paragraph knows its names (capitalised words) and which of them appear
nowhere else in the story: the evidence an editor reads first.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import regex

from lint.document import Document, Token
from lint.document.segment import tokenize
from lint.idf import term

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
    speakers: frozenset[str]  # bare names opening a sentence or before "said": never introduced
    lowercase_share: float  # share of words that are not capitalised (low in line-ups, lists)


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _paragraph(
    document: Document, start: int, end: int, tokens: Sequence[Token],
    sentence_starts: Collection[int], weight: Callable[[str], float],
) -> Paragraph:
    terms: Counter[str] = Counter()
    names: dict[str, str] = {}
    bare: set[str] = set()
    speakers: set[str] = set()
    words = lowercase = 0
    for index, token in enumerate(tokens):
        if token.is_number:
            continue
        words += 1
        if not _is_capitalised(token):
            lowercase += 1
        word = term(token)
        if word is None:
            continue
        terms[word] += 1
        if not _is_capitalised(token) or word in _NOT_NAMES or _CONTRACTION.search(token.text):
            continue
        at_start = token.start in sentence_starts
        if weight(word) < (_NAME_AT_SENTENCE_START_MIN_WEIGHT if at_start else _NAME_MIN_WEIGHT):
            continue
        names.setdefault(word, token.text.removesuffix("'s").removesuffix("’s"))
        before = tokens[index - 1] if index > 0 else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if not any(t is not None and _is_capitalised(t) and not t.is_number for t in (before, after)):
            bare.add(word)
            if at_start or (after is not None and after.lower in _REPORTING):
                speakers.add(word)
    return Paragraph(start, end, words, terms, names, frozenset(bare), frozenset(speakers),
                     lowercase / words if words else 0.0)


class StoryScores:
    """Paragraph vectors of one story and their leave-out cosine to the rest."""

    def __init__(self, document: Document, weight: Callable[[str], float]) -> None:
        sentence_starts = {
            document.tokens[s.token_start].start
            for s in document.sentences if s.token_end > s.token_start
        }
        self.paragraphs = [
            _paragraph(document, p.start, p.end, document.tokens_of(p), sentence_starts, weight)
            for p in document.body()
        ]
        headline = document.headline
        heading: Counter[str] = Counter()
        if headline is not None:
            # A headline outside the prose (front matter, <title>) has no tokens of its own.
            tokens = document.tokens_of(headline) if headline.token_end > headline.token_start \
                else tokenize(headline.text)
            heading.update(w for w in map(term, tokens) if w is not None)
        self.total: Counter[str] = Counter()
        for paragraph in self.paragraphs:
            self.total.update(paragraph.terms)
        for word, count in heading.items():
            self.total[word] += 2 * count
        self.weight = {word: weight(word) for word in self.total}
        self._total_norm = sum((n * self.weight[w]) ** 2 for w, n in self.total.items())

    def dissimilarity(self, indexes: Collection[int]) -> float:
        """``1 - cosine`` between the paragraphs at ``indexes`` taken together and the rest."""
        part: Counter[str] = Counter()
        for index in indexes:
            part.update(self.paragraphs[index].terms)
        dot = part_norm = 0.0
        rest_norm = self._total_norm
        for word, count in part.items():
            weight = self.weight[word] ** 2
            total = self.total[word]
            rest = total - count
            dot += count * rest * weight
            part_norm += count * count * weight
            rest_norm -= (total * total - rest * rest) * weight
        if dot <= 0.0 or part_norm <= 0.0 or rest_norm <= 0.0:
            return 1.0
        return max(0.0, 1.0 - dot / math.sqrt(part_norm * rest_norm))

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
