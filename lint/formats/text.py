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


def summary_line(reported: Sequence[Reported], summary: RunSummary) -> str:
    """Counts that never make a run look cleaner than it was: files that could not be read are
    not counted as checked, and a dry run says what it would fix, not what it fixed."""
    files = _plural(summary.files_checked - summary.files_failed, "file")
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
    if summary.files_failed:
        parts.append(f"{_plural(summary.files_failed, 'file')} could not be read.")
    if summary.files_not_written:
        parts.append(f"{_plural(summary.files_not_written, 'file')} could not be written.")
    if summary.fixed:
        parts.append(f"{'Would fix' if summary.dry_run else 'Fixed'} {_plural(summary.fixed, 'finding')}.")
    if summary.fixable:
        parts.append(f"{summary.fixable} fixable with --fix.")
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
    out.write(summary_line(reported, summary) + "\n")
