"""A story too long to hold as one is linted in sections: same positions, suppressions and fixes."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lint.document.build
from lint.config import default_config
from lint.document import build_document
from lint.document.sections import section_bounds
from lint.engine import Engine, RunOptions


@pytest.fixture
def small_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lint.document.build, "SECTION_CHARS", 400)


def _findings(text: str, fix: bool = False) -> tuple[str, list[tuple[str, int, int]]]:
    engine = Engine(RunOptions(select=frozenset({"repeated-word"}), fix=fix))
    document, found, _ = engine.lint_text(text, "s.txt", "text", default_config(Path.cwd()), "s.txt")
    return document.text, [(f.rule, f.start, f.end) for f in found]


PARAGRAPH = "The council met on Monday and agreed the budget for the coming year in full."


def _story(doubled_in: set[int], paragraphs: int = 20) -> str:
    body = [PARAGRAPH.replace("the budget", "the the budget") if i in doubled_in else PARAGRAPH
            for i in range(paragraphs)]
    return "Budget agreed\n\n" + "\n\n".join(body) + "\n"


def test_findings_in_every_section_at_their_offsets_in_the_story(small_sections: None) -> None:
    text = _story({1, 9, 18})
    document = build_document(text, "s.txt")
    assert len(document.sections) > 3
    _, found = _findings(text)
    starts = [start for _, start, _ in found]
    assert [text[s : s + 7] for s in starts] == ["the the"] * 3
    assert starts == [m for m in range(len(text)) if text.startswith("the the", m)]


def test_sectioned_findings_equal_whole_story_findings_for_a_local_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _story({0, 5, 11, 19})
    _, whole = _findings(text)
    monkeypatch.setattr(lint.document.build, "SECTION_CHARS", 300)
    _, sectioned = _findings(text)
    assert sectioned == whole


def test_suppression_comments_apply_across_sections(small_sections: None) -> None:
    text = "Budget agreed\n\n<!-- newslint-disable-file repeated-word -->\n\n" + _story({3, 15})
    _, found = _findings(text)
    assert found == []


def test_fix_in_a_sectioned_story_edits_only_the_doubled_words(small_sections: None) -> None:
    text = _story({2, 17})
    fixed, found = _findings(text, fix=True)
    assert found == []
    assert fixed == _story(set())


@settings(max_examples=200, derandomize=True)
@given(st.text(alphabet="ab .\n", max_size=400), st.integers(min_value=2, max_value=60))
def test_section_bounds_cover_the_text_end_to_end(prose: str, size: int) -> None:
    bounds = section_bounds(prose, size)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(prose)
    for (_, end), (start, _) in itertools.pairwise(bounds):
        assert end == start
    for start, end in bounds[:-1]:
        assert size // 2 <= end - start <= size


@settings(max_examples=300, derandomize=True)
@given(st.text(alphabet=st.sampled_from("ab \n\r\t\u00e9\u0301\u4e2d\U0001f600"), max_size=60), st.data())
def test_code_unit_columns_equal_those_of_encoding_the_line(text: str, data: st.DataObject) -> None:
    lines = build_document(text, "s.txt").lines
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    start = lines.line_start(lines.line_of(offset))
    before = text[start:offset]
    assert lines.units_column(offset, "utf-8") == len(before.encode("utf-8")) + 1
    assert lines.units_column(offset, "utf-16") == len(before.encode("utf-16-le")) // 2 + 1
