"""The engine: runs the enabled rules on a story, applies suppressions, severities and fixes,
and places each finding in its file. It knows rules only through the registry and settings."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lint.config import Config, RuleSetting
from lint.document import Document, LineIndex, build_document, decode, format_for
from lint.document.reading import encoding_of
from lint.errors import NewslintError
from lint.findings import (
    Finding,
    Place,
    PlacedEdit,
    PlacedRelated,
    Reported,
    Severity,
)
from lint.fixing import applicable_edits, apply_edits
from lint.rules import Rule, get_rule, rule_ids
from lint.suppress import UNUSED, apply_suppressions

# Each pass of --fix can reveal a new finding ("the the the"); a few passes reach a fixed point.
MAX_FIX_PASSES = 8


class InternalError(NewslintError):
    """A rule raised: reported with the file and the rule, never as a traceback."""


class WriteError(NewslintError):
    """--fix could not, or must not, write a file: the file is left as it was."""


@dataclass(frozen=True)
class RunOptions:
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    fix: bool = False
    diff: bool = False
    unsafe_fixes: bool = False
    keep_text: bool = False  # a format that shows the stories (html) needs their text


@dataclass
class FileResult:
    path: str
    reported: list[Reported] = field(default_factory=list)
    error: str | None = None  # the file could not be read or linted: nothing is reported
    not_written: str | None = None  # --fix left the file alone: its findings are reported
    excluded: str | None = None  # named on the command line, but the configuration excludes it
    diff: str = ""
    fixed: int = 0  # findings removed by fixes (with --diff: that would be)
    fail_on: Severity = Severity.WARNING
    text: str | None = None  # the story as linted (fixed), kept with keep_text when it has findings


class Engine:
    """Lints stories. Rule preparation (compiled patterns, loaded tables) is done once per
    distinct set of options and reused for every story."""

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self._prepared: dict[tuple[str, int], tuple[Mapping[str, Any], Any]] = {}

    def enabled(self, settings: Mapping[str, RuleSetting]) -> list[str]:
        select, ignore = self.options.select, self.options.ignore
        return [
            rule_id for rule_id, setting in settings.items()
            if (rule_id in select if select else setting.enabled) and rule_id not in ignore
        ]

    def _prepare(self, rule_id: str, options: Mapping[str, Any]) -> Any:
        key = (rule_id, id(options))
        cached = self._prepared.get(key)
        if cached is None:
            # Keep the options object alive with its result, so its id is never reused.
            cached = (options, get_rule(rule_id).prepare(options))
            self._prepared[key] = cached
        return cached[1]

    def prepare_all(self, settings: Mapping[str, RuleSetting]) -> None:
        """Prepare every enabled rule now rather than on the first story."""
        for rule_id in self.enabled(settings):
            self._prepare(rule_id, settings[rule_id].options)

    def findings(self, document: Document, settings: Mapping[str, RuleSetting]) -> list[Finding]:
        enabled = self.enabled(settings)
        found: list[Finding] = []
        checks = [(rule_id, rule) for rule_id in enabled if (rule := get_rule(rule_id)).check is not None]
        for offset, part in document.parts():
            for rule_id, rule in checks:
                found.extend(f.shifted(offset) for f in self._check(rule_id, rule, part, settings[rule_id]))
        unused_severity = settings[UNUSED].severity if UNUSED in settings else Severity.WARNING
        kept = apply_suppressions(document, found, rule_ids(), enabled, unused_severity)
        kept.sort(key=lambda f: (f.start, f.end, f.rule, f.message))
        return kept

    def _check(self, rule_id: str, rule: Rule, document: Document, setting: RuleSetting) -> list[Finding]:
        if rule.check is None:
            return []
        try:
            prepared = self._prepare(rule_id, setting.options)
            return [_configured(f, rule.severity, setting.severity)
                    for f in rule.check(document.reading(rule.reads), prepared)]
        except NewslintError:
            raise
        except Exception as exc:  # a bug in a rule must not hide the other files
            raise InternalError(
                f"{document.path}: internal error in rule '{rule_id}': {type(exc).__name__}: {exc}"
            ) from exc

    def lint_text(
        self, text: str, path: str, fmt: str | None, config: Config, relative: str
    ) -> tuple[Document, list[Finding], int]:
        """Lint (and with --fix or --diff, fix) one story; returns the final document (its text
        as fixed), its findings, and how many findings there were before fixing."""
        settings = config.rules_for(relative)
        document = build_document(text, path, fmt, config.ignore_patterns)
        found = self.findings(document, settings)
        initial = len(found)
        if self.options.fix or self.options.diff:
            for _ in range(MAX_FIX_PASSES):
                edits = applicable_edits(found, self.options.unsafe_fixes)
                if not edits:
                    break
                fixed = apply_edits(document.text, edits)
                document = build_document(fixed, path, fmt, config.ignore_patterns)
                found = self.findings(document, settings)
        return document, found, initial

    def run(
        self, data: bytes, path: str, config: Config, relative: str, fmt: str | None = None,
        write_to: str | None = None,
    ) -> FileResult:
        """Lint one file's bytes. ``write_to`` is where --fix writes (None: standard input)."""
        result = FileResult(path, fail_on=config.fail_on)
        try:
            original = decode(data, path)
            fmt = fmt or format_for(path)
            document, found, initial = self.lint_text(original, path, fmt, config, relative)
            if document.text != original:
                result.fixed = max(0, initial - len(found))
                if self.options.diff:
                    result.diff = unified_diff(original, document.text, path)
                elif write_to is not None:
                    try:
                        write_atomically(write_to, encoding_of(data).encode(document.text), path)
                    except WriteError as exc:
                        # The file keeps its text, so its findings are the original's.
                        result.not_written, result.fixed = str(exc), 0
                        document = build_document(original, path, fmt, config.ignore_patterns)
                        found = self.findings(document, config.rules_for(relative))
            result.reported = place_all(document, found)
            if self.options.keep_text and result.reported:
                result.text = document.text
        except NewslintError as exc:
            result.error = str(exc)
        return result


def _configured(finding: Finding, default: Severity, configured: Severity) -> Finding:
    """The configured severity replaces the rule's default; a finding the rule itself graded
    otherwise (a name inside a quotation, reported as info) keeps its own."""
    return finding.with_severity(configured) if finding.severity is default else finding


def unified_diff(before: str, after: str, path: str) -> str:
    import difflib  # here, not at the top: only --diff pays for it

    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n" for line in lines)


def write_atomically(path: str, data: bytes, name: str | None = None) -> None:
    """Replace the file at ``path`` with ``data`` through a temporary file in its folder and a
    rename: a reader sees the old file or the new one, never half of one. Mode and owner are
    kept. Through a symbolic link the file it points to is replaced and the link stays. A file
    with other hard links is left alone: the rename would give this name a new file and leave
    the other names with the old text. A file the user may not write (``os.access``: a rename
    in a writable folder would otherwise replace a read-only file) is left alone too. Each of
    those, and any failure to write, is a WriteError naming ``name`` (default: ``path``).

    SIGINT and SIGTERM are held back while the temporary file exists and delivered after the
    rename, so an interrupted run leaves no temporary file; after SIGKILL at most this one
    remains, named ``.newslint-*.tmp`` and so never taken for a story."""
    import signal
    import tempfile  # here, not at the top: only --fix pays for them

    shown = name or path
    target = os.path.realpath(path)
    folder = os.path.dirname(target)
    try:
        info = os.stat(target)
    except OSError as exc:
        raise WriteError(f"{shown}: cannot write: {exc.strerror}, fixes not applied") from None
    if info.st_nlink > 1:
        raise WriteError(f"{shown}: has {info.st_nlink} hard links, fixes not applied "
                         "(a rename would leave the other links with the old text)")
    if not os.access(target, os.W_OK):
        raise WriteError(f"{shown}: not writable, fixes not applied")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WriteError(f"{shown}: its folder {folder} is not writable, fixes not applied")
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".newslint-", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        if (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
            # Root keeps the owner; an ordinary user cannot give a file away, and a shared
            # story writable by the group is still written (its mode is kept).
            with contextlib.suppress(PermissionError):
                os.chown(temporary, info.st_uid, info.st_gid)
        os.replace(temporary, target)
        temporary = None
    except OSError as exc:
        raise WriteError(f"{shown}: cannot write: {exc.strerror}, fixes not applied") from None
    finally:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


# --- placing findings -------------------------------------------------------------------------


def place(lines: LineIndex, start: int, end: int) -> Place:
    """A span of offsets as lines and columns, in code points and in UTF-8 bytes."""
    begin = lines.position(start)
    finish = lines.position(end)
    return Place(
        begin.line, begin.column, finish.line, finish.column,
        lines.units_column(start, "utf-8"), lines.units_column(end, "utf-8"),
    )


def place_all(document: Document, findings: Sequence[Finding]) -> list[Reported]:
    seen: dict[tuple[str, str], int] = {}
    out = []
    for finding in findings:
        flagged = document.text[finding.start : finding.end]
        occurrence = seen.get((finding.rule, flagged), 0)
        seen[(finding.rule, flagged)] = occurrence + 1
        fix = finding.fix
        out.append(Reported(
            path=document.path,
            rule=finding.rule,
            severity=finding.severity,
            message=finding.message,
            place=place(document.lines, finding.start, finding.end),
            text=flagged,
            occurrence=occurrence,
            related=tuple(
                PlacedRelated(place(document.lines, r.start, r.end), r.message) for r in finding.related
            ),
            fix_description=fix.description if fix else None,
            fix_applicability=fix.applicability if fix else None,
            fix_edits=tuple(
                PlacedEdit(place(document.lines, e.start, e.end), e.replacement) for e in fix.edits
            ) if fix else (),
        ))
    return out
