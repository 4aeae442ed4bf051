"""mixed-naming: one entity named two ways in a story (``US`` here, ``USA`` there).

A story that calls a country ``US`` in one paragraph and ``USA`` in the next, or ``Russia`` and
then ``Russian Federation``, looks careless and breaks a house style. The rule knows entities as
groups of forms, each form with a role:

- ``short``: the everyday name or abbreviation (``US``, ``UK``, ``Russia``, ``Nato``);
- ``long``: the name spelt out (``United States``, ``United Nations``);
- ``formal``: the official name (``United States of America``, ``Russian Federation``);
- ``variant``: another spelling or abbreviation style (``USA``, ``U.S.``, ``NATO``, ``Burma``);
- ``alias``: an everyday alternative name (``Britain``, ``America``).

Adjectives (``American``, ``Russian``, ``Syrian``) are not forms of a name, and different
entities (``Iran``/``Iraq``, ``Austria``/``Australia``) are never compared.

The policy gives each role an allowance: ``anywhere`` (never flagged), ``first-mention`` (only
the first mention in the headline or the body may use it), ``consistent`` (it must be the one
form the story chose among its consistent forms), ``alone`` (only in a story that names the
entity no other way) or ``never``. The defaults follow professional copy, where a long form
beside a short one is no slip (US copy writes ``U.S.`` and ``United States``, British copy
``UK`` and ``United Kingdom``): short and variant forms ``consistent``, so two of them in one
story (``US``/``U.S.``/``USA``, ``UK``/``U.K.``, ``Opec``/``OPEC``) are a mix; formal forms
``alone``; long and alias forms ``anywhere``. The story's choice is the consistent form it
writes most, counting compounds (``US-led``); names and definitions break a tie, then the short
form, then the earliest. Each mention that its allowance does not let stand gets a finding
naming the form to use and where the story uses it, with an unsafe fix to that form.

Not judged: compounds (``US-led``, ``pro-US``, ``US$5bn``), lines in capitals, direct
quotations, a form inside a longer name (``USA Today``, ``US Open``, ``Team USA``, ``Bank of
America``), a form in brackets after a name or defining one (``Mazda Motor Manufacturing (USA)
Corp``, ``Group of Seven (G-7)``) and an alternative named as such (``Myanmar, also known as
Burma``). A capitalised word after a form makes a name only where capitals mean something: an
office (``U.S. Senate``, ``US Environmental Protection Agency``) is the entity's, and in a
title-case headline (``USA Banks Face Losses``) the form is judged like any other.

Flags::

    ... USA aircraft struck ...        in a story that otherwise writes "US"
    ... Russian Federation threatened  where the story says "Russia" elsewhere
    ... NATO said ...                  in a story that writes "Nato"
    ... US Senator Pat Toomey ...      in a story that writes "U.S." (and "United States")

Passes::

    UK ... Britain ... United Kingdom; U.S. ... United States ... America
    T-Mobile USA, Team USA, US Open, UK Independence Party, Russia Today, Bank of America
    US-led, Russian-backed, pro-US, US$5bn             compounds and currencies
    THE PRESIDENT TOLD US                               all-caps lines
    "The USA will never accept this," he said.        a direct quotation (the speaker's words)
    Myanmar, also known as Burma; Group of Seven (G-7)

Options:

- ``groups``: the entity groups. The default pack ships every country (generated from ISO 3166
  and CLDR), international bodies (UN, EU, Nato, IS, WHO, IMF, Opec...) and hand-reviewed
  editorial forms (US, UK, Britain, America, U.S.). A group in your config with the name of a
  shipped one adds forms to it or changes them::

      rules:
        mixed-naming:
          groups:
            - name: United States
              prefer: US                  # house style: US decides a mix
              headline: [U.S.]            # also allowed in a headline
              policy: {long: first-mention}
            - name: Acme
              short: [Acme]
              formal: [Acme Holdings plc]

  Keys of a group: ``name``, one key per role (a form or a list), ``prefer`` (the house form:
  where a story mixes two consistent forms, every one but this is flagged; a story that writes
  one form throughout is left as written, and ``policy`` with ``never`` bans a form outright),
  ``headline`` (forms a headline may also use), ``policy`` (role to allowance, over the pack's)
  and ``drop`` (forms to take out of the group).
- ``policy``: the allowance of each role for every group (``short``, ``long``, ``formal``,
  ``variant``, ``alias``).
- ``quotes``: what a mention inside a direct quotation gets: ``ignore`` (default) or ``info``.

The shipped packs each encode one published stylebook, cited in the pack file:
``house-us-wire`` (Reuters Handbook of Journalism, with the AP Stylebook where they agree:
U.S., U.N., EU, NATO, OPEC; US in a headline) and ``house-british`` (BBC News style guide: US,
UK, UN, EU, IS, Nato, Opec, Unesco, Fifa...): ``extends: [house-british]``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from lint.document import Document
from lint.findings import Applicability, Edit, Finding, Fix, Related, Severity
from lint.rules.base import Option, Options, Rule, extend
from lint.rules.mixed_naming.groups import (
    DEFAULT_POLICY,
    Group,
    fold_groups,
    groups_problem,
    policy_problem,
)
from lint.rules.mixed_naming.mentions import FormMatcher, Mention, find_mentions

QUOTE_HANDLING = ("ignore", "info")
# How many places of the story's own form a finding points to.
MAX_RELATED = 3
_ARTICLE = regex.compile(r"(?:^|(?<=\s))[Tt]he[ \t]+$")


@dataclass(frozen=True)
class _Prepared:
    forms: FormMatcher
    groups: tuple[Group, ...]
    owner: Mapping[str, int]  # form key -> index in groups
    quotes_info: bool


def _prepare(options: Options) -> _Prepared:
    groups = tuple(fold_groups(options["groups"], options["policy"]))
    owner = {key: index for index, group in enumerate(groups) for key in group.forms}
    forms = FormMatcher(form.text for group in groups for form in group.forms.values())
    return _Prepared(forms, groups, owner, options["quotes"] == "info")


def check(document: Document, prepared: _Prepared) -> Iterator[Finding]:
    by_group: dict[int, list[Mention]] = {}
    for mention in find_mentions(document, prepared.forms):
        by_group.setdefault(prepared.owner[mention.key], []).append(mention)
    body_start = document.headline.end if document.headline is not None else 0
    for index, mentions in by_group.items():
        judge = _Judgement(document, prepared.groups[index], mentions, body_start)
        for mention in mentions:
            if mention.compound or (mention.quoted and not prepared.quotes_info):
                continue
            finding = judge.finding(mention)
            if finding is not None:
                yield finding


class _Judgement:
    """One group in one story: the story's choice of form, and the verdict on each mention."""

    def __init__(self, document: Document, group: Group, mentions: Sequence[Mention],
                 body_start: int) -> None:
        self.document = document
        self.group = group
        self.body_start = body_start
        # Mentions that name the entity in the writer's own words, judged or not.
        self.plain = [m for m in mentions if not m.quoted and not m.aside
                      and not self._headline_form(m)]
        self.plain_keys = {m.key for m in self.plain}
        self.chosen = self._chosen(mentions)
        headline = [m for m in self.plain if m.start < body_start]
        body = [m for m in self.plain if m.start >= body_start]
        self.first_mentions = {part[0].start for part in (headline, body) if part}
        # The replacement depends only on the flagged form: found once per form, not once per
        # mention, so a story with many findings stays linear.
        self._replacements: dict[str, tuple[str | None, list[Mention]]] = {}

    def _allowance(self, mention: Mention) -> str:
        return self.group.allowance(self.group.forms[mention.key].role)

    def _headline_form(self, mention: Mention) -> bool:
        return mention.start < self.body_start and mention.key in self.group.headline

    def _chosen(self, mentions: Sequence[Mention]) -> str | None:
        """The story's one form among its ``consistent`` ones: the one it writes, where it
        writes one; else the house form, or the one the story uses most (names and definitions
        break a tie, then the short form, then the earliest)."""
        tally: dict[str, list[int]] = {}
        for mention in mentions:
            if mention.quoted or self._headline_form(mention):
                continue
            if self._allowance(mention) != "consistent":
                continue
            # [mentions, asides, short form, -first offset]
            role = self.group.forms[mention.key].role
            entry = tally.setdefault(mention.key, [0, 0, int(role == "short"), -mention.start])
            entry[1 if mention.aside else 0] += 1
        used = [key for key, entry in tally.items() if entry[0]]
        if self.group.prefer is not None and len(used) != 1:
            # A house form decides between two forms the story mixes; a story that writes one
            # form throughout was written to another style, not mixed.
            return self.group.prefer
        if not used:
            return None
        return max(tally, key=lambda key: tally[key])

    def _breaks_allowance(self, mention: Mention, allowance: str) -> bool:
        if allowance == "never":
            return True
        if allowance == "first-mention":
            # A quoted mention in a story that names the entity nowhere else breaks no first
            # mention.
            return bool(self.first_mentions) and mention.start not in self.first_mentions
        if allowance == "consistent":
            return self.chosen is not None and mention.key != self.chosen
        if allowance == "alone":
            return bool(self.plain_keys - {mention.key})
        return False

    def finding(self, mention: Mention) -> Finding | None:
        if mention.key == self.group.prefer or mention.aside or self._headline_form(mention):
            return None
        allowance = self._allowance(mention)
        if not self._breaks_allowance(mention, allowance):
            return None
        if mention.key not in self._replacements:
            self._replacements[mention.key] = self._replacement(mention)
        replacement, support = self._replacements[mention.key]
        text = self.document.text[mention.start : mention.end]
        line = self.document.position
        if self.group.prefer is not None or allowance == "never":
            message = f'"{text}" is not the house form: use "{replacement}"'
        elif allowance == "first-mention":
            first = min(self.first_mentions)
            message = f'"{text}" is for the first mention only (line {line(first).line})'
            message += f': use "{replacement}"' if replacement else ""
        else:
            where = f" (line {line(support[0].start).line})" if support else ""
            message = f'"{text}" is another form of "{replacement}", which the story uses{where}'
        severity = RULE.severity
        if mention.quoted:
            message += " (in a quotation)"
            severity = Severity.INFO
        related = tuple(
            Related(m.start, m.end, f'the story uses "{replacement}" here')
            for m in support[:MAX_RELATED]
        )
        fix = self._fix(mention, replacement, support) if replacement else None
        return Finding(RULE.id, message, mention.start, mention.end, severity, related, fix)

    def _replacement(self, flagged: Mention) -> tuple[str | None, list[Mention]]:
        """The form to use instead, and the mentions of it in the story: the story's choice,
        else the form it uses most that the policy lets stand anywhere (the short one first)."""
        group = self.group
        if self.chosen is not None and self.chosen != flagged.key:
            return group.forms[self.chosen].text, [m for m in self.plain if m.key == self.chosen]
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for mention in self.plain:
            if mention.key != flagged.key and self._allowance(mention) in ("consistent", "anywhere"):
                counts[mention.key] += 1
                first.setdefault(mention.key, mention.start)
        if counts:
            def rank(key: str) -> tuple[bool, int, int]:
                return group.forms[key].role == "short", counts[key], -first[key]

            best = max(counts, key=rank)
            return group.forms[best].text, [m for m in self.plain if m.key == best]
        shorts = [f for key, f in group.forms.items() if f.role == "short" and key != flagged.key]
        return (shorts[0].text, []) if shorts else (None, [])

    def _fix(self, mention: Mention, replacement: str, support: Sequence[Mention]) -> Fix:
        start = mention.start
        prose = self.document.prose
        article = _ARTICLE.search(prose, max(0, start - 6), start)
        # "the Russian Federation" becomes "Russia", not "the Russia": drop the article where
        # the story writes the replacement without one.
        if article and support and not any(
            _ARTICLE.search(prose, max(0, m.start - 6), m.start) for m in support
        ):
            start = article.start()
        return Fix(
            description=f'Use "{replacement}"',
            edits=(Edit(start, mention.end, replacement),),
            applicability=Applicability.UNSAFE,
        )


def _quotes_problem(value: Any) -> str | None:
    return None if value in QUOTE_HANDLING else f"must be one of {', '.join(QUOTE_HANDLING)}"


RULE = Rule(
    id="mixed-naming",
    summary="One entity named two ways in a story (US and USA, Russia and Russian Federation).",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
    options=(
        Option("groups", [], list, "Entity groups: name, forms by role, prefer, policy, drop.",
               item_kind=dict, validate=groups_problem, merge=extend),
        Option("policy", dict(DEFAULT_POLICY), dict,
               "Allowance of each role: anywhere, first-mention, consistent or never.",
               validate=policy_problem, merge=lambda old, new: {**old, **new}),
        Option("quotes", "ignore", str, "Mentions in direct quotations: ignore or info.",
               validate=_quotes_problem),
    ),
    check=check,
    prepare=_prepare,
)
