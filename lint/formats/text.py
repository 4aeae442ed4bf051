"""``path:line:col: severity rule-id message``, one line per finding, then a summary line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from lint.findings import Reported, Severity
from lint.formats import RunSummary

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD = "\x1b[1m"
_RESET = "\x1b[0m"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(reported: Sequence[Reported], files_checked: int, fixed: int, fixable: int) -> str:
    files = _plural(files_checked, "file")
    parts = []
    if reported:
        by_severity = Counter(r.severity for r in reported)
        counts = ", ".join(
            _plural(by_severity[s], s.value) if s is not Severity.INFO else f"{by_severity[s]} info"
            for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if by_severity[s]
        )
        in_files = len({r.path for r in reported})
        parts.append(f"Found {_plural(len(reported), 'finding')} ({counts}) in {in_files} of {files}.")
    else:
        parts.append(f"No findings in {files}.")
    if fixed:
        parts.append(f"Fixed {_plural(fixed, 'finding')}.")
    if fixable:
        parts.append(f"{fixable} fixable with --fix.")
    return " ".join(parts)


def write(reported: Sequence[Reported], summary: RunSummary, out: TextIO) -> None:
    for item in reported:
        place = item.place
        location = f"{item.path}:{place.line}:{place.column}:"
        severity = item.severity.value
        rule = item.rule
        if summary.color:
            location = f"{_BOLD}{location}{_RESET}"
            severity = f"{_COLORS[item.severity]}{severity}{_RESET}"
            rule = f"{_BOLD}{rule}{_RESET}"
        out.write(f"{location} {severity} {rule} {item.message}\n")
    out.write(summary_line(reported, summary.files_checked, summary.fixed, summary.fixable) + "\n")
