"""Formatters: each turns placed findings into one output format, and does nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TextIO

from lint.findings import Reported


@dataclass(frozen=True)
class RunSummary:
    files_checked: int
    files_failed: int  # files that could not be read or linted
    fixed: int
    fixable: int
    rules: tuple[str, ...]  # ids of the rules that ran
    color: bool = False
    base_dir: str = "."  # paths in CI formats are relative to this (the repository root)
    paths: tuple[str, ...] = ()  # every file checked, with or without findings
    # The text of each story with findings, for formats that show it (html): path -> text as linted.
    texts: Mapping[str, str] = field(default_factory=dict)


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
