"""duplicate-passage: a paragraph or sentence that appears twice in a story, as pasting does.

The second copy is flagged, with the first as a related location; its unsafe fix deletes the
second copy (a human should look: the wrong copy may be the one out of place). A whole
paragraph said twice is one finding, not one per sentence. Sentences are compared on their
words, so case, spacing, quotation marks and punctuation do not hide a copy.

Flags::

    Forces from the US-led coalition are using a garrison in the area to train rebels.
    ... (three paragraphs later, the same sentence again)

Passes::

    No further details were given.    a short standard line: shorter than ``min-words``
                                      (8): sign-offs, "He denies the charges.", refrains
    "Yes we can," the crowd chanted.  a sentence that is mostly a direct quotation (the
                                      speaker repeats it; the writer does not)
    the headline repeated as the first paragraph (the headline is not compared)

Why 8 words: standard lines of news copy (``The company declined to comment.``, ``Police are
appealing for witnesses.``) are under 8 words; a sentence of 8 words or more said twice
word for word is, on the corpora measured, a paste.

Options:

- ``min-words``: the shortest sentence compared, in words (default 8).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from lint.document import Block, Document
from lint.findings import Applicability, Edit, Finding, Fix, Related, Severity
from lint.rules.base import Option, Options, Rule, at_least

_QUOTED = regex.compile(r'["“][^"“”]*["”]')
# A sentence whose quoted part is at least this share of it is the speaker's words.
_QUOTED_SHARE = 0.6


@dataclass(frozen=True)
class _Settings:
    min_words: int


def _prepare(options: Options) -> _Settings:
    return _Settings(int(options["min-words"]))


def _key(document: Document, block: Block) -> tuple[str, ...]:
    return tuple(t.lower for t in document.tokens_of(block))


def _mostly_quoted(text: str) -> bool:
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(text))
    return quoted >= _QUOTED_SHARE * len(text.strip())


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    body = list(document.body())
    if len(body) < 2 and len(document.sentences) < 2:
        return
    first_paragraph: dict[tuple[str, ...], Block] = {}
    first_sentence: dict[tuple[str, ...], Block] = {}
    reported: list[Block] = []  # paragraphs reported whole: their sentences are not again
    headline = document.headline
    for paragraph in body:
        key = _key(document, paragraph)
        if len(key) >= settings.min_words and not _mostly_quoted(paragraph.text):
            earlier = first_paragraph.get(key)
            if earlier is not None:
                reported.append(paragraph)
                yield _finding(document, paragraph, earlier, "paragraph")
            else:
                first_paragraph[key] = paragraph
    for sentence in document.sentences:
        if headline is not None and sentence.start < headline.end:
            continue
        key = _key(document, sentence)
        if len(key) < settings.min_words or _mostly_quoted(sentence.text):
            continue
        earlier = first_sentence.get(key)
        if earlier is None:
            first_sentence[key] = sentence
        elif not _inside(reported, sentence.start):
            yield _finding(document, sentence, earlier, "sentence")


def _inside(blocks: list[Block], offset: int) -> bool:
    """``offset`` lies in one of ``blocks`` (in story order, not overlapping)."""
    index = bisect.bisect_right(blocks, offset, key=lambda b: b.start) - 1
    return index >= 0 and offset < blocks[index].end


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
