"""JSON: a list of finding objects. The shape is a contract, documented in the README.

Each object has ``path``, ``rule``, ``severity``, ``line``, ``column``, ``end_line``,
``end_column`` (1-based, code points, end exclusive) and ``message``; ``related`` (a list of
located messages) and ``fix`` (``applicability``, ``description``, ``edits``) where present.
A file that could not be read is an ``unreadable-file`` error at 1:1, so a script that counts
errors never takes a run with an unreadable story for a clean one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from lint.findings import Place, Reported
from lint.formats import RunSummary, with_unreadable


def _span(place: Place) -> dict[str, int]:
    return {
        "line": place.line,
        "column": place.column,
        "end_line": place.end_line,
        "end_column": place.end_column,
    }


def as_dict(item: Reported) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "path": item.path,
        "rule": item.rule,
        "severity": item.severity.value,
        **_span(item.place),
        "message": item.message,
    }
    if item.related:
        entry["related"] = [{**_span(r.place), "message": r.message} for r in item.related]
    if item.fix_applicability is not None:
        entry["fix"] = {
            "applicability": item.fix_applicability.value,
            "description": item.fix_description,
            "edits": [{**_span(e.place), "replacement": e.replacement} for e in item.fix_edits],
        }
    return entry


def write(reported: Sequence[Reported], summary: RunSummary, out: TextIO) -> None:
    items = [as_dict(item) for item in with_unreadable(reported, summary)]
    json.dump(items, out, ensure_ascii=False, indent=2)
    out.write("\n")
