"""The Markdown reader: indented code is code, and generated documents keep every offset."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.document import PAD, build_document
from tests.conftest import lint, lint_again


def words(text: str) -> list[str]:
    return [t.text for t in build_document(text, "s.md").tokens]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indented code: at the start, after a blank line, after a heading, with a tab, with a
        # blank line inside it.
        ("    indented indented code\n\nRain fell.\n", ["Rain", "fell"]),
        ("Rain fell.\n\n    indented indented code\n    more code\n", ["Rain", "fell"]),
        ("# Rain\n    indented indented code\n", ["Rain"]),
        ("Rain fell.\n\n\tindented indented code\n", ["Rain", "fell"]),
        ("Rain fell.\n\n    code a\n\n    code b\nRoads shut.\n", ["Rain", "fell", "Roads", "shut"]),
        ("Rain fell.\r\n\r\n    code code\r\n", ["Rain", "fell"]),
        # Not code: a paragraph's continuation line, a list item's paragraph.
        ("Rain fell\n    all day.\n", ["Rain", "fell", "all", "day"]),
        ("- Rain fell\n\n    all day.\n", ["Rain", "fell", "all", "day"]),
        ("1.  Rain fell\n\n    all day.\n", ["Rain", "fell", "all", "day"]),
        # Code inside a list item is indented past the item's text.
        ("- Rain fell\n\n      code code\n", ["Rain", "fell"]),
        # Back at the margin after a blank line, the list is over: four spaces are code again.
        ("- Rain fell\n\nRoads shut.\n\n    code code\n", ["Rain", "fell", "Roads", "shut"]),
        # Three spaces are not enough.
        ("Rain fell.\n\n   Roads shut.\n", ["Rain", "fell", "Roads", "shut"]),
    ],
)
def test_indented_code(text: str, expected: list[str]) -> None:
    document = build_document(text, "s.md")
    assert len(document.prose) == len(text)
    assert words(text) == expected


def test_indented_code_is_not_linted_and_not_fixed() -> None:
    text = "Rain fell.\n\n    indented indented code\n\nThe the end.\n"
    document, found = lint(text, name="s.md", select=["repeated-word"], fix=True)
    assert document.text == "Rain fell.\n\n    indented indented code\n\nThe end.\n"
    assert found == []


# --- property: generated documents keep length, line breaks and every offset ------------------


WORD = st.sampled_from(["rain", "Leeds", "año", "fell", "co\u0308op", "roads", "7", "talks"])
NEWLINE = st.sampled_from(["\n", "\r\n"])


@st.composite
def inline(draw: st.DrawFn) -> str:
    parts = []
    for word in draw(st.lists(WORD, min_size=1, max_size=6, unique=True)):
        kind = draw(st.sampled_from(["plain", "plain", "em", "strong", "link", "code", "image"]))
        parts.append({
            "plain": word,
            "em": f"*{word}*",
            "strong": f"__{word}__",
            "link": f"[{word}](http://x.example/{word} 'the the')",
            "code": f"`the the {word}`",
            "image": f"![the the](i/{word}.png)",
        }[kind])
    # Each run ends a sentence, so that no two runs can make a doubling where they meet.
    return " ".join(parts) + "."


@st.composite
def block(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(
        ["paragraph", "paragraph", "heading", "list", "quote", "fence", "indented", "table", "rule"]
    ))
    nl = draw(NEWLINE)
    text = draw(inline())
    if kind == "heading":
        return "#" * draw(st.integers(1, 3)) + " " + text
    if kind == "list":
        return nl.join(f"- {draw(inline())}" for _ in range(draw(st.integers(1, 3))))
    if kind == "quote":
        return "> " + text
    if kind == "fence":
        return f"```{nl}the the {text}{nl}```"
    if kind == "indented":
        return draw(st.sampled_from(["    ", "\t", "     "])) + "the the " + text
    if kind == "table":
        return f"| {text} | x |{nl}|---|---|{nl}| a | b |"
    if kind == "rule":
        return "***"
    return text


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    blocks=st.lists(block(), min_size=1, max_size=6),
    separator=st.sampled_from(["\n\n", "\r\n\r\n", "\n\n\n"]),
    data=st.data(),
)
def test_generated_markdown_keeps_offsets_and_a_planted_doubling_is_found_where_it_is(
    blocks: list[str], separator: str, data: st.DataObject
) -> None:
    # Plant one doubled word as a paragraph of its own, between two generated blocks.
    at = data.draw(st.integers(0, len(blocks)))
    doubled = data.draw(st.sampled_from(["the the", "also  also", "Talks talks"]))
    blocks = [*blocks[:at], f"Then {doubled} rose.", *blocks[at:]]
    # An indented block right after a list item continues the item (CommonMark): a paragraph
    # at the margin between them ends the list, so that the indented block is code.
    for index in range(len(blocks) - 1, 0, -1):
        if blocks[index - 1].startswith("- ") and blocks[index][:1] in " \t":
            blocks.insert(index, "Roads.")
    text = separator.join(blocks) + "\n"
    document, found = lint_again(text, "s.md", frozenset({"repeated-word"}))

    assert len(document.prose) == len(text)
    assert [i for i, c in enumerate(document.prose) if c in "\r\n"] == [
        i for i, c in enumerate(text) if c in "\r\n"
    ]
    for token in document.tokens:
        assert 0 <= token.start < token.end <= len(text)
        assert token.text == text[token.start : token.end] == document.prose[token.start : token.end]
        assert PAD not in token.text

    # The planted doubling is the only one in prose (code, images and link targets hold the
    # others): exactly one finding, on exactly its text, at its line and column.
    assert [text[f.start : f.end] for f in found] == [doubled]
    line, column = document.position(found[0].start)
    assert text.splitlines()[line - 1][column - 1 :].startswith(doubled)

    # --fix deletes the second word and the space before it, and nothing else: code, images
    # and link targets keep their doublings.
    fixed, left = lint_again(text, "s.md", frozenset({"repeated-word"}), fix=True)
    assert fixed.text == text[: found[0].start] + doubled.split()[0] + text[found[0].end :]
    assert left == []
