"""newslint as a library: load a configuration, lint a string or a file, fix a string.

The command line is built on these functions; so are the archive jobs. They are the stable
surface for Python callers (a CMS hook, a notebook, a Spark or Dask job)::

    from lint.api import Linter

    linter = Linter()                        # the configuration found for the current folder
    for finding in linter.lint_text("He also also said.", path="story.txt"):
        print(finding.place.line, finding.rule, finding.to_dict())
    print(linter.fix_text("He also also said.", path="story.txt"))   # "He also said."

Findings are :class:`lint.findings.Reported` records: immutable, picklable, and ``to_dict()``
gives the JSON contract. Errors are :class:`lint.errors.NewslintError` (a bad configuration,
an unreadable file), each with a one-line message naming the file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from lint.config import Config, ConfigFinder, load_config
from lint.document.reading import decode, read_regular
from lint.engine import Engine, FileResult, RunOptions, place_all
from lint.errors import InputError, NewslintError
from lint.findings import Reported
from lint.runner import CheckRequest, failing, run_check

# ``run_check`` (a CheckRequest in: paths, options, jobs, cache; FileResults out, in path order)
# is the sweep ``newslint check`` runs; the command line calls it from here.
__all__ = [
    "CheckRequest", "Config", "FileResult", "InputError", "Linter", "NewslintError", "Reported",
    "failing", "load_configuration", "run_check",
]


PathLike = str | os.PathLike[str]


def load_configuration(path: PathLike | None = None, *, near: PathLike = ".") -> Config:
    """The configuration in file ``path``; without one, the configuration ``newslint check``
    would find for a story in folder ``near`` (walking up), or the shipped default."""
    if path is not None:
        return load_config(Path(path))
    return ConfigFinder(None).for_folder(Path(near).resolve())


class Linter:
    """A configuration with its rules prepared: make one and lint many stories with it."""

    def __init__(self, config: Config | None = None, *, select: Iterable[str] = (),
                 ignore: Iterable[str] = (), unsafe_fixes: bool = False) -> None:
        self.config = config if config is not None else load_configuration()
        chosen, left_out = frozenset(select), frozenset(ignore)
        self._engine = Engine(RunOptions(select=chosen, ignore=left_out))
        self._fixer = Engine(RunOptions(select=chosen, ignore=left_out, fix=True, unsafe_fixes=unsafe_fixes))

    def lint_text(self, text: str, path: str = "story.txt", fmt: str | None = None) -> list[Reported]:
        """Findings of one story held as a string; ``path`` names it (its suffix gives the format
        unless ``fmt`` does: ``text``, ``markdown`` or ``html``) and picks the overrides."""
        document, found, _ = self._engine.lint_text(text, path, fmt, self.config, self._relative(path))
        return place_all(document, found)

    def lint_file(self, path: PathLike) -> list[Reported]:
        """Findings of one story file (UTF-8, or UTF-16/32 with a BOM)."""
        name = os.fspath(path)
        return self.lint_text(decode(read_regular(name), name), name)

    def fix_text(self, text: str, path: str = "story.txt", fmt: str | None = None) -> str:
        """The story with its safe fixes applied (and unsafe ones, with ``unsafe_fixes``)."""
        document, _, _ = self._fixer.lint_text(text, path, fmt, self.config, self._relative(path))
        return document.text

    def run_file(self, path: PathLike) -> FileResult:
        """What ``newslint check`` records for one file, an unreadable one included (as its
        ``error``) rather than raised: for sweeps that must report every file."""
        name = os.fspath(path)
        try:
            data = read_regular(name)
        except InputError as exc:
            return FileResult(name, error=str(exc))
        return self._engine.run(data, name, self.config, self._relative(name))

    def _relative(self, path: str) -> str:
        try:
            return Path(os.path.abspath(path)).relative_to(self.config.root).as_posix()
        except ValueError:
            return Path(path).as_posix()
