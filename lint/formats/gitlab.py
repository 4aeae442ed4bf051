"""GitLab Code Quality: a JSON array that a merge request shows as new and resolved findings.

Each item has ``description``, ``check_name``, ``fingerprint``, ``severity`` and
``location.path`` / ``location.lines.begin``. GitLab matches findings between the base and the
head of a merge request by fingerprint, so the fingerprint hashes the rule, the path, the
flagged text and which occurrence of that text it is, and not the line: a finding keeps its
fingerprint when lines are added above it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any, TextIO

from lint.findings import Reported, Severity
from lint.formats import RunSummary, with_unreadable
from lint.formats.paths import relative_path

_SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def fingerprint(rule: str, path: str, text: str, occurrence: int) -> str:
    # NUL cannot occur in a rule id or a path, so the parts cannot run into each other.
    key = "\0".join((rule, path, text, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def issue(item: Reported, base_dir: str) -> dict[str, Any]:
    path = relative_path(item.path, base_dir)
    return {
        "description": item.message,
        "check_name": item.rule,
        "fingerprint": fingerprint(item.rule, path, item.text, item.occurrence),
        "severity": _SEVERITIES[item.severity],
        "location": {"path": path, "lines": {"begin": item.place.line}},
    }


def write(reported: Sequence[Reported], summary: RunSummary, out: TextIO) -> None:
    json.dump([issue(item, summary.base_dir) for item in with_unreadable(reported, summary)], out,
              ensure_ascii=False, indent=2)
    out.write("\n")
