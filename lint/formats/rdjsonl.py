"""reviewdog's rdjsonl: one JSON diagnostic per line, for ``reviewdog -f=rdjsonl``.

Columns are 1-based UTF-8 byte counts and ranges end exclusive, as reviewdog counts them (a
curly quote or an accent before a finding moves it by more than one). A fix becomes
``suggestions``, one per edit, which reviewdog posts as suggested changes on a pull request.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from lint.findings import Place, Reported, Severity
from lint.formats import RunSummary, with_unreadable
from lint.formats.paths import relative_path

_SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def _range(place: Place) -> dict[str, dict[str, int]]:
    return {
        "start": {"line": place.line, "column": place.byte_column},
        "end": {"line": place.end_line, "column": place.end_byte_column},
    }


def diagnostic(item: Reported, base_dir: str) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "message": item.message,
        "location": {"path": relative_path(item.path, base_dir), "range": _range(item.place)},
        "severity": _SEVERITIES[item.severity],
        "source": {"name": "newslint"},
        "code": {"value": item.rule},
    }
    if item.fix_edits:
        entry["suggestions"] = [
            {"range": _range(edit.place), "text": edit.replacement} for edit in item.fix_edits
        ]
    return entry


def write(reported: Sequence[Reported], summary: RunSummary, out: TextIO) -> None:
    for item in with_unreadable(reported, summary):
        out.write(json.dumps(diagnostic(item, summary.base_dir), ensure_ascii=False) + "\n")
