"""first-reference: a person named by surname alone before the story introduces them in full.

News copy introduces a person in full the first time (a given name and surname, or a title and
surname: ``Colonel General Sergey Surovkin``, ``President Bashar al-Assad``) and by surname alone
after that. A surname-only mention that comes before the full one reads as if the reader should
already know the man; usually a paragraph was moved or a lead rewritten. The finding is on the
surname-only mention, with the full mention as a related location. Surnames match across the
spelling variants inconsistent-spelling knows (``Surovikin`` before ``Sergey Surovkin`` is one
man, and a finding of both rules).

Flags::

    ..., Surovikin said.  ...  Colonel General Sergey Surovkin, contradict ...
    Smith will lead the team. ... The firm named Jane Smith its chief executive.

Passes::

    Putin said ... Vladimir Putin      people a desk never introduces: the ``known`` list
                                       (heads of state and government of the G20 and of
                                       countries always in the news, UN secretaries-general)
    Blair backs plan (the headline)    names in the headline
    "Ask Smith," she said. ... Jane Smith   names inside direct quotations
    Kennedy airport ... John Kennedy   places, bodies and prizes named after people (a word
    the Ford plant ... Bill Ford       such as airport, prize, foundation after the name; an
                                       article or preposition before it)
    Mr Smith ... John Smith            an honorific with the surname is no bare surname
    Manchester United ... United       a full mention that names no person (no title, no given
                                       name, a dictionary word or place in it) introduces nobody
    since de Blasio took office (<h2>) subheadings, like the headline
    (Corrects Smith's title) ...       an editor's bracketed note opening a paragraph
    Officers Liu and Ramos ...         a plural title introduces each name of its list
    the new Pro, the iPhone 11 Pro     an article and a word naming no person, or a number,
                                       before the name: a thing's

A title's word that is a common surname too is one after a given name (``John Major``,
``Erik Prince``) and alone (``Prince said`` before ``Erik Prince`` flags). A "headline" of more
than 25 words is the story's first paragraph, put there by a page without one: it introduces.

Only the first surname-only mention before the introduction is reported.

Options:

- ``known``: more people never introduced, by the word a story writes alone (``Macron``),
  added to the shipped list (``lint/rules/names/known.txt``, hand-compiled from the public
  record of office-holders, 2000-2026).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lint.document import Document
from lint.findings import Finding, Related, Severity
from lint.rules.base import Options, Rule
from lint.rules.names.people import (
    KNOWN_OPTION,
    Kind,
    PersonMention,
    after_plural_title,
    is_plain_given_name,
    known_people,
    named_after_use,
    person_mentions,
    same_name,
    speaker,
    surname_like,
)


@dataclass(frozen=True)
class _Settings:
    known: frozenset[str]


def _prepare(options: Options) -> _Settings:
    return _Settings(known_people(options["known"]))


def _person_like(document: Document, mention: PersonMention, full: PersonMention) -> bool:
    """A word that is no common word, one standing where a speaker does, or a common word
    capitalised alone inside a sentence that is exactly the surname of someone introduced with
    a given name that is no word (``Brown`` before ``Gordon Brown``). ``Republican`` before
    ``Christian Republican``, ``County`` in ``Orange County``, ``Energy`` at the start of a
    sentence are other things."""
    if surname_like(mention.key) or speaker(document, mention):
        return True
    return (
        mention.key == full.key and mention.alone and not mention.sentence_initial
        and bool(full.given_keys) and is_plain_given_name(full.given_keys[-1])
    )


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    mentions = person_mentions(document)
    introductions = [
        m for m in mentions if m.kind is Kind.FULL and m.person and not m.in_headline
    ]
    if not introductions:
        return
    reported: set[int] = set()  # starts of the introductions already given a finding
    # The first introduction of each surname key, and for each surname key met the first
    # introduction of a spelling of it: worked out once per key, not once per mention.
    first_of: dict[str, PersonMention] = {}
    for introduction in introductions:
        first_of.setdefault(introduction.key, introduction)
    full_of: dict[str, PersonMention | None] = {}
    for mention in mentions:
        if (
            mention.kind is not Kind.BARE or mention.in_headline or mention.quoted
            or mention.in_note or mention.key in settings.known
        ):
            continue
        if mention.key not in full_of:
            matches = [i for key, i in first_of.items() if same_name(mention.key, key)]
            full_of[mention.key] = min(matches, key=lambda i: i.start) if matches else None
        full = full_of[mention.key]
        # Introduced before this mention, or already reported at an earlier bare mention.
        if full is None or full.start < mention.start or full.start in reported:
            continue
        # What the words around it say, read only for the few mentions before an introduction.
        if (
            named_after_use(document, mention) or after_plural_title(document, mention)
            or not _person_like(document, mention, full)
        ):
            continue
        reported.add(full.start)
        surname = document.text[mention.surname_start : mention.surname_end]
        written = document.text[full.start : full.surname_end]
        line = document.position(full.start).line
        yield Finding(
            rule=RULE.id,
            message=f'"{surname}" is named by surname alone before the story introduces '
                    f'"{written}" (line {line})',
            start=mention.surname_start,
            end=mention.surname_end,
            severity=RULE.severity,
            related=(Related(full.start, full.end, f'"{written}" is introduced here'),),
        )


RULE = Rule(
    id="first-reference",
    summary="A person named by surname alone before being introduced in full.",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
    options=(KNOWN_OPTION,),
    check=check,
    prepare=_prepare,
)
