"""The language server: diagnostics on open, change (debounced) and save; quick fixes from the
findings' fixes; the rule's explanation on hover. Built on pygls (``pip install 'newslint[lsp]'``).

Documents are synchronised in full (the client sends the whole text on each change): stories are
small, and it keeps line splitting ours (pygls applies incremental changes with
``str.splitlines``, which breaks lines where LSP does not). Positions are converted by
:class:`lint.lsp.positions.PositionMap` in the encoding pygls negotiated (UTF-16 by default).

The configuration is looked for from each document's folder, as ``newslint check`` does, and
is loaded again when a config file changes: the client is asked to watch them
(``workspace/didChangeWatchedFiles``), and every lint also compares the config files it would
find with those it found last, for clients that watch nothing.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from lint import __version__
from lint.config import ConfigFinder
from lint.config.discover import CONFIG_NAMES
from lint.document import STORY_SUFFIXES, format_for
from lint.engine import Engine, RunOptions
from lint.errors import NewslintError
from lint.findings import Applicability, Edit, Finding, Severity
from lint.fixing import applicable_edits
from lint.lsp.positions import PositionMap

SOURCE = "newslint"
# How long typing must pause before a changed document is linted again.
DEBOUNCE_SECONDS = 0.3
CONFIG_FILES = (*CONFIG_NAMES, "pyproject.toml")
_FORMAT_BY_LANGUAGE = {"plaintext": "text", "markdown": "markdown", "html": "html"}
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_WATCHERS = [
    types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES
] + [types.FileSystemWatcher(glob_pattern="**/*.{yaml,yml}")]  # packs named by extends


@dataclass
class Linted:
    """The last lint of one document: what code actions and hover answer from."""

    version: int | None
    positions: PositionMap
    findings: list[Finding]


def _config_stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """The config files a lookup from ``folder`` could find, with their mtimes and sizes."""
    stamp = []
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            try:
                status = os.stat(candidate / name)
            except OSError:
                continue
            stamp.append((str(candidate / name), status.st_mtime_ns, status.st_size))
    return tuple(stamp)


class NewslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(SOURCE, __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.linted: dict[str, Linted] = {}
        self._pending: dict[str, asyncio.TimerHandle] = {}
        self._reset_config()

    def _reset_config(self) -> None:
        self._finder = ConfigFinder()
        self._engine = Engine(RunOptions())
        self._stamps: dict[Path, tuple[tuple[str, int, int], ...]] = {}

    def encoding(self) -> str:
        """The position encoding pygls negotiated from the client's offer (UTF-16 by default)."""
        encoding = self.workspace.position_encoding
        if isinstance(encoding, types.PositionEncodingKind):
            return encoding.value
        return encoding or types.PositionEncodingKind.Utf16.value

    def lintable(self, uri: str) -> bool:
        document = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) or uri
        suffix = os.path.splitext(path)[1].lower()
        return suffix in STORY_SUFFIXES or document.language_id in _FORMAT_BY_LANGUAGE

    def lint(self, uri: str) -> list[types.Diagnostic]:
        """Lint the document as it is now; remember the result; return its diagnostics."""
        document = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) or uri
        text = document.source
        positions = PositionMap(text, self.encoding())
        folder = Path(os.path.dirname(os.path.abspath(path)))
        stamp = _config_stamp(folder)
        if self._stamps.get(folder, stamp) != stamp:
            self._reset_config()
        self._stamps[folder] = stamp
        fmt = format_for(path) if os.path.splitext(path)[1].lower() in STORY_SUFFIXES else \
            _FORMAT_BY_LANGUAGE.get(document.language_id or "", "text")
        try:
            config = self._finder.for_folder(folder)
            try:
                relative = Path(os.path.abspath(path)).relative_to(config.root).as_posix()
            except ValueError:
                relative = Path(os.path.abspath(path)).as_posix().lstrip("/")
            if config.excluded_by(relative) is not None:
                findings: list[Finding] = []
            else:
                _, findings, _ = self._engine.lint_text(text, path, fmt, config, relative)
        except NewslintError as exc:
            self.linted.pop(uri, None)
            return [types.Diagnostic(range=types.Range(types.Position(0, 0), types.Position(0, 0)),
                                     message=str(exc), severity=types.DiagnosticSeverity.Error,
                                     source=SOURCE, code="configuration")]
        self.linted[uri] = Linted(document.version, positions, findings)
        return [self.diagnostic(uri, positions, f) for f in findings]

    def publish(self, uri: str) -> None:
        self._pending.pop(uri, None)
        if uri not in self.workspace.text_documents or not self.lintable(uri):
            return
        version = self.workspace.get_text_document(uri).version
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=self.lint(uri), version=version))

    def cancel_pending(self, uri: str) -> None:
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()

    def publish_later(self, uri: str) -> None:
        self.cancel_pending(uri)
        self._pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE_SECONDS, self.publish, uri)

    def publish_now(self, uri: str) -> None:
        self.cancel_pending(uri)
        self.publish(uri)

    def close(self, uri: str) -> None:
        self.cancel_pending(uri)
        self.linted.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def current(self, uri: str) -> Linted | None:
        """The findings for the document's current text, linting again if it changed since."""
        document = self.workspace.get_text_document(uri)
        linted = self.linted.get(uri)
        if linted is None or linted.version != document.version:
            self.lint(uri)
            linted = self.linted.get(uri)
        return linted

    @staticmethod
    def range(positions: PositionMap, start: int, end: int) -> types.Range:
        return types.Range(types.Position(*positions.position(start)),
                           types.Position(*positions.position(end)))

    def diagnostic(self, uri: str, positions: PositionMap, finding: Finding) -> types.Diagnostic:
        return types.Diagnostic(
            range=self.range(positions, finding.start, finding.end),
            message=finding.message,
            severity=_SEVERITY[finding.severity],
            code=finding.rule,
            source=SOURCE,
            related_information=[
                types.DiagnosticRelatedInformation(
                    location=types.Location(uri=uri, range=self.range(positions, r.start, r.end)),
                    message=r.message)
                for r in finding.related
            ] or None,
        )

    def code_actions(self, uri: str, wanted: types.Range) -> list[types.CodeAction]:
        linted = self.current(uri)
        if linted is None:
            return []
        positions = linted.positions
        start = positions.offset(wanted.start.line, wanted.start.character)
        end = positions.offset(wanted.end.line, wanted.end.character)
        version = self.workspace.get_text_document(uri).version
        actions = []
        for finding in linted.findings:
            fix = finding.fix
            if fix is None or finding.end < start or finding.start > end:
                continue
            safe = fix.applicability is Applicability.SAFE
            actions.append(types.CodeAction(
                title=fix.description if safe else f"{fix.description} (unsafe: check it is right)",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[self.diagnostic(uri, positions, finding)],
                is_preferred=safe,
                edit=self.edit(uri, version, positions, fix.edits),
            ))
        safe_edits = applicable_edits(linted.findings, unsafe=False)
        if safe_edits:
            actions.append(types.CodeAction(
                title="Apply every safe newslint fix", kind=types.CodeActionKind.SourceFixAll,
                edit=self.edit(uri, version, positions, safe_edits)))
        actions.sort(key=lambda a: not a.is_preferred)
        return actions

    def edit(self, uri: str, version: int | None, positions: PositionMap,
             edits: Sequence[Edit]) -> types.WorkspaceEdit:
        text_edits: list[types.TextEdit | types.AnnotatedTextEdit | types.SnippetTextEdit] = [
            types.TextEdit(range=self.range(positions, e.start, e.end), new_text=e.replacement)
            for e in edits
        ]
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
            text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
            edits=text_edits)])

    def hover(self, uri: str, at: types.Position) -> types.Hover | None:
        from lint.rules import get_rule

        linted = self.current(uri)
        if linted is None:
            return None
        offset = linted.positions.offset(at.line, at.character)
        under = [f for f in linted.findings if f.start <= offset < f.end]
        if not under:
            return None
        parts = []
        for finding in under:
            rule = get_rule(finding.rule)
            parts.append(f"**{finding.rule}** ({finding.severity.value}): {finding.message}\n\n"
                         f"{rule.explanation.strip()}")
        innermost = min(under, key=lambda f: f.end - f.start)
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
            range=self.range(linted.positions, innermost.start, innermost.end))

    def config_changed(self) -> None:
        self._reset_config()
        for uri in list(self.workspace.text_documents):
            self.publish_now(uri)


def build_server() -> NewslintServer:
    server = NewslintServer()

    @server.feature(types.INITIALIZED)
    async def initialized(ls: NewslintServer, params: types.InitializedParams) -> None:
        workspace = ls.client_capabilities.workspace
        watching = workspace and workspace.did_change_watched_files
        if watching and watching.dynamic_registration:
            await ls.client_register_capability_async(types.RegistrationParams(registrations=[
                types.Registration(
                    id="newslint-config-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                    register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=_WATCHERS))
            ]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.publish_now(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.publish_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
        if os.path.basename(to_fs_path(params.text_document.uri) or "") in CONFIG_FILES:
            ls.config_changed()
        else:
            ls.publish_now(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files_changed(ls: NewslintServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.config_changed()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix,
                                                   types.CodeActionKind.SourceFixAll]),
    )
    def code_action(ls: NewslintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        if not ls.lintable(params.text_document.uri):
            return []
        return ls.code_actions(params.text_document.uri, params.range)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: NewslintServer, params: types.HoverParams) -> types.Hover | None:
        if not ls.lintable(params.text_document.uri):
            return None
        return ls.hover(params.text_document.uri, params.position)

    return server


def serve() -> None:
    """Serve one client over standard input and output until it exits."""
    build_server().start_io()
