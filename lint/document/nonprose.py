"""Lines of a story that are not running prose: tables, line-ups, headings, datelines, bylines.

Copy carries blocks that no prose rule should read: columns of figures (``4/2/87 Prev Wk``),
results and line-ups (``Blues 3, Lightning 1``, ``Subs: Marshall, Henchoz, ...``), all-caps and
title-case lines (table headers, section heads, a stray byline), the dateline that opens a wire
story (``WASHINGTON (Reuters) -``), bylines, credits and the wire sign-off. Each is found from
its shape, never from a list of examples: how many of its words are numbers, lowercase words or
capitalised ones, whether it is aligned in columns, whether it ends like a sentence.

:func:`find_nonprose` returns their spans with a kind. The Document blanks them from what rules
read (positions do not change: blanks of the same length, line breaks kept); a rule that wants
some kinds (a rule that looks for bylines left in the body) names them in ``Rule.reads``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from lint.document.model import NonProse

# The kinds, in the order a line is tested for them.
TABLE = "table"  # columns of figures, results lines
LIST = "list"  # line-ups and other lists of names
CAPS = "caps"  # a line in capitals
TITLE = "title"  # a short title-case line: a heading, a table header, a name on its own
DATELINE = "dateline"  # ``WASHINGTON (Reuters) -`` at the start of a paragraph
BYLINE = "byline"  # ``By Jane Smith``
CREDIT = "credit"  # ``Photo: ...``, ``(Reporting by ...; Editing by ...)``
FOREIGN = "foreign"  # a paragraph in another language (lint.document.language), headline included


_LINE = regex.compile(r"[^\r\n]+")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&/\-]*")
_NUMBER = regex.compile(r"[-+±$£€¥]?\p{N}[\p{N}.,:/%\-]*\p{L}{0,3}|\p{N}+(?:st|nd|rd|th)", regex.IGNORECASE)
# Two or more spaces, or a tab, between two pieces of text: a column gap.
_COLUMN_GAP = regex.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")
_LIST_SEPARATOR = regex.compile(r"[,;]")
_LETTERS = regex.compile(r"\p{L}+")
_CAPITALS = regex.compile(r"\p{Lu}+")
_LABEL = regex.compile(r"^\W*[\p{Lu}][\p{L}]*(?: [\p{L}]+){0,2}:\s")
_SENTENCE_END = regex.compile(r"[.!?…][\"”’'»)\]]*\s*$")
_BULLET = regex.compile(r"^[\s•·▪◦*–—-]+")
# Words that a title-case line leaves in lowercase.
TITLE_CASE_MINOR = frozenset(
    "a an and as at but by de del der di for from in into la le nor of on or per the to van "
    "von vs via with".split()
)
# A wire dateline: a place in capitals, maybe a date, maybe the agency, then a dash.
_DATELINE = regex.compile(
    r"\A\W{0,3}(?:\p{Lu}[\p{Lu}\p{M}.'’\- ]+\p{Lu}\.?)"
    r"(?:,\s*(?:\p{Lu}[\p{L}.]*\s*){1,3}\d{0,4})?"
    r"(?:\s*\([\p{L} ]{2,30}\))?\s*[-–—]{1,2}\s"
)
_BYLINE = regex.compile(
    r"^\W{0,3}By\s+\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|and|&|de|van|von|al-\p{L}+)){0,6}"
    r"(?:\s*[,|]\s*[\p{L} ,.|]{0,60})?\s*$"
)
_CREDIT = regex.compile(
    r"^\W{0,3}(?:(?:Photo|Photograph|Picture|Image|Illustration|Video|Graphic)s?(?:\s+credit)?\s*[:|/]"
    r"|(?:Credit|Source|Courtesy)\s*[:|]"
    r"|\(?(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\s)",
    regex.IGNORECASE,
)
# Past this length a line is running text whatever its words: only its opening (a dateline) is
# looked at.
_LONGEST_LINE = 400
_LONGEST_TITLE = 12  # words
# Tables and lists are short blocks; a longer run of lines is judged by its first line only.
_LONGEST_BLOCK = 200


def find_nonprose(prose: str, paragraphs: Sequence[tuple[int, int]], columns: bool) -> list[NonProse]:
    """Non-prose spans of the ``paragraphs`` of ``prose`` (spans of the body, headline left out).

    A paragraph of one line is judged by that line. In a paragraph of several lines a line is
    non-prose only when most of the paragraph's lines are (a table, a list of results): a hard
    wrapped line of prose can look like anything (``United States Secretary of State``, ``in
    2004, 2005 and``). ``columns``: runs of spaces mean column gaps (plain text; in Markdown and
    HTML they are where markup was masked).
    """
    spans: list[NonProse] = []
    for start, end in paragraphs:
        lines = [(m.start(), m.group()) for m in _LINE.finditer(prose, start, end) if m.group().strip()]
        if len(lines) == 1 and len(lines[0][1]) <= _LONGEST_LINE:
            offset, line = lines[0]
            kind = line_kind(line, columns)
            if kind is not None:
                spans.append(_span(offset, line, kind))
                continue
        elif 1 < len(lines) <= _LONGEST_BLOCK:
            kinds = [line_kind(line, columns) if len(line) <= _LONGEST_LINE else None for _, line in lines]
            if 2 * sum(k is not None for k in kinds) > len(kinds):
                spans.extend(_span(o, line, k) for (o, line), k in zip(lines, kinds, strict=True) if k)
                continue
        if lines:
            spans.extend(_dateline(*lines[0]))
    return spans


def ends_like_sentence(text: str) -> bool:
    """Whether ``text`` ends as running prose does: a stop, maybe closed by quotation marks or
    brackets. Headings, labels, list lines and captions ending in their credit do not."""
    return bool(_SENTENCE_END.search(text))


def _span(offset: int, line: str, kind: str) -> NonProse:
    begin = len(line) - len(line.lstrip())
    return NonProse(offset + begin, offset + len(line.rstrip()), kind)


def _dateline(offset: int, line: str) -> Iterator[NonProse]:
    length = dateline_length(line)
    if length:
        yield NonProse(offset, offset + length, DATELINE)


def dateline_length(line: str) -> int:
    """The length of the wire dateline that opens ``line`` (``WASHINGTON (Reuters) - ``), or 0."""
    match = _DATELINE.match(line)
    # A dateline's place is in capitals; "A US-backed..." or "I - " is prose.
    if match is not None and sum(c.isupper() for c in match.group()) >= 3:
        end: int = match.end()
        return end
    return 0


def line_kind(line: str, columns: bool = True) -> str | None:
    """The kind of one line of at most a few hundred characters, or None for prose."""
    stripped = line.strip()
    if _CREDIT.match(stripped):
        return CREDIT
    if _BYLINE.match(stripped) and not _SENTENCE_END.search(stripped):
        return BYLINE
    words = _WORD.findall(stripped)
    if not words:
        return None
    numbers = sum(1 for w in words if _NUMBER.fullmatch(w))
    lowercase = sum(1 for w in words if w[0].islower() and w.isalpha())
    share_numbers = numbers / len(words)
    share_lowercase = lowercase / len(words)
    gaps = len(_COLUMN_GAP.findall(stripped)) if columns else 0
    figures = share_numbers >= 0.5 or (share_numbers >= 0.3 and share_lowercase < 0.3)
    if numbers >= 2 and (figures or gaps >= 2):
        return TABLE
    if gaps >= 3 and not _SENTENCE_END.search(stripped):
        return TABLE
    separators = len(_LIST_SEPARATOR.findall(stripped))
    if separators >= 3 and (share_lowercase < 0.15 or (_LABEL.match(stripped) and share_lowercase < 0.35)):
        return LIST
    # Counted by runs of letters (a match per word, not per letter): this runs on every line.
    letters = sum(map(len, _LETTERS.findall(stripped)))
    upper = sum(map(len, _CAPITALS.findall(stripped)))
    if len(words) - numbers >= 2 and letters >= 6 and upper >= 0.8 * letters:
        return CAPS
    if _is_title_line(stripped, words):
        return TITLE
    return None


def _is_title_line(line: str, words: list[str]) -> bool:
    """A short line that does not end like a sentence, every word but the minor ones capitalised."""
    if len(words) > _LONGEST_TITLE or (_SENTENCE_END.search(line) and not _BULLET.match(line)):
        return False
    content = [w for w in words if w.lower() not in TITLE_CASE_MINOR]
    if len(content) < 2 and not _BULLET.match(line):
        return False
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def blank_spans(prose: str, spans: list[NonProse]) -> str:
    """``prose`` with each span blanked (line breaks kept): one pass, linear in the text."""
    if not spans:
        return prose
    pieces = []
    position = 0
    for start, end, _ in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        pieces.append(prose[position:start])
        pieces.append(_blank(prose[start:end]))
        position = end
    pieces.append(prose[position:])
    return "".join(pieces)


def _blank(text: str) -> str:
    if "\n" not in text and "\r" not in text:
        return " " * len(text)
    return "".join(c if c in "\r\n" else " " for c in text)
