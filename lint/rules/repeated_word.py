"""repeated-word: the same word twice in a row (``He also also said``).

A doubled word is the commonest slip of hurried or spun copy, and spell-checkers pass it. The
finding covers both words and starts at the first; its safe fix deletes the second word and the
space before it. Doublings across a line break and in different case (``The the``) count.

Flags::

    He also also said he hoped to strengthen ties.
    The the minister left.
    talks will resume in the
    the new year

Passes (English or the world doubles these on purpose)::

    She had had enough.                 grammatical doublings: had had, that that, is is
    What it is is a scandal.
    They saw Duran Duran in Walla Walla.  names of bands, places and people (capitalised pair)
    senior law lord Lord Bingham          a title before a name
    The score was 2 2 after extra time.   numbers and scores
    J J Abrams, E E Cummings              initials
    bye bye, so so, very very, ha ha      reduplication, listed in ``allow``
    ... it was over. Over the years       a word ending one sentence and starting the next

Options:

- ``allow``: more words that may be doubled (case-insensitive), added to the built-in list.
- ``capitalised-pairs-are-names``: a pair that is capitalised twice (``Duran Duran``) away
  from the start of a sentence is a name and passes (default true).

A fix is offered only where nothing but white space separates the two words in the original,
so markup (``**the** the``, ``the [the](url)``) is never broken by ``--fix``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lint.document import PAD, Document, Token
from lint.findings import Applicability, Edit, Finding, Fix, Severity
from lint.rules.base import Option, Options, Rule

# Doublings that English grammar produces ("she had had", "what it is is", "what they do do")
# and reduplications that are words in their own right.
_GRAMMATICAL = frozenset("had that is was do does did".split())
_REDUPLICATED = frozenset(
    "bye so very no yeah yes ha haha he hee ho knock tut chop well there now far long many bla "
    "blah really yada hush pom cha boo choo aye oh ah hey go tsk tick tock night-night din wah mau "
    "bora walla pago sing".split()
)
# A function word that starts a sentence and is capitalised twice is a slip, not a name.
_FUNCTION_WORDS = frozenset(
    "the a an and or but of in on at to for from with by as is it he she we they i you this "
    "that these those his her its their our my your".split()
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class _Settings:
    allowed: frozenset[str]
    names_pass: bool


def _prepare(options: Options) -> _Settings:
    allowed: list[str] = options["allow"]
    words = {word.lower() for word in allowed} | _GRAMMATICAL | _REDUPLICATED
    return _Settings(frozenset(words), bool(options["capitalised-pairs-are-names"]))


def _only_space(gap: str) -> bool:
    """White space with at most one line break between the words: a blank line separates
    paragraphs, and punctuation separates sentences or list items."""
    if any(not (char.isspace() or char == PAD) for char in gap):
        return False
    return len(_LINE_BREAK.findall(gap)) <= 1


def _is_name_pair(first: Token, second: Token, sentence_initial: bool) -> bool:
    if not second.text[:1].isupper():
        return False
    if not first.text[:1].isupper():
        # "law lord Lord Bingham": a capital on the second word only starts a title or name.
        return not sentence_initial
    return not (sentence_initial and first.lower in _FUNCTION_WORDS)


def _is_initial(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper() and token.text not in "IA"


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    tokens = document.tokens
    prose = document.prose
    sentence_starts = {tokens[s.token_start].start for s in document.sentences if s.token_end > s.token_start}
    for first, second in zip(tokens, tokens[1:], strict=False):
        if first.is_number or first.lower != second.lower:
            continue
        if first.lower in settings.allowed or _is_initial(first):
            continue
        if not _only_space(prose[first.end : second.start]):
            continue
        if settings.names_pass and _is_name_pair(first, second, first.start in sentence_starts):
            continue
        yield _finding(document, first, second)


def _finding(document: Document, first: Token, second: Token) -> Finding:
    gap = document.text[first.end : second.start]
    fix = None
    if gap.strip() == "":
        fix = Fix(
            description=f'Delete the second "{second.text}"',
            edits=(Edit(first.end, second.end, ""),),
            applicability=Applicability.SAFE,
        )
    return Finding(
        rule=RULE.id,
        message=f'"{second.text}" repeats the word before it',
        start=first.start,
        end=second.end,
        severity=RULE.severity,
        fix=fix,
    )


def _string_list(value: Any) -> str | None:
    return None if all(isinstance(v, str) and v.strip() for v in value) else "must be words"


RULE = Rule(
    id="repeated-word",
    summary="The same word twice in a row.",
    explanation=__doc__ or "",
    severity=Severity.ERROR,
    options=(
        Option("allow", [], list, "More words that may be doubled.", item_kind=str,
               validate=_string_list, merge=lambda old, new: [*old, *new]),
        Option("capitalised-pairs-are-names", True, bool,
               "A capitalised pair away from a sentence start is a name."),
    ),
    check=check,
    prepare=_prepare,
)
