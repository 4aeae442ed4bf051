"""Masking HTML: tags, attributes, scripts, styles and comments are not prose; entities keep
their decoded character followed by PAD. Block tags start paragraphs. The headline is the first
``<h1>`` in the article that is not a link (a site's logo often is an ``<h1>`` linking home), or
the ``<title>``; the ``<title>`` is read as prose of its own either way.

Text that is not the article body is masked too, from what the markup says an element is, never
from what one site's page looks like:

- elements whose HTML or ARIA meaning is page furniture: ``<figcaption>``, ``<aside>``, ``<nav>``,
  ``<header>``, ``<footer>``, ``<button>``, ``<select>``, ``role="navigation"`` and the like;
- elements named by the class and id vocabulary CMSes share for captions, credits, bylines,
  author boxes, pull quotes, share and newsletter widgets, related links, ads and comments
  (whole words of the class or id: ``article-byline``, ``imgCaption``, ``share_tools``,
  ``wp-block-pullquote``), and schema.org ``itemprop`` values for the same (``author``,
  ``copyrightHolder``);
- text the reader is not shown (``hidden``, ``aria-hidden="true"``, ``display: none``);
- blocks made of links and nothing else (a related-stories list, a row of section links), with
  the heading or ``Read more:`` label just before them, and list items or ``<article>`` cards
  led by a linked heading (teasers for other stories);
- where the page marks its body with ``itemprop="articleBody"``, everything outside it, or
  else everything outside the ``<article>`` around the headline;
- text in a language other than English by its ``lang`` (or ``xml:lang``) attribute, or the
  page's declared language (``<meta http-equiv="content-language">``, ``og:locale``), unless an
  inner element says English again.

The headline and the ``<title>`` are never masked as furniture: the headline often stands in
the article's ``<header>``. An element that holds the article itself
(``<article>``, ``<main>``, the ``articleBody`` or the headline) is never masked by class or link
density: a page wrapper called ``with-sidebar`` is not a sidebar.
"""

from __future__ import annotations

import bisect
import html
import itertools
from dataclasses import dataclass

import regex

from lint.document.markup import _URL, Masked, _blank_all, _directives, _Mask, _trim

_RAW = regex.compile(
    r"<(script|style|pre|code|template|noscript|textarea)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!\[CDATA\[.*?\]\]>",
    regex.DOTALL | regex.IGNORECASE,
)
_TAG = regex.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|<![^>]*>|<\?[^>]*>"
)
_ATTRIBUTE = regex.compile(r"([^\s=/>\"']+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
_CAMEL = regex.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NAME_WORD = regex.compile(r"[a-z0-9]+")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 head header hr html li main nav ol p section table tbody td tfoot th thead title tr "
    "ul".split()
)
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
# Opening one of these closes an open <p> (the HTML parsing algorithm does the same).
_CLOSES_P = frozenset(
    "address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr main menu nav ol p pre section table ul".split()
)
# An item closes the open item of its kind, up to the list that holds it.
_LIST_ITEM = (frozenset({"li"}), frozenset({"ul", "ol", "menu"}))
_DEFINITION = (frozenset({"dt", "dd"}), frozenset({"dl"}))
_CELL = (frozenset({"td", "th"}), frozenset({"tr", "table"}))
_ITEM_SCOPE = {"li": _LIST_ITEM, "dt": _DEFINITION, "dd": _DEFINITION, "td": _CELL, "th": _CELL,
               "tr": (frozenset({"tr"}), frozenset({"table", "tbody", "thead", "tfoot"}))}

# Page furniture by what the element is.
_FURNITURE_TAGS = frozenset("figcaption aside nav header footer button select menu dialog".split())
_FURNITURE_ROLES = frozenset(
    "navigation banner contentinfo complementary search menu menubar toolbar dialog alertdialog "
    "tablist".split()
)
_FURNITURE_ITEMPROPS = frozenset(
    "author creator contributor copyrightholder publisher caption breadcrumb".split()
)
# Words of a class or id that name furniture, with the CMS compounds they come in: a whole word
# (``byline``, ``related-links``), its plural, or for the unambiguous ones a word ending in it
# (``photocredit``, ``imgcaption``).
_FURNITURE_WORDS = frozenset(
    "caption credit byline author bio dateline timestamp share sharing social newsletter "
    "subscribe subscription signup related recommended promo sponsor sponsored advert "
    "advertisement ad ads breadcrumb nav navigation menu masthead header footer sidebar comment "
    "tags copyright outbrain taboola player settings controls toolbar slideshow gallery carousel "
    "lightbox modal popup trending popular date datestamp chart graphic infographic "
    "ai2html pullquote".split()
)
# A class name starting with one of these says what the element has or lacks.
_MODIFIERS = frozenset("no has with without".split())
_FURNITURE_PREFIXES = ("share", "social", "newsletter", "subscribe", "sponsor")
_FURNITURE_SUFFIXES = ("caption", "credit", "byline", "newsletter", "breadcrumb", "sidebar")
# Whole class names that hide an element from sighted readers (screen-reader labels included).
_HIDDEN_CLASSES = frozenset(
    "hidden hide sr-only visually-hidden visuallyhidden screen-reader-text".split()
)
# Blocks judged by their link density; inline elements are only ever part of a block.
_HEADINGS = frozenset("h2 h3 h4 h5 h6".split())
_LINK_BLOCKS = frozenset("p div section ul ol dl li dd dt td table".split()) | _HEADINGS
# A block is made of links when at most this share of its letters and digits is outside them
# (a "Related:" label, a "|" or "•" between links has no letters or few).
_MAX_UNLINKED_SHARE = 0.2
# What may name a block of links just before it, and how long such a label is at most.
_LABELS = frozenset("p div h2 h3 h4 h5 h6 b strong span".split())
_MAX_LABEL_LETTERS = 40


@dataclass
class _Element:
    name: str
    start: int  # the opening tag's start
    content_start: int  # the opening tag's end
    attributes: dict[str, str]
    end: int = -1  # the closing tag's end, or where the element was implicitly closed
    content_end: int = -1


def mask_html(text: str) -> Masked:
    mask = _Mask(text)
    directives = _directives(text, mask)
    _blank_all(mask, _RAW, text)
    masked = mask.current()
    elements, tags = _parse(masked)
    density = _LinkDensity(masked, elements, tags)

    headline_element = _headline_element(elements, density)
    title_element = next((e for e in elements if e.name == "title"), None)
    headline: tuple[int, int] | None = None
    if headline_element is not None:
        headline = _trim(text, headline_element.content_start, headline_element.content_end)
    elif title_element is not None:
        headline = _trim(text, title_element.content_start, title_element.content_end)

    breaks: list[int] = []
    for tag in tags:
        mask.blank(tag.start(), tag.end())
        name = tag.group(2)
        if name is None or name.lower() in _BLOCK_TAGS:
            breaks.extend((tag.start(), tag.end()))

    keep = [e for e in (headline_element, title_element) if e is not None]
    not_read = _subtract(_not_body(masked, elements, density, keep), keep)
    for start, end in _union([*not_read, *_not_english(elements, len(text))]):
        mask.blank(start, end)

    for entity in _ENTITY.finditer(mask.current()):
        decoded = html.unescape(entity.group())
        if decoded != entity.group():
            # An encoded line break (&#10;) is white space that does not end the line.
            mask.put(entity.start(), entity.end(), " " if decoded in ("\r", "\n") else decoded)
    _blank_all(mask, _URL, mask.current())
    return Masked(mask.current(), breaks, headline, directives)


def _parse(masked: str) -> tuple[list[_Element], list[regex.Match[str]]]:
    """Elements in document order, each with its extent, as a forgiving browser would close
    them: an end tag closes the elements opened inside it, a new ``<p>`` or ``<li>`` closes the
    open one, and whatever is still open ends with the text."""
    elements: list[_Element] = []
    stack: list[_Element] = []
    tags = list(_TAG.finditer(masked))

    def close(down_to: int, at_end: int, at_start: int) -> None:
        # The element at ``down_to`` ends with this tag; those opened inside it end before it.
        while len(stack) > down_to:
            element = stack.pop()
            element.content_end = at_start
            element.end = at_end if len(stack) == down_to else at_start

    for tag in tags:
        if tag.group(2) is None:
            continue
        name = tag.group(2).lower()
        if tag.group(1):
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth].name == name:
                    close(depth, tag.end(), tag.start())
                    break
            continue
        if stack and name in _CLOSES_P and stack[-1].name == "p":
            close(len(stack) - 1, tag.start(), tag.start())
        scope = _ITEM_SCOPE.get(name)
        if scope is not None:
            closes, boundary = scope
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth].name in boundary:
                    break
                if stack[depth].name in closes:
                    close(depth, tag.start(), tag.start())
                    break
        attributes = _attributes(tag.group(3)) if tag.group(3) else {}
        element = _Element(name, tag.start(), tag.end(), attributes)
        elements.append(element)
        if name in _VOID_TAGS or tag.group(3).rstrip().endswith("/"):
            element.content_end = element.end = tag.end()
        else:
            stack.append(element)
    close(0, len(masked), len(masked))
    return elements, tags


def _attributes(source: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(source):
        value = match.group(2) if match.group(2) is not None else match.group(3)
        if value is None:
            value = match.group(4) or ""
        found.setdefault(match.group(1).lower(), html.unescape(value))
    return found


def _headline_element(elements: list[_Element], density: _LinkDensity) -> _Element | None:
    """The story's ``<h1>``: the first in an article that is not a link (a site's logo is an
    ``<h1>`` linking home), else the first that is not a link, else the first."""
    h1s = [e for e in elements if e.name == "h1"]
    containers = [e for e in elements if e.name in ("article", "main") or _is_article_body(e)]
    own = [h for h in h1s if not density.made_of_links(h)]
    inside = [h for h in own if any(_contains_any(c, [h]) for c in containers)]
    return next(iter(inside or own or h1s), None)


def _not_body(
    masked: str, elements: list[_Element], density: _LinkDensity, keep: list[_Element]
) -> list[tuple[int, int]]:
    """Spans of page furniture, hidden text, link blocks and text outside the marked body."""
    spans: list[tuple[int, int]] = []
    articles = _the_article(elements, keep)
    teasers: list[_Element] = []
    ending_at = {e.end: e for e in elements if e.name in _LABELS}
    for element in elements:
        if element.end <= element.content_start or _contains_any(element, articles):
            continue
        if element.name in _FURNITURE_TAGS:
            spans.append((element.start, element.end))  # the headline inside is kept
        elif _contains_any(element, keep):
            continue
        elif _is_hidden(element.attributes) or _named_furniture(element.attributes):
            spans.append((element.start, element.end))
        elif element.name in _LINK_BLOCKS and density.made_of_links(element):
            spans.append((element.start, element.end))
            label = _label_before(masked, element, ending_at, density)
            if label is not None:
                spans.append((label.start, label.end))
            if element.name in _HEADINGS and teasers and element.end <= teasers[-1].end:
                # A list item or an <article> card led by a linked heading is a teaser for
                # another story: its summary goes with it.
                spans.append((teasers[-1].start, teasers[-1].end))
        if element.name in ("li", "article"):
            teasers.append(element)
    bodies = [e for e in elements if _is_article_body(e)]
    if not bodies:
        # HTML's own word for the story: the innermost <article> around the headline.
        headline = [e for e in keep if e.name == "h1"]
        bodies = [e for e in elements if e.name == "article" and _contains_any(e, headline)][-1:]
    if bodies:
        position = 0
        for body in bodies:
            if body.start >= position:
                spans.append((position, body.start))
                position = body.end
        spans.append((position, len(masked)))
    return spans


def _label_before(
    masked: str, block: _Element, ending_at: dict[int, _Element], density: _LinkDensity
) -> _Element | None:
    """The heading or short ``...:`` line just before a block of links, which names it
    ("Related stories", "Read more:")."""
    position = block.start
    while position > 0 and masked[position - 1].isspace():
        position -= 1
    label = ending_at.get(position)
    if label is None or density.letters(label) > _MAX_LABEL_LETTERS:
        return None
    if label.name in _HEADINGS:
        return label
    text = _TAG.sub("", masked[label.content_start : label.content_end])
    return label if text.strip().endswith(":") else None


def _the_article(elements: list[_Element], keep: list[_Element]) -> list[_Element]:
    """The elements that hold the story: its ``articleBody``, ``<main>``, and the ``<article>``
    around the headline (or every ``<article>``, where none of those says which it is). Other
    ``<article>`` elements are cards for other stories."""
    marked = [e for e in elements if e.name == "main" or _is_article_body(e)]
    cards = [e for e in elements if e.name == "article"]
    around = [e for e in cards if _contains_any(e, [*keep, *marked])]
    return marked + (around if around or marked else cards)


def _is_article_body(element: _Element) -> bool:
    """schema.org's ``articleBody``, in microdata (``itemprop``) or RDFa (``property``)."""
    attributes = element.attributes
    return "articlebody" in _words(attributes.get("itemprop", "") + " " + attributes.get("property", ""))


def _contains_any(element: _Element, inner: list[_Element]) -> bool:
    """Whether ``element`` is or holds one of ``inner``."""
    return any(element.start <= e.start and e.end <= element.end for e in inner)


def _is_hidden(attributes: dict[str, str]) -> bool:
    if "hidden" in attributes or attributes.get("aria-hidden", "").strip().lower() == "true":
        return True
    if _HIDDEN_STYLE.search(attributes.get("style", "")):
        return True
    return not _HIDDEN_CLASSES.isdisjoint(attributes.get("class", "").lower().split())


def _named_furniture(attributes: dict[str, str]) -> bool:
    if attributes.get("role", "").strip().lower() in _FURNITURE_ROLES:
        return True
    if not _FURNITURE_ITEMPROPS.isdisjoint(_words(attributes.get("itemprop", ""))):
        return True
    names = f"{attributes.get('class', '')} {attributes.get('id', '')}".split()
    for name in names:
        words = _words(_CAMEL.sub("-", name))
        if words and words[0] in _MODIFIERS:
            continue  # "no_caption", "has-sidebar": what the element has, not what it is
        # Each word, and each pair a camel-cased name split ("slideShow").
        for word in [*words, *(a + b for a, b in itertools.pairwise(words))]:
            singular = word[:-1] if word.endswith("s") else word
            if word in _FURNITURE_WORDS or singular in _FURNITURE_WORDS:
                return True
            if singular.endswith(_FURNITURE_SUFFIXES) or word.startswith(_FURNITURE_PREFIXES):
                return True
    return False


def _words(value: str) -> list[str]:
    found: list[str] = _NAME_WORD.findall(value.lower())
    return found


class _LinkDensity:
    """Letters and digits of the text between tags, in and out of links, summed so that any
    element's share of linked text costs two look-ups."""

    def __init__(self, masked: str, elements: list[_Element], tags: list[regex.Match[str]]) -> None:
        links = sorted((e.content_start, e.content_end) for e in elements if e.name == "a")
        self.starts: list[int] = []
        self.total = [0]
        self.linked = [0]
        position = 0
        link_index = 0
        for tag in [*tags, None]:
            stop = tag.start() if tag is not None else len(masked)
            if stop > position:
                count = len(_LETTER_OR_DIGIT.findall(masked, position, stop))
                if count:
                    while link_index < len(links) and links[link_index][1] <= position:
                        link_index += 1
                    in_link = link_index < len(links) and links[link_index][0] <= position
                    self.starts.append(position)
                    self.total.append(self.total[-1] + count)
                    self.linked.append(self.linked[-1] + (count if in_link else 0))
            if tag is not None:
                position = tag.end()

    def made_of_links(self, element: _Element) -> bool:
        total, linked = self._counts(element)
        return linked > 0 and total - linked <= _MAX_UNLINKED_SHARE * total

    def letters(self, element: _Element) -> int:
        return self._counts(element)[0]

    def _counts(self, element: _Element) -> tuple[int, int]:
        first = bisect.bisect_left(self.starts, element.content_start)
        last = bisect.bisect_left(self.starts, element.content_end)
        return self.total[last] - self.total[first], self.linked[last] - self.linked[first]


def _not_english(elements: list[_Element], length: int) -> list[tuple[int, int]]:
    """Spans whose language, by the nearest ``lang`` around them (or the page's declared
    language), is not English."""
    declared = _declared_language(elements)
    marks = bytearray([declared is None or _is_english_tag(declared)]) * length
    for element in elements:  # document order: an outer element comes before those inside it
        language = element.attributes.get("lang", element.attributes.get("xml:lang"))
        if language is None or not language.strip() or language.strip().lower() == "und":
            continue
        english = _is_english_tag(language)
        marks[element.start : element.end] = bytes([english]) * (element.end - element.start)
    spans = []
    position = marks.find(0)
    while position >= 0:
        stop = marks.find(1, position)
        stop = length if stop < 0 else stop
        spans.append((position, stop))
        position = marks.find(0, stop)
    return spans


def _declared_language(elements: list[_Element]) -> str | None:
    for element in elements:
        if element.name != "meta":
            continue
        attributes = element.attributes
        key = attributes.get("http-equiv", attributes.get("property", "")).lower()
        if key in ("content-language", "og:locale") and attributes.get("content", "").strip():
            return attributes["content"]
    return None


def _is_english_tag(language: str) -> bool:
    return language.strip().lower().replace("_", "-").split("-")[0] == "en"


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The same text in fewer spans, none overlapping: nested furniture is blanked once."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _subtract(spans: list[tuple[int, int]], keep: list[_Element]) -> list[tuple[int, int]]:
    """``spans`` without the content of the kept elements."""
    out = []
    for start, end in spans:
        cuts = sorted(
            (e.content_start, e.content_end) for e in keep if start < e.content_end and e.content_start < end
        )
        for cut_start, cut_end in cuts:
            if cut_start > start:
                out.append((start, cut_start))
            start = max(start, cut_end)
        if end > start:
            out.append((start, end))
    return out
