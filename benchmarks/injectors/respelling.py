"""Respells one mention of a name the story uses more than once: ``Surovkin`` becomes
``Surovikin`` on one line, the other mentions stay.

A name here is a capitalised word of five letters or more standing after a lowercase word or a
comma (so not at the start of a sentence), written two or more times and never in lowercase, in
the running prose that rules read: tables, line-ups, title-case lines, datelines and bylines are
blanked from it (:mod:`lint.document.nonprose`), so a mention there is neither respelt nor
counted (a name written once in a line-up and once in prose is a name the rule reads once).
A word that stands beside two different names (``James Allen`` and ``James Wareham``, ``Daniel
Williams`` and ``Danny Williams``) is a word of two people's names, not one name used twice, and
is not respelt either.
The respelling is one of the transliteration classes the rule is meant to know: a vowel
dropped or added, a consonant doubled or undoubled, ``ou``/``u``, ``k``/``q``/``c``,
``y``/``i``/``j``, ``ph``/``f``, ``sh``/``sch``/``ch``, a final ``ov``/``off``/``ev``,
``ee``/``i``. A name that is also a word (``Brown``, ``Japan``) is respelt like any other, but a
respelling that is itself a real word or known name (``Spain`` -> ``Spin``, ``Diana`` ->
``Dianna``) is not used: that is another word, which the rule must never call a variant.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence

import regex

from benchmarks.injectors import Injected, Story, line_of
from lint.document import build_document
from lint.rules.names.guards import is_real
from lint.rules.names.titles import TITLES

NAME = "respelling"
RULE = "inconsistent-spelling"

_MENTION = regex.compile(r"(?<=[\p{Ll},;] )\p{Lu}\p{Ll}{4,}(?![\p{L}\p{N}\-])")
_VOWELS = "aeiou"
# The capitalised word right before or after a mention: together they are one person's name.
_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}+) $")
_AFTER = regex.compile(r" (\p{Lu}\p{Ll}+)")
# Each swap is a pattern (letters not part of a digraph like "ch" or "ck") and its respelling.
_SWAPS = tuple(
    (regex.compile(pattern), new)
    for pattern, new in (
        ("ou", "u"), ("(?<!o)u", "ou"), ("ph", "f"), ("(?<!p)f", "ph"), ("sch", "sh"),
        ("(?<!c)sh", "sch"), ("(?<!s)ch", "sh"), ("(?<!c)k(?!h)", "c"), ("c(?![hk])", "k"),
        ("q", "k"), ("(?<!c)k(?!h)", "q"), ("y", "i"), ("(?<![aeiou])i(?![aeiou])", "y"),
        ("j", "y"), ("ee", "i"), ("(?<![aeiou])i(?![aeiou])", "ee"),
    )
)
_DIGRAPHS = ("ch", "sh", "ph", "th", "gh", "ck", "kh", "qu")
_ENDINGS = (("ov", "off"), ("ov", "ev"), ("off", "ov"), ("ev", "ov"), ("ev", "off"))


def _dropped_vowels(word: str) -> Iterator[str]:
    for i in range(1, len(word) - 1):
        if word[i] in _VOWELS and word[i - 1] not in _VOWELS:
            yield word[:i] + word[i + 1 :]


def _added_vowels(word: str) -> Iterator[str]:
    for i in range(2, len(word) - 1):
        if word[i - 1] not in _VOWELS and word[i] not in _VOWELS and (
            word[i - 1 : i + 1].lower() not in _DIGRAPHS
        ):
            for vowel in "aeio":
                yield word[:i] + vowel + word[i:]


def _doublings(word: str) -> Iterator[str]:
    for i in range(1, len(word)):
        char = word[i]
        if char in _VOWELS or not char.isalpha():
            continue
        if word[i - 1] == char:
            yield word[:i] + word[i + 1 :]
        elif (i + 1 == len(word) or word[i + 1] != char) and word[i - 1] in _VOWELS:
            yield word[:i] + char + word[i:]


def _swaps(word: str) -> Iterator[str]:
    lower = word.lower()
    for pattern, new in _SWAPS:
        for match in pattern.finditer(lower, 1):
            yield word[: match.start()] + new + word[match.end() :]
    for old, new in _ENDINGS:
        if lower.endswith(old):
            yield word[: -len(old)] + new


def _in_two_names(prose: str, name: str) -> bool:
    """``name`` stands beside two different capitalised words (titles aside), before or after:
    ``James Allen`` and ``James Wareham``."""
    before: set[str] = set()
    after: set[str] = set()
    for match in regex.finditer(rf"\b{name}\b", prose):
        start, end = match.span()
        if (found := _BEFORE.search(prose, max(0, start - 40), start)) is not None:
            before.add(found.group(1))
        if (found := _AFTER.match(prose, end)) is not None:
            after.add(found.group(1))
    return any(len({w for w in words if w.lower() not in TITLES}) > 1 for words in (before, after))


_RESPELLINGS: tuple[Callable[[str], Iterator[str]], ...] = (
    _dropped_vowels, _added_vowels, _doublings, _swaps,
)


def respellings(word: str) -> list[str]:
    """Every respelling of ``word`` in the classes above, first letter kept."""
    found = {variant for respell in _RESPELLINGS for variant in respell(word)}
    found.discard(word)
    return sorted(found)


def inject(story: Story, rng: random.Random, corpus: Sequence[Story]) -> Injected | None:
    text = story.text
    # The prose as rules read it: same offsets, non-prose lines blanked.
    prose = build_document(text, story.path, story.format).prose
    body_start = max(text.find("\n\n"), 0)
    mentions: dict[str, list[regex.Match[str]]] = {}
    for match in _MENTION.finditer(prose, body_start):
        mentions.setdefault(match.group(), []).append(match)
    names = [
        name for name in sorted(mentions)
        if len(regex.findall(rf"\b{name}\b", prose)) >= 2
        and not regex.search(rf"\b{name.lower()}\b", text)
        and not _in_two_names(prose, name)
    ]
    rng.shuffle(names)
    for name in names:
        variants = [v for v in respellings(name) if v not in text and not is_real(v.lower())]
        if not variants:
            continue
        mention = rng.choice(mentions[name])
        variant = rng.choice(variants)
        respelt = text[: mention.start()] + variant + text[mention.end() :]
        return Injected(respelt, line_of(respelt, mention.start()), f"{name} -> {variant}")
    return None
