"""spacing: typographic slips of hurried copy: stray, doubled and missing spaces, unbalanced marks.

Flags::

    the US -backed rebel group        a space inside a compound (safe fix: "US-backed")
    pro- government troops            (safe fix: "pro-government")
    the  council said                 two spaces inside a sentence (safe fix: one)
    he said , adding                  a space before , . ; : ? ! (safe fix: delete it)
    he said.The minister              no space after a sentence's full stop (safe fix: add one)
    "We will stay, he said.           an unbalanced quotation mark or bracket in a paragraph
                                      (no fix: which mark is missing is not certain)

Passes::

    pre- and post-war                 a suspended hyphen before "and", "or", "to"
    forces - the Pentagon said        a spaced dash (spaces on both sides)
    He left.  Then she spoke.         two spaces between sentences (a typing convention)
    and so on ... / match . . . then  an ellipsis, spaced or not
    www.bbc.co.uk, U.S., Ph.D         addresses and abbreviations (no capital after the stop,
                                      or capitals before it)
    "The plan works.                  a quotation that goes on in the next paragraph, which
    "And it is cheap," she said.      opens with a quotation mark, as news copy continues quotes
    1) first, 2) second               list numbering
    a 34" screen, :-) ;(              inch marks and emoticons

Options:

- ``checks``: which checks run (default all): ``compound``, ``double-space``,
  ``space-before-punctuation``, ``missing-space``, ``unbalanced``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

from lint.document import Document
from lint.findings import Applicability, Edit, Finding, Fix, Severity
from lint.rules.base import Option, Options, Rule

# Second parts of compounds (``US-backed``, ``Iran-style``): after `` -`` they make the space a
# slip inside one word. Any part ending in ``-ed`` does too.
COMPOUND_ENDINGS = frozenset(
    "backed led based owned run style born made free like wide old year term scale level "
    "linked sponsored friendly speaking oriented minded proof bound long sized type related "
    "held ridden hit torn".split()
)
# Prefixes that are written joined to the next word by a hyphen (``pro-government``).
COMPOUND_PREFIXES = frozenset(
    "pro anti non pre post ex co self counter semi multi mid sub super inter cross over under "
    "well half all neo pan quasi ultra vice".split()
)
CHECKS = ("compound", "double-space", "space-before-punctuation", "missing-space", "unbalanced")
# "US -backed": a word, a space, a hyphen and a lowercase word part.
# Each pattern starts with a literal, so the engine skips to candidates instead of trying a
# lookbehind at every position of the story.
# "US -backed": a word, a space, a hyphen and a lowercase word part (the space is before it).
_SPACE_BEFORE_HYPHEN = regex.compile(r"-(?<=[\p{L}\p{N}] -)(?=\p{Ll}{2,})")
# "pro- government": a word part, a hyphen, a space, a lowercase word (not a suspended hyphen).
_SPACE_AFTER_HYPHEN = regex.compile(
    r"- (?<=(?<![\p{L}\p{N}-])\p{L}{2,}- )(?!(?:and|or|to|nor|as well)\b)(?=\p{Ll}{2,})"
)
# Two spaces or more between two words of one sentence.
# (A run of spaces is read once, from its first space: column gaps in tables are long.)
_DOUBLE_SPACE = regex.compile(r"(?<=[\p{L}\p{N},;])  ++(?=[\p{L}\p{N}])")
# A space before punctuation that ends a clause, not an ellipsis or ".NET".
_SPACE_BEFORE = regex.compile(
    r"(?<=[\p{L}\p{N}]) ++(?=[,;?!]|:(?![-)(])|\.(?![.]| \.)(?=\s|$))"
)
# "said.The": a stop between a lowercase word and a capitalised one.
_MISSING_SPACE = regex.compile(r"\.(?<=(?<![\p{L}\p{N}./@-])\p{Ll}{2,}\.)(?=\p{Lu}\p{Ll}+\b)")
_BRACKET = regex.compile(r"[()\[\]]")
_BRACKETS = (("(", ")"), ("[", "]"))
_LIST_NUMBER = regex.compile(r"(?:^|\s)[\p{L}\p{N}]{1,2}\)")
_QUOTE_OPENING = regex.compile(r'^["“]')
_QUOTE_MARK = regex.compile(r'["“”]')
_BEFORE_OPENING = "([{—–-/‘'"
_AFTER_CLOSING = ".,;:!?)]}—–-’'…"
# A quotation mark after the end of a sentence (and the space after it) may reopen a quotation.
_SENTENCE_BEFORE = regex.compile(r"[.!?…,:]['’]?\s*$")


@dataclass(frozen=True)
class _Settings:
    checks: frozenset[str]


def _prepare(options: Options) -> _Settings:
    return _Settings(frozenset(options["checks"]))


def _valid_checks(value: Any) -> str | None:
    unknown = sorted(set(value) - set(CHECKS))
    return f"unknown check(s): {', '.join(unknown)} (known: {', '.join(CHECKS)})" if unknown else None


def _finding(start: int, end: int, message: str, fix: Fix | None = None) -> Finding:
    return Finding(rule=RULE.id, message=message, start=start, end=end,
                   severity=RULE.severity, fix=fix)


def _safe(description: str, start: int, end: int, replacement: str) -> Fix:
    return Fix(description, (Edit(start, end, replacement),), Applicability.SAFE)


def _spaces(document: Document, checks: frozenset[str]) -> Iterator[Finding]:
    prose = document.prose
    text = document.text
    if "compound" in checks:
        for pattern, offset in ((_SPACE_BEFORE_HYPHEN, -1), (_SPACE_AFTER_HYPHEN, 1)):
            for match in pattern.finditer(prose):
                space = match.start() + offset
                if text[space] != " ":
                    continue  # masked markup, not a space of the story
                yield _compound(text, prose, space, pattern is _SPACE_BEFORE_HYPHEN)
    # Each pattern starts with a lookbehind the engine tries at every position; a substring
    # test (fast, in C) first skips the stories that cannot match, which are most of them.
    if "double-space" in checks and "  " in prose:
        for match in _DOUBLE_SPACE.finditer(prose):
            start, end = match.span()
            if text[start:end].strip(" "):
                continue
            yield _finding(start, end, "two spaces inside a sentence",
                           _safe("Write one space", start, end, " "))
    if "space-before-punctuation" in checks and any(f" {mark}" in prose for mark in ",;?!:."):
        for match in _SPACE_BEFORE.finditer(prose):
            start, end = match.span()
            if text[start:end].strip(" "):
                continue
            mark = prose[end]
            yield _finding(start, end + 1, f'a space before "{mark}"',
                           _safe("Delete the space", start, end, ""))
    if "missing-space" in checks:
        for match in _MISSING_SPACE.finditer(prose):
            yield _finding(match.start(), match.end(), "no space after the full stop",
                           _safe("Add a space", match.end(), match.end(), " "))


def _compound(text: str, prose: str, space: int, before_hyphen: bool) -> Finding:
    """A space beside a hyphen. The fix closes it only where the words around are certainly
    one compound (``US -backed``, ``pro- government``); ``cases -thought`` may be a dash."""
    start, end = _word_around(prose, space)
    written = text[start:end]
    first, _, second = written.replace(" ", "", 1).partition("-")
    certain = (
        second.lower() in COMPOUND_ENDINGS or second.lower().endswith("ed")
        if before_hyphen else first.lower() in COMPOUND_PREFIXES
    )
    if not certain:
        return _finding(start, end, f'a space beside the hyphen in "{written}" (a compound, or a dash?)')
    joined = written.replace(" ", "", 1)
    return _finding(start, end, f'a space inside the compound "{written}"',
                    _safe(f'Write "{joined}"', space, space + 1, ""))


def _word_around(prose: str, space: int) -> tuple[int, int]:
    """The span of the two word parts on either side of the space (with the hyphen)."""
    start = space
    while start > 0 and not prose[start - 1].isspace():
        start -= 1
    end = space + 1
    while end < len(prose) and not prose[end].isspace():
        end += 1
    while end > space + 1 and not prose[end - 1].isalnum():
        end -= 1
    while start < space and not prose[start].isalnum():
        start += 1
    return start, end


def _quote_marks(text: str) -> Iterator[tuple[int, str]]:
    """Each double quotation mark of a paragraph with its role: ``open``, ``close`` or
    ``either`` (a straight mark that its neighbours do not tell)."""
    for match in _QUOTE_MARK.finditer(text):
        mark, at = match.group(), match.start()
        if mark == '"' and at and text[at - 1].isdigit():
            yield at, "digit"  # closes ``"50/50"``, or is an inch mark: ``a 34" screen``
        elif mark == "“":
            yield at, "open"
        elif mark == "”":
            yield at, "close"
        else:
            before = text[at - 1] if at else " "
            after = text[at + 1] if at + 1 < len(text) else " "
            if (before.isspace() or before in _BEFORE_OPENING) and not after.isspace():
                yield at, "open"
            elif not before.isspace() and (after.isspace() or after in _AFTER_CLOSING):
                yield at, "close"
            else:
                yield at, "either"


def _quote_slips(text: str, continued: bool) -> Iterator[tuple[int, str]]:
    """Offsets in the paragraph of quotation marks that break the pairing, with why. A mark
    that opens a quotation while one is open continues it when it follows the end of a
    sentence: news copy reopens a quotation that runs on, paragraph after paragraph (and
    corpora that lost their paragraph breaks show it inside one)."""
    opened: int | None = None
    for at, role in _quote_marks(text):
        if role == "digit":
            if opened is None:
                continue  # an inch mark
            role = "close"
        if role == "either":
            role = "close" if opened is not None else "open"
        if role == "open":
            if opened is not None and not _SENTENCE_BEFORE.search(text, 0, at):
                yield opened, "a quotation opened here is not closed before the next one opens"
            opened = at
        elif opened is None:
            yield at, "a closing quotation mark with no opening one"
        else:
            opened = None
    if opened is not None and not continued:
        yield opened, "a quotation opened here is not closed in its paragraph"


def _bracket_slips(text: str) -> Iterator[tuple[int, str]]:
    if _LIST_NUMBER.search(text):
        return  # ``1)``, ``a)``: list numbering closes brackets it never opened
    for opening, closing in _BRACKETS:
        stack: list[int] = []
        for match in _BRACKET.finditer(text):
            at, char = match.start(), match.group()
            if text[max(0, at - 2) : at].endswith((":", ";", ":-", ";-")):
                continue  # an emoticon: ``:-)``, ``;(``
            if char == opening:
                stack.append(at)
            elif char == closing:
                if stack:
                    stack.pop()
                else:
                    yield at, f'a closing "{closing}" with no opening one'
        for at in stack:
            yield at, f'an opening "{opening}" with no closing one in its paragraph'


def _unbalanced(document: Document) -> Iterator[Finding]:
    prose = document.prose
    paragraphs = list(document.paragraphs)
    for number, para in enumerate(paragraphs):
        text = prose[para.start : para.end]
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        continued = following is not None and bool(
            _QUOTE_OPENING.match(prose[following.start : following.end])
        )
        slips = [*_quote_slips(text, continued), *_bracket_slips(text)]
        for at, message in sorted(slips):
            yield _finding(para.start + at, para.start + at + 1, message)


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    yield from _spaces(document, settings.checks)
    if "unbalanced" in settings.checks:
        yield from _unbalanced(document)


RULE = Rule(
    id="spacing",
    summary="A stray, doubled or missing space, or an unbalanced quotation mark or bracket.",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
    options=(
        Option("checks", list(CHECKS), list, "Which checks run.", item_kind=str,
               validate=_valid_checks),
    ),
    check=check,
    prepare=_prepare,
)
