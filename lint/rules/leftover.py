"""leftover: text that is not part of the story left in its body.

Pasted and scraped copy carries the furniture of the page it came from: a bullet with a byline
or a related link, ``Read more:``, ``Click here``, ``Advertisement``, ``Share this``, a photo
credit, ``Sign up for our newsletter``. The finding covers the leftover paragraph; its unsafe
fix deletes it (a human should look: it may be the start of a list the rule does not see).

Flags::

    • Leroy Wright                    a lone bullet line that is no sentence (a byline, a link)
    Read more: Syria's war explained  page furniture: read more, click here, advertisement,
    Advertisement                     share this, sign up for our newsletter, follow us on ...
    Photo: Reuters/Ali Hashisho       a photo credit standing as a paragraph
    Image copyright Getty Images

Passes::

    (Reporting by John Smith; Editing by Jane Doe)   a wire sign-off
    BEIRUT (Reuters) - ...                           a dateline
    • The council will vote in May.                  a genuine list in the body: several
    • Residents can comment until June.              bullets, or a bullet that is a sentence
    "Click here," he said, "and it's gone."          furniture words inside a sentence

Options:

- ``phrases``: more page-furniture phrases (case-insensitive) that flag a paragraph starting
  with them, added to the built-in ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from lint.document import Block, Document
from lint.document.nonprose import BYLINE, CREDIT, LIST, TITLE, ends_like_sentence
from lint.findings import Applicability, Edit, Finding, Fix, Severity
from lint.rules.base import Option, Options, Rule, extend, words

BULLETS = "•·▪►●◦‣"
# Page furniture: a paragraph that starts with one of these (and is short) is no story text.
FURNITURE = (
    "read more", "read more:", "click here", "advertisement", "share this", "share on",
    "sign up for our newsletter", "sign up to our newsletter", "subscribe to our newsletter",
    "follow us on", "related:", "related stories", "related articles", "image copyright",
    "image caption", "photo:", "photograph:", "photo credit", "picture:", "pictured:",
    "(photo", "media playback is unsupported", "watch:", "listen:", "see also:",
    "continue reading", "story continues below", "skip advertisement",
)
# Furniture is short: a paragraph longer than this is prose that happens to start so.
MAX_WORDS = 14
_BULLET = regex.compile(rf"^[{BULLETS}]\s*")


@dataclass(frozen=True)
class _Settings:
    phrases: tuple[str, ...]


def _prepare(options: Options) -> _Settings:
    extra: list[str] = options["phrases"]
    return _Settings(tuple(sorted({p.lower() for p in (*FURNITURE, *extra)}, key=len, reverse=True)))


def _is_bullet(block: Block) -> bool:
    return bool(_BULLET.match(block.text))


def _furniture(block: Block, settings: _Settings) -> str | None:
    text = block.text.strip().lower()
    if len(text.split()) > MAX_WORDS:
        return None
    for phrase in settings.phrases:
        if text.startswith(phrase) and (
            len(text) == len(phrase) or not text[len(phrase)].isalnum() or phrase.endswith(":")
        ):
            return phrase
    return None


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    body = list(document.body())
    for number, block in enumerate(body):
        phrase = _furniture(block, settings)
        if phrase is not None:
            yield _finding(document, block, f'"{block.text.strip()}" is page furniture, not story text')
            continue
        if not _is_bullet(block):
            continue
        neighbours = [body[i] for i in (number - 1, number + 1) if 0 <= i < len(body)]
        if any(_is_bullet(other) for other in neighbours):
            continue  # a list in the body
        if ends_like_sentence(block.text.strip()):
            continue  # a bullet that is a sentence: a list of one point
        yield _finding(document, block,
                       f'a stray bullet line "{block.text.strip()}" (a byline or link left in the body?)')


def _finding(document: Document, block: Block, message: str) -> Finding:
    start = block.start
    end = block.end
    # Deleting the paragraph takes the blank line before it with it.
    before = document.text[:start].rstrip()
    cut = len(before) if before else start
    return Finding(
        rule=RULE.id, message=message, start=start, end=end, severity=RULE.severity,
        fix=Fix("Delete the paragraph", (Edit(cut, end, ""),), Applicability.UNSAFE),
    )


RULE = Rule(
    id="leftover",
    summary="Page furniture or a stray bullet line left in the story's body.",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
    options=(
        Option("phrases", [], list, "More page-furniture phrases that flag a paragraph.",
               item_kind=str, validate=words, merge=extend),
    ),
    check=check,
    prepare=_prepare,
    # A stray byline or link is a short title-case, byline, credit or list line: the Document
    # blanks those from other rules, and this rule is the one that must see them.
    reads=frozenset({BYLINE, CREDIT, LIST, TITLE}),
)
