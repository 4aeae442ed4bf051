"""Masking: turn the original text into prose of the same length.

Everything that is not prose (markup, code, comments, link targets, URLs) becomes blanks, line
breaks are kept, and an HTML entity keeps its decoded character followed by ``PAD``. Offsets
therefore mean the same in the original and in the prose; nothing is ever rendered and searched
back. Each masker also reports paragraph breaks that blank lines do not show (a heading line, an
HTML block tag), the span of the headline where the format marks one, and the suppression
directives it found.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import regex

from lint.document.model import PAD, Directive

_DIRECTIVE = regex.compile(
    r"<!--[ \t]*newslint-(disable-next-line|disable-file|disable|enable)\b(.*?)-->", regex.DOTALL
)
_RULE_LIST = regex.compile(r"[\s,]+")
_URL = regex.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]\"']+", regex.IGNORECASE)
_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


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
        chars = self.chars
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "

    def put(self, start: int, end: int, replacement: str) -> None:
        """Put ``replacement`` (no longer than the span) at ``start`` and pad the rest."""
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


# --- Markdown ---------------------------------------------------------------------------------

_FRONT_MATTER = regex.compile(
    r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r|\n|\Z)", regex.DOTALL
)
_FM_TITLE = regex.compile(r"^title:[ \t]*(['\"]?)(.+?)\1[ \t]*$", regex.MULTILINE)
_FENCE = regex.compile(r" {0,3}(`{3,}|~{3,})")
_ATX = regex.compile(r" {0,3}(#{1,6})(?=[ \t]|$)")
_ATX_CLOSE = regex.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = regex.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_THEMATIC = regex.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$")
_QUOTE = regex.compile(r"(?: {0,3}>[ \t]?)+")
_LIST = regex.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]+\S)")
_LINK_DEF = regex.compile(r" {0,3}\[[^\]]+\]:[ \t]*\S.*$")
_TABLE_RULE = regex.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
_CODE_SPAN = regex.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", regex.DOTALL)
_COMMENT = regex.compile(r"<!--.*?-->", regex.DOTALL)
_IMAGE = regex.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
_LINK = regex.compile(r"\[(?=[^\]\n]*\]\()[^\]\n]*(\]\([^)\n]*\))")
_REF_LINK = regex.compile(r"\[(?=[^\]\n]+\]\[)[^\]\n]+(\]\[[^\]\n]*\])")
_AUTOLINK = regex.compile(r"<(?:https?|mailto|ftp):[^>\s]+>", regex.IGNORECASE)
_INLINE_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_EMPHASIS = regex.compile(r"\*+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])")
_ESCAPE = regex.compile(r"\\(?=[!-/:-@\[-`{-~])")


def mask_markdown(text: str) -> Masked:
    mask = _Mask(text)
    directives = _directives(text, mask)
    breaks: list[int] = []
    headline: tuple[int, int] | None = None

    body_start = 0
    front = _FRONT_MATTER.match(text)
    if front:
        title = _FM_TITLE.search(front.group(1))
        if title:
            headline = (front.start(1) + title.start(2), front.start(1) + title.end(2))
        mask.blank(0, front.end())
        body_start = front.end()

    fence: str | None = None
    previous_blank = True
    previous_start = body_start
    for line in _LINE.finditer(text, body_start):
        start, end = line.span()
        if start == end:
            break
        content = line.group().rstrip("\r\n")
        stop = start + len(content)
        if fence is not None:
            mask.blank(start, stop)
            opened = _FENCE.match(content)
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            continue
        opened = _FENCE.match(content)
        if opened:
            fence = opened.group(1)
            mask.blank(start, stop)
            breaks.extend((start, end))
            continue
        blank = not content.strip()
        if _LINK_DEF.match(content) or _TABLE_RULE.match(content):
            mask.blank(start, stop)
            breaks.extend((start, end))
        elif (atx := _ATX.match(content)) is not None:
            mask.blank(start, start + atx.end())
            closing = _ATX_CLOSE.search(content)
            if closing:
                mask.blank(start + closing.start(), stop)
            breaks.extend((start, end))
            if headline is None:
                headline = (start + atx.end(), start + (closing.start() if closing else len(content)))
        elif not previous_blank and _SETEXT.match(content):
            mask.blank(start, stop)
            breaks.extend((previous_start, start, end))
            if headline is None and content.strip().startswith("="):
                headline = (previous_start, start)
        elif _THEMATIC.match(content):
            mask.blank(start, stop)
            breaks.extend((start, end))
        else:
            offset = 0
            quote = _QUOTE.match(content)
            if quote:
                mask.blank(start, start + quote.end())
                offset = quote.end()
            item = _LIST.match(content, offset)
            if item:
                mask.blank(start + offset, start + item.end())
                breaks.append(start)
            if "|" in content and content.lstrip().startswith("|"):
                for i, char in enumerate(content):
                    if char == "|":
                        mask.blank(start + i, start + i + 1)
                breaks.extend((start, end))
        previous_blank = blank
        previous_start = start

    # Inline constructs, each pass on what the earlier passes left: code spans first, since
    # nothing inside them is markup.
    for pattern in (_CODE_SPAN, _COMMENT, _IMAGE, _AUTOLINK):
        _blank_all(mask, pattern, mask.current())
    for pattern in (_LINK, _REF_LINK):
        for match in pattern.finditer(mask.current()):
            mask.blank(match.start(), match.start() + 1)
            mask.blank(match.start(1), match.end(1))
    for pattern in (_INLINE_TAG, _URL, _EMPHASIS, _ESCAPE):
        _blank_all(mask, pattern, mask.current())
    if headline is not None and front is None:
        headline = _trim(text, *headline)
    return Masked(mask.current(), breaks, headline, directives)


# --- HTML -------------------------------------------------------------------------------------

_RAW = regex.compile(
    r"<(script|style|pre|code|template|noscript|textarea)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!\[CDATA\[.*?\]\]>",
    regex.DOTALL | regex.IGNORECASE,
)
_TITLE = regex.compile(r"<title\b[^>]*>(.*?)</title\s*>", regex.DOTALL | regex.IGNORECASE)
_H1 = regex.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", regex.DOTALL | regex.IGNORECASE)
_TAG = regex.compile(r"</?([A-Za-z][A-Za-z0-9-]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|<![^>]*>|<\?[^>]*>")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 head header hr html li main nav ol p section table tbody td tfoot th thead title tr "
    "ul".split()
)


def mask_html(text: str) -> Masked:
    mask = _Mask(text)
    directives = _directives(text, mask)
    _blank_all(mask, _RAW, text)
    masked = mask.current()
    headline: tuple[int, int] | None = None
    h1 = _H1.search(masked)
    if h1:
        headline = _trim(text, h1.start(1), h1.end(1))
    title = _TITLE.search(masked)
    if title:
        if headline is None:
            headline = _trim(text, title.start(1), title.end(1))
        mask.blank(title.start(), title.end())
    breaks: list[int] = []
    for tag in _TAG.finditer(masked):
        mask.blank(tag.start(), tag.end())
        name = tag.group(1)
        if name is None or name.lower() in _BLOCK_TAGS:
            breaks.extend((tag.start(), tag.end()))
    for entity in _ENTITY.finditer(mask.current()):
        decoded = html.unescape(entity.group())
        if decoded != entity.group():
            mask.put(entity.start(), entity.end(), decoded)
    _blank_all(mask, _URL, mask.current())
    return Masked(mask.current(), breaks, headline, directives)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


MASKERS = {"text": mask_text, "markdown": mask_markdown, "html": mask_html}
