"""Lines that are not running prose: found by shape, blanked from what rules read, positions kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.document import build_document
from lint.document.nonprose import line_kind

# Should flag: each line alone is of this kind.
NON_PROSE = [
    ("4/2/87 Prev Wk 4/2/87 Prev Wk", "table"),
    ("nil nil 50.0 50.0", "table"),
    ("Blues 3, Lightning 1", "table"),
    ("Wheat      3.45     3.50     3.41", "table"),
    ("Result: Nadal 6-7 (6/8) 6-2 7-6 (8/6) 6-2 Roddick", "table"),
    ("LONG SHRT LONG SHRT", "caps"),
    ("MARKETS CLOSE LOWER", "caps"),
    ("Subs: Marshall, Henchoz, Paulista, Lambert, Maloney.", "list"),
    ("A Smith (Bath), B Jones (Sale), C Brown (Wasps), D White (Leeds)", "list"),
    ("Start Stocks And Shares", "title"),
    ("• Leroy Wright", "title"),
    ("By Jane Smith and John Doe", "byline"),
    ("By Maria Lopez, Reuters", "byline"),
    ("Photo: Getty Images", "credit"),
    ("(Reporting by Jane Smith; Editing by John Doe)", "credit"),
    ("(Image credit: Space Agency)", "credit"),
]

# Should pass: running prose, however many names, numbers or capitals it has.
PROSE = [
    "He also said the talks would resume.",
    "The vote was 52 to 48 in favour.",
    "He visited France, Germany, Italy, Spain and then returned home to rest.",
    "By the end of 2004 the firm aims to launch a search tool.",
    "By contrast, the site could still be seen elsewhere.",
    "Prices rose 3% in March, the statistics office said.",
    "President Bashar al-Assad spoke on Tuesday.",
    "I think so.",
]


@pytest.mark.parametrize(("line", "kind"), NON_PROSE)
def test_non_prose_line_is_found_with_its_kind(line: str, kind: str) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", PROSE)
def test_prose_line_is_prose(line: str) -> None:
    assert line_kind(line) is None


def test_column_gaps_count_only_in_plain_text() -> None:
    # In HTML and Markdown runs of blanks are where markup was masked, not columns.
    assert line_kind("Wheat   rose   sharply   today", columns=True) == "table"
    assert line_kind("Wheat   rose   sharply   today", columns=False) is None


def test_table_lines_are_blanked_from_what_rules_read_positions_kept() -> None:
    text = "Grain prices\n\nWheat rose again on Monday.\n\nnil nil 50.0 50.0\n4/2/87 Prev Wk 4/2/87 Prev Wk\n"
    document = build_document(text, "s.txt")
    assert [t.text for t in document.tokens] == ["Grain", "prices", "Wheat", "rose", "again", "on", "Monday"]
    assert [n.kind for n in document.nonprose] == ["table", "table"]
    first = document.nonprose[0]
    assert text[first.start : first.end] == "nil nil 50.0 50.0"
    assert len(document.prose) == len(text)
    assert document.prose.count("\n") == text.count("\n")


def test_a_dateline_is_blanked_the_rest_of_its_paragraph_is_read() -> None:
    text = "Talks resume\n\nWASHINGTON (Reuters) - Talks resumed on Monday, officials said.\n"
    document = build_document(text, "s.txt")
    (dateline,) = document.nonprose
    assert dateline.kind == "dateline"
    assert text[dateline.start : dateline.end] == "WASHINGTON (Reuters) - "
    assert document.tokens[2].text == "Talks"


def test_the_headline_is_never_non_prose() -> None:
    document = build_document("MARKETS CLOSE LOWER\n\nShares fell on Monday.\n", "s.txt")
    assert document.nonprose == ()
    assert document.headline is not None and document.headline.text == "MARKETS CLOSE LOWER"


def test_a_wrapped_line_of_prose_is_not_a_title() -> None:
    # Inside a paragraph of several lines a line is non-prose only when most lines are.
    text = "Visit\n\nThe talks were led by the\nUnited States Secretary of State\nand ended on Monday.\n"
    assert build_document(text, "s.txt").nonprose == ()


def test_a_block_of_table_lines_inside_one_paragraph_is_blanked() -> None:
    text = "Prices\n\nWheat 3.45 3.50\nCorn 2.10 2.15\nOats 1.05 1.10\n\nTrading was quiet.\n"
    document = build_document(text, "s.txt")
    assert [n.kind for n in document.nonprose] == ["table", "table", "table"]
    assert [t.text for t in document.tokens] == ["Prices", "Trading", "was", "quiet"]


def test_reading_gives_a_rule_the_kinds_it_asks_for() -> None:
    text = "Flood news\n\nThe river rose overnight.\n\n• Leroy Wright\n"
    document = build_document(text, "s.txt")
    assert "Leroy" not in [t.text for t in document.tokens]
    view = document.reading(frozenset({"title"}))
    assert [t.text for t in view.tokens][-2:] == ["Leroy", "Wright"]
    assert document.reading(frozenset({"title"})) is view  # built once
    assert document.reading(frozenset({"table"})) is document  # no such lines: the same story


_LINE = st.text(st.characters(codec="utf-8", exclude_characters="\r\n\x00"), max_size=60)


@settings(max_examples=200, derandomize=True)
@given(st.lists(_LINE, min_size=1, max_size=12), st.sampled_from(["\n", "\r\n", "\r"]))
def test_blanking_keeps_length_line_breaks_and_token_texts(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    document = build_document(text, "s.txt")
    assert len(document.prose) == len(text)
    for i, char in enumerate(text):
        if char in "\r\n":
            assert document.prose[i] == char
    for span in document.nonprose:
        assert 0 <= span.start < span.end <= len(text)
        assert document.prose[span.start : span.end].strip() == ""
    for token in document.tokens:
        assert text[token.start : token.end] == token.text


def test_a_paragraph_in_another_language_is_not_read() -> None:
    text = ("Talks resume\n\nLos ministros de la región dijeron que las negociaciones continuarán "
            "después de las elecciones, según fuentes del gobierno.\n\n"
            "The café near the bridge stayed open.\n")
    document = build_document(text, "s.txt")
    assert [n.kind for n in document.nonprose] == ["foreign"]
    assert [t.text for t in document.tokens] == ["Talks", "resume", "The", "café", "near", "the", "bridge",
                                                 "stayed", "open"]
