"""The Document: one story, read once, with every piece carrying offsets into the original text.

Offsets are indexes of Unicode code points in ``Document.text`` (the decoded file, BOM removed).
Non-prose (markup, code, link targets, comments) is masked in ``Document.prose`` with blanks of
the same length, so an offset means the same thing in both strings. An HTML entity keeps its
decoded character at its first position and ``PAD`` in the rest: rules read token texts, which
have the padding removed, and report spans that still point into the original.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import NamedTuple, TypeVar

# Filler for the tail of a decoded entity in the prose text. NUL never occurs in a story we
# read (files with NUL bytes are rejected as binary), so it cannot collide with real text.
PAD = "\x00"

_T = TypeVar("_T")
_TEXT = itemgetter(0)  # of a Token

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Per encoding: the characters that take more than one code unit, and how many more.
_WIDER: dict[str, tuple[re.Pattern[str], Callable[[str], int]]] = {
    "utf-8": (re.compile(r"[^\x00-\x7f]"), lambda char: len(char.encode("utf-8")) - 1),
    "utf-16": (re.compile(r"[^\x00-\uffff]"), lambda char: 1),  # a surrogate pair
}


class NonProse(NamedTuple):
    """A span of a story that is not running prose, and its kind (:mod:`lint.document.nonprose`)."""

    start: int
    end: int
    kind: str


class Token(NamedTuple):
    """A word or number with its text as the rules see it (entities decoded). A named tuple:
    a story has hundreds of tokens, and tuples are the cheapest objects to build."""

    text: str
    start: int
    end: int
    is_number: bool = False

    @property
    def lower(self) -> str:
        return self.text.lower()


class Block(NamedTuple):
    """A paragraph or a sentence: a span, its prose text, and the range of its tokens."""

    start: int
    end: int
    text: str
    token_start: int  # index into Document.tokens
    token_end: int


class Position(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based, in code points


class LineIndex:
    """Maps offsets to 1-based line and column. ``\\r\\n``, ``\\r`` and ``\\n`` each end a line."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
        self._wide_tables: dict[str, tuple[list[int], list[int]]] = {}

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self._starts, offset)
        return Position(line, offset - self._starts[line - 1] + 1)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def units_column(self, offset: int, encoding: str) -> int:
        """The 1-based column of ``offset`` in code units of ``encoding`` (``utf-8`` bytes,
        ``utf-16`` units), worked out from a table of the wider characters made once per
        encoding: a finding on a line of megabytes costs a look-up, not a re-encoding."""
        start = self._starts[bisect.bisect_right(self._starts, offset) - 1]
        wide, extra = self._wide(encoding)
        before = extra[bisect.bisect_left(wide, offset)] - extra[bisect.bisect_left(wide, start)]
        return offset - start + before + 1

    def _wide(self, encoding: str) -> tuple[list[int], list[int]]:
        """Offsets of the characters longer than one unit, and the extra units before each."""
        table = self._wide_tables.get(encoding)
        if table is None:
            pattern, extra_units = _WIDER[encoding]
            wide: list[int] = []
            extra = [0]
            for match in pattern.finditer(self._text):
                wide.append(match.start())
                extra.append(extra[-1] + extra_units(match.group()))
            table = self._wide_tables[encoding] = (wide, extra)
        return table


@dataclass(frozen=True)
class Document:
    """A story as every rule sees it. Build it with :func:`lint.document.build_document`."""

    path: str
    format: str  # "text", "markdown" or "html"
    text: str
    prose: str
    headline: Block | None
    paragraphs: Sequence[Block]
    sentences: Sequence[Block]
    tokens: Sequence[Token]
    directives: Sequence[Directive] = field(default_factory=tuple)
    # Lines that are not running prose, blanked from ``prose`` and everything built from it.
    nonprose: Sequence[NonProse] = ()
    # Builds the same story with some kinds of non-prose kept (None: the story has none).
    view: Callable[[frozenset[str]], Document] | None = field(default=None, repr=False, compare=False)
    _views: dict[frozenset[str], Document] = field(default_factory=dict, repr=False, compare=False)
    # A story too long to lint as one is linted in sections: their spans, and how to build one.
    sections: Sequence[tuple[int, int]] = ()
    section: Callable[[int, int], Document] | None = field(default=None, repr=False, compare=False)

    def parts(self) -> Iterator[tuple[int, Document]]:
        """The documents the rules read, each with the offset of its text in this one: the
        story itself, or, for a story too long to hold as one, its sections in turn (each built
        when it is reached and dropped after, so memory stays that of one section)."""
        if self.section is None:
            yield 0, self
            return
        for start, end in self.sections:
            yield start, self.section(start, end)

    _memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, name: str, compute: Callable[[Document], _T]) -> _T:
        """``compute(self)``, worked out once per story: for what several rules read (the
        people a story names), so that neither a rule nor a module keeps it."""
        if name not in self._memo:
            self._memo[name] = compute(self)
        return self._memo[name]  # type: ignore[return-value]

    def reading(self, kinds: frozenset[str]) -> Document:
        """This story as a rule that reads these kinds of non-prose sees it (built once)."""
        if not kinds or self.view is None or not any(s.kind in kinds for s in self.nonprose):
            return self
        kept = kinds & {s.kind for s in self.nonprose}
        document = self._views.get(kept)
        if document is None:
            document = self._views[kept] = self.view(kept)
        return document

    @cached_property
    def words(self) -> list[str]:
        """The tokens' texts in lower case, made once (by map: no Python code per token) for
        the rules that compare words."""
        return list(map(str.lower, map(_TEXT, self.tokens)))

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    def position(self, offset: int) -> Position:
        return self.lines.position(offset)

    def tokens_of(self, block: Block) -> Sequence[Token]:
        return self.tokens[block.token_start : block.token_end]

    def body(self) -> Iterator[Block]:
        """Paragraphs after the headline."""
        for para in self.paragraphs:
            if self.headline is None or para.start >= self.headline.end:
                yield para

    def paragraph_index_at(self, offset: int) -> int:
        """Index of the paragraph holding ``offset``, or of the one before it."""
        starts = self._paragraph_starts
        return max(0, bisect.bisect_right(starts, offset) - 1)

    def sentence_index_at(self, offset: int) -> int:
        starts = self._sentence_starts
        return max(0, bisect.bisect_right(starts, offset) - 1)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]


class Directive(NamedTuple):
    """A suppression comment: ``newslint-disable``, ``-enable``, ``-next-line`` or ``-file``."""

    kind: str  # "disable", "enable", "disable-next-line", "disable-file"
    rules: tuple[str, ...]  # empty: every rule
    start: int
    end: int
