"""unintroduced-name: a surname used as a person that the story never introduces.

``Dillon added that ...`` in a story that never says who Dillon is leaves the reader guessing:
a line was cut, or a paragraph was pasted from another story. The rule looks only at surnames
in the place of a speaker, where a name can only be a person's: right before a reporting verb
(``Dillon added``, ``Smith told``) or right after one (``..., said Dillon``, ``according to
Dillon``). Bodies speak there too (``Gartner said``), so it also needs evidence of a person: a
role before the name (``film critic Malcolm said``: any noun WordNet files as a person), a role
at the head of an appositive after it (``said Naude, chief economist at a bank``: the head
before the preposition, not the body after it), ``who`` or an affiliation after its comma
(``said Okafor, who ...``, ``said Murray, of the Conservatives``), a verb bodies seldom take
(``added``, ``insisted``), or ``he``/``she`` after it in that sentence or the next two. The
finding says who is meant is unclear.

Flags::

    Dillon added that the military had communicated its concern.
    "We will stay," said Okafor.       (no Okafor introduced anywhere)
    "Growth is slow," said Okafor, chief economist at Harbour Bank.

Passes::

    Putin said ...                       people a desk never introduces: the ``known`` list
    Surovikin said ... Sergey Surovkin   introduced anywhere, in any spelling (if after, that is
                                         a ``first-reference`` finding)
    Mr Blair said ...                    an honorific: the later-reference style (peers too:
    Baroness Scotland said ...           they are named so at every mention)
    Tony said ... Tony Blair             the given name of someone introduced
    Woody Johnson ... Johnson said       a capitalised word before the surname elsewhere: a
                                         given name the lists may not know
    Justices Ruth Ginsburg and Sotomayor said   a plural title introduces each name of its list
    Microsoft said ... Washington said   known places and proper nouns of the dictionary
                                         (countries, capitals, cities, firms), dictionary words
    Blair backs plan (headline) ... Blair said   named in the headline or a subheading
    "Ask Dillon," she said.             inside a direct quotation
    (Corrects Dillon's title)            an editor's bracketed note opening a paragraph
    the Ford plant said                  after an article or preposition, before a word such as
                                         airport or foundation: something named after a person
    Datapoint, a research firm, said     a body by the words around it (``firm``, ``rival``...),
    Prevezon Holdings ... Prevezon said  or by opening a longer name somewhere
    According to Reuters, ...            after ``according to`` only a role tells a person

Only the first unclear mention of each surname is reported.

Options:

- ``known``: more people never introduced (``Macron``), added to the shipped list
  (``lint/rules/names/known.txt``), which ``first-reference`` shares.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

import regex

from lint.document import Document, Token
from lint.findings import Finding, Severity
from lint.rules.base import Options, Rule
from lint.rules.names.context import SENTENCE_STARTERS
from lint.rules.names.people import (
    KNOWN_OPTION,
    REPORTING_AFTER,
    REPORTING_BEFORE,
    Kind,
    PersonMention,
    after_plural_title,
    is_person_noun,
    known_people,
    organisations,
    person_mentions,
    plain_name,
    same_name,
    speaker,
    surname_like,
)

# Verbs of speech that bodies seldom take: a speaker before one of these is a person.
PERSONAL_VERBS = frozenset(
    "added adds explained explains argued argues insisted insists admitted admits conceded "
    "concedes recalled recalls replied replies stressed stresses continued continues".split()
)
_PERSONAL_PRONOUNS = frozenset("he she his her him himself herself".split())
# How many sentences after the speaker's a personal pronoun still tells a person.
PRONOUN_WINDOW = 2
# Before a name, words that describe nothing (so ``firm Sophos`` and ``daughter Emily`` are
# described, ``that Dillon`` is not).
# Words around a name that say it is a body, a relation of someone named, or a person in a role.
ORGANISATION_NOUNS = frozenset(
    "firm firms company companies group regulator watchdog agency giant maker makers retailer "
    "bank body club side team operator provider website site newspaper paper magazine "
    "broadcaster channel network airline carrier insurer chain brand band label studio charity "
    "union party council ministry department organisation organization association institute "
    "consultancy publisher developer manufacturer supplier exchange index fund trust "
    "foundation service outfit bookmaker bookmakers rival rivals subsidiary unit venture".split()
)
RELATIONS = frozenset(
    "mother father son daughter wife husband brother sister sons daughters parents grandmother "
    "grandfather uncle aunt cousin nephew niece partner widow fiancee girlfriend boyfriend".split()
)
PERSON_ROLES = frozenset(
    "analyst economist lecturer professor spokesman spokeswoman spokesperson chairman "
    "chairwoman executive director manager boss coach captain striker midfielder defender "
    "goalkeeper keeper player winger forward actor actress singer star producer writer author "
    "editor reporter minister secretary president governor senator mayor councillor leader "
    "member official officer lawyer attorney judge doctor scientist researcher expert founder "
    "owner teacher student worker resident colleague aide adviser advisor consultant strategist "
    "trader broker banker head deputy commander general colonel soldier chief presenter "
    "comedian musician rapper guitarist drummer novelist poet artist designer engineer "
    "campaigner activist candidate negotiator envoy ambassador diplomat inspector detective "
    "prosecutor investigator victim witness veteran chancellor".split()
)
_APPOSITIVE_WORDS = 8
_PREPOSITIONS = frozenset("for of in from at by with".split())
# An appositive that opens with one of these places a person in a body: ``said Murray, of
# the Conservatives``, ``said Ellis, with the group Taxpayers for Common Sense``.
_AFFILIATIONS = frozenset("of from with at".split())
# Words that end the head of an appositive (``a senior analyst | at Daiwa``, ``the founder |
# who ...``): after them come the body the person works for, or a clause about them.
_HEAD_END = _PREPOSITIONS | frozenset("on to who whom whose which that but as".split())
_CLAUSE_OPENERS = frozenset("if when because while although though since unless whether".split())
_STOPS = frozenset(".,;:!?")
_HEAD_BREAK = regex.compile(r"[,;:()\[\]—–\"“”]| - ")
_SENTENCE_END = regex.compile(r"[.;!?]")
_DETERMINERS = frozenset("a an the his her its their this one of".split())
# Verbs: after the name's comma they make a clause, not an appositive (``according to Reuters,
# once told analysts``).
_VERBS = REPORTING_AFTER | REPORTING_BEFORE | frozenset(
    "is was are were be been has have had will would could should may might can do did does "
    "not says told".split()
)
_UNDESCRIBING = SENTENCE_STARTERS | _VERBS | frozenset(
    "no than then that who whom whose which while with without against about between among "
    "according".split()
)


@dataclass(frozen=True)
class _Settings:
    known: frozenset[str]


def _prepare(options: Options) -> _Settings:
    return _Settings(known_people(options["known"]))


def _word_before(document: Document, mention: PersonMention) -> str | None:
    """The word right before the name (a space or a comma between), if any."""
    index = mention.token_index
    if index == 0:
        return None
    before = document.tokens[index - 1]
    gap = document.prose[before.end : document.tokens[index].start]
    return before.text if gap in (" ", ", ") else None


def _appositive(document: Document, mention: PersonMention) -> list[Token]:
    """The words of ``, a Singapore-based analyst`` after the name, up to the clause's end."""
    tokens = document.tokens
    index = mention.token_index
    prose = document.prose
    if not prose.startswith(", ", tokens[index].end):
        return []
    words: list[Token] = []
    for token in tokens[index + 1 : index + 1 + _APPOSITIVE_WORDS]:
        # A stop between two words ends the sentence; one inside a word (``U.S.``) does not.
        if words and _SENTENCE_END.search(prose, words[-1].end, token.start):
            break
        words.append(token)
    return words


def _head(document: Document, words: list[Token]) -> list[str]:
    """The head of an appositive, lowercased, without its determiners: ``chief economist`` of
    ``, chief economist at Fannie Mae``; ``librarian`` of ``, a University of Michigan
    librarian``, where ``of`` stands inside a name; ``co-founders`` of ``, one of the
    co-founders of ...``."""
    head: list[str] = []
    for position, token in enumerate(words):
        word = token.lower
        if position and _HEAD_BREAK.search(document.prose, words[position - 1].end, token.start):
            return head  # a comma, a dash, a bracket: the head is over (not ``PG&E's``)
        inside_name = (
            token.text.islower() and 0 < position < len(words) - 1
            and words[position - 1].text[:1].isupper() and words[position + 1].text[:1].isupper()
        )
        if not head and word in _DETERMINERS:
            continue  # ``a``, ``the``, ``one of the``
        if word in _HEAD_END and not inside_name:
            return head
        if word in _VERBS or word in _CLAUSE_OPENERS:
            return []  # a clause, not a noun phrase: ``according to Reuters, once told ...``
        if not inside_name:
            head.append(word)
    # Words that run on past the window without a stop, preposition or comma are a clause
    # (``According to Reuters, the questions include ...``), not a short noun phrase.
    closed = bool(words) and document.prose[words[-1].end : words[-1].end + 1] in _STOPS
    return head if closed else []


def _is_role(word: str) -> bool:
    return is_person_noun(word, PERSON_ROLES)


def _told_what(document: Document, mention: PersonMention) -> str | None:
    """What the words around the name tell the reader: ``body`` (``firm Sophos``, ``Gartner, a
    research firm``), ``relation`` (``his mother, Mukaddas``), ``person`` (``chairman Taylor``,
    ``film critic Malcolm``, ``Shum, a Singapore-based analyst``, ``Okafor, who ...``,
    ``Murray, of the Conservatives``), ``described`` (another lowercase word before it:
    ``state-owned Rosneft``), or None. A capitalised role counts (``Senate Republican Cornyn``
    is a person; ``Chief Executive Kiernan`` is introduced by title)."""
    written = _word_before(document, mention)
    before = written.lower() if written is not None else None
    if before in ORGANISATION_NOUNS:
        return "body"
    if before in RELATIONS:
        return "relation"
    if before is not None and _is_role(before):
        return "person"
    appositive = _appositive(document, mention)
    if appositive and appositive[0].lower in ("who", *_AFFILIATIONS):
        return "person"  # bodies are ``which``, and a person is ``of`` a body
    head = _head(document, appositive)
    if any(w in RELATIONS for w in head):
        return "relation"
    if any(_is_role(w) for w in head):
        return "person"
    if head and head[-1] in ORGANISATION_NOUNS:
        return "body"
    # ``state-owned Rosneft``; not ``isolated the problem, Mayer said``, where a clause ends.
    if written is not None and written.islower() and written not in _UNDESCRIBING and (
        document.prose[document.tokens[mention.token_index - 1].end : mention.surname_start] == " "
    ):
        return "described"
    return None


def _after_preposition(document: Document, mention: PersonMention) -> bool:
    """``the Labour MP for Birkenhead asked``, ``a spokeswoman for Chelsea said``: the name is
    a place or a body the speaker belongs to."""
    index = mention.token_index
    return index > 0 and document.tokens[index - 1].text in _PREPOSITIONS


def _a_person(document: Document, mention: PersonMention, told: str | None) -> bool:
    """Evidence that a speaker is a person and not a body (``Gartner said``): a role around
    the name, a verb bodies seldom take, or ``he``/``she`` after it in this sentence or the
    next two (one before it is more often someone else's: ``After he left, Gartner said``).
    After ``according to``, only a role: reports and agencies stand there as often as people
    (``According to Reuters, the inquiry ... his ...``)."""
    if told == "person":
        return True
    tokens = document.tokens
    index = mention.token_index
    if index > 1 and tokens[index - 1].lower == "to" and tokens[index - 2].lower == "according":
        return False
    if index + 1 < len(tokens) and tokens[index + 1].lower in PERSONAL_VERBS:
        return True
    sentence = document.sentence_index_at(tokens[index].start)
    last = document.sentences[min(len(document.sentences) - 1, sentence + PRONOUN_WINDOW)]
    return any(t.lower in _PERSONAL_PRONOUNS for t in tokens[index + 1 : last.token_end])


def _name_openers(document: Document) -> frozenset[str]:
    """Words that start a longer capitalised name somewhere in the story: ``Prevezon`` of
    ``Prevezon Holdings Ltd``, ``Moss`` of ``Moss Street``. A surname ends the names it is in;
    a word before others names a body or a place. Worked out only for a story with a mention
    about to be reported."""
    tokens = document.tokens
    prose = document.prose
    return frozenset(
        token.text for token, following in pairwise(tokens)
        if following.text[:1].isupper() and token.text[:1].isupper()
        and prose[token.end : following.start] == " "
    )


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    mentions = person_mentions(document)
    bare = [m for m in mentions if m.kind is Kind.BARE]
    # Where a speaker stands, outside headline, quotation and note: the few mentions the rule
    # may report. What is told around a name is read only for their surnames' mentions.
    speakers = [
        m for m in bare
        if not (m.in_headline or m.quoted or m.in_note or m.key in settings.known)
        and speaker(document, m)
    ]
    if not speakers:
        return
    named = [m for m in mentions if m.kind is not Kind.BARE]
    given = {key for m in named for key in m.given_keys}
    headline = {m.key for m in mentions if m.in_headline}
    keys = {m.key for m in speakers}
    told = {id(m): _told_what(document, m) for m in bare if m.key in keys}
    # Names the story tells the reader about somewhere: bodies, relations, described things.
    placed = {m.key for m in bare if told.get(id(m)) in ("body", "relation", "described")}
    bodies = organisations(document, mentions)
    # Surnames written after another capitalised word somewhere (``Woody Johnson``, ``Zac
    # McCrary``): a given name the lists do not know may be their introduction.
    after_name = {m.key for m in bare if not m.alone}
    reported: set[str] = set()
    openers: frozenset[str] | None = None
    for mention in speakers:
        key = mention.key
        if (
            key in reported or key in given or key in headline or key in placed or key in bodies
            or key in after_name or not surname_like(key)
            # A proper noun of the dictionary may be a place (``Minnesota said``): only a role
            # around it tells a person (``said Kidd, a political scientist``).
            or (not plain_name(key) and told[id(mention)] != "person")
            or _after_preposition(document, mention) or after_plural_title(document, mention)
            or any(same_name(key, m.key) for m in named)
            or not _a_person(document, mention, told[id(mention)])
        ):
            continue
        surname = document.text[mention.surname_start : mention.surname_end]
        if openers is None:
            openers = _name_openers(document)
        if surname in openers:
            continue
        reported.add(key)
        yield Finding(
            rule=RULE.id,
            message=f'"{surname}" is never introduced: who is meant is unclear '
                    f"(give the full name or title at the first mention)",
            start=mention.surname_start,
            end=mention.surname_end,
            severity=RULE.severity,
        )


RULE = Rule(
    id="unintroduced-name",
    summary="A surname used as a person that the story never introduces.",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
    options=(KNOWN_OPTION,),
    check=check,
    prepare=_prepare,
)
