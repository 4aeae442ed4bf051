"""acronym-before-use: table tests with the exact finding, passes, clean made-up copy."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.injectors import Story, expansion_moved
from lint.config import load_config
from lint.engine import Engine, RunOptions
from tests.conftest import lint, shared_path, spans

RULE = "acronym-before-use"


def flagged(text: str) -> list[str]:
    return [span for rule, span in spans("Council news\n\n" + text, select=[RULE]) if rule == RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RFE reported the arrests.\n\nRadio Free Europe (RFE) said more.", ["RFE"]),
        ("The FSB said so. The Federal Security Bureau denied it.", ["FSB"]),
        ("The CMF objected. The Christian Medical Fellowship (CMF) said so.", ["CMF"]),
        ("Shares in KDB fell. KDB (Korea Development Bank) said so.", ["KDB"]),
        # a listed acronym the story itself spells out in brackets, after a use
        ("GM said profits fell.\n\nGeneral Motors (GM) said more.", ["GM"]),
        ("The AK picked the team. Athletics Kenya (AK) said so.", ["AK"]),
        # an abbreviation with stops beside it is no heading in capitals
        ("The U.S. CFPB objected. The Consumer Financial Protection Bureau (CFPB) said so.",
         ["CFPB"]),
        # letters that are no well-formed Roman numeral
        ("The CDC said so. The Centre for Disease Control (CDC) agreed.", ["CDC"]),
    ],
)
def test_flags(text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State group was there. IS denied it.",  # defined before use
        "The Food Safety Agency (FSA) said so. The FSA left.",
        "The FSA, the Food Safety Agency, said so.",
        "The US, UK, UN, EU, NATO, BBC, FBI and MPs agreed.",  # never expanded
        "BREAKING: THE FSB SAYS IT WAS THERE",  # all-caps text
        "Shares in Acme (NYSE: ACM) rose. Part XIV of the M25 report on the F-16.",  # codes
        "The XYZ said so.",  # never expanded: only with undefined: true
        # spelt out right after it, in apposition or in the bracket after it
        "CHIP: The Children's Health Insurance Program, which helps families, ends.",
        "The MPC (the Bank of England's Monetary Policy Committee) met.",
        # the tail of another body's longer name is no expansion of it
        "The TSA agent waved. The National Highway Traffic Safety Administration said so.",
        # an expansion neither opens with a linking word nor takes its last letter from one
        "AS reported it. And Spanish fans cheered.",
        "We know DT is away. Ask the Dems the question.",
        # a listed acronym in brackets after words that do not spell it
        "The UK said so. The mayor of London (UK) spoke.",
    ],
)
def test_passes(text: str) -> None:
    assert flagged(text) == []


def test_exact_finding() -> None:
    document, found = lint("Head\n\nRFE reported it.\n\nRadio Free Europe (RFE) said so.", select=[RULE])
    (finding,) = found
    assert finding.message == '"RFE" is used before its expansion "Radio Free Europe" (line 5)'
    assert tuple(document.position(finding.start)) == (3, 1)
    assert tuple(document.position(finding.end)) == (3, 4)
    (related,) = finding.related
    assert document.text[related.start : related.end] == "Radio Free Europe"


def test_undefined_and_allow_options(tmp_path: Path) -> None:
    config = tmp_path / ".newslint.yaml"
    config.write_text("rules:\n  acronym-before-use:\n    undefined: true\n    allow: [ABC]\n")
    engine = Engine(RunOptions(select=frozenset([RULE])))
    _, found, _ = engine.lint_text("Head\n\nThe XYZ and the ABC said so.", "s.txt", None,
                                   load_config(config), "s.txt")
    assert [f.message for f in found] == ['"XYZ" is never expanded: say what it stands for at first use']


def test_clean_copy_is_silent() -> None:
    clean = (
        "The Food Safety Agency (FSA) said on Tuesday that the NHS would pay. The FSA added "
        "that MPs had been told.\n\nThe Islamic State group claimed the attack; IS later "
        "denied it, the BBC reported.\n"
    )
    assert flagged(clean) == []


def test_syria_border_example() -> None:
    path = shared_path("examples", "syria-border.txt")
    _, found = lint(path.read_text(encoding="utf-8"), name=str(path), select=[RULE])
    assert found == []


def test_the_injector_moves_only_a_first_definition() -> None:
    defined = "Head\n\nThe Food Safety Agency (FSA) said so. Later the FSA left."
    injected = expansion_moved.inject(Story("s.txt", "", defined), random.Random(1), [])
    assert injected is not None
    assert injected.text == "Head\n\nThe FSA said so. Later the Food Safety Agency (FSA) left."
    # Spelt out before, or used bare before: the story already defines it or uses it first.
    for text in ("Head\n\nThe Food Safety Agency met. The Food Safety Agency (FSA) said so. The FSA left.",
                 "Head\n\nThe FSA met. The Food Safety Agency (FSA) said so. The FSA left."):
        assert expansion_moved.inject(Story("s.txt", "", text), random.Random(1), []) is None
