"""repeated-word: the same word, or phrase of up to four words, twice in a row (``He also also said``).

A doubled word is the commonest slip of hurried or spun copy, and spell-checkers pass it. The
finding covers both words and starts at the first; its safe fix deletes the second word and the
space before it. Doublings across a line break and in different case (``The the``) count, and so
do doublings into a compound or a possessive, where the copy has the word once more than it
means: ``tit tit-for-tat`` and ``a year year-ago loss`` (the fix deletes the first word),
``short-term term`` (it deletes the second), ``the commission commission's`` (the first).

Flags::

    He also also said he hoped to strengthen ties.
    The the minister left.
    talks will resume in the
    the new year

    She had had been there.             "had had" before a participle
    He said that that the plan failed.  "that that" before an article or pronoun
    that is an echo is an echo          a phrase of two to four words said twice
    the remit of the of the draft bill
    to report a loss a loss of $3m      "a" phrases too, away from "what makes a gadget a gadget"
    Blair Blair said ...                (after "Blair" stood alone earlier in the story)
    Andrew Andrew Lloyd Webber          a given name doubled before a surname
    Golden Golden Globe                 a common word or acronym doubled inside a name,
    the ICM ICM poll                    in running prose
    a tit tit-for-tat row               a word doubled into the compound after it
    a short-term term deal              a compound's last part said again
    the commission commission's report  a word doubled into its possessive

Passes (English or the world doubles these on purpose)::

    She had had enough.                 grammatical doublings: had had (before a noun phrase),
    He said that that was wrong.        that that (before a verb or noun), is is and was was
    What it is is a scandal.            after a clause that starts with "what", "all", "how",
    How long the run is is anybody's    "where", "why", "whatever"...
    the moment I've waited for for years  a relative clause that ends with a preposition, then
                                         the same preposition (a subject pronoun after a noun
                                         that an article opens)
    They saw Duran Duran in Walla Walla.  names, bands, titles: a capitalised pair whose word
    the musical Spend Spend Spend        never stands alone in the story and is no common
    Boutros Boutros-Ghali, Duran Duran's word or acronym (in a heading or table header, where
                                         every word is capitalised, it may be), a run of
                                         three, or a known doubled name; before its own
                                         possessive or compound, a known doubled name or one
                                         the story also writes as a pair
                                         ("Microsoft Microsoft's" is a slip)
    senior law lord Lord Bingham         a title before a name
    The score was 2 2 after extra time.  numbers, scores, codes (G7 G7) and rows of figures
    Gold nil nil 50.0 50.0               (a line that is a third numbers is a table's row)
    LONG SHRT LONG SHRT                  a phrase in title case away from a sentence start: a
    for Measure for Measure              table's headers, a title
    rated A plus plus, AAA AAA           ratings
    J J Abrams, E E Cummings             initials
    bye bye, ha ha, very very, tut tut   reduplications (more in ``allow``)
    "no no no"                           a run of three or more
    time and time again, on and on       idioms that join a word to itself, and the phrases
    and more and more, to back to back   around them
    dissipated in in-fighting            a preposition before a two-part compound that starts
                                         with it (after no article: "an in in-depth report"
                                         and "out out-of-favour" are slips),
    a go-between between them            or after a compound that ends with it
    She had coffee at the Foo-bar bar.   a capitalised compound, then the kind of thing it names
    two two-year contracts               a count of things described by a compound
    ... it was over. Over the years      a word ending one sentence and starting the next

Options:

- ``allow``: more words that may be doubled (case-insensitive), added to the built-in list.
- ``capitalised-pairs-are-names``: a pair capitalised twice away from the start of a sentence
  passes as a name when its word never stands alone in the story (default true).

Words count as doubled only where the reader sees them side by side: white space between them,
in one paragraph (``Credit</span><span>Credit`` renders as one run of letters). A fix is offered
only where nothing but white space separates the two words in the original, so markup
(``**the** the``, ``the [the](url)``) is never broken by ``--fix``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import compress, count
from operator import eq, or_

from lint.document import PAD, Document, Token
from lint.document.nonprose import TITLE_CASE_MINOR
from lint.findings import Applicability, Edit, Finding, Fix, Severity
from lint.rules.base import Option, Options, Rule, extend, words
from lint.rules.names.guards import guard_lists, is_dictionary_word

# Reduplications that are words in their own right ("bye bye", "ha ha", "very very" in speech).
_REDUPLICATED = frozenset(
    "bye ha haha hee ho knock tut chop bla blah yada hush pom cha boo choo aye oh ah hey tsk wah "
    "yeah very really la na".split()
)
# Doubled names that are not obviously names by the evidence below (their parts are common
# words, or also stand alone).
_DOUBLED_NAMES = frozenset(
    "duran bafana phi boing walla bora pago baden sing sirhan mahi talk wagga dum bam jar humbert "
    "tora soldier gimme spend turn please sugar rebel chitty boutros abdullah".split()
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
# "is is" and "was was" are grammatical where a clause is the subject and ends with the verb:
# "what it is is ...", "all it was was ...", "how long the run is is anybody's guess".
_CLAUSE_OPENERS = frozenset(
    "what all how where why whatever whoever whichever wherever whether".split()
)
# Function words: a run of three of them is a slip ("that that that"), not speech.
_FUNCTION_WORDS = frozenset(
    "the a an and or but of in on at to for from with by as is it he she we they i you this "
    "that these those his her its their our my your".split()
)
# Prepositions a relative clause can end with ("the moment I've been waiting for").
_STRANDABLE = frozenset("in for on at with about from by into over through under after".split())
_SUBJECT_PRONOUNS = frozenset(
    "i we you they he she i've we've you've they've i'm we're you're they're i'd we'd you'd "
    "they'd he'd she'd".split()
)
_RELATIVE_PRONOUNS = frozenset("that which who whom where".split())
# Words before a subject pronoun that start a main clause, not a relative one: conjunctions and
# verbs of saying and thinking ("said they were in in the lead" is a slip).
_NOT_ANTECEDENTS = _FUNCTION_WORDS | frozenset(
    "so because if when while since although though then than yet nor said says say told tell "
    "think thinks thought believe believes believed know knew hope hoped added feel felt".split()
)
# Prepositions and particles a compound can end with before the same word opens what follows:
# "a go-between between them", "the run-up up to".
_PARTICLES = _STRANDABLE | frozenset(
    "to of up out off down between back away around before against along across".split()
)
# "two two-year contracts": a count of things that a compound describes.
_COUNTS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred first second third fourth fifth".split()
)
# "what makes a gadget a gadget", "call a spade a spade".
_MAKES = frozenset("make makes made making call calls called calling".split())
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_HYPHENS = "-\u2010"
_POSSESSIVES = ("'s", "\u2019s")
# Credit ratings: "AAA", "Baa1" (their repeats are columns; "A plus plus" is a grade).
_RATING = re.compile(r"(?:A{2,3}|B{2,3}|C{2,3}|Aa{1,2}|Ba{1,2}|Ca{1,2})[123]?")
_GRADE_WORDS = frozenset({"plus", "minus"})
_LONGEST_PHRASE = 4
_JOINS = frozenset("and or to by after upon for over".split())
# Words that "and" joins to themselves ("more and more", "again and again", "on and on").
_DEGREE_WORDS = frozenset("more less again over on round through up by out worse time".split())
# Nouns that "to", "by", "after" or "upon" join to themselves ("back to back", "step by step").
_SELF_JOINED_NOUNS = frozenset(
    "back face day door coast hand head end side step one point word year week month time "
    "house person shoulder cheek neck bumper wall page minute hour row layer".split()
)
_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
_OPENERS_OF_NOUNS = _DETERMINERS | frozenset("some any every each no".split())


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


def _is_code(token: Token) -> bool:
    """A number, a code with a digit in it (``G7``, ``A380``) or a credit rating: their repeats
    are columns and scores, not words said twice."""
    text = token.text
    return token.is_number or any(char.isdigit() for char in text) or bool(_RATING.fullmatch(text))


class _Story:
    """What the checks need to know about the whole story, computed once."""

    def __init__(self, document: Document) -> None:
        tokens = document.tokens
        self.document = document
        self.tokens = tokens
        self.sentence_starts = {
            s.token_start for s in document.sentences if s.token_end > s.token_start
        }
        # How often each word stands alone, its possessive included, outside a run of itself
        # ("Duran Duran", "Duran Duran's" and "Boutros Boutros-Ghali" are runs).
        self.alone: dict[str, int] = {}
        for i, token in enumerate(tokens):
            word = _owner(token.text)
            before = _owner(tokens[i - 1].text) if i else ""
            after = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if word != before and word != _owner(after) and _base(after) != word:
                self.alone[word] = self.alone.get(word, 0) + 1
        # How often each word is followed by itself, its possessive or a compound it starts,
        # side by side (a headline ending "India" before a story opening "India's" is no pair).
        self.pairs: dict[str, int] = {}
        for token, after_token in itertools.pairwise(tokens):
            if _base(after_token.text) == token.text and _joined(document, token, after_token):
                self.pairs[token.text] = self.pairs.get(token.text, 0) + 1

    @cached_property
    def token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def sentence_start_before(self, index: int) -> int:
        while index > 0 and index not in self.sentence_starts:
            index -= 1
        return index

    def word(self, index: int) -> str:
        return self.tokens[index].lower if 0 <= index < len(self.tokens) else ""

    def line_of(self, index: int) -> Sequence[Token]:
        """The tokens on the line of the token at ``index``."""
        prose = self.document.prose
        at = self.tokens[index].start
        start = max(prose.rfind("\n", 0, at), prose.rfind("\r", 0, at)) + 1
        ends = [end for end in (prose.find("\n", at), prose.find("\r", at)) if end >= 0]
        end = min(ends) if ends else len(prose)
        first = bisect.bisect_left(self.token_starts, start)
        return self.tokens[first : bisect.bisect_left(self.token_starts, end, first)]

    def in_figures(self, index: int) -> bool:
        """Whether the token stands on a line where at least a third of the tokens (two or
        more) are numbers or codes: a row of a table (``Gold nil nil 50.0 50.0``), whether or
        not the Document recognised the table."""
        on_line = self.line_of(index)
        numbers = sum(1 for token in on_line if _is_code(token))
        return numbers >= 2 and 3 * numbers >= len(on_line)

    def in_prose_line(self, index: int) -> bool:
        """Whether the token's line has a lowercase word other than the few that title case
        leaves small: a line all in capitals or title case is a heading or a table's header."""
        return any(
            token.text[:1].islower() and token.lower not in TITLE_CASE_MINOR
            for token in self.line_of(index)
        )


def _owner(text: str) -> str:
    """A word without its possessive ending."""
    return text[:-2] if text.endswith(_POSSESSIVES) else text


def _base(text: str) -> str:
    """A word without its possessive ending or the compound it starts."""
    text = _owner(text)
    for position, char in enumerate(text):
        if char in _HYPHENS:
            return text[:position]
    return text


def _grammatical(story: _Story, index: int) -> bool:
    """Doublings English grammar makes: "had had enough", "that that was", "what it is is",
    "the moment I've waited for for years"."""
    word = story.word(index)
    following = story.word(index + 2)
    if word == "had":
        return following not in _PARTICIPLES and not following.endswith("ed")
    if word == "that":
        return bool(following) and following not in _NOT_AFTER_DEMONSTRATIVE
    if word in ("is", "was"):
        start = story.sentence_start_before(index)
        return any(story.word(i) in _CLAUSE_OPENERS for i in range(start, index))
    if word in _STRANDABLE:
        return _ends_relative_clause(story, index)
    return False


def _ends_relative_clause(story: _Story, index: int) -> bool:
    """Whether the preposition at ``index`` ends a relative clause ("the ditch they are in",
    "some situation that we've been placed in"): a subject pronoun at most four words before
    it, after a noun that an article or determiner opens ("For 55 minutes we lived with with
    the best" and "added that he was encouraged by by" are slips)."""
    start = story.sentence_start_before(index)
    for subject in range(index - 1, max(start, index - 5), -1):
        if story.word(subject) in _SUBJECT_PRONOUNS:
            noun = subject - 2 if story.word(subject - 1) in _RELATIVE_PRONOUNS else subject - 1
            word = story.word(noun) if noun >= start else ""
            if not word.isalpha() or word in _NOT_ANTECEDENTS:
                return False
            return any(story.word(i) in _OPENERS_OF_NOUNS for i in range(max(start, noun - 2), noun))
    return False


def _is_name(story: _Story, index: int) -> bool:
    """A capitalised pair away from a sentence start ("Duran Duran", "Spend Spend Spend") is a
    name or a title, unless its word also stands alone in the story ("Blair Blair" after
    "Blair" was introduced is a slip) or is a common word or an acronym in running prose
    ("Golden Golden Globe", "the ICM ICM poll")."""
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
    if sentence_initial or story.alone.get(_owner(first.text)):
        return False
    # In running prose a common word ("Golden Golden Globe") or an acronym ("the ICM ICM poll")
    # doubled is a slip, and so is a given name doubled before a surname ("Andrew Andrew
    # Lloyd Webber"); a heading or a table's header capitalises every word.
    common = is_dictionary_word(first.lower) or (len(first.text) > 1 and first.text.isupper())
    surname = story.tokens[index + 2] if index + 2 < len(story.tokens) else None
    given_name = (
        surname is not None
        and surname.text[:1].isupper()
        and _joined(story.document, second, surname)
        and first.lower in guard_lists()["given-names"]
    )
    return not (common or given_name) or not story.in_prose_line(index)


def _doubled_word_passes(story: _Story, settings: _Settings, index: int) -> bool:
    first = story.tokens[index]
    if first.lower in settings.allowed or _is_initial(first):
        return True
    if first.lower in (story.word(index - 1), story.word(index + 2)):
        # A run of three or more is deliberate ("no no no", "Spend Spend Spend"), unless it is
        # made of a function word ("that that that").
        return first.lower not in _FUNCTION_WORDS
    if first.lower in _GRADE_WORDS and index and _is_grade(story.tokens[index - 1]):
        return True  # "A plus plus"
    if _grammatical(story, index) or story.in_figures(index):
        return True
    return settings.names_pass and _is_name(story, index)


def _is_grade(token: Token) -> bool:
    return (len(token.text) == 1 and token.text.isupper()) or bool(_RATING.fullmatch(token.text))


def _joined_word_passes(story: _Story, settings: _Settings, index: int, kind: str) -> bool:
    """Whether a word doubled into a compound or possessive (``kind`` says how) is meant: a
    preposition before a two-part compound it governs (``dissipated in in-fighting``; after an
    article it is a slip: ``an in in-depth report``), a count (``two two-year deals``), a
    preposition after a compound that ends with it (``a go-between between them``), a named
    thing and what it is (``the Foo-bar bar``), "that that's", or a doubled name
    (``Boutros Boutros-Ghali``, ``Duran Duran's`` where the story says ``Duran Duran``)."""
    first, second = story.tokens[index], story.tokens[index + 1]
    if story.in_figures(index):
        return True
    if kind == _LAST_PART:
        if second.lower in _PARTICLES:
            return True
        # "the Foo-bar bar": a place named with a compound, then what it is.
        return first.text[:1].isupper() and second.text[:1].islower()
    repeated = _base(second.lower)
    if kind == _FIRST_PART and (repeated in ("a", *_COUNTS) or _governed_compound(story, index)):
        return True  # "a A-list star", "two two-year deals", "in in-fighting"
    if kind == _POSSESSIVE and repeated == "that":
        return True  # "that that's"
    return settings.names_pass and _doubled_name(story, index)


def _governed_compound(story: _Story, index: int) -> bool:
    """A preposition before a noun made of itself and one more word ("in in-fighting",
    "by by-elections"), where no article shows the compound to be an adjective ("an in
    in-depth report") and no third part makes it a phrase ("out out-of-favour")."""
    second = story.word(index + 1)
    return (
        story.word(index) in _STRANDABLE
        and sum(second.count(hyphen) for hyphen in _HYPHENS) == 1
        and story.word(index - 1) not in _DETERMINERS
    )


def _doubled_name(story: _Story, index: int) -> bool:
    """Whether a capitalised word before its own compound or possessive is a doubled name: a
    known one, or one the story also writes as a pair elsewhere ("Duran Duran" beside
    "Duran Duran's"). "Microsoft Microsoft's" is a slip, capitals or not."""
    first, second = story.tokens[index], story.tokens[index + 1]
    if not (first.text[:1].isupper() and second.text[:1].isupper()):
        return False
    return first.lower in _DOUBLED_NAMES or story.pairs.get(first.text, 0) > 1


def _joined(document: Document, first: Token, second: Token) -> bool:
    """Whether the reader sees the two words side by side: only white space between them in
    the prose, some white space between them in the original (``Credit</span><span>Credit``
    shows no gap), and one paragraph (an HTML block tag breaks one without a line break)."""
    gap = document.prose[first.end : second.start]
    if not _only_space(gap):
        return False
    shown = any(c.isspace() for c in document.text[first.end : second.start]) or any(
        c.isspace() and c != " " for c in gap
    )
    return shown and document.paragraph_index_at(first.start) == document.paragraph_index_at(second.start)


def _repeated_phrase(document: Document, words: Sequence[str], index: int) -> int:
    """Length (2 to 4 words) of a phrase said twice from ``index`` ("is an echo is an echo").
    ``words`` are the tokens in lower case."""
    tokens = document.tokens
    for length in range(2, _LONGEST_PHRASE + 1):
        stop = index + 2 * length
        if stop > len(words):
            return 0
        if words[index] != words[index + length] or words[index:index + length] != words[index + length:stop]:
            continue
        phrase = tokens[index : index + length]
        if all(_is_code(t) for t in phrase) or _idiom(words, index, length):
            return 0
        if _title(document, phrase):
            return 0
        pairs = itertools.pairwise(tokens[index:stop])
        return length if all(_joined(document, a, b) for a, b in pairs) else 0
    return 0


def _title(document: Document, phrase: Sequence[Token]) -> bool:
    """A phrase in title case, capitalised away from the start of a sentence: a title said in
    full ("Simon McBurney for Measure for Measure") or a table's header ("LONG SHRT LONG SHRT",
    "4/2/87 Prev Wk 4/2/87 Prev Wk"). "In the In the" is a slip at a sentence start."""
    if any(t.text[:1].islower() and t.lower not in TITLE_CASE_MINOR for t in phrase):
        return False
    sentence_start = document.sentences[document.sentence_index_at(phrase[0].start)].start
    return any(t.text[:1].isupper() and t.start != sentence_start for t in phrase)


def _idiom(words: Sequence[str], index: int, length: int) -> bool:
    """A two-word phrase said twice around an idiom that joins a word to itself ("and more and
    more", "stronger and stronger and", "and tons and tons of", "to back to back", "week after
    week after week"), or "what makes a gadget a gadget" (after "make" or "call": "a loss a
    loss" is a slip). With "and" or "or" the word is one of degree ("more", "again", a
    comparative) or a plural before "of"; with "to", "by" or "after" a noun of the idiom
    ("back to back", "step by step"); a run of three is an idiom whatever its word. "tour and
    tour and", "to fall to fall" and "to the to the" are slips."""
    if length != 2:
        return False
    first, second = words[index : index + 2]
    if first in ("a", "an"):
        return index > 0 and words[index - 1] in _MAKES
    if first in _JOINS:
        join, word, run = first, second, index > 0 and words[index - 1] == second
    elif second in _JOINS:
        join, word, run = second, first, index + 4 < len(words) and words[index + 4] == first
    else:
        return False
    if word in _DETERMINERS:
        return False
    if run:
        return True
    if join in ("and", "or"):
        # "and cauldrons and cauldrons of cheese": plurals doubled to say how many.
        plural_of = first == join and word.endswith("s") and words[index + 4 : index + 5] == ["of"]
        return word in _DEGREE_WORDS or (len(word) > 4 and word.endswith("er")) or plural_of
    return word in _SELF_JOINED_NOUNS


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    tokens = document.tokens
    words = document.words
    following = words[1:]
    # Where a word equals the next one, or the one 2 to 4 words on (a phrase may repeat there):
    # found by comparing shifted lists with map, so no Python code runs per token.
    doubled = list(compress(count(), map(eq, words, following)))
    # Where one word starts or ends the next ("tit tit-for-tat", "short-term term"): a prefix
    # and a suffix test per pair, and only the few that pass are looked at again.
    overlapping = [
        i for i in compress(count(), map(or_, map(str.startswith, following, words),
                                         map(str.endswith, words, following)))
        if words[i] != words[i + 1]
    ]
    phrases = sorted({
        i
        for shift in range(2, _LONGEST_PHRASE + 1)
        for i in compress(count(), map(eq, words, words[shift:]))
        if words[i + 1] != words[i]
    })
    story: _Story | None = None
    for index in doubled:
        first, second = tokens[index], tokens[index + 1]
        if _is_code(first) or not _joined(document, first, second):
            continue
        story = story or _Story(document)
        if not _doubled_word_passes(story, settings, index):
            yield _finding(document, tokens[index : index + 1], tokens[index + 1 : index + 2])
    for index in overlapping:
        first, second = tokens[index], tokens[index + 1]
        kind = _overlap(words[index], words[index + 1])
        if kind is None or _is_code(first) or _is_code(second) or not _joined(document, first, second):
            continue
        story = story or _Story(document)
        if not _joined_word_passes(story, settings, index, kind):
            yield _joined_finding(document, first, second, kind)
    next_phrase = 0
    for index in phrases:
        if index >= next_phrase and (length := _repeated_phrase(document, words, index)):
            middle = index + length
            yield _finding(document, tokens[index:middle], tokens[middle : middle + length])
            next_phrase = index + 2 * length


_FIRST_PART = "first part"  # "tit tit-for-tat"
_POSSESSIVE = "possessive"  # "commission commission's"
_LAST_PART = "last part"  # "short-term term"


def _overlap(first: str, second: str) -> str | None:
    """How ``second`` repeats ``first`` (both in lower case), if it does."""
    if second.startswith(first):
        rest = second[len(first) :]
        if rest in _POSSESSIVES:
            return _POSSESSIVE
        return _FIRST_PART if rest[:1] in _HYPHENS and len(rest) > 1 else None
    if first.endswith(second) and first[-len(second) - 1] in _HYPHENS:
        return _LAST_PART
    return None


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


def _joined_finding(document: Document, first: Token, second: Token, kind: str) -> Finding:
    """A word said again inside a compound or a possessive next to it. The fix deletes the
    copy that stands alone: the first word before a compound or possessive of it, the second
    after a compound that ends with it."""
    first_text = document.text[first.start : first.end]
    second_text = document.text[second.start : second.end]
    if kind == _LAST_PART:
        message = f'"{second_text}" repeats the end of "{first_text}"'
        description = f'Delete the second "{second_text}"'
        edit = Edit(first.end, second.end, "")
    else:
        message = (f'"{second_text}" repeats the word before it' if kind == _POSSESSIVE
                   else f'"{second_text}" repeats "{first_text}" before it')
        description = f'Delete the first "{first_text}"'
        edit = Edit(first.start, second.start, "")
    fix = None
    if document.text[first.end : second.start].strip() == "":
        fix = Fix(description=description, edits=(edit,), applicability=Applicability.SAFE)
    return Finding(rule=RULE.id, message=message, start=first.start, end=second.end,
                   severity=RULE.severity, fix=fix)


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
