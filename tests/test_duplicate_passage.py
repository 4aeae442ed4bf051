"""duplicate-passage: table tests with the exact finding, the length floor, clean copy."""

from __future__ import annotations

from lint.fixing import apply_edits
from tests.conftest import lint, spans

RULE = "duplicate-passage"
PARAGRAPH = "Forces from the coalition are using a garrison in the area to train rebels."


def flagged(text: str) -> list[str]:
    return [span for rule, span in spans("Council news\n\n" + text, select=[RULE]) if rule == RULE]


def test_a_paragraph_said_twice_is_one_finding() -> None:
    text = f"{PARAGRAPH} They left.\n\nThe base lies in the desert.\n\n{PARAGRAPH} They left."
    assert flagged(text) == [f"{PARAGRAPH} They left."]


def test_a_sentence_said_twice() -> None:
    text = f"{PARAGRAPH} The base lies in the desert. {PARAGRAPH.upper()}"
    assert flagged(text) == [PARAGRAPH.upper()]


def test_passes() -> None:
    short = "No further details were given."
    refrain = '"Yes we can, yes we can, yes we can, yes we can," they chanted.'
    assert flagged(f"{short} The base lies in the desert.\n\nThey left. {short}") == []
    assert flagged(f"{refrain} The base lies in the desert.\n\nThey left. {refrain}") == []


def test_the_headline_is_not_compared() -> None:
    text = f"{PARAGRAPH}\n\n{PARAGRAPH}\n\nThe base lies in the desert."
    assert [r for r, _ in spans(text, select=[RULE])] == []


def test_exact_finding_and_unsafe_fix() -> None:
    text = f"Head\n\n{PARAGRAPH}\n\nThe base lies far away.\n\n{PARAGRAPH}\n"
    document, found = lint(text, select=[RULE])
    (finding,) = found
    assert finding.message == "this paragraph repeats the one on line 3"
    assert tuple(document.position(finding.start)) == (7, 1)
    (related,) = finding.related
    assert tuple(document.position(related.start)) == (3, 1)
    assert finding.fix is not None and finding.fix.applicability.value == "unsafe"
    assert apply_edits(document.text, list(finding.fix.edits)) == (
        f"Head\n\n{PARAGRAPH}\n\nThe base lies far away.\n"
    )


def test_clean_copy_is_silent() -> None:
    clean = (
        "The council approved the plan on Tuesday after a long debate.\n\n"
        "\"It is done,\" said the mayor. The council approved the budget on Tuesday too.\n\n"
        "He denies the charges. Police are appealing for witnesses. He denies the charges.\n"
    )
    assert flagged(clean) == []
