"""Finding the mentions of entity names in a story's prose.

One compiled alternation of every form, longest first, finds the candidates in one pass. A
candidate is not a mention of the entity when it is part of something else:

- a longer proper name: a capitalised word right before or after (``T-Mobile USA``, ``Team
  USA``, ``US Open``, ``UK Independence Party``, ``Russia Today``, ``Bank of America``), unless
  the word before only starts the sentence (``The US``) or the word after is an office or
  institution of the entity (``US President``, ``UK Government``);
- an all-caps line, where ``US`` may be the pronoun and ``IS`` the verb.

A compound (``US-led``, ``pro-US``, ``US -backed``) or a currency (``US$``) is marked
``compound``: it is not judged against the noun, but it shows which form the story uses.
A mention inside a direct quotation (straight or curly double quotes, within a paragraph; a
quotation still open at the end of a paragraph runs to its end, as news copy continues quotes
across paragraphs) is marked ``quoted``: those are the speaker's words.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from lint.document import PAD, Document
from lint.rules.naming.groups import form_key

_WORD = r"[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]*[\p{L}\p{N}])?"
# The word right before a candidate: white space only (one line break at most) between them.
_WORD_BEFORE = regex.compile(rf"({_WORD})(?:[ \t]+|[ \t]*(?:\r\n|\r|\n)[ \t]*)$")
_WORD_AFTER = regex.compile(rf"(?:[ \t]+|[ \t]*(?:\r\n|\r|\n)[ \t]*)({_WORD})")
# ``Bank of America``, ``Voice of America``: a capitalised word, then ``of`` (and ``the``).
_OF_NAME = regex.compile(r"\b\p{Lu}[\p{L}'’&-]*\s+of(?:\s+the)?\s+$")
_COMPOUND_BEFORE = regex.compile(r"[-–—/]$")
_COMPOUND_AFTER = regex.compile(r"^(?:[-–—/$]| -\p{L})")
_OPENERS = "\"“‘'(["
_LOOK = 48  # how far around a candidate its neighbours are looked for

# Words that may start a sentence before a name without being part of it.
SENTENCE_STARTERS = frozenset(
    "the a an and but or so yet for in on at by to of from with as if when while after before "
    "since until unlike like both then thus meanwhile now only even also although though "
    "because but how what why where which whether last this that these those its his her their "
    "our".split()
)
# Capitalised words after a country or body that name its offices and institutions, so
# ``US President`` is a mention of the US where ``US Open`` is a tournament.
OFFICES = frozenset(
    "President Presidents Vice Secretary Government Governments Congress Senate Senator Senators "
    "Congressman Congresswoman Representative Army Navy Marines Air Treasury Embassy Embassies "
    "Ambassador Ambassadors Chancellor Prime Minister Ministers Ministry Foreign Defence Defense "
    "Department Parliament Parliamentary Supreme Federal Trade Commerce Justice Attorney Interior "
    "Energy Home Office Border Customs Immigration Consul Consulate Commission Commissioner "
    "Council Court Courts Constitution Cabinet Administration Forces Force Military Intelligence "
    "State States Secretary-General Special Envoy Envoys General Assembly Security".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    key: str  # the form, as :func:`form_key` spells it
    quoted: bool
    compound: bool = False


def compile_forms(forms: Iterable[str]) -> regex.Pattern[str]:
    """One alternation of all forms, longest first, between word boundaries. Inner spaces match
    any white space within a paragraph, and apostrophes match straight or curly ones."""
    alternatives = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        parts = []
        for word in form.split(" "):
            parts.append("".join("['’ʼ]" if c == "'" else regex.escape(c) for c in word))
        alternatives.append(r"(?:[ \t]+|[ \t]*(?:\r\n|\r|\n)[ \t]*)".join(parts))
    body = "|".join(alternatives) or r"(?!)"
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}_.])(?:{body})(?![\p{{L}}\p{{N}}_]|\.\p{{L}})")


def quote_spans(document: Document) -> list[tuple[int, int]]:
    """Spans of direct quotation, from the opening quote to the closing one."""
    spans = []
    prose = document.prose
    for para in document.paragraphs:
        opened: int | None = None
        for i in range(para.start, para.end):
            char = prose[i]
            if char == "“" or (char == '"' and opened is None):
                opened = i if opened is None else opened
            elif (char == "”" or char == '"') and opened is not None:
                spans.append((opened, i + 1))
                opened = None
        if opened is not None:
            spans.append((opened, para.end))
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _all_caps_line(prose: str, start: int) -> bool:
    line_start = max(prose.rfind("\n", 0, start), prose.rfind("\r", 0, start)) + 1
    ends = [i for i in (prose.find("\n", start), prose.find("\r", start)) if i >= 0]
    line = prose[line_start : min(ends) if ends else len(prose)]
    return not any(c.islower() for c in line)


def _sentence_first(document: Document, word_start: int) -> bool:
    """The word starts a sentence or a quotation (``"The US ...``)."""
    prose = document.prose
    if word_start > 0 and prose[word_start - 1] in _OPENERS:
        return True
    if not document.sentences:
        return False
    sentence = document.sentences[document.sentence_index_at(word_start)]
    return not prose[sentence.start : word_start].strip(_OPENERS + " \t")


def _in_longer_name(document: Document, start: int, end: int) -> bool:
    prose = document.prose
    window = prose[max(0, start - _LOOK) : start].replace(PAD, "")
    before = _WORD_BEFORE.search(window)
    if before and before.group(1)[0].isupper():
        word_start = start - (len(window) - before.start(1))
        starter = before.group(1).lower() in SENTENCE_STARTERS
        if not (starter and _sentence_first(document, word_start)):
            return True
    if _OF_NAME.search(window):
        return True
    after = _WORD_AFTER.match(prose, end, min(len(prose), end + _LOOK))
    return bool(after and after.group(1)[0].isupper() and after.group(1) not in OFFICES)


def _compound(prose: str, start: int, end: int) -> bool:
    return bool(
        _COMPOUND_BEFORE.search(prose, max(0, start - 1), start)
        or _COMPOUND_AFTER.search(prose[end : end + 3])
    )


def find_mentions(document: Document, pattern: regex.Pattern[str]) -> Iterator[Mention]:
    prose = document.prose
    quotes = quote_spans(document)
    quote_starts = [s for s, _ in quotes]
    for match in pattern.finditer(prose):
        start, end = match.span()
        if _all_caps_line(prose, start) or _in_longer_name(document, start, end):
            continue
        quoted = _inside(quotes, quote_starts, start)
        yield Mention(start, end, form_key(match.group()), quoted, _compound(prose, start, end))
