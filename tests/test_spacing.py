"""spacing: table tests with the exact finding and fix, other checks' passes, clean copy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.fixing import apply_edits
from tests.conftest import lint, shared_path, spans

RULE = "spacing"


def flagged(text: str) -> list[str]:
    return [span for rule, span in spans("Council news\n\n" + text, select=[RULE]) if rule == RULE]


def fixed(text: str) -> str:
    document, _ = lint("Council news\n\n" + text, select=[RULE], fix=True)
    return document.text.split("\n\n", 1)[1]


@pytest.mark.parametrize(
    ("text", "expected", "after_fix"),
    [
        ("the US -backed rebel group", ["US -backed"], "the US-backed rebel group"),
        ("pro- government troops", ["pro- government"], "pro-government troops"),
        ("the  council said", ["  "], "the council said"),
        ("he said , adding more", [" ,"], "he said, adding more"),
        ("it rained .", [" ."], "it rained."),
        ("he said.The minister left.", ["."], "he said. The minister left."),
        # A space beside a hyphen that may be a dash: flagged, no fix.
        ("the cases -thought rare", ["cases -thought"], "the cases -thought rare"),
        ('"We will stay, he said.', ['"'], '"We will stay, he said.'),
        ("He left (for good.", ["("], "He left (for good."),
        ('She called it “a farce.', ["“"], 'She called it “a farce.'),
    ],
)
def test_flags_and_fixes(text: str, expected: list[str], after_fix: str) -> None:
    assert flagged(text) == expected
    assert fixed(text) == after_fix


@pytest.mark.parametrize(
    "text",
    [
        "pre- and post-war Britain",  # a suspended hyphen
        "forces - the Pentagon said - were there",  # a spaced dash
        "He left.  Then she spoke.",  # two spaces between sentences
        "and so on ...",  # an ellipsis
        "see www.bbc.co.uk, the U.S. and a Ph.D.",  # addresses and abbreviations
        '"The plan works.\n\n"And it is cheap," she said.',  # a quotation continued
        '"It works. "It is cheap," she said.',  # continued within one paragraph
        "1) first, 2) second",  # list numbering
        "He said “no” and left.",
    ],
)
def test_passes(text: str) -> None:
    assert flagged(text) == []


def test_exact_finding_on_the_example_shape() -> None:
    document, found = lint("Head\n\nthe US -backed group", select=[RULE])
    (finding,) = found
    assert finding.message == 'a space inside the compound "US -backed"'
    assert tuple(document.position(finding.start)) == (3, 5)
    assert tuple(document.position(finding.end)) == (3, 15)
    assert finding.fix is not None and finding.fix.applicability.value == "safe"
    assert apply_edits(document.text, list(finding.fix.edits)) == "Head\n\nthe US-backed group"


def test_markup_is_no_space() -> None:
    html = "<h1>Head</h1><p>He met <a href='x'>the mayor</a>, then left.</p>"
    assert [r for r, _ in spans(html, name="s.html", select=[RULE])] == []


def test_checks_option_turns_checks_off(tmp_path: object) -> None:
    from pathlib import Path

    from lint.config import load_config
    from lint.engine import Engine, RunOptions

    config = Path(str(tmp_path)) / ".newslint.yaml"
    config.write_text("rules:\n  spacing:\n    checks: [compound]\n")
    engine = Engine(RunOptions(select=frozenset([RULE])))
    _, found, _ = engine.lint_text("Head\n\nhe said , then  left", "s.txt", None,
                                   load_config(config), "s.txt")
    assert found == []


def test_clean_copy_is_silent() -> None:
    clean = (
        "The council approved the Russian-backed plan on Tuesday. \"It is done,\" said the mayor.\n\n"
        "Work starts in May (weather permitting) and ends in June. Residents said: \"We are glad.\n\n"
        "\"It has taken years.\" Pre- and post-war houses on the street will be kept.\n"
    )
    assert flagged(clean) == []


WORDS = st.lists(st.sampled_from(["the", "US", "-backed", "rebels", ",", ".", "said", "pro-", "army"]),
                 min_size=1, max_size=10)


@settings(max_examples=40, deadline=None)
@given(WORDS)
def test_fix_reaches_a_fixed_point(words: list[str]) -> None:
    text = "Head\n\n" + " ".join(words)
    once, _ = lint(text, select=[RULE], fix=True)
    twice, _ = lint(once.text, select=[RULE], fix=True)
    assert twice.text == once.text
    # Fixes only ever remove or add spaces.
    assert once.text.replace(" ", "") == text.replace(" ", "")


def test_syria_border_example() -> None:
    path = shared_path("examples", "syria-border.txt")
    document, found = lint(path.read_text(encoding="utf-8"), name=str(path), select=[RULE])
    assert [(document.position(f.start).line, document.text[f.start : f.end]) for f in found] == [
        (17, "US -backed")
    ]
