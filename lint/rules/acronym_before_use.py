"""acronym-before-use: an acronym or initialism used before its expansion, as PerfectIt and
Vale's ``conditional`` check find.

``RFE said ...`` on line 3 and ``Radio Free Europe (RFE)`` on line 9: the reader meets the
letters before learning what they stand for. The finding is on the first use, with the
expansion as a related location. An expansion is found in any of the usual ways:

- capitalised words whose initials spell the acronym, anywhere before the use, or in
  apposition right after it (``the FDA, the Food and Drug Administration``, ``RSS - Really
  Simple Syndication``, ``CHIP: The Children's Health ...``, ``DMB for Digital ...``) (``Islamic State
  group ... IS``, ``the Food and Drug Administration ... FDA``; ``of``, ``and``, ``the``,
  ``for``... may be skipped or count);
- the acronym in brackets right after a name (``Jamaat-e-Islami (JI)``) or a name in brackets
  right after the acronym (``JI (Jamaat-e-Islami)``, ``the MPC (the Bank of England's
  Monetary Policy Committee)``).

Words whose initials spell it but that continue a longer name (``Traffic Safety
Administration`` inside ``National Highway Traffic Safety Administration``) are another body's
name, not an expansion; an expansion opens with a name word (not ``And``, ``The``) and takes no
letter from a linking word at its end.

With ``undefined: true`` the rule also flags an acronym the story never expands. That is off by
default: on the corpora measured, most never-expanded acronyms are ones the desk's readers know
(team and party names, firms, exchanges), far more than any list holds.

Flags::

    RFE reported the arrests. ... Radio Free Europe (RFE) said   used before the expansion
    GM said ... General Motors (GM) said                         an acronym on the list that
                                                                 the story itself spells out
                                                                 in brackets, after a use
    (with ``undefined: true``) The XYZ said ...                  never expanded

Passes::

    US, UK, UN, EU, NATO, BBC, FBI, AIDS, NHS, MPs ...   acronyms newsrooms never expand: the
                                                         ``never-expanded`` list (SCOWL's
                                                         all-capital words and a hand-reviewed
                                                         list: ``lint/rules/never_expanded.txt``)
    Islamic State group ... IS                           defined before use
    BREAKING NEWS: THE FDA ...                           all-caps text
    (NYSE: IBM), (IBM.N), GBP 50, A4, M25, XIV, #MAGA    tickers, codes, well-formed Roman
    CORPORATE TAX RATE: ...                              numerals, hashtags, words in
                                                         capitals beside it (not ``U.S.``)

Options:

- ``allow``: more acronyms never expanded, added to the shipped list.
- ``undefined``: also flag acronyms the story never expands (default false).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from lint.document import Document, Token
from lint.findings import Finding, Related, Severity
from lint.rules.base import Option, Options, Rule, extend, words

NEVER_EXPANDED_FILE = Path(__file__).resolve().parent / "never_expanded.txt"
_ACRONYM = regex.compile(r"\p{Lu}{2,6}s?")
# A well-formed Roman numeral (``XIV``, ``VIII``); ``CDC`` and ``ICC`` are letters, not numbers.
_ROMAN = regex.compile(r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# Words of an expansion that may be skipped or may give a letter: ``Department of Energy`` is
# DOE, ``Organisation of the Petroleum Exporting Countries`` is OPEC.
_LINKING = frozenset("of and the for on in to de du des del la le & at".split())
# A sentence with at least this share of capitalised-only tokens is all-caps text.
_CAPS_SHARE = 0.5
# Before a ticker: ``(NYSE: IBM)``, ``Nasdaq: AAPL``.
_EXCHANGE = regex.compile(r"(?:NYSE|Nasdaq|NASDAQ|LSE|AMEX|TSX|ASX|ticker|symbol)\s*:?\s*$")
_LONGEST_ACRONYM = 6
# Between an acronym and its expansion in apposition: ``the FDA, the Food and ...``.
_APPOSITION = regex.compile(
    r"(?:,|\s+or|\s+for|\s*[-–—:]|\s*[(\[])\s*(?:the\s+|an?\s+)?", regex.IGNORECASE
)
# A bracket opening right after an acronym: an expansion inside it defines it there
# (``the MPC (the Bank of England's Monetary Policy Committee)``).
_BRACKET_AFTER = regex.compile(r"\s*[(\[]")
# An acronym in brackets after a word: ``General Motors (GM)``.
_BRACKETED_ACRONYM = regex.compile(r"(?<=\S \()(\p{Lu}{2,6}s?)\)")


@dataclass(frozen=True)
class _Settings:
    allowed: frozenset[str]
    undefined: bool


@cache
def default_never_expanded() -> frozenset[str]:
    lines = NEVER_EXPANDED_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _prepare(options: Options) -> _Settings:
    extra: list[str] = options["allow"]
    return _Settings(default_never_expanded() | {a.upper() for a in extra},
                     bool(options["undefined"]))


def _base(text: str) -> str:
    """``MPs`` -> ``MP``."""
    return text[:-1] if text.endswith("s") else text


def _is_caps(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper()


def _code(document: Document, index: int) -> bool:
    """A ticker, code or Roman numeral rather than an acronym."""
    tokens = document.tokens
    token = tokens[index]
    prose = document.prose
    if _ROMAN.fullmatch(token.text):
        return True
    if _EXCHANGE.search(prose, max(0, token.start - 12), token.start):
        return True
    after = prose[token.end : token.end + 2]
    if after[:1] in (".", "-", "/") and after[1:2].isalnum():
        return True  # ``IBM.N``, ``F-16``, ``AC/DC``
    before = prose[token.start - 1 : token.start] if token.start else ""
    if before in ("-", "/", ".", "#", "@"):
        return True  # ``F-16``, ``#MAGA``
    if any(_is_caps(tokens[i]) and tokens[i].text.isalpha()
           for i in (index - 1, index + 1) if 0 <= i < len(tokens)):
        return True  # capitals beside it: a heading run into the text (``ANWR DRILLING:``),
        # not an abbreviation with stops (``the U.S. CFPB``)
    neighbours = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
    return any(t.is_number for t in neighbours)


def _all_caps_sentence(document: Document, index: int) -> bool:
    sentence = document.sentences[document.sentence_index_at(document.tokens[index].start)]
    tokens = document.tokens_of(sentence)
    # Words in capitals (``U.S.`` is an abbreviation in any sentence), two at least: one
    # acronym does not make a short sentence all-caps text (``CFPB objected.``, which a
    # segmenter may cut after ``the U.S.``).
    capitals = sum(1 for t in tokens if _is_caps(t) and t.text.isalpha())
    return capitals >= max(2, _CAPS_SHARE * len(tokens))


def _expansion_end(tokens: Sequence[Token], prose: str, start: int, letters: str) -> int:
    """The token index after an expansion of ``letters`` starting at ``start``, or -1."""

    def match(index: int, position: int) -> int:
        if position == len(letters):
            return index
        if index >= len(tokens) or (
            index > start and prose[tokens[index - 1].end : tokens[index].start] not in (" ", "-")
        ):
            return -1
        text = tokens[index].text
        lower = text.lower()
        if lower in _LINKING:
            if index == start:
                return -1  # an expansion opens with a name word: not ``And Spanish`` for AS
            # A linking word may give a middle letter (``Department of Energy``, DOE), never
            # the last (``Dems the`` is no DT).
            if text[0].upper() == letters[position] and position + 1 < len(letters):
                taken = match(index + 1, position + 1)
                if taken >= 0:
                    return taken
            return match(index + 1, position)
        if not text[0].isupper() or _is_caps(tokens[index]) or text[0] != letters[position]:
            return -1
        return match(index + 1, position + 1)

    return match(start, 0)


def _expansions(document: Document, acronyms: set[str]) -> dict[str, tuple[int, int]]:
    """The first expansion of each acronym: its span."""
    tokens = document.tokens
    prose = document.prose
    by_letter: dict[str, list[str]] = defaultdict(list)
    for acronym in acronyms:
        by_letter[acronym[0]].append(acronym)
    found: dict[str, tuple[int, int]] = {}
    for index, token in enumerate(tokens):
        candidates = by_letter.get(token.text[0])
        if not candidates or _is_caps(token):
            continue
        for acronym in candidates:
            if acronym in found:
                continue
            end = _expansion_end(tokens, prose, index, acronym)
            if end > index + 1 and not _inside_longer_name(document, index):
                found[acronym] = (token.start, tokens[end - 1].end)
    for acronym, span in _bracketed(document, acronyms).items():
        if acronym not in found or span[0] < found[acronym][0]:
            found[acronym] = span
    return found


def _inside_longer_name(document: Document, index: int) -> bool:
    """The token continues a name begun by the capitalised word before it: ``Traffic Safety
    Administration`` in ``National Highway Traffic Safety Administration`` spells TSA, but the
    name is another body's. A word that opens the sentence, a possessive (``Britain's Food
    Standards Agency``) or an abbreviation in capitals (``U.S. Food and Drug ...``) does not
    belong to the name."""
    if index == 0:
        return False
    tokens = document.tokens
    before = tokens[index - 1]
    if document.prose[before.end : tokens[index].start] != " ":
        return False
    text = before.text
    if not text[0].isupper() or _is_caps(before) or text.lower() in _LINKING:
        return False
    if text.endswith(("'s", "’s")):
        return False
    sentence = document.sentences[document.sentence_index_at(before.start)]
    return sentence.token_start != index - 1


def _bracketed(document: Document, acronyms: set[str]) -> dict[str, tuple[int, int]]:
    """``Jamaat-e-Islami (JI)`` and ``JI (Jamaat-e-Islami)``: the bracketed definition's span."""
    prose = document.prose
    found: dict[str, tuple[int, int]] = {}
    for token in document.tokens:
        base = _base(token.text)
        if base not in acronyms or base in found:
            continue
        if prose[token.start - 1 : token.start] == "(" and prose[token.end : token.end + 1] == ")":
            found[base] = (token.start - 1, token.end + 1)
        elif prose[token.end : token.end + 2] == " (" and prose[token.end + 2 : token.end + 3].isupper():
            close = prose.find(")", token.end)
            if close > 0:
                found[base] = (token.start, close + 1)
    return found


def _named_before_brackets(document: Document, acronyms: set[str]) -> dict[str, tuple[int, int]]:
    """``General Motors (GM)``: the first name whose initials spell an acronym bracketed right
    after it, by its span."""
    tokens = document.tokens
    prose = document.prose
    found: dict[str, tuple[int, int]] = {}
    for bracket in _BRACKETED_ACRONYM.finditer(prose):
        base = _base(bracket.group(1))
        if base not in acronyms or base in found:
            continue
        index = bisect.bisect_left(tokens, bracket.start(1), key=lambda t: t.start)
        # The longest run of words before the bracket that spells it, linking words included.
        for start in range(max(0, index - 2 * len(base) - 1), index):
            spelt = _expansion_end(tokens, prose, start, base) == index
            if spelt and not _inside_longer_name(document, start):
                found[base] = (tokens[start].start, tokens[index - 1].end)
                break
    return found


def _defined_right_after(prose: str, end: int, expansion: int) -> bool:
    """The expansion at ``expansion`` stands in apposition to the acronym ending at ``end``
    (``the FDA, the Food and Drug Administration``), or in the bracket that opens right after
    it (``the MPC (the Bank of England's Monetary Policy Committee)``)."""
    if _APPOSITION.fullmatch(prose, end, expansion) is not None:
        return True
    bracket = _BRACKET_AFTER.match(prose, end)
    if bracket is None:
        return False
    opened: int = bracket.end()
    close = prose.find(")" if prose[opened - 1] == "(" else "]", opened)
    return opened <= expansion < close


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    tokens = document.tokens
    headline = document.headline
    first_use: dict[str, int] = {}
    # Acronyms on the never-expanded list: they need no expansion, but one the story itself
    # spells out in brackets (``General Motors (GM)``, ``Athletics Kenya (AK)``: the list holds
    # AK for Alaska) is one its writer thought needed it, and a use before that is a slip.
    listed: set[str] = set()
    for index, token in enumerate(tokens):
        text = token.text
        if not _ACRONYM.fullmatch(text) or len(text) > _LONGEST_ACRONYM:
            continue
        base = _base(text)
        if len(base) < 2 or base in first_use:
            continue
        if headline is not None and headline.start <= token.start < headline.end:
            continue
        if _code(document, index) or _all_caps_sentence(document, index):
            continue
        first_use[base] = index
        if base in settings.allowed or text in settings.allowed:
            listed.add(base)
    if not first_use:
        return
    expansions = _expansions(document, set(first_use) - listed)
    if listed:
        expansions.update(_named_before_brackets(document, listed))
    for base, index in first_use.items():
        token = tokens[index]
        expansion = expansions.get(base)
        if expansion is None:
            if settings.undefined and base not in listed:
                yield Finding(
                    rule=RULE.id,
                    message=f'"{token.text}" is never expanded: say what it stands for at first use',
                    start=token.start, end=token.end, severity=RULE.severity,
                )
            continue
        if expansion[0] <= token.start or _defined_right_after(document.prose, token.end, expansion[0]):
            continue  # defined at or before the first use, or right after it
        written = document.text[expansion[0] : expansion[1]]
        line = document.position(expansion[0]).line
        yield Finding(
            rule=RULE.id,
            message=f'"{token.text}" is used before its expansion "{written}" (line {line})',
            start=token.start, end=token.end, severity=RULE.severity,
            related=(Related(expansion[0], expansion[1], f'"{base}" is expanded here'),),
        )


RULE = Rule(
    id="acronym-before-use",
    summary="An acronym used before its expansion.",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
    options=(
        Option("allow", [], list, "More acronyms never expanded.", item_kind=str,
               validate=words, merge=extend),
        Option("undefined", False, bool, "Also flag acronyms the story never expands."),
    ),
    check=check,
    prepare=_prepare,
)
