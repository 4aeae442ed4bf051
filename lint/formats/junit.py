"""JUnit XML, for CI systems that show test reports (GitLab's ``artifacts: reports: junit:``).

JUnit has no formal standard; like ruff, newslint writes one ``testsuite`` per file and one
``testcase`` with a ``failure`` per finding. A file checked without findings gets one passing
test case, so a report shows how many stories passed as well as how many failed; a file that
could not be read gets one test case with an ``error`` (counted in ``errors``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import TextIO

from lint.findings import Reported
from lint.formats import UNREADABLE, FileError, RunSummary
from lint.formats.paths import relative_path


def _suite(parent: ET.Element, path: str, findings: Sequence[Reported]) -> None:
    count = str(max(1, len(findings)))
    suite = ET.SubElement(parent, "testsuite", name=path, tests=count,
                          failures=str(len(findings)), errors="0", skipped="0")
    if not findings:
        ET.SubElement(suite, "testcase", name="newslint", classname=path)
        return
    for item in findings:
        place = item.place
        case = ET.SubElement(
            suite, "testcase", name=f"{item.rule} at line {place.line}, column {place.column}",
            classname=path, file=path, line=str(place.line),
        )
        failure = ET.SubElement(case, "failure", message=item.message, type=item.rule)
        failure.text = f"{path}:{place.line}:{place.column}: {item.severity.value} {item.message}"


def _error_suite(parent: ET.Element, path: str, error: FileError) -> None:
    """A file that could not be read: one test case in error, not a passing one."""
    suite = ET.SubElement(parent, "testsuite", name=path, tests="1", failures="0", errors="1",
                          skipped="0")
    case = ET.SubElement(suite, "testcase", name="newslint", classname=path, file=path)
    problem = ET.SubElement(case, "error", message=error.message, type=UNREADABLE)
    problem.text = f"{path}: {error.message}"


def write(reported: Sequence[Reported], summary: RunSummary, out: TextIO) -> None:
    by_path: dict[str, list[Reported]] = {
        relative_path(path, summary.base_dir): [] for path in summary.paths
    }
    for item in reported:
        by_path.setdefault(relative_path(item.path, summary.base_dir), []).append(item)
    unreadable = {relative_path(e.path, summary.base_dir): e for e in summary.unreadable}
    tests = sum(max(1, len(findings)) for findings in by_path.values()) + len(unreadable)
    root = ET.Element("testsuites", name="newslint", tests=str(tests),
                      failures=str(len(reported)), errors=str(len(unreadable)))
    for path in sorted({*by_path, *unreadable}):
        if path in unreadable:
            _error_suite(root, path, unreadable[path])
        else:
            _suite(root, path, by_path[path])
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode") + "\n")
