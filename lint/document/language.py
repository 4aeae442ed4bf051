"""Is a paragraph English? English rules should not read a Spanish edition's page or a Japanese
snippet: what looks like a respelling there (``Qué``/``que``) is another language's grammar.

The test asks for evidence, and on too little text it answers yes, so that a short line, a
table row or a name list stays linted:

- a paragraph whose letters are mostly of a script other than Latin is not English;
- a paragraph in Latin script is not English when the common function words of other European
  languages (``que``, ``les``, ``und``, ``della``...) and lower-case words with accented
  letters (``définition``, ``años``) are at least three, and more than twice as many as English
  function words (``the``, ``of``, ``and``...). The other languages' words count only in lower
  case, and a name's particle (``de``, ``van``, ``la``) only when no capital follows it, so
  names (``Los Angeles``, ``Le Monde``, ``UN``, ``Jan van der Berg``) are no evidence; words
  English shares with them (``a``, ``in``, ``on``, ``die``) count for neither.
"""

from __future__ import annotations

from collections import Counter

import regex

_LETTERS = regex.compile(r"\p{L}+")
# Runs of letters of another script than Latin.
_OTHER_SCRIPT = regex.compile(r"[^\P{L}\p{Latin}]+")
_WORD = regex.compile(r"\p{Latin}+(?:['’]\p{Latin}+)*")

# The most frequent English words that are not also words of the languages below.
_ENGLISH = frozenset(
    "the of and to is that for it with he she they we his her their this these those from by at "
    "be are were have has had not but or which who whom said would been its there after than when "
    "what about into could should also our them you your my were been being does did".split()
)
# Function words of Spanish, French, Portuguese, Italian, German and Dutch, without any that
# is also an English word (so ``a``, ``in``, ``on``, ``as``, ``do``, ``no``, ``die``, ``son``,
# ``an``, ``so``, ``was``, ``will`` are left out).
_OTHER = frozenset(
    # Spanish
    "de el la los las del que y en por para con una uno es se su sus al lo como más pero ya este "
    "esta estos entre cuando muy sin sobre también fue ha hay desde donde porque ni ser está "
    "qué cómo sólo solo hasta todo todos "
    # French
    "le les des du et est une un dans pour pas sur qui au aux avec ce cette il elle ils elles "
    "sont ont par plus mais ou où été être leur nous vous je ne se sa ses très "
    # Portuguese
    "os da das dos não uma em um com ao pelo pela mais mas foi às também "
    # Italian
    "gli della delle di che è per non sono nel nella alla anche ma più questo questa "
    # German
    "der das und ist nicht mit von den dem sich auf für eine ein zu auch sie wie werden wurde "
    "bei nach aus nur noch über ich dass wird sind haben "
    # Dutch
    "het een van niet zijn voor met wordt ook maar naar".split()
) - _ENGLISH

# Words that also join the parts of a name (``van der Linde``, ``de Villiers``, ``Los Angeles``).
_NAME_PARTICLES = frozenset("de del della di da das dos du der den van von la le las los el al y".split())

# Fewer words than this are too little to tell a language by.
_MIN_WORDS = 5
_MIN_OTHER = 3


def is_english(text: str) -> bool:
    """False only when ``text`` is clearly in another language (see the module docstring)."""
    # Letters are counted by runs (one match per word, not per letter), and only in text that
    # has letters of another script: this runs on every paragraph of a story that is not ASCII.
    if not text.isascii():
        other_script = sum(map(len, _OTHER_SCRIPT.findall(text)))
        if other_script and other_script * 2 > sum(map(len, _LETTERS.findall(text))):
            return False
    words = _WORD.findall(text)
    if len(words) < _MIN_WORDS:
        return True
    # An upper bound of the evidence first, from the distinct words (counted in C): in English
    # prose it is almost always too little, and the exact count below is never needed.
    counts = Counter(words)
    evidence = sum(counts[word] for word in _OTHER.intersection(counts))
    if not "".join(counts).isascii():
        evidence += sum(n for word, n in counts.items() if word.islower() and not word.isascii())
    if evidence < _MIN_OTHER:
        return True
    english = sum(n for word, n in counts.items() if word.lower() in _ENGLISH)
    if evidence <= 2 * english:
        return True
    other = sum(
        1 for word, after in zip(words, [*words[1:], ""], strict=True)
        if (word in _OTHER or (word.islower() and not word.isascii()))
        and not (word in _NAME_PARTICLES and after[:1].isupper())
    )
    return other < _MIN_OTHER or other <= 2 * english
