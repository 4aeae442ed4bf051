"""Finding the mentions of entity names in a story's prose.

The forms are indexed by their first word (the letters and digits they start with): one small
pattern finds the words of the prose that start a form, and only the forms indexed under such a
word are tried there, longest first.

A line in capitals says nothing about how a form is written (``US`` may be the pronoun there,
``IS`` the verb): its candidates are no mentions. Other candidates are mentions, marked
``aside`` when the form is there for another reason than naming the entity in the story's
style. An aside mention is not judged, and it counts for the story's choice only to break a tie:

- part of a longer proper name: a capitalised word right before or after in sentence-case text
  (``T-Mobile USA``, ``Team USA``, ``US Open``, ``UK Independence Party``, ``Russia Today``,
  ``Bank of America``), unless the word before only starts the sentence (``The US``) or the word
  after is an office or institution of the entity (``US President``, ``UK Government``,
  ``U.S. House``; a name of several words before an office is the office's own name:
  ``Republic of Singapore Air Force``). In a title-case sentence a capital says nothing, so
  ``U.S. Officials Say`` there is a plain mention, unless the story writes the same two words
  in sentence-case text (``USA Today``), where they are a name;
- in brackets after a capitalised word or another form: a name (``Mazda Motor Manufacturing
  (USA) Corp``) or a definition (``Group of Seven (G-7)``, and the ``Group of Seven`` it
  defines);
- an alternative named as such (``Myanmar, also known as Burma``, ``formerly Swaziland``).

A compound (``US-led``, ``pro-US``, ``US -backed``) or a currency (``US$``) is marked
``compound``: it is not judged against the noun, but it shows which form the story uses.
A mention inside a direct quotation (straight or curly double quotes, within a paragraph; a
quotation still open at the end of a paragraph runs to its end, as news copy continues quotes
across paragraphs) is marked ``quoted``: those are the speaker's words.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from lint.document import PAD, Document
from lint.rules.names.context import SENTENCE_STARTERS, inside, quote_spans

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
_OPENERS = "\"“‘'(["
_LOOK = 48  # how far around a candidate its neighbours are looked for

# Capitalised words after a country or body that name its offices, institutions, parties and
# occasions, so ``US President`` is a mention of the US where ``US Open`` is a tournament.
OFFICES = frozenset(
    "President Presidents Vice Secretary Government Governments Congress Senate Senator Senators "
    "Congressman Congresswoman Representative Army Navy Marines Air Treasury Embassy Embassies "
    "Ambassador Ambassadors Chancellor Prime Minister Ministers Ministry Foreign Defence Defense "
    "Department Parliament Parliamentary Supreme Federal Trade Commerce Justice Attorney Interior "
    "Energy Home Office Border Customs Immigration Consul Consulate Commission Commissioner "
    "Council Court Courts Constitution Cabinet Administration Forces Force Military Intelligence "
    "State States Secretary-General Special Envoy Envoys General Assembly Security House "
    "District Circuit Capitol Census Coast Postal Geological Marshals Agency Bureau Service "
    "Agriculture Labor Labour Transportation Transport Education Health Veterans Homeland Central "
    "Command Mission Delegation Representatives Congressional Legislature Chamber Republican "
    "Republicans Democrat Democrats Democratic National Former Thanksgiving Consumer "
    "Citizenship Rep Reps Sen Sens Gov Gen Adm Col Lt Maj Sgt Amb".split()
)
# Before a form, words that name it as an alternative: "also known as Burma", "formerly Zaire".
_GLOSS_BEFORE = regex.compile(
    r"(?ri)\b(?:(?:known|called|named|renamed|styled)(?:\s+as)?|formerly|previously|officially"
    r"|a\.?k\.?a\.?)\s+(?:the\s+)?$"
)
_OPEN_BRACKET = regex.compile(r"(?r)([\p{L}\p{N}.'’]+)[ \t]*\($")
_BRACKET_AFTER = regex.compile(r"[ \t]*\(")
_GAP_IN_FORM = regex.compile(r"\s")
_CLAUSE_BEFORE = regex.compile(r"[-–—:;][ \t]+$")
# A run of capitalised words, with the small words names keep inside (``Fish & Wildlife
# Service``, ``Economic and Security Review Commission``); a hyphen ends a word
# (``Government-funded``).
_CAPITALISED_RUN = regex.compile(
    r"\p{Lu}[\p{L}'’.]*(?:[ \t]+(?:(?:and|of|for|the|&)[ \t]+)?\p{Lu}[\p{L}'’.]*)*"
)
_RUN_WORD = regex.compile(r"\p{Lu}[\p{L}'’]*")
_POSSESSIVE = regex.compile(r"['’]s$")
# Words a title-case line leaves in lowercase; a sentence is title case when none of its other
# words of three letters or more (at least three of them) starts in lowercase: a sentence full
# of names still has a verb in lowercase.
_MINOR_WORDS = frozenset(
    "and but for nor the from into onto over with via per than that are was has had not".split()
)
_TITLE_WORD = regex.compile(r"\p{L}[\p{L}'’-]{2,}")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    key: str  # the form, as :func:`lint.rules.mixed_naming.groups.form_key` spells it
    quoted: bool
    compound: bool = False
    # Why the form is not judged, or "": NAME_BEFORE, NAME_AFTER, BRACKETED or GLOSS.
    aside: str = ""


# Why a mention is aside: part of a longer name, the capitalised word before or the one after
# showing it; in brackets, or defined by brackets; named as an alternative.
NAME_BEFORE = "name-before"
NAME_AFTER = "name-after"
BRACKETED = "bracketed"
GLOSS = "gloss"


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


def _line_at(prose: str, start: int) -> str:
    line_start = max(prose.rfind("\n", 0, start), prose.rfind("\r", 0, start)) + 1
    ends = [i for i in (prose.find("\n", start), prose.find("\r", start)) if i >= 0]
    return prose[line_start : min(ends) if ends else len(prose)]


def _all_caps_line(prose: str, start: int) -> bool:
    return not any(c.islower() for c in _line_at(prose, start))


def _sentence_first(document: Document, word_start: int) -> bool:
    """The word starts a sentence, a quotation (``"The US ...``) or a clause after a dash or a
    colon (``(Reuters) - The U.S. Congress``)."""
    prose = document.prose
    if word_start > 0 and prose[word_start - 1] in _OPENERS:
        return True
    if _CLAUSE_BEFORE.search(prose, max(0, word_start - 4), word_start):
        return True
    if not document.sentences:
        return False
    sentence = document.sentences[document.sentence_index_at(word_start)]
    return not prose[sentence.start : word_start].strip(_OPENERS + " \t")


class _Story:
    """What the tests of a candidate read from the whole story, worked out once."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.quotes = quote_spans(document)
        self.quote_starts = [s for s, _ in self.quotes]
        self._title_case: dict[int, bool] = {}

    def quoted(self, offset: int) -> bool:
        return inside(self.quotes, self.quote_starts, offset)

    def title_case(self, offset: int) -> bool:
        """The sentence at ``offset`` capitalises its words (a headline in title case)."""
        document = self.document
        if not document.sentences:
            return False
        index = document.sentence_index_at(offset)
        if index not in self._title_case:
            sentence = document.sentences[index]
            words = [w.group() for w in _TITLE_WORD.finditer(document.prose, sentence.start, sentence.end)
                     if w.group().lower() not in _MINOR_WORDS]
            self._title_case[index] = len(words) >= 3 and not any(w[0].islower() for w in words)
        return self._title_case[index]

    def name_elsewhere(self, pair: str, here: int) -> bool:
        """The story writes ``pair`` (a form and a capitalised word) in a sentence-case sentence."""
        prose = self.document.prose
        found = prose.find(pair)
        while found >= 0:
            if found != here and not self.title_case(found):
                return True
            found = prose.find(pair, found + 1)
        return False


def _longer_name(story: _Story, start: int, end: int) -> str:
    """NAME_BEFORE or NAME_AFTER where the form is part of a longer name, else ""."""
    document = story.document
    prose = document.prose
    window = prose[max(0, start - _LOOK) : start].replace(PAD, "")
    if _OF_NAME.search(window):
        return NAME_BEFORE
    found_before = _WORD_BEFORE.search(window)
    found_after = _WORD_AFTER.match(prose, end, min(len(prose), end + _LOOK))
    before = found_before.group(1) if found_before else ""
    after = found_after.group(1) if found_after else ""
    capital_before, capital_after = before[:1].isupper(), after[:1].isupper()
    if not (capital_before or capital_after):
        return ""
    # Capitals either side say nothing in a title-case sentence or a stretch in capitals
    # ("HEAD OF U.S. STRATEGY" inside a line).
    title_case = (len(before) > 1 and len(after) > 1 and before.isupper() and after.isupper()
                  ) or story.title_case(start)
    # An office after a name of several words is part of an institution's own name ("Republic
    # of Singapore Air Force"); after a one-word form it is the entity's ("US Air Force",
    # "U.S. Environmental Protection Agency").
    office_after = (found_after is not None and capital_after
                    and not _GAP_IN_FORM.search(prose, start, end)
                    and _names_an_office(prose, found_after.start(1)))
    if found_before and capital_before and not title_case:
        word_start = start - (len(window) - found_before.start(1))
        starter = before.lower() in SENTENCE_STARTERS
        # "Democratic U.S. Senator", "Special U.S. Senate election": a party or an office
        # before the entity's office is no name.
        qualifier = office_after and before in OFFICES
        if not (qualifier or (starter and _sentence_first(document, word_start))):
            return NAME_BEFORE
    if found_after is None or not capital_after or office_after:
        return ""
    if title_case and not story.name_elsewhere(prose[start : found_after.end()], start):
        return ""
    return NAME_AFTER


def _names_an_office(prose: str, start: int) -> bool:
    """The capitalised words from ``start`` (``Fish & Wildlife Service``) name an office."""
    run = _CAPITALISED_RUN.match(prose, start, min(len(prose), start + _LOOK * 2))
    words = _RUN_WORD.findall(run.group() if run else "")
    return any(_POSSESSIVE.sub("", word) in OFFICES for word in words)


def _bracketed(prose: str, start: int, end: int) -> bool:
    """In brackets after a capitalised word: a name (``Mazda Motor (USA) Corp``) or a definition
    (``Group of Seven (G-7)``)."""
    if prose[end : end + 1] != ")":
        return False
    before = _OPEN_BRACKET.search(prose, max(0, start - _LOOK), start)
    return bool(before and before.group(1)[0].isupper())


def _compound(prose: str, start: int, end: int) -> bool:
    return bool(
        _COMPOUND_BEFORE.search(prose, max(0, start - 1), start)
        or _COMPOUND_AFTER.search(prose[end : end + 3])
    )


def find_mentions(document: Document, forms: FormMatcher) -> Iterator[Mention]:
    prose = document.prose
    story: _Story | None = None  # worked out once a story has a candidate
    candidates = list(forms.finditer(prose))
    # Where a bracketed form starts right after a form ("Group of Seven (G-7)"): both define.
    defined = {
        start for (start, end, _), (after, after_end, _) in itertools.pairwise(candidates)
        if prose[after_end : after_end + 1] == ")"
        and (gap := _BRACKET_AFTER.match(prose, end)) is not None and gap.end() == after
    }
    for start, end, form in candidates:
        if _all_caps_line(prose, start):
            continue
        if story is None:
            story = _Story(document)
        if start in defined or _bracketed(prose, start, end):
            aside = BRACKETED
        elif _GLOSS_BEFORE.search(prose, max(0, start - _LOOK), start):
            aside = GLOSS
        else:
            aside = _longer_name(story, start, end)
        yield Mention(start, end, form, story.quoted(start), _compound(prose, start, end), aside)
