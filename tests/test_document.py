"""The Document: masking, segmentation, and exact positions in every format."""

from __future__ import annotations

import html

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lint.document import PAD, LineIndex, build_document, decode
from lint.errors import InputError
from tests.conftest import lint


def original_of(text: str, start: int, end: int) -> str:
    """What a span of the original means to a reader: entities decoded."""
    return html.unescape(text[start:end])


# --- reading ----------------------------------------------------------------------------------


def test_bom_is_dropped_and_columns_start_after_it() -> None:
    text = decode("\ufeffThe the end.".encode(), "x.txt")
    document, found = lint(text)
    assert text.startswith("The")
    assert document.position(found[0].start) == (1, 1)


def test_undecodable_byte_is_named_with_its_offset() -> None:
    with pytest.raises(InputError, match=r"x.txt: not UTF-8: byte 0xa3 at byte offset 4"):
        decode(b"cost\xa3 5", "x.txt")


def test_bom_counts_in_the_byte_offset() -> None:
    with pytest.raises(InputError, match=r"byte offset 5 "):
        decode(b"\xef\xbb\xbfab\xff", "x.txt")


def test_binary_file_is_refused() -> None:
    with pytest.raises(InputError, match=r"binary file \(NUL byte at byte offset 3\)"):
        decode(b"GIF\x00\x01", "x.txt")


# --- lines and columns ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("ab\ncd", 3, (2, 1)),
        ("ab\r\ncd", 4, (2, 1)),
        ("ab\r\ncd", 2, (1, 3)),  # the CR is the end of line 1
        ("ab\rcd", 3, (2, 1)),
        ("a\tb", 2, (1, 3)),  # a tab is one column
        ("😀 x", 2, (1, 3)),  # an emoji is one code point
        ("co\u0308operate x", 10, (1, 11)),  # a combining mark is a code point of its own
        ("", 0, (1, 1)),
    ],
)
def test_positions(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert tuple(LineIndex(text).position(offset)) == expected


@given(st.text(alphabet=st.sampled_from("ab\r\n\t😀é"), max_size=60), st.data())
def test_position_matches_splitlines(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    assume(text[offset - 1 : offset + 1] != "\r\n")  # the \n of a CRLF ends the line it is on
    line, column = LineIndex(text).position(offset)
    # Count as a reader does: every \r\n, \r or \n ends a line.
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    assert line == before.count("\n") + 1
    assert column == len(before) - (before.rfind("\n") + 1) + 1


# --- masking: same length, markup blank -------------------------------------------------------


def test_markdown_masks_code_links_comments_and_front_matter() -> None:
    text = (
        "---\ntitle: Floods hit the the town\nauthor: x\n---\n\n"
        "Intro with `the the` code and [a link](http://the.the/the the) and "
        "![the the](img.png) <!-- the the -->.\n\n```\nthe the\n```\n"
    )
    document = build_document(text, "s.md")
    assert len(document.prose) == len(text)
    assert "the the" not in document.prose
    assert "a link" in document.prose
    assert document.headline is not None and document.headline.text == "Floods hit the the town"


def test_markdown_heading_is_the_headline_and_its_own_paragraph() -> None:
    document = build_document("# Storm warning\nRain is expected.\n", "s.md")
    assert document.headline is not None and document.headline.text == "Storm warning"
    assert [p.text for p in document.paragraphs] == ["Storm warning", "Rain is expected."]


def test_html_masks_tags_scripts_styles_comments_and_decodes_entities() -> None:
    text = (
        "<html><head><title>Strike over</title><style>p { the the }</style></head>"
        "<body><h1>Port strike ends</h1><p>Dock&nbsp;workers at Caf&eacute; Row</p>"
        "<script>the the</script><!-- the the --><p>Second</p></body></html>"
    )
    document = build_document(text, "s.html")
    assert len(document.prose) == len(text)
    assert document.headline is not None and document.headline.text == "Port strike ends"
    words = [t.text for t in document.tokens]
    assert words == [
        "Strike", "over", "Port", "strike", "ends", "Dock", "workers", "at", "Café", "Row", "Second"
    ]
    cafe = document.tokens[8]
    assert text[cafe.start : cafe.end] == "Caf&eacute;"
    assert [p.text.replace(PAD, "") for p in document.paragraphs][-1] == "Second"


def test_text_paragraphs_sentences_and_headline() -> None:
    text = "Headline here\n\nFirst sentence. Mr Smith said so. Second one!\n\nLast para."
    document = build_document(text, "s.txt")
    assert document.headline is not None and document.headline.text == "Headline here"
    assert [p.text for p in document.body()] == [
        "First sentence. Mr Smith said so. Second one!", "Last para."
    ]
    assert [s.text for s in document.sentences] == [
        "Headline here", "First sentence.", "Mr Smith said so.", "Second one!", "Last para."
    ]


def test_paragraphs_split_on_crlf_blank_lines() -> None:
    document = build_document("One.\r\n\r\nTwo.\r\n", "s.txt")
    assert [p.text for p in document.paragraphs] == ["One.", "Two."]


# --- property: a finding's span is exactly what the rule matched, in every format -------------

WORDS = st.sampled_from(["news", "Río", "co\u0308operate", "año", "talks", "state", "😀", "vote"])
SEPARATORS = st.sampled_from([" ", "  ", "\t", " \n", " \r\n"])


def _render(fmt: str, paragraphs: list[str], bom: bool, crlf: bool) -> str:
    if fmt == "markdown":
        body = "# Heading\n\n" + "\n\n".join(f"*{p}* `code the the`" for p in paragraphs)
    elif fmt == "html":
        body = "<h1>Heading</h1>" + "".join(f"<p class='a'>{p} &amp;</p>\n" for p in paragraphs)
    else:
        body = "Heading\n\n" + "\n\n".join(paragraphs)
    if crlf:
        body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return ("\ufeff" if bom else "") + body


@settings(max_examples=150, deadline=None)
@given(
    fmt=st.sampled_from(["text", "markdown", "html"]),
    paragraphs=st.lists(st.lists(WORDS, min_size=1, max_size=8, unique=True), min_size=1, max_size=4),
    doubled=st.sampled_from(["the", "The", "also"]),
    where=st.data(),
    bom=st.booleans(),
    crlf=st.booleans(),
    separator=SEPARATORS,
)
def test_finding_span_is_the_matched_text(
    fmt: str, paragraphs: list[list[str]], doubled: str, where: st.DataObject, bom: bool, crlf: bool,
    separator: str,
) -> None:
    index = where.draw(st.integers(0, len(paragraphs) - 1))
    words = paragraphs[index]
    at = where.draw(st.integers(0, len(words)))
    words[at:at] = ["alpha", doubled + separator + doubled.lower(), "omega"]
    text = _render(fmt, [" ".join(p) for p in paragraphs], bom, crlf)
    text = text.removeprefix("\ufeff")  # reading drops the BOM
    extension = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    document, found = lint(text, name=f"s.{extension}", select=["repeated-word"])
    matched = [f for f in found if f.rule == "repeated-word"]
    assert len(matched) == 1
    finding = matched[0]
    flagged = text[finding.start : finding.end]
    assert flagged.split()[0] == doubled and flagged.split()[-1] == doubled.lower()
    line, column = document.position(finding.start)
    lines = text.replace("\r\n", "\n").split("\n")
    assert lines[line - 1][column - 1 :].startswith(flagged.replace("\r\n", "\n").split("\n")[0])


@settings(max_examples=100, deadline=None)
@given(fmt=st.sampled_from(["text", "markdown", "html"]), body=st.text(max_size=200))
def test_tokens_point_at_their_text(fmt: str, body: str) -> None:
    body = body.replace("\x00", "")
    document = build_document(body, "x", fmt)
    assert len(document.prose) == len(body)
    for token in document.tokens:
        source = body[token.start : token.end]
        expected = original_of(body, token.start, token.end) if fmt == "html" else source
        assert token.text == expected or fmt == "html"
        assert token.start < token.end <= len(body)
    for block in [*document.paragraphs, *document.sentences]:
        assert block.text == document.prose[block.start : block.end]
