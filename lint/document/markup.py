"""Masking: turn the original text into prose of the same length.

Everything that is not prose (markup, code, comments, link targets, URLs) becomes blanks, line
breaks are kept, and an HTML entity keeps its decoded character followed by ``PAD``. Offsets
therefore mean the same in the original and in the prose; nothing is ever rendered and searched
back. Each masker also reports paragraph breaks that blank lines do not show (a heading line, an
HTML block tag), the span of the headline where the format marks one, and the suppression
directives it found.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from lint.document.model import PAD, Directive

_DIRECTIVE = regex.compile(
    r"<!--[ \t]*newslint-(disable-next-line|disable-file|disable|enable)\b(.*?)-->", regex.DOTALL
)
_RULE_LIST = regex.compile(r"[\s,]+")
_URL = regex.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]\"']+", regex.IGNORECASE)
_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_LINE_BREAK_CHAR = regex.compile(r"[\r\n]")


@dataclass
class Masked:
    prose: str
    breaks: list[int] = field(default_factory=list)
    headline: tuple[int, int] | None = None
    directives: list[Directive] = field(default_factory=list)


class _Mask:
    """A mutable copy of the text that only ever replaces characters one for one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = list(text)

    def blank(self, start: int, end: int) -> None:
        # Line breaks are never replaced, so the original's are where the mask's are.
        blanks = [" "] * (end - start)
        for line_break in _LINE_BREAK_CHAR.finditer(self.text, start, end):
            blanks[line_break.start() - start] = line_break.group()
        self.chars[start:end] = blanks

    def put(self, start: int, end: int, replacement: str) -> None:
        """Put ``replacement`` (no longer than the span, no line break) at ``start`` and pad
        the rest."""
        self.chars[start : start + len(replacement)] = replacement
        for i in range(start + len(replacement), end):
            self.chars[i] = PAD

    def current(self) -> str:
        return "".join(self.chars)


def _directives(text: str, mask: _Mask) -> list[Directive]:
    found = []
    for match in _DIRECTIVE.finditer(text):
        rules = tuple(r for r in _RULE_LIST.split(match.group(2).strip()) if r)
        found.append(Directive(match.group(1), rules, match.start(), match.end()))
        mask.blank(match.start(), match.end())
    return found


def _blank_all(mask: _Mask, pattern: regex.Pattern[str], source: str) -> None:
    for match in pattern.finditer(source):
        mask.blank(match.start(), match.end())


def mask_text(text: str) -> Masked:
    if "<!--" not in text and _URL.search(text) is None:
        return Masked(text)  # most plain stories: nothing to mask, no copy to make
    mask = _Mask(text)
    directives = _directives(text, mask)
    _blank_all(mask, _URL, text)
    return Masked(mask.current(), directives=directives)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def masker_for(fmt: str) -> Callable[[str], Masked]:
    """The masker of a format. Markdown's and HTML's live in their own modules, imported only
    when a story in that format is read: their patterns cost more to compile than a story
    costs to lint."""
    if fmt == "markdown":
        from lint.document.markup_markdown import mask_markdown

        return mask_markdown
    if fmt == "html":
        from lint.document.markup_html import mask_html

        return mask_html
    return mask_text
