"""The finding contract: what a rule yields and every formatter reads.

The records are named tuples: immutable like frozen dataclasses, and a tenth of the cost to
define, which every start of newslint pays."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, NamedTuple


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


class Edit(NamedTuple):
    start: int
    end: int
    replacement: str


class Fix(NamedTuple):
    description: str
    edits: tuple[Edit, ...]
    applicability: Applicability


class Related(NamedTuple):
    """Another place the finding refers to: the other spelling, the first mention."""

    start: int
    end: int
    message: str


class Finding(NamedTuple):
    rule: str
    message: str
    start: int  # code-point offsets into Document.text, end exclusive
    end: int
    severity: Severity = Severity.WARNING
    related: tuple[Related, ...] = ()
    fix: Fix | None = None

    def with_severity(self, severity: Severity) -> Finding:
        return self._replace(severity=severity)

    def shifted(self, offset: int) -> Finding:
        """The same finding with every offset moved by ``offset`` (a section's place in its story)."""
        if not offset:
            return self
        fix = self.fix
        return self._replace(
            start=self.start + offset,
            end=self.end + offset,
            related=tuple(r._replace(start=r.start + offset, end=r.end + offset) for r in self.related),
            fix=fix._replace(edits=tuple(
                e._replace(start=e.start + offset, end=e.end + offset) for e in fix.edits
            )) if fix else None,
        )


class Place(NamedTuple):
    """A span as people and tools count it: 1-based lines, columns in code points (end
    exclusive), and the same columns in UTF-8 bytes for tools that count bytes."""

    line: int
    column: int
    end_line: int
    end_column: int
    byte_column: int
    end_byte_column: int


class PlacedRelated(NamedTuple):
    place: Place
    message: str
    path: str | None = None  # another file (``check --across``); None: the finding's own


class PlacedEdit(NamedTuple):
    place: Place
    replacement: str


class Reported(NamedTuple):
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

    def to_dict(self) -> dict[str, Any]:
        """The finding as the JSON contract of the README describes it."""
        entry: dict[str, Any] = {
            "path": self.path,
            "rule": self.rule,
            "severity": self.severity.value,
            **_span(self.place),
            "message": self.message,
        }
        if self.related:
            entry["related"] = [
                {**({"path": r.path} if r.path else {}), **_span(r.place), "message": r.message}
                for r in self.related
            ]
        if self.fix_applicability is not None:
            entry["fix"] = {
                "applicability": self.fix_applicability.value,
                "description": self.fix_description,
                "edits": [{**_span(e.place), "replacement": e.replacement} for e in self.fix_edits],
            }
        return entry


def _span(place: Place) -> dict[str, int]:
    return {
        "line": place.line, "column": place.column,
        "end_line": place.end_line, "end_column": place.end_column,
    }
