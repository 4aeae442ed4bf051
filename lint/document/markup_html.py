"""Masking HTML: tags, attributes, scripts, styles and comments are not prose; entities keep
their decoded character followed by PAD. Block tags start paragraphs; the first ``<h1>`` (or the
``<title>``) is the headline."""

from __future__ import annotations

import html

import regex

from lint.document.markup import _URL, Masked, _blank_all, _directives, _Mask, _trim

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
