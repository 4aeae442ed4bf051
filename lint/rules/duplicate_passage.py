"""duplicate-passage: a paragraph or sentence that appears twice in a story, as pasting does.

The second copy is flagged, with the first as a related location; its unsafe fix deletes the
second copy (a human should look: the wrong copy may be the one out of place). A whole
paragraph said twice is one finding, not one per sentence. Sentences are compared on their
words, so case, spacing, quotation marks and punctuation do not hide a copy.

A paragraph said again whole is flagged only when it is running prose, ending like a sentence:
one that does not (a heading, a label, a product line or shopping widget, a photo caption ending
in its credit) is furniture that pages repeat by design, and neither it nor its sentences are
reported.

Flags::

    Forces from the US-led coalition are using a garrison in the area to train rebels.
    ... (three paragraphs later, the same sentence again)
    "We will not leave until every family is safe," the mayor said on Tuesday.
    ... (the same sentence again: a quotation with its attribution said twice is a paste)

Passes::

    No further details were given.    a short standard line: shorter than ``min-words``
                                      (8): sign-offs, "He denies the charges."
    "Yes we can, yes we can, yes we can!"   a quoted line quoted again, with nothing of the
                                      writer's around either copy (a refrain, or a line the
                                      writer quotes again to discuss it; the quotation may
                                      have opened in an earlier sentence)
    a paragraph of one sentence that repeats a sentence from inside a longer paragraph (or
    the other way round): a pull quote, a line of the body that the page sets apart
    Available from Amazon ...         a repeated paragraph that does not end like a sentence
    the headline repeated as the first paragraph (the headline is not compared)

Why 8 words: standard lines of news copy (``The company declined to comment.``, ``Police are
appealing for witnesses.``) are under 8 words; a sentence of 8 words or more said twice
word for word is, on the corpora measured, a paste.

Options:

- ``min-words``: the shortest sentence compared, in words (default 8).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from lint.document import Block, Document
from lint.document.nonprose import dateline_length, ends_like_sentence
from lint.findings import Applicability, Edit, Finding, Fix, Related, Severity
from lint.rules.base import Option, Options, Rule, at_least
from lint.rules.names.context import inside, quote_spans

_ELLIPSIS = regex.compile(r"\s*(?:…|\.\.\.|\. \. \.)")
_ELLIPSIS_BEFORE = regex.compile(r"(?:…|\.\.\.|\. \. \.)\s*[\"”]\Z")


@dataclass(frozen=True)
class _Settings:
    min_words: int


def _prepare(options: Options) -> _Settings:
    return _Settings(int(options["min-words"]))


def _key(document: Document, block: Block) -> tuple[str, ...]:
    return tuple(document.words[block.token_start : block.token_end])


def _sentence_key(document: Document, sentence: Block) -> tuple[str, ...]:
    """A sentence's words after any wire dateline: the lead sentence pasted further on keeps
    its ``WASHINGTON (Reuters) -``, which the first copy, opening its paragraph, does not have
    (datelines are not prose)."""
    length = dateline_length(sentence.text)
    if not length:
        return _key(document, sentence)
    cut = sentence.start + length
    return tuple(t.lower for t in document.tokens_of(sentence) if t.start >= cut)


class _Quotations:
    """The story's direct quotations (found when first asked: most stories repeat nothing)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.spans = quote_spans(document)
        self.starts = [start for start, _ in self.spans]

    def all_quoted(self, block: Block) -> bool:
        """Every word of the block is inside quotation marks, counting a quotation that opened
        in an earlier sentence of its paragraph: a quoted line, with no attribution."""
        return all(inside(self.spans, self.starts, t.start) for t in self.document.tokens_of(block))

    def excerpt(self, block: Block) -> bool:
        """The quotation holding the block is marked as an excerpt: an ellipsis just inside its
        opening or closing mark (``"... the fares went up"``)."""
        index = bisect.bisect_right(self.starts, block.start) - 1
        if index < 0:
            return False
        start, end = self.spans[index]
        prose = self.document.prose
        return _ELLIPSIS.match(prose, start + 1) is not None or \
            _ELLIPSIS_BEFORE.search(prose, start, end) is not None


def _spans(blocks: Sequence[Block]) -> tuple[list[tuple[int, int]], list[int]]:
    return [(b.start, b.end) for b in blocks], [b.start for b in blocks]


def _alone(document: Document, sentence: Block) -> bool:
    """The sentence is its paragraph's only one."""
    paragraph = document.paragraphs[document.paragraph_index_at(sentence.start)]
    return (paragraph.token_start, paragraph.token_end) == (sentence.token_start, sentence.token_end)


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    body = list(document.body())
    if not body:
        return
    first_paragraph: dict[tuple[str, ...], Block] = {}
    # Paragraphs said again whole: reported once, or passed as furniture; their sentences are
    # not compared again.
    repeated: list[Block] = []
    for paragraph in body:
        key = _key(document, paragraph)
        if len(key) < settings.min_words:
            continue
        earlier = first_paragraph.get(key)
        if earlier is None:
            first_paragraph[key] = paragraph
            continue
        repeated.append(paragraph)
        if ends_like_sentence(paragraph.text):
            yield _finding(document, paragraph, earlier, "paragraph")
    done, done_starts = _spans(repeated)
    quotations: _Quotations | None = None
    first_sentence: dict[tuple[str, ...], Block] = {}
    for sentence in document.sentences:
        if sentence.start < body[0].start:
            continue  # the headline
        key = _sentence_key(document, sentence)
        if len(key) < settings.min_words:
            continue
        earlier = first_sentence.get(key)
        if earlier is None:
            first_sentence[key] = sentence
            continue
        if inside(done, done_starts, sentence.start):
            continue
        if _alone(document, earlier) != _alone(document, sentence):
            continue  # one copy set apart from a longer paragraph: a pull quote
        quotations = quotations or _Quotations(document)
        if quotations.all_quoted(earlier) and quotations.all_quoted(sentence) and (
            quotations.excerpt(earlier) or quotations.excerpt(sentence)
        ):
            continue  # a line quoted again as an excerpt, to discuss it
        yield _finding(document, sentence, earlier, "sentence")


def _finding(document: Document, copy: Block, first: Block, what: str) -> Finding:
    line = document.position(first.start).line
    # Deleting the copy takes the white space before it with it (looked for backwards from the
    # copy: a copy of the text before it would cost the length of the story per finding).
    text = document.text
    cut = copy.start
    while cut > 0 and text[cut - 1].isspace():
        cut -= 1
    return Finding(
        rule=RULE.id,
        message=f"this {what} repeats the one on line {line}",
        start=copy.start,
        end=copy.end,
        severity=RULE.severity,
        related=((Related(first.start, first.end, f"the first copy of this {what}")),),
        fix=Fix(f"Delete the second copy of the {what}", (Edit(cut, copy.end, ""),),
                Applicability.UNSAFE),
    )


RULE = Rule(
    id="duplicate-passage",
    summary="A paragraph or sentence that appears twice in a story.",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
    options=(
        Option("min-words", 8, int, "The shortest sentence compared, in words.",
               validate=at_least(2)),
    ),
    check=check,
    prepare=_prepare,
)
