"""The finding contract: what a rule yields and every formatter reads."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls(value.lower())


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Applicability(StrEnum):
    """Safe fixes keep the meaning and are applied by ``--fix``; unsafe ones need
    ``--unsafe-fixes`` (a human should look: the rule may be wrong about which form is right)."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    description: str
    edits: tuple[Edit, ...]
    applicability: Applicability


@dataclass(frozen=True, slots=True)
class Related:
    """Another place the finding refers to: the other spelling, the first mention."""

    start: int
    end: int
    message: str


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    message: str
    start: int  # code-point offsets into Document.text, end exclusive
    end: int
    severity: Severity = Severity.WARNING
    related: tuple[Related, ...] = field(default=())
    fix: Fix | None = None

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)


@dataclass(frozen=True, slots=True)
class Place:
    """A span as people and tools count it: 1-based lines, columns in code points (end
    exclusive), and the same columns in UTF-8 bytes for tools that count bytes."""

    line: int
    column: int
    end_line: int
    end_column: int
    byte_column: int
    end_byte_column: int


@dataclass(frozen=True, slots=True)
class PlacedRelated:
    place: Place
    message: str


@dataclass(frozen=True, slots=True)
class PlacedEdit:
    place: Place
    replacement: str


@dataclass(frozen=True, slots=True)
class Reported:
    """A finding placed in its file: everything a formatter needs, and nothing to compute."""

    path: str
    rule: str
    severity: Severity
    message: str
    place: Place
    text: str  # the original text of the span (fingerprints hash it)
    occurrence: int  # how many earlier findings of this rule in this file flag the same text
    related: tuple[PlacedRelated, ...] = ()
    fix_description: str | None = None
    fix_applicability: Applicability | None = None
    fix_edits: tuple[PlacedEdit, ...] = ()
