"""leftover: table tests with the exact finding, passes, and clean made-up copy."""

from __future__ import annotations

import pytest

from lint.fixing import apply_edits
from tests.conftest import lint, shared_path, spans

RULE = "leftover"
STORY = "Council news\n\nThe council met on Tuesday and approved the plan.\n\n"


def flagged(text: str) -> list[str]:
    return [span for rule, span in spans(STORY + text, select=[RULE]) if rule == RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  • Leroy Wright", ["• Leroy Wright"]),
        ("Read more: Council tax to rise", ["Read more: Council tax to rise"]),
        ("Advertisement\n\nWork starts in May.", ["Advertisement"]),
        ("Click here to see the full list", ["Click here to see the full list"]),
        ("Sign up for our newsletter", ["Sign up for our newsletter"]),
        ("Photo: Jane Doe/Agency", ["Photo: Jane Doe/Agency"]),
        ("Image copyright Getty Images", ["Image copyright Getty Images"]),
    ],
)
def test_flags(text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "(Reporting by John Smith; Editing by Jane Doe)",  # a wire sign-off
        "• The council will vote in May.\n\n• Residents can comment until June.",  # a list
        "• Residents can comment until June.",  # a bullet that is a sentence
        '"Click here," he said, "and it is gone."',  # furniture words inside a sentence
        "Read more about the plan, which took three years of meetings between the council, "
        "residents and the builders to agree, on the council's website.",  # long: prose
    ],
)
def test_passes(text: str) -> None:
    assert flagged(text) == []


def test_exact_finding_and_unsafe_fix() -> None:
    document, found = lint(STORY + "  • Leroy Wright\n", select=[RULE])
    (finding,) = found
    assert finding.message == 'a stray bullet line "• Leroy Wright" (a byline or link left in the body?)'
    assert tuple(document.position(finding.start)) == (5, 3)
    assert finding.fix is not None and finding.fix.applicability.value == "unsafe"
    assert apply_edits(document.text, list(finding.fix.edits)) == STORY.rstrip() + "\n"


def test_clean_copy_is_silent() -> None:
    clean = (
        "Work starts in May, the council said.\n\n"
        "The plan includes:\n\n• a new library on the high street;\n\n• a park by the river.\n\n"
        "(Reporting by Jane Doe; Editing by Tom Smith)\n"
    )
    assert flagged(clean) == []


def test_syria_border_example() -> None:
    path = shared_path("examples", "syria-border.txt")
    document, found = lint(path.read_text(encoding="utf-8"), name=str(path), select=[RULE])
    assert [(document.position(f.start).line, document.text[f.start : f.end]) for f in found] == [
        (27, "• Leroy Wright")
    ]
