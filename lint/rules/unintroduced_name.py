"""unintroduced-name: a surname used as a person that the story never introduces.

``Dillon added that ...`` in a story that never says who Dillon is leaves the reader guessing:
a line was cut, or a paragraph was pasted from another story. The rule looks only at surnames
in the place of a speaker, where a name can only be a person's: right before a reporting verb
(``Dillon added``, ``Smith told``) or right after one (``..., said Dillon``, ``according to
Dillon``). The finding says who is meant is unclear.

Flags::

    Dillon added that the military had communicated its concern.
    "We will stay," said Okafor.       (no Okafor introduced anywhere)

Passes::

    Putin said ...                       people a desk never introduces: the ``known`` list
    Surovikin said ... Sergey Surovkin   introduced anywhere, in any spelling (if after, that is
                                         a ``first-reference`` finding)
    Mr Blair said ...                    an honorific: the later-reference style
    Tony said ... Tony Blair             the given name of someone introduced
    Microsoft said ... Washington said   known places and proper nouns of the dictionary
                                         (countries, capitals, cities, firms), dictionary words
    Blair backs plan (headline) ... Blair said   named in the headline
    "Ask Dillon," she said.             inside a direct quotation
    the Ford plant said                  after an article or preposition, before a word such as
                                         airport or foundation: something named after a person

Only the first unclear mention of each surname is reported.

Options:

- ``known``: more people never introduced (``Macron``), added to the shipped list
  (``lint/rules/people/known.txt``), which ``first-reference`` shares.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lint.document import Document
from lint.findings import Finding, Severity
from lint.rules.base import Options, Rule
from lint.rules.naming.mentions import SENTENCE_STARTERS
from lint.rules.people.mentions import (
    KNOWN_OPTION,
    REPORTING_AFTER,
    REPORTING_BEFORE,
    Kind,
    PersonMention,
    known_people,
    organisations,
    person_mentions,
    plain_name,
    same_name,
    speaker,
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
_UNDESCRIBING = SENTENCE_STARTERS | REPORTING_AFTER | REPORTING_BEFORE | frozenset(
    "is was are were be been has have had will would could should may might can do did does "
    "not no than then that who whom whose which while with without against about between "
    "among says told according".split()
)


@dataclass(frozen=True)
class _Settings:
    known: frozenset[str]


def _prepare(options: Options) -> _Settings:
    return _Settings(known_people(options["known"]))


def _described(document: Document, mention: PersonMention) -> bool:
    """A lowercase word right before the name tells the reader what it is: ``firm Sophos``,
    ``regulator Ofcom``, ``daughter Emily``, ``state-owned Rosneft``, ``his mother, Mukaddas``."""
    index = mention.token_index
    if index == 0:
        return False
    before = document.tokens[index - 1]
    gap = document.prose[before.end : document.tokens[index].start]
    # ``Saipov's mother, Mukaddas, told ...``: a role noun and a comma before the name.
    return gap in (" ", ", ") and before.text.islower() and before.text not in _UNDESCRIBING


def _a_person(document: Document, mention: PersonMention) -> bool:
    """Evidence that a speaker is a person and not a body (``Gartner said``): a verb bodies
    seldom take, or ``he``/``she`` in this sentence or the next two."""
    tokens = document.tokens
    index = mention.token_index
    if index + 1 < len(tokens) and tokens[index + 1].lower in PERSONAL_VERBS:
        return True
    sentence = document.sentence_index_at(tokens[index].start)
    last = document.sentences[min(len(document.sentences) - 1, sentence + PRONOUN_WINDOW)]
    return any(t.lower in _PERSONAL_PRONOUNS for t in tokens[index + 1 : last.token_end])


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    mentions = person_mentions(document)
    named = [m for m in mentions if m.kind is not Kind.BARE]
    given = {key for m in named for key in m.given_keys}
    headline = {m.key for m in mentions if m.in_headline}
    described = {m.key for m in mentions if m.kind is Kind.BARE and _described(document, m)}
    bodies = organisations(document, mentions)
    reported: set[str] = set()
    for mention in mentions:
        key = mention.key
        if (
            mention.kind is not Kind.BARE or mention.in_headline or mention.quoted
            or key in settings.known or key in reported or key in given or key in headline
            or key in described or key in bodies or not plain_name(key)
            or not speaker(document, mention)
            or any(same_name(key, m.key) for m in named) or not _a_person(document, mention)
        ):
            continue
        reported.add(key)
        surname = document.text[mention.surname_start : mention.surname_end]
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
