"""``newslint lsp`` with a real client over stdio (pygls's client, in another process from the
server): diagnostics with exact ranges, a code action applied and its diagnostic gone, UTF-16
columns after emoji, hover, debouncing, and a configuration reloaded when it changes.

pygls is the optional ``lsp`` extra (also in ``test``); where it is missing these tests skip with
the reason, except in CI, where they fail. Positions are checked against an independent count
of UTF-16 code units (``str.encode("utf-16-le")``), not against the server's own converter.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.lsp.positions import PositionMap
from tests.conftest import REPO, run_cli, shared_path

IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false")
try:
    from lsprotocol import types

    from tests.lsp_client import running
except ImportError:
    if IN_CI:
        raise
    pytest.skip("pygls is not installed (pip install '.[lsp]')", allow_module_level=True)

EXAMPLE = REPO / "examples" / "spun-story.txt"
T = TypeVar("T")


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def lsp_position(text: str, offset: int) -> tuple[int, int]:
    """The LSP position of a code-point offset, counted independently of the server."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n")
    return line, utf16(before[before.rfind("\n") + 1 :])


def apply_text_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP edits (UTF-16 positions) to a text with only \\n line breaks."""
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        line = lines[position.line].encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
        return sum(len(x) + 1 for x in lines[: position.line]) + len(line)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


def run(test: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(test())


def expected_diagnostics(path: Path) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """(rule, start, end) of each finding ``newslint check --format json`` reports, in LSP terms."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")

    def position(line: int, column: int) -> tuple[int, int]:
        return line - 1, utf16(lines[line - 1][: column - 1])

    found = json.loads(run_cli("check", "--format", "json", str(path)).out)
    return [(f["rule"], position(f["line"], f["column"]), position(f["end_line"], f["end_column"]))
            for f in found]


def span(diagnostic: types.Diagnostic) -> tuple[Any, tuple[int, int], tuple[int, int]]:
    r = diagnostic.range
    return diagnostic.code, (r.start.line, r.start.character), (r.end.line, r.end.character)


def test_example_story_diagnostics_then_a_fix_applied_removes_its_diagnostic(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    story = tmp_path / "spun-story.txt"

    async def session() -> None:
        async with running(tmp_path) as client:
            assert client.capabilities.position_encoding == "utf-16"
            uri = client.open(story, text)
            diagnostics = await client.diagnostics_for(uri, 1)
            assert [span(d) for d in diagnostics] == expected_diagnostics(EXAMPLE)
            doubled = next(d for d in diagnostics if d.code == "repeated-word")
            # Line 9, column 89 in newslint's 1-based terms: "and and".
            assert span(doubled) == ("repeated-word", (8, 88), (8, 95))
            assert doubled.severity == types.DiagnosticSeverity.Error
            assert doubled.source == "newslint"
            assert doubled.message == '"and" repeats the word before it'
            spelling = next(d for d in diagnostics if d.code == "inconsistent-spelling")
            assert spelling.related_information, "the dominant spelling is related information"
            assert {r.location.uri for r in spelling.related_information} == {uri}

            quick = await client.actions(uri, doubled, types.CodeActionKind.QuickFix)
            assert [(a.title, a.is_preferred) for a in quick] == [('Delete the second "and"', True)]
            assert quick[0].edit is not None and quick[0].edit.document_changes is not None
            change = quick[0].edit.document_changes[0]
            assert isinstance(change, types.TextDocumentEdit)
            assert change.text_document.version == 1
            fixed = apply_text_edits(text, list(change.edits))  # type: ignore[arg-type]
            assert "upstairs and stayed" in fixed and fixed.count("and and") == text.count("and and") - 1

            client.change(uri, 2, fixed)
            after = await client.diagnostics_for(uri, 2)
            assert "repeated-word" not in [d.code for d in after]
            assert [d.code for d in after] == [d.code for d in diagnostics if d.code != "repeated-word"]

    run(session)


def test_the_syria_border_story_has_its_doubled_also_at_line_21_column_4(tmp_path: Path) -> None:
    story = shared_path("examples", "syria-border.txt")
    text = story.read_text(encoding="utf-8")

    async def session() -> None:
        async with running(tmp_path) as client:
            uri = client.open(tmp_path / story.name, text)
            diagnostics = await client.diagnostics_for(uri, 1)
            assert [span(d) for d in diagnostics] == expected_diagnostics(story)
            doubled = [span(d) for d in diagnostics if d.code == "repeated-word"]
            assert doubled == [("repeated-word", (20, 3), (20, 12))]  # "also also", 1-based 21:4

    run(session)


def test_unsafe_fixes_are_labelled_and_not_preferred(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")

    async def session() -> None:
        async with running(tmp_path) as client:
            uri = client.open(tmp_path / "spun-story.txt", text)
            diagnostics = await client.diagnostics_for(uri, 1)
            spelling = next(d for d in diagnostics if d.code == "inconsistent-spelling")
            quick = await client.actions(uri, spelling, types.CodeActionKind.QuickFix)
            assert [(a.title, a.is_preferred) for a in quick] == [
                ('Write "Kowalczyk" (unsafe: check it is right)', False)]
            everything = await client.actions(uri, spelling, types.CodeActionKind.SourceFixAll)
            assert [a.title for a in everything] == ["Apply every safe newslint fix"]

    run(session)


EMOJI_STORY = "🎉 Fans 👩‍👩‍👧 cheered as the café's band played the the anthem.\n"


def test_columns_after_emoji_and_combining_marks_are_utf16_code_units(tmp_path: Path) -> None:
    text = EMOJI_STORY.replace("café", "cafe\u0301")  # a combining acute accent
    start = text.index("the the")
    line, character = lsp_position(text, start)
    assert character != start, "the emoji make UTF-16 columns differ from code points"

    async def session() -> None:
        async with running(tmp_path) as client:
            uri = client.open(tmp_path / "emoji.txt", text)
            diagnostics = await client.diagnostics_for(uri, 1)
            assert [span(d) for d in diagnostics] == [
                ("repeated-word", (line, character), (line, character + utf16("the the")))]
            hover = await client.lsp.text_document_hover_async(types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                position=types.Position(line, character + 5)))
            assert hover is not None and isinstance(hover.contents, types.MarkupContent)
            assert hover.contents.value.startswith('**repeated-word** (error): "the" repeats')
            from lint.rules import get_rule

            assert get_rule("repeated-word").explanation.strip() in hover.contents.value
            assert hover.range == diagnostics[0].range
            nothing = await client.lsp.text_document_hover_async(types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(0, 1)))
            assert nothing is None

    run(session)


def test_a_client_that_counts_code_points_gets_code_point_columns(tmp_path: Path) -> None:
    text = EMOJI_STORY
    start = text.index("the the")

    async def session() -> None:
        async with running(tmp_path, encodings=["utf-32", "utf-16"]) as client:
            assert client.capabilities.position_encoding == "utf-32"
            uri = client.open(tmp_path / "emoji.txt", text)
            diagnostics = await client.diagnostics_for(uri, 1)
            assert [span(d) for d in diagnostics] == [("repeated-word", (0, start), (0, start + 7))]

    run(session)


def test_changes_are_debounced_to_one_lint(tmp_path: Path) -> None:
    async def session() -> None:
        async with running(tmp_path) as client:
            uri = client.open(tmp_path / "story.txt", "Nothing doubled here.\n")
            assert await client.diagnostics_for(uri, 1) == []
            typed = ["The the", "The the council", "The council met on on Monday.\n"]
            for version, text in enumerate(typed, 2):
                client.change(uri, version, text)
            diagnostics = await client.diagnostics_for(uri, 4)
            assert [span(d) for d in diagnostics] == [("repeated-word", (0, 16), (0, 21))]
            await asyncio.sleep(1.0)
            assert [p.version for p in client.published] == [], "versions 2 and 3 were never linted"

    run(session)


def test_configuration_is_found_for_the_document_and_reloaded_when_it_changes(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    config = desk / ".newslint.yaml"
    config.write_text("rules:\n  repeated-word: off\n", encoding="utf-8")
    text = "The council met on on Monday.\n"

    async def session() -> None:
        async with running(tmp_path) as client:
            uri = client.open(desk / "story.txt", text)
            assert await client.diagnostics_for(uri, 1) == []
            assert [r.method for r in client.registrations] == ["workspace/didChangeWatchedFiles"]
            # A watching client tells the server; every document is linted again.
            config.write_text("rules:\n  repeated-word: info\n", encoding="utf-8")
            client.lsp.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
                types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))
            reloaded = await client.diagnostics_for(uri, 1)
            assert [(d.code, d.severity) for d in reloaded] == [
                ("repeated-word", types.DiagnosticSeverity.Information)]
            # Without a notification, the next lint still sees the config file changed.
            config.write_text("rules:\n  repeated-word: off\n", encoding="utf-8")
            os.utime(config, ns=(1, 1))
            client.change(uri, 2, text)
            assert await client.diagnostics_for(uri, 2) == []
            # A config that does not load is one diagnostic naming the problem.
            config.write_text("rules:\n  no-such-rule: on\n", encoding="utf-8")
            client.lsp.text_document_did_save(types.DidSaveTextDocumentParams(
                text_document=types.TextDocumentIdentifier(uri=config.as_uri())))
            broken = await client.diagnostics_for(uri, 2)
            assert [(d.code, d.range.start.line) for d in broken] == [("configuration", 0)]
            assert "no-such-rule" in broken[0].message

    run(session)


def test_the_server_says_what_is_missing_without_pygls(tmp_path: Path) -> None:
    blocker = tmp_path / "block"
    blocker.mkdir()
    (blocker / "pygls").mkdir()
    (blocker / "pygls" / "__init__.py").write_text("raise ImportError('no pygls', name='pygls')\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(blocker), str(REPO)])
    done = run_cli("lsp", env=env)
    assert done.code == 2
    assert done.err == ("newslint: newslint lsp needs pygls (pygls is missing): "
                        "pip install 'newslint[lsp]'\n")


# --- positions without a server ----------------------------------------------------------------

PIECES = ["a", "\u00e9", "e\u0301", "\U0001f600", "\U0001f469\u200d\U0001f467", "\n", "\r\n", "\r", " ",
          "\u2028"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@given(TEXTS)
def test_positions_round_trip_and_count_utf16_units(text: str) -> None:
    positions = PositionMap(text)
    for offset in range(len(text) + 1):
        if offset and text[offset - 1] == "\r" and text[offset : offset + 1] == "\n":
            continue  # between the two characters of one line break: no LSP position
        position = positions.position(offset)
        assert position == lsp_position(text, offset)
        assert positions.offset(*position) == offset


def test_a_position_inside_a_surrogate_pair_or_past_a_line_end_is_clamped() -> None:
    positions = PositionMap("a😀b\nc")
    assert positions.offset(0, 2) == 1  # inside the emoji's pair: the emoji
    assert positions.offset(0, 99) == 3  # past the end of the line: its end, before the break
    assert positions.offset(5, 0) == 5  # past the last line: the end of the text
    assert PositionMap("a😀b", "utf-8").position(2) == (0, 5)
    with pytest.raises(ValueError, match="unknown position encoding"):
        PositionMap("", "utf-7")
