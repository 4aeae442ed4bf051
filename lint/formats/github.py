"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request.

``::error file=F,line=L,endLine=L2,col=C,endColumn=C2,title=RULE::message`` (``warning`` and
``notice`` for the other severities). The message escapes ``%``, CR and LF; property values
also escape ``:`` and ``,``. Columns are given only when the finding starts and ends on one
line, as GitHub ignores them otherwise.

GitHub shows only the first 10 errors and 10 warnings of a step (50 of a job) and drops the
rest silently, so when ``GITHUB_STEP_SUMMARY`` names a file a Markdown table of every finding
is appended to it: the job summary page then lists them all.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TextIO

from lint.findings import Reported, Severity
from lint.formats import RunSummary, with_unreadable
from lint.formats.paths import relative_path

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
STEP_SUMMARY = "GITHUB_STEP_SUMMARY"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(item: Reported, base_dir: str) -> str:
    place = item.place
    properties = [("file", relative_path(item.path, base_dir)), ("line", str(place.line)),
                  ("endLine", str(place.end_line))]
    if place.line == place.end_line:
        properties += [("col", str(place.column)), ("endColumn", str(place.end_column))]
    properties.append(("title", item.rule))
    joined = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    return f"::{_COMMANDS[item.severity]} {joined}::{escape_data(item.message)}"


def _cell(text: str) -> str:
    """Table cells are one line, and a bare ``|`` would end the cell."""
    return " ".join(text.split()).replace("|", "\\|")


def markdown_table(reported: Sequence[Reported], summary: RunSummary) -> str:
    linted = summary.files_checked - summary.files_failed
    files = f"{linted} file{'' if linted == 1 else 's'}"
    failed = summary.files_failed
    unread = f"; {failed} file{'' if failed == 1 else 's'} could not be read" if failed else ""
    if not reported and not failed:
        return f"### newslint\n\nNo findings in {files}.\n"
    reported = with_unreadable(reported, summary)
    found = len(reported) - failed
    lines = [
        f"### newslint: {found} finding{'' if found == 1 else 's'} in {files}{unread}",
        "",
        "| Severity | File | Line | Rule | Message |",
        "| --- | --- | ---: | --- | --- |",
    ]
    lines += [
        f"| {item.severity.value} | {_cell(relative_path(item.path, summary.base_dir))} "
        f"| {item.place.line} | {item.rule} | {_cell(item.message)} |"
        for item in reported
    ]
    return "\n".join(lines) + "\n"


def write(reported: Sequence[Reported], summary: RunSummary, out: TextIO) -> None:
    for item in with_unreadable(reported, summary):
        out.write(annotation(item, summary.base_dir) + "\n")
    step_summary = os.environ.get(STEP_SUMMARY)
    if step_summary:
        with open(step_summary, "a", encoding="utf-8") as handle:
            handle.write(markdown_table(reported, summary))
