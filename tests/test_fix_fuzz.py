"""Fuzzing the plain-text reader and ``--fix`` (issue 11): hypothesis with a fixed seed
(``derandomize``) and a bounded number of examples, so CI runs the same cases each time and
the file stays well within a minute.

Reader: any bytes decode or give one InputError; text in every supported encoding comes back
as it went in; every finding of every rule lies inside the text, and its reported line and
column, counted independently here, point at the text the rule matched.

--fix on generated stories (doubled words, CRLF or lone CR line endings, a BOM, UTF-16): no
exception, the file keeps its encoding, a second --fix changes nothing, and no character
outside the span of a fixable finding on the original text changes.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.config import default_config
from lint.document import build_document, decode
from lint.document.reading import Encoding, encoding_of
from lint.engine import Engine, RunOptions
from lint.errors import InputError
from lint.findings import Finding
from tests.conftest import REPO

FUZZ = settings(derandomize=True, max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
FIX_FUZZ = settings(FUZZ, max_examples=60)
CONFIG = default_config(REPO)
BOM_ENCODINGS = [
    Encoding("utf-8", b"\xef\xbb\xbf"), Encoding("utf-16-le", b"\xff\xfe"),
    Encoding("utf-16-be", b"\xfe\xff"), Encoding("utf-32-le", b"\xff\xfe\x00\x00"),
    Encoding("utf-32-be", b"\x00\x00\xfe\xff"),
]
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# Story text: words that rules look at (names, a doubled word, an Arabic article), spaces,
# punctuation, quotes and every kind of line break.
WORDS = ["the", "The", "said", "also", "Surovikin", "Surovkin", "US", "USA", "al-Tanf",
         "At-Tanaf", "café", "😀", "Smith", "had", "no", "2024", "J", "co\u0308operate"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\t", " \"", "\" "]
story_text = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS),
                                st.booleans()), max_size=80).map(
    lambda parts: "".join(word + sep + (word + sep if doubled else "") for word, sep, doubled in parts)
)
any_text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=200)


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]


def _offset(starts: list[int], line: int, column: int) -> int:
    return starts[line - 1] + column - 1


# --- the plain-text reader --------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_give_one_input_error(data: bytes) -> None:
    try:
        text = decode(data, "story.txt")
    except InputError as exc:
        assert str(exc).startswith("story.txt: ") and "\n" not in str(exc)
        return
    assert isinstance(text, str)


@FUZZ
@given(any_text, st.sampled_from(BOM_ENCODINGS))
def test_text_in_every_encoding_with_a_bom_comes_back_as_it_went_in(text: str, encoding: Encoding) -> None:
    data = encoding.encode(text)
    assert encoding_of(data) == encoding
    assert decode(data, "story.txt") == text


@FUZZ
@given(story_text | any_text)
def test_every_finding_lies_in_the_text_and_its_place_points_at_it(text: str) -> None:
    engine = Engine(RunOptions())
    document = build_document(text, "story.txt", "text", CONFIG.ignore_patterns)
    findings = engine.findings(document, CONFIG.rules_for("story.txt"))
    for token in document.tokens:
        assert text[token.start : token.end] == token.text
    result = engine.run(text.encode(), "story.txt", CONFIG, "story.txt")
    assert result.error is None, result.error
    starts = _line_starts(text)
    assert len(result.reported) == len(findings)
    for finding, item in zip(findings, result.reported, strict=True):
        assert 0 <= finding.start <= finding.end <= len(text)
        place = item.place
        start = _offset(starts, place.line, place.column)
        end = _offset(starts, place.end_line, place.end_column)
        assert (start, end) == (finding.start, finding.end)
        assert item.text == text[start:end]
        line_text = text[starts[place.line - 1] : start]
        assert place.byte_column == len(line_text.encode("utf-8")) + 1


# --- --fix ------------------------------------------------------------------------------------


def _fixable_spans(findings: list[Finding], unsafe: bool) -> list[tuple[int, int]]:
    spans = sorted((f.start, f.end) for f in findings
                   if f.fix is not None and (unsafe or f.fix.applicability.value == "safe"))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _only_changed_inside(before: str, after: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``after`` is ``before`` with only the text inside ``spans`` replaced: the
    pieces between the spans appear in ``after`` in order, the first at its start and the last
    at its end."""
    bounds = [0, *(x for span in spans for x in span), len(before)]
    pieces = [before[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    if len(pieces) == 1:
        return after == before
    if not (after.startswith(pieces[0]) and after.endswith(pieces[-1])):
        return False
    position = len(pieces[0])
    for piece in pieces[1:-1]:
        found = after.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return position <= len(after) - len(pieces[-1])


@FIX_FUZZ
@given(story_text, st.sampled_from([Encoding("utf-8", b""), *BOM_ENCODINGS]), st.booleans())
def test_fix_is_idempotent_local_and_keeps_the_encoding(
    tmp_path_factory: pytest.TempPathFactory, text: str, encoding: Encoding, unsafe: bool
) -> None:
    if encoding.bom == b"" and text.startswith("\ufeff"):
        return  # without a BOM such a file is read as having one
    folder = tmp_path_factory.mktemp("fix")
    path = folder / "story.txt"
    data = encoding.encode(text)
    path.write_bytes(data)
    engine = Engine(RunOptions(fix=True, unsafe_fixes=unsafe))
    document = build_document(text, str(path), "text", CONFIG.ignore_patterns)
    spans = _fixable_spans(engine.findings(document, CONFIG.rules_for("story.txt")), unsafe)

    first = engine.run(data, str(path), CONFIG, "story.txt", write_to=str(path))
    assert first.error is None and first.not_written is None
    after = path.read_bytes()
    assert encoding_of(after) == encoding_of(data)
    fixed = decode(after, str(path))
    assert _only_changed_inside(text, fixed, spans), (text, fixed, spans)

    second = engine.run(after, str(path), CONFIG, "story.txt", write_to=str(path))
    assert second.error is None and second.fixed == 0
    assert path.read_bytes() == after
    assert sorted(p.name for p in folder.iterdir()) == ["story.txt"]
