"""A language client for ``newslint lsp`` over stdio: pygls's client, starting the server as a
user's editor would (``python -m lint lsp``, another process), keeping every diagnostics
notification. Used by tests/test_lsp.py and benchmarks/lsp_roundtrip.py."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parents[1]
WAIT_SECONDS = 15.0


class Client:
    """A pygls client running ``python -m lint lsp``, keeping every diagnostics notification."""

    def __init__(self) -> None:
        self.lsp = LanguageClient("newslint-tests", "1")
        self.published: list[types.PublishDiagnosticsParams] = []
        self.registrations: list[types.Registration] = []
        self.messages: list[str] = []  # what the server showed the user (its errors)
        self._arrived = asyncio.Event()
        self.capabilities = types.ServerCapabilities()  # the server's answer to initialize

        def diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.published.append(params)
            self._arrived.set()

        def message(params: types.ShowMessageParams) -> None:
            self.messages.append(params.message)

        def register(params: types.RegistrationParams) -> None:
            self.registrations.extend(params.registrations)

        # pygls's decorator is unannotated: called, not applied with @, the handlers keep their
        # types (pygls sets attributes on them, so they are functions, not bound methods).
        self.lsp.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)(diagnostics)
        self.lsp.feature(types.WINDOW_SHOW_MESSAGE)(message)
        self.lsp.feature(types.CLIENT_REGISTER_CAPABILITY)(register)

    async def diagnostics_for(self, uri: str, version: int | None = None) -> list[types.Diagnostic]:
        """The next (or the already published) diagnostics for ``uri`` at ``version``."""
        async def arrived() -> list[types.Diagnostic]:
            while True:
                for params in self.published:
                    if params.uri == uri and (version is None or params.version == version):
                        self.published.remove(params)
                        return list(params.diagnostics)
                self._arrived.clear()
                await self._arrived.wait()

        try:
            return await asyncio.wait_for(arrived(), WAIT_SECONDS)
        except TimeoutError:
            raise AssertionError(f"no diagnostics for {uri} version {version}; "
                                 f"the server said: {self.messages}") from None

    async def actions(self, uri: str, diagnostic: types.Diagnostic,
                      kind: types.CodeActionKind) -> list[types.CodeAction]:
        """The code actions of this kind the server offers at the diagnostic."""
        offered = await self.lsp.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic])))
        assert offered is not None
        return [a for a in offered if isinstance(a, types.CodeAction) and a.kind == kind]

    def open(self, path: Path, text: str, language: str = "plaintext") -> str:
        uri = path.as_uri()
        self.lsp.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
        return uri

    def change(self, uri: str, version: int, text: str) -> None:
        self.lsp.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


@asynccontextmanager
async def running(cwd: Path, encodings: list[str] | None = None) -> AsyncIterator[Client]:
    client = Client()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    await client.lsp.start_io(sys.executable, "-m", "lint", "lsp", cwd=str(cwd), env=env)
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True)),
    )
    result = await asyncio.wait_for(client.lsp.initialize_async(types.InitializeParams(
        capabilities=capabilities, root_uri=cwd.as_uri(), process_id=os.getpid())), WAIT_SECONDS)
    client.lsp.initialized(types.InitializedParams())
    client.capabilities = result.capabilities
    try:
        yield client
    finally:
        await asyncio.wait_for(client.lsp.shutdown_async(None), WAIT_SECONDS)
        client.lsp.exit(None)
        await asyncio.wait_for(client.lsp.stop(), WAIT_SECONDS)  # type: ignore[no-untyped-call]  # pygls


