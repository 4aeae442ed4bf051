"""Finding the mentions of entity names in a story's prose.

The forms are indexed by their first word (the letters and digits they start with): one small
pattern finds the words of the prose that start a form, and only the forms indexed under such a
word are tried there, longest first. A candidate is not a mention of the entity when it is part
of something else:

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

_WORD = r"[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]*[\p{L}\p{N}])?"
# The word right before a candidate: white space only (one line break at most) between them.
# Both patterns that end at the candidate search backwards from it ((?r)): the same match,
# found without trying every start in the window.
_WORD_BEFORE = regex.compile(rf"(?r)({_WORD})(?:[ \t]+|[ \t]*(?:\r\n|\r|\n)[ \t]*)$")
_WORD_AFTER = regex.compile(rf"(?:[ \t]+|[ \t]*(?:\r\n|\r|\n)[ \t]*)({_WORD})")
# ``Bank of America``, ``Voice of America``: a capitalised word, then ``of`` (and ``the``).
_OF_NAME = regex.compile(r"(?r)\b\p{Lu}[\p{L}'’&-]*\s+of(?:\s+the)?\s+$")
_COMPOUND_BEFORE = regex.compile(r"[-–—/]$")
_COMPOUND_AFTER = regex.compile(r"^(?:[-–—/$]| -\p{L})")
# Letters and digits: a form's first word, and a word of the prose that may start a form.
_RUN = regex.compile(r"[\p{L}\p{N}]+")
_STEPS = regex.compile(r"([ '])")
# After a form: the word goes on (``USAF``, ``US_``) or an abbreviation does (``U.S.A``).
_WORD_GOES_ON = regex.compile(r"[\p{L}\p{N}_]|\.\p{L}")
_APOSTROPHE_CHARS = ("'", "’", "ʼ")
# White space within a paragraph, where a form has a space.
_GAP = regex.compile(r"[ \t]*(?:\r\n|\r|\n)?[ \t]*")
_QUOTE_MARK = regex.compile(r'["“”]')
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
    key: str  # the form, as :func:`lint.rules.naming.groups.form_key` spells it
    quoted: bool
    compound: bool = False


class FormMatcher:
    """Finds forms in prose between word boundaries, longest first where several start at one
    place, leftmost first and without overlaps. Inner spaces of a form match any white space
    within a paragraph (one line break at most), and apostrophes match straight or curly ones.

    A form is indexed under its first word (its leading letters and digits; its first character
    if it starts with neither); a form can only start where a whole word of the prose is that
    word, so each word of the prose costs one dictionary look-up.
    """

    def __init__(self, forms: Iterable[str]) -> None:
        self._by_word: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for form in sorted(set(forms), key=lambda f: (-len(f), f)):
            run = _RUN.match(form)
            word = run.group() if run else form[0]
            # What follows the first word: literal text, " " (white space) and "'" (an
            # apostrophe) as steps.
            steps = tuple(step for step in _STEPS.split(form[len(word):]) if step)
            for key in _APOSTROPHE_CHARS if word == "'" else (word,):
                self._by_word.setdefault(key, []).append((form, steps))
        firsts = {word[0] for word in self._by_word}
        letters = {c for c in firsts if _RUN.match(c) and c not in _APOSTROPHE_CHARS}
        starts = []
        if letters:
            # A word of the prose ends where a form's first word may: the modifier apostrophe
            # is a letter to Unicode, but an apostrophe in a form ("Daʼesh").
            starts.append(rf"[{_char_class(letters)}][[\p{{L}}\p{{N}}]--[ʼ]]*")
        if firsts - letters:
            starts.append(f"[{_char_class(firsts - letters)}]")
        self._starts = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}_.])(?:{'|'.join(starts) or '(?!)'})", regex.VERSION1
        )

    def finditer(self, prose: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, form) of each form found in ``prose``."""
        resume = 0
        for word in self._starts.finditer(prose):
            start = word.start()
            candidates = self._by_word.get(word.group())
            if candidates is None or start < resume:
                continue
            for form, steps in candidates:
                end = _match_steps(prose, word.end(), steps)
                if end >= 0 and not _WORD_GOES_ON.match(prose, end):
                    yield start, end, form
                    resume = end
                    break


def _char_class(chars: set[str]) -> str:
    return "".join(sorted(regex.escape(c) for c in chars))


def _match_steps(prose: str, position: int, steps: tuple[str, ...]) -> int:
    """Where the steps of a form, matched from ``position``, end; -1 if they do not match."""
    for step in steps:
        if step == " ":
            gap = _GAP.match(prose, position)
            if gap is None or gap.end() == position:
                return -1
            position = gap.end()
        elif step == "'":
            if prose[position : position + 1] not in _APOSTROPHE_CHARS:
                return -1
            position += 1
        elif prose.startswith(step, position):
            position += len(step)
        else:
            return -1
    return position


def quote_spans(document: Document) -> list[tuple[int, int]]:
    """Spans of direct quotation, from the opening quote to the closing one."""
    spans = []
    prose = document.prose
    for para in document.paragraphs:
        opened: int | None = None
        for mark in _QUOTE_MARK.finditer(prose, para.start, para.end):
            if mark.group() == "”" or (mark.group() == '"' and opened is not None):
                if opened is not None:
                    spans.append((opened, mark.end()))
                    opened = None
            elif opened is None:
                opened = mark.start()
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


def find_mentions(document: Document, forms: FormMatcher) -> Iterator[Mention]:
    prose = document.prose
    quotes: list[tuple[int, int]] | None = None  # found once a story has a mention
    quote_starts: list[int] = []
    for start, end, form in forms.finditer(prose):
        if _all_caps_line(prose, start) or _in_longer_name(document, start, end):
            continue
        if quotes is None:
            quotes = quote_spans(document)
            quote_starts = [s for s, _ in quotes]
        quoted = _inside(quotes, quote_starts, start)
        yield Mention(start, end, form, quoted, _compound(prose, start, end))
