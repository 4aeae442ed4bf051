"""duplicate-passage: table tests with the exact finding, the length floor, clean copy."""

from __future__ import annotations

import random

import pytest

from benchmarks.injectors import Story, passage_pasted
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
    refrain = '"Yes we can, yes we can, yes we can, yes we can!"'
    assert flagged(f"{short} The base lies in the desert.\n\nThey left. {short}") == []
    assert flagged(f"They chanted. {refrain} The base lies in the desert.\n\nThey left. "
                   f'"... Yes we can, yes we can, yes we can, yes we can!"') == []


CAPTION = "Rescue workers search the rubble of the school in the north of the town (AP Photo/Jane Doe)"
WIDGET = "Available from the online shop\nThe site may receive a commission on sales"
SAID = '"We will not leave until every family in the town is safe," the mayor said on Tuesday.'
QUOTED = '"We will not leave until every family in the town is safe."'
LEAD = "WASHINGTON (Reuters) - The council approved the plan to rebuild the old bridge on Tuesday."

# Each row: the story body, the exact texts flagged.
TABLE = [
    # should flag
    (f"{SAID}\n\nThe base lies in the desert.\n\n{SAID}", [SAID]),
    (f"{SAID} The base lies in the desert. {SAID}", [SAID]),
    # a quoted line said again, not marked as an excerpt: a paste
    (f"He spoke. {QUOTED} The base lies in the desert. {QUOTED} They left.", [QUOTED]),
    # the lead pasted further on keeps its dateline, which the first copy does not count
    (f"{LEAD} The base lies in the desert. {LEAD}", [LEAD]),
    # should pass: furniture said again, and its sentences
    (f"{CAPTION}\n\n{CAPTION}\n\nThe base lies in the desert.", []),
    (f"{WIDGET}\n\nThe base lies in the desert.\n\n{WIDGET}", []),
    # a pull quote: one sentence of a paragraph set apart as a paragraph of its own
    (f"The base lies in the desert. {PARAGRAPH} They left.\n\n{PARAGRAPH}", []),
    (f"{PARAGRAPH}\n\nThe base lies in the desert. {PARAGRAPH} They left.", []),
    # a line quoted again as an excerpt, the first copy inside a longer quotation
    (f'The mayor wrote: "We are all worried. {QUOTED[1:]} The base lies in the desert.\n\n'
     f'Read that again. "... {QUOTED[1:]} They left.', []),
    # the same without the ellipsis is a paste
    (f'The mayor wrote: "We are all worried. {QUOTED[1:]} The base lies in the desert.\n\n'
     f'Read that again. {QUOTED} They left.', [QUOTED]),
]


@pytest.mark.parametrize(("body", "expected"), TABLE)
def test_table(body: str, expected: list[str]) -> None:
    assert flagged(body) == expected


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


def test_the_injector_pastes_whole_sentences_of_running_prose() -> None:
    # One-paragraph copy: a sentence is cut at a real stop, never at "U.S." or "W.".
    text = ("Head\n\nThe U.S. Senate met on Monday. George W. Bush spoke to the senators. "
            "They voted late.")
    sentences = {"The U.S. Senate met on Monday.", "George W. Bush spoke to the senators."}
    for seed in range(20):
        injected = passage_pasted.inject(Story("s.txt", "", text), random.Random(seed), [])
        assert injected is not None
        assert any(injected.text.count(s) == 2 for s in sentences)
    # Paragraphs: only running prose is pasted, not a heading or a label.
    text = "Head\n\nThe council met.\n\nResults\n\nThe vote was close.\n\nScores"
    for seed in range(20):
        injected = passage_pasted.inject(Story("s.txt", "", text), random.Random(seed), [])
        assert injected is not None
        assert injected.text.count("The council met.") == 2
