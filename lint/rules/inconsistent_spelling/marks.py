"""Words written with and without a diacritic or a hyphen: ``coöperate``/``cooperation``,
``café``/``cafe``, ``e-mail``/``email``.

Any word counts, name or not. A marked word matches a plain word when, folded and without
hyphens, they are the same word or two forms of one stem (``cooperate``/``cooperation``) whose
shared part holds every mark. Hyphenated words with the prefix ``re-`` are left alone: English
uses the hyphen to tell ``re-sign`` from ``resign`` and ``re-cover`` from ``recover``.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import contains, itemgetter, not_, or_

from lint.document import PAD, Document, Token
from lint.rules.inconsistent_spelling.variants import Spelling, Use, VariantSet
from lint.rules.names.guards import DERIVATIONS
from lint.rules.names.normalise import (
    HYPHENS,
    fold,
    has_marks,
    possessive_length,
    split_article,
)

_STEM = 4  # letters two forms of one word share at least
_ENDINGS = DERIVATIONS | {""}
_MEANINGFUL_HYPHEN_PREFIXES = ("re",)
_TEXT = itemgetter(0)  # of a Token
_HEAD = itemgetter(slice(_STEM))  # of a string: its first _STEM letters


@dataclass(frozen=True, slots=True)
class _Folded:
    """A word folded to plain lowercase letters, with the index in the word of each letter
    and the folded position of the last mark (a diacritic, or the letter after a hyphen)."""

    letters: str
    origins: tuple[int, ...]
    last_mark: int


# Marked words recur from story to story (café, e-mail): folded once per process, bounded.
@lru_cache(maxsize=1 << 12)
def _fold_with_origins(word: str) -> _Folded:
    letters: list[str] = []
    origins: list[int] = []
    last_mark = -1
    for index, char in enumerate(unicodedata.normalize("NFC", word)):
        if char in HYPHENS:
            last_mark = len(letters)
            continue
        plain = fold(char)
        if plain != char.casefold():
            last_mark = len(letters) + max(len(plain) - 1, 0)
        letters.extend(plain)
        origins.extend([index] * len(plain))
    return _Folded("".join(letters), tuple(origins), last_mark)


def _is_marked(word: str, hyphens: bool = True) -> bool:
    if has_marks(word):
        return True
    if not hyphens or not any(h in word for h in HYPHENS) or split_article(word):
        return False
    pieces = word.replace("‐", "-").replace("‑", "-").split("-")
    return all(p.isalpha() for p in pieces) and pieces[0].lower() not in _MEANINGFUL_HYPHEN_PREFIXES


def _use(document: Document, token: Token) -> Use:
    raw = document.prose[token.start : token.end]
    end = token.end - possessive_length(raw)
    return Use(token.start, end, document.prose[token.start : end].replace(PAD, ""))


def _candidates(tokens: Sequence[Token], texts: Sequence[str], hyphens: bool) -> list[Token]:
    """The tokens that may carry a mark: a diacritic makes a word non-ASCII, and so does any
    hyphen but ``-``, which counts only with ``hyphens``. Most tokens are plain ASCII, so they
    are sorted out with builtins chained over the whole story (``texts``, the tokens' texts)
    rather than a Python step per token."""
    flags: Iterator[bool] = map(not_, map(str.isascii, texts))
    if hyphens:
        flags = map(or_, flags, map(contains, texts, repeat("-")))
    return [token for token in compress(tokens, flags) if not token.is_number]


def _same_word(marked: _Folded, plain: str) -> bool:
    letters = marked.letters
    shared = 0
    for a, b in zip(letters, plain, strict=False):
        if a != b:
            break
        shared += 1
    if shared <= marked.last_mark:
        return False
    if shared == len(letters) == len(plain):
        return True
    return shared >= _STEM and letters[shared:] in _ENDINGS and plain[shared:] in _ENDINGS


def mark_variants(document: Document, hyphens: bool) -> list[VariantSet]:
    """Variant sets of words with and without a diacritic, and with ``hyphens`` also of words
    with and without a hyphen (``e-mail``/``email``)."""
    prose = document.prose
    if prose.isascii() and not (hyphens and "-" in prose):
        return []  # ASCII has no diacritic, and a hyphen counts only with hyphens
    tokens = document.tokens
    texts = list(map(_TEXT, tokens))
    marked: dict[str, list[Use]] = defaultdict(list)
    for token in _candidates(tokens, texts, hyphens):
        use = _use(document, token)
        if _is_marked(use.text, hyphens):
            marked[use.text.casefold()].append(use)
    if not marked:
        return []
    # Only plain words that start like a marked one can match it: index just those (picked
    # out with builtins, as above).
    prefixes = {_fold_with_origins(uses[0].text).letters[:_STEM] for uses in marked.values()}
    heads = map(str.lower, map(_HEAD, texts))
    plain: dict[str, list[Use]] = defaultdict(list)
    for token in compress(tokens, map(prefixes.__contains__, heads)):
        if token.text.isascii() and not token.is_number:
            use = _use(document, token)
            if use.text.isalpha():
                plain[use.text.lower()].append(use)
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for word in plain:
        by_prefix[word[:_STEM]].append(word)
    found: list[VariantSet] = []
    for uses in marked.values():
        folded = _fold_with_origins(uses[0].text)
        matches = [w for w in by_prefix.get(folded.letters[:_STEM], ()) if _same_word(folded, w)]
        if not matches:
            continue
        plain_uses = tuple(sorted((u for w in matches for u in plain[w]), key=lambda u: u.start))
        spellings = (
            Spelling(uses[0].text, tuple(uses)),
            Spelling(plain_uses[0].text, plain_uses),
        )
        found.append(VariantSet("word", spellings, _Respell(uses[0].text, folded)))
    return found


@dataclass(frozen=True)
class _Respell:
    """Rewrites a use the dominant way: a marked word without its marks, or a plain word with
    the marks of ``template`` on the part they share."""

    template: str
    folded: _Folded

    def __call__(self, use: Use, dominant: Spelling) -> str:
        if _is_marked(dominant.label):
            return self._marked(use.text)
        return _unmarked(use.text)

    def _marked(self, word: str) -> str:
        letters = fold(word)
        shared = 0
        for a, b in zip(self.folded.letters, letters, strict=False):
            if a != b:
                break
            shared += 1
        cut = self.folded.origins[shared - 1] + 1
        template = unicodedata.normalize("NFC", self.template)
        while cut < len(template) and unicodedata.combining(template[cut]):
            cut += 1
        head = template[:cut]
        if word[:1].isupper():
            head = head[:1].upper() + head[1:]
        return head + word[shared:]


def _unmarked(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in HYPHENS)
    return unicodedata.normalize("NFC", kept)

