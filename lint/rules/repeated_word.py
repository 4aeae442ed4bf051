"""repeated-word: the same word, or phrase of up to four words, twice in a row (``He also also said``).

A doubled word is the commonest slip of hurried or spun copy, and spell-checkers pass it. The
finding covers both words and starts at the first; its safe fix deletes the second word and the
space before it. Doublings across a line break and in different case (``The the``) count.

Flags::

    He also also said he hoped to strengthen ties.
    The the minister left.
    talks will resume in the
    the new year

    She had had been there.             "had had" before a participle
    He said that that the plan failed.  "that that" before an article or pronoun
    that is an echo is an echo          a phrase of two to four words said twice
    the remit of the of the draft bill
    Blair Blair said ...                (after "Blair" stood alone earlier in the story)

Passes (English or the world doubles these on purpose)::

    She had had enough.                 grammatical doublings: had had (before a noun phrase),
    He said that that was wrong.        that that (before a verb or noun), is is and was was
    What it is is a scandal.            after "what" or "all"
    They saw Duran Duran in Walla Walla.  names, bands, titles: a capitalised pair whose word
    the musical Spend Spend Spend        never stands alone in the story, a run of three,
                                         or a known doubled name
    senior law lord Lord Bingham         a title before a name
    The score was 2 2 after extra time.  numbers and scores
    J J Abrams, E E Cummings             initials
    bye bye, ha ha, very very, tut tut   reduplications (more in ``allow``)
    "no no no"                           a run of three or more
    time and time again, on and on       idioms that join a word to itself
    ... it was over. Over the years      a word ending one sentence and starting the next

Options:

- ``allow``: more words that may be doubled (case-insensitive), added to the built-in list.
- ``capitalised-pairs-are-names``: a pair capitalised twice away from the start of a sentence
  passes as a name when its word never stands alone in the story (default true).

A fix is offered only where nothing but white space separates the two words in the original,
so markup (``**the** the``, ``the [the](url)``) is never broken by ``--fix``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lint.document import PAD, Document, Token
from lint.findings import Applicability, Edit, Finding, Fix, Severity
from lint.rules.base import Option, Options, Rule, extend, words

# Reduplications that are words in their own right ("bye bye", "ha ha", "very very" in speech).
_REDUPLICATED = frozenset(
    "bye ha haha hee ho knock tut chop bla blah yada hush pom cha boo choo aye oh ah hey tsk wah "
    "yeah very really la na".split()
)
# Doubled names that are not obviously names by the evidence below (their parts also stand alone).
_DOUBLED_NAMES = frozenset(
    "duran bafana phi boing walla bora pago baden sing sirhan mahi talk wagga dum bam jar humbert "
    "tora soldier gimme spend turn please sugar rebel chitty".split()
)
# "had had" is grammatical before a noun phrase ("she had had enough"), not before a participle.
_PARTICIPLES = frozenset(
    "been made said gone done seen taken given become come got gotten won lost left told held "
    "brought thought found put set run met paid sold built felt kept led hit cut let spent struck "
    "grown known shown begun written fallen risen driven chosen spoken broken stolen frozen hidden "
    "beaten eaten forgotten sent read heard meant agreed".split()
)
# "that that" is grammatical when the second is a demonstrative ("said that that was wrong",
# "that that decision"), not before an article, pronoun or preposition.
_NOT_AFTER_DEMONSTRATIVE = frozenset(
    "the a an he she it they we i you his her their its our this these those there in on at to "
    "of for with by from and but or as if when not no".split()
)
# "is is" and "was was" are grammatical in "what it is is ..." and "all it was was ...".
_PSEUDO_CLEFT = frozenset({"what", "all"})
# Function words: a run of three of them is a slip ("that that that"), not speech.
_FUNCTION_WORDS = frozenset(
    "the a an and or but of in on at to for from with by as is it he she we they i you this "
    "that these those his her its their our my your".split()
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LONGEST_PHRASE = 4
_JOINS = frozenset("and or to by after upon for over".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())


@dataclass(frozen=True)
class _Settings:
    allowed: frozenset[str]
    names_pass: bool


def _prepare(options: Options) -> _Settings:
    allowed: list[str] = options["allow"]
    words = {word.lower() for word in allowed} | _REDUPLICATED
    return _Settings(frozenset(words), bool(options["capitalised-pairs-are-names"]))


def _only_space(gap: str) -> bool:
    """White space with at most one line break between the words: a blank line separates
    paragraphs, and punctuation separates sentences or list items."""
    if any(not (char.isspace() or char == PAD) for char in gap):
        return False
    return len(_LINE_BREAK.findall(gap)) <= 1


def _is_initial(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper() and token.text not in "IA"


class _Story:
    """What the checks need to know about the whole story, computed once."""

    def __init__(self, document: Document) -> None:
        tokens = document.tokens
        self.tokens = tokens
        self.sentence_starts = {
            s.token_start for s in document.sentences if s.token_end > s.token_start
        }
        # How often each word stands alone, outside a run of itself ("Duran Duran" is a run).
        self.alone: dict[str, int] = {}
        for i, token in enumerate(tokens):
            before = tokens[i - 1].text if i else None
            after = tokens[i + 1].text if i + 1 < len(tokens) else None
            if token.text != before and token.text != after:
                self.alone[token.text] = self.alone.get(token.text, 0) + 1

    def sentence_start_before(self, index: int) -> int:
        while index > 0 and index not in self.sentence_starts:
            index -= 1
        return index

    def word(self, index: int) -> str:
        return self.tokens[index].lower if 0 <= index < len(self.tokens) else ""


def _grammatical(story: _Story, index: int) -> bool:
    """Doublings English grammar makes: "had had enough", "that that was", "what it is is"."""
    word = story.word(index)
    following = story.word(index + 2)
    if word == "had":
        return following not in _PARTICIPLES and not following.endswith("ed")
    if word == "that":
        return bool(following) and following not in _NOT_AFTER_DEMONSTRATIVE
    if word in ("is", "was"):
        start = story.sentence_start_before(index)
        return any(story.word(i) in _PSEUDO_CLEFT for i in range(start, index))
    return False


def _is_name(story: _Story, index: int) -> bool:
    """A capitalised pair away from a sentence start ("Duran Duran", "Spend Spend Spend") is a
    name or a title, unless its word also stands alone in the story ("Blair Blair" after
    "Blair" was introduced is a slip)."""
    first, second = story.tokens[index], story.tokens[index + 1]
    if not second.text[:1].isupper():
        return False
    sentence_initial = index in story.sentence_starts
    if not first.text[:1].isupper():
        # "law lord Lord Bingham": a capital on the second word only starts a title or name.
        return not sentence_initial
    if first.lower in _DOUBLED_NAMES:
        return True
    # At a sentence start every word is capitalised, so the capital is no evidence of a name.
    return not sentence_initial and not story.alone.get(first.text)


def _doubled_word_passes(story: _Story, settings: _Settings, index: int) -> bool:
    first = story.tokens[index]
    if first.lower in settings.allowed or _is_initial(first):
        return True
    if first.lower in (story.word(index - 1), story.word(index + 2)):
        # A run of three or more is deliberate ("no no no", "Spend Spend Spend"), unless it is
        # made of a function word ("that that that").
        return first.lower not in _FUNCTION_WORDS
    if _grammatical(story, index):
        return True
    return settings.names_pass and _is_name(story, index)


def _repeated_phrase(tokens: Sequence[Token], words: Sequence[str], prose: str, index: int) -> int:
    """Length (2 to 4 words) of a phrase said twice from ``index`` ("is an echo is an echo").
    ``words`` are the tokens in lower case."""
    for length in range(2, _LONGEST_PHRASE + 1):
        stop = index + 2 * length
        if stop > len(words):
            return 0
        if words[index] != words[index + length] or words[index:index + length] != words[index + length:stop]:
            continue
        if all(t.is_number for t in tokens[index : index + length]) or _idiom(words[index:index + length]):
            return 0
        gaps = (prose[a.end : b.start] for a, b in itertools.pairwise(tokens[index:stop]))
        return length if all(_only_space(gap) for gap in gaps) else 0
    return 0


def _idiom(phrase: Sequence[str]) -> bool:
    """A two-word phrase said twice inside "time and time again", "more and more", "on and on",
    "back to back" (one word joins, the other is not a determiner: "to the to the" is a slip),
    or "what makes a gadget a gadget"."""
    if len(phrase) != 2:
        return False
    first, second = phrase
    if first in ("a", "an"):
        return True  # "what makes a gadget a gadget"
    if first in _JOINS:
        return second not in _DETERMINERS
    return second in _JOINS and first not in _DETERMINERS


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    tokens = document.tokens
    prose = document.prose
    words = [t.text.lower() for t in tokens]
    # Where a word equals the next one, or the one 2 to 4 words on (a phrase may repeat there):
    # found by comparing shifted lists, so per-token work is one comparison.
    doubled = [i for i, (a, b) in enumerate(itertools.pairwise(words)) if a == b]
    phrases = sorted({
        i
        for shift in range(2, _LONGEST_PHRASE + 1)
        for i, (a, b) in enumerate(zip(words, words[shift:], strict=False))
        if a == b and words[i + 1] != a
    })
    story: _Story | None = None
    for index in doubled:
        first, second = tokens[index], tokens[index + 1]
        if first.is_number or not _only_space(prose[first.end : second.start]):
            continue
        story = story or _Story(document)
        if not _doubled_word_passes(story, settings, index):
            yield _finding(document, tokens[index : index + 1], tokens[index + 1 : index + 2])
    next_phrase = 0
    for index in phrases:
        if index >= next_phrase and (length := _repeated_phrase(tokens, words, prose, index)):
            middle = index + length
            yield _finding(document, tokens[index:middle], tokens[middle : middle + length])
            next_phrase = index + 2 * length


def _finding(document: Document, first: Sequence[Token], second: Sequence[Token]) -> Finding:
    said = document.text[second[0].start : second[-1].end]
    gap = document.text[first[-1].end : second[0].start]
    fix = None
    if gap.strip() == "" and all(
        document.text[a.end : b.start].strip() == "" for a, b in itertools.pairwise(second)
    ):
        fix = Fix(
            description=f'Delete the second "{said}"',
            edits=(Edit(first[-1].end, second[-1].end, ""),),
            applicability=Applicability.SAFE,
        )
    what = "word" if len(first) == 1 else "words"
    return Finding(
        rule=RULE.id,
        message=f'"{said}" repeats the {what} before it',
        start=first[0].start,
        end=second[-1].end,
        severity=RULE.severity,
        fix=fix,
    )


RULE = Rule(
    id="repeated-word",
    summary="The same word twice in a row.",
    explanation=__doc__ or "",
    severity=Severity.ERROR,
    options=(
        Option("allow", [], list, "More words that may be doubled.", item_kind=str,
               validate=words, merge=extend),
        Option("capitalised-pairs-are-names", True, bool,
               "A capitalised pair away from a sentence start is a name."),
    ),
    check=check,
    prepare=_prepare,
)
