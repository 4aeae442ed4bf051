"""Masking Markdown: front matter, code (fenced, indented and inline), comments, link targets,
images and markers are not prose. Headings and list items start paragraphs; the first heading
(or the front-matter title) is the headline.

An indented code block is CommonMark's: lines indented four columns or more (a tab reaches the
next multiple of four) past the text of the list item they stand in, or past the margin outside
a list, that do not continue a paragraph (a blank line, a heading, a rule or a fence comes
first). Its lines are never linted, so ``--fix`` never edits them."""

from __future__ import annotations

import regex

from lint.document.markup import _LINE, _URL, Masked, _blank_all, _directives, _Mask, _trim

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
_INDENT = regex.compile(r"[ \t]*")
_CODE_INDENT = 4  # columns


def _item_margin(line: str, marker_end: int) -> int:
    """The column where a list item's text starts: after its marker and the spaces that follow
    (one, where more than four follow: the rest is code inside the item)."""
    marker = _columns(line[:marker_end])
    gap = _columns(_INDENT.match(line, marker_end).group(), marker) - marker
    return marker + (1 if gap > _CODE_INDENT else gap)


def _columns(indent: str, start: int = 0) -> int:
    """The column a run of spaces and tabs starting at column ``start`` ends at."""
    column = start
    for char in indent:
        column = column + 4 - column % 4 if char == "\t" else column + 1
    return column


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
    in_paragraph = False  # the line before is paragraph text, which an indented line continues
    in_code = False
    list_margin: int | None = None  # the column where the text of the open list item starts
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
        indent = _columns(_INDENT.match(content).group())
        if list_margin is not None and not blank and previous_blank and indent < list_margin \
                and not _LIST.match(content):
            list_margin = None  # text back at the margin after a blank line ends the list
        margin = list_margin or 0
        if not blank and indent >= margin + _CODE_INDENT and (in_code or not in_paragraph):
            mask.blank(start, stop)
            if not in_code:
                breaks.append(start)
            in_code, in_paragraph, previous_blank, previous_start = True, False, False, start
            continue
        if in_code and not blank:
            breaks.append(start)
        in_code = in_code and blank
        # Paragraph text (a list item's and a table row's too) is what an indented line continues.
        in_paragraph = False
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
                list_margin = _item_margin(content, item.end())
            in_paragraph = not blank
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
