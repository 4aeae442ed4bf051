"""Formatters: each turns placed findings into one output format, and does nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TextIO

from lint.findings import Place, Reported, Severity

# The id under which a file that could not be read (or linted) appears in the formats that
# list diagnostics, as ruff reports an unreadable file as E902 rather than leave it out.
UNREADABLE = "unreadable-file"


@dataclass(frozen=True)
class FileError:
    """A file that could not be read or linted, and why (the message without the path)."""

    path: str
    message: str

    @classmethod
    def from_line(cls, path: str, line: str) -> FileError:
        return cls(path, line.removeprefix(f"{path}: "))


@dataclass(frozen=True)
class RuleInfo:
    """What a report shows of a rule: the command line fills these in from the rule registry,
    so that formatters describe rules without importing them."""

    summary: str
    explanation: str
    severity: Severity  # the rule's default severity


@dataclass(frozen=True)
class RunSummary:
    files_checked: int  # files looked at, readable or not
    files_failed: int  # files that could not be read or linted
    fixed: int
    fixable: int
    rules: tuple[str, ...]  # ids of the rules that ran
    color: bool = False
    base_dir: str = "."  # paths in CI formats are relative to this (the repository root)
    paths: tuple[str, ...] = ()  # every file linted, with or without findings
    unreadable: tuple[FileError, ...] = ()  # the files_failed files, in path order
    files_not_written: int = 0  # --fix left these alone (read-only, hard links, a failed write)
    dry_run: bool = False  # --diff: ``fixed`` counts what would be fixed; nothing was written
    # The text of each story with findings, for formats that show it (html): path -> text as linted.
    texts: Mapping[str, str] = field(default_factory=dict)
    # Each rule that ran or reported, by id (a finding from a rule the registry no longer has
    # is left out, and formats describe it by its id alone).
    rule_info: Mapping[str, RuleInfo] = field(default_factory=dict)


def as_reported(error: FileError) -> Reported:
    """An unreadable file as an error-level diagnostic at 1:1, for formats that are lists."""
    place = Place(1, 1, 1, 1, 1, 1)
    return Reported(error.path, UNREADABLE, Severity.ERROR, error.message, place, "", 0)


def with_unreadable(reported: Sequence[Reported], summary: RunSummary) -> list[Reported]:
    """The findings and one diagnostic per unreadable file, in path order."""
    items = [*reported, *(as_reported(e) for e in summary.unreadable)]
    return sorted(items, key=lambda item: item.path) if summary.unreadable else items


class Formatter(Protocol):
    def __call__(self, reported: Sequence[Reported], summary: RunSummary, out: TextIO) -> None: ...


_MODULES = {
    "text": "lint.formats.text",
    "json": "lint.formats.json_format",
    "sarif": "lint.formats.sarif",
    "github": "lint.formats.github",
    "gitlab": "lint.formats.gitlab",
    "rdjsonl": "lint.formats.rdjsonl",
    "junit": "lint.formats.junit",
    "html": "lint.formats.html",
}
# Formats that show the stories themselves, so the run must keep each story's text.
_NEEDS_TEXT = frozenset({"html"})


def format_names() -> list[str]:
    return list(_MODULES)


def needs_text(name: str) -> bool:
    return name in _NEEDS_TEXT


def get_formatter(name: str) -> Formatter:
    formatter: Formatter = importlib.import_module(_MODULES[name]).write
    return formatter
