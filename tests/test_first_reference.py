"""first-reference: table tests with the exact finding, and silence on clean made-up copy."""

from __future__ import annotations

import pytest

from tests.conftest import lint, shared_path, spans

RULE = "first-reference"


def flagged(text: str) -> list[str]:
    return [span for rule, span in spans("Council news\n\n" + text, select=[RULE]) if rule == RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will hold the line," Okonjo said.\n\nThe general, Colonel Femi Okonjo, spoke on Friday.',
         ["Okonjo"]),
        ("Okonjo arrived late. The council named Adaeze Okonjo its new clerk.", ["Okonjo"]),
        # One man, two spellings: matched across the variants inconsistent-spelling knows.
        ("Surovikin said so.\n\nColonel General Sergey Surovkin denied it.", ["Surovikin"]),
        ("Asked about the vote, Hallworth said nothing. Later Mayor Hallworth spoke again.", ["Hallworth"]),
        ("Hallworth said nothing. Then Gov. Hallworth spoke again.", ["Hallworth"]),
        # Only the first surname-only mention before the introduction is reported.
        ("Kettleby said yes. Kettleby said no. Then Marion Kettleby left.", ["Kettleby"]),
        # A role after the name's comma is the man's own, not a body named after him.
        ('"It is done," said Okonjo, chief executive of Harbour Bank. The bank hired Adaeze '
         "Okonjo in May.", ["Okonjo"]),
        # A surname that looks like a plural (``Sanders``) after a given name that is no word.
        ("His spokeswoman Sanders said so. Later Sarah Sanders spoke again.", ["Sanders"]),
        # A given name that is also a word of a country's name (Saint Vincent, Saint Martin).
        ("Okonjo arrived late. The council named Vincent Okonjo its clerk.", ["Okonjo"]),
        # A title's word after a given name is a surname: ``Erik Prince``, ``David Duke``.
        ("Prince said so. Then Erik Prince left.", ["Prince"]),
        # An article and a person noun before the surname: still the person.
        ("They cheered the veteran Okonjo. Then Adaeze Okonjo spoke.", ["Okonjo"]),
        # Three capitals without stops are an acronym, not initials: ``HMP Okonjo`` is no one.
        ("Okonjo said so. The inquiry named HMP Okonjo and Adaeze Okonjo.", ["Okonjo"]),
    ],
)
def test_flags(text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Adaeze Okonjo arrived late. Okonjo said the council would meet.",
        "Putin said the talks went well. Vladimir Putin left on Friday.",  # a known person
        '"Ask Okonjo," she said. Adaeze Okonjo declined.',  # in a quotation
        "Mr Okonjo arrived. Adaeze Okonjo said so.",  # an honorific is no bare surname
        "The Kennedy airport reopened. John Kennedy, a pilot, said so.",  # named after a person
        "Flights left Kennedy airport. John Kennedy, a pilot, said so.",
        "United won again. Manchester United are top.",  # the full mention names no person
        "Republicans met. Virginia Republicans voted.",  # a dictionary word, no speaker
        "Ford reported a loss. Chairman Bill Ford spoke.",  # the firm: a word, no speaker
        # A given name that is a word starts the sentence and is still the given name.
        "Martin Okonjo's plan won. Critics named it: plan - Martin Okonjo.",
        # An editor's bracketed note above the story is about the story.
        "(Corrects Okonjo's title in paragraph 2)\n\nThe clerk, Adaeze Okonjo, spoke.",
        "Republicans met. Virginia Republicans voted.",  # a plural after a place: a group
        # An article and a word naming no person before the name: a thing (``the new Pro``).
        "We tried the new Okonjo at home. The Mac Okonjo is faster.",
        "Buy the iPhone 11 Okonjo now. The Mac Okonjo is faster.",  # after a number: a product
        # A plural title introduces each name of its list.
        "They mourned Officers Liu and Okonjo. Rafael Okonjo was 40.",
        "Fans met in Okonjo prison. Inmate Adaeze Okonjo spoke.",  # a place named after a person
        "The Duke spoke. Then Prince Andrew Duke left.",  # a title alone names no surname
        # American copy abbreviates titles with a stop: ``Mr. Okonjo`` is no bare surname.
        "Mr. Okonjo arrived. Adaeze Okonjo said so.",
        # A story's first word set in capitals, as some papers open one: still a given name.
        "MALCOLM Okonjo was a mayor. Okonjo said so.",
    ],
)
def test_passes(text: str) -> None:
    assert flagged(text) == []


def test_headline_names_pass() -> None:
    assert [r for r, _ in spans("Okonjo to lead council\n\nAdaeze Okonjo will lead it.",
                                select=[RULE])] == []


def test_exact_finding() -> None:
    document, found = lint("Council news\n\nOkonjo said so.\n\nThe clerk, Adaeze Okonjo, agreed.",
                           select=[RULE])
    (finding,) = found
    assert finding.message == ('"Okonjo" is named by surname alone before the story introduces '
                               '"Adaeze Okonjo" (line 5)')
    assert tuple(document.position(finding.start)) == (3, 1)
    assert tuple(document.position(finding.end)) == (3, 7)
    (related,) = finding.related
    assert document.text[related.start : related.end] == "Adaeze Okonjo"
    assert finding.fix is None


def test_known_option_adds_people(tmp_path: object) -> None:
    from pathlib import Path

    from lint.config import load_config
    from lint.engine import Engine, RunOptions

    folder = Path(str(tmp_path))
    (folder / ".newslint.yaml").write_text("rules:\n  first-reference:\n    known: [Okonjo]\n")
    engine = Engine(RunOptions(select=frozenset([RULE])))
    text = "Council news\n\nOkonjo said so.\n\nThe clerk, Adaeze Okonjo, agreed."
    _, found, _ = engine.lint_text(text, "s.txt", None, load_config(folder / ".newslint.yaml"), "s.txt")
    assert found == []


def test_clean_copy_is_silent() -> None:
    clean = (
        "Library plan approved\n\n"
        "Councillor Jane Moss said the new library would open in May. Moss, who chairs the "
        "planning committee, said building would start at once.\n\n"
        '"We have waited long enough," said Moss. Her deputy, Tom Arkwright, agreed.\n\n'
        "Arkwright said the Carnegie Trust had paid for the books. Prime Minister Tony Blair "
        "sent a message; Blair said libraries mattered.\n\n"
        "Work on the Moss Street entrance begins next week, said the architect, Priya Lal. "
        "Lal added that the Ford plant next door would lend its car park.\n"
    )
    assert flagged(clean.split("\n\n", 1)[1]) == []


def test_syria_border_example() -> None:
    path = shared_path("examples", "syria-border.txt")
    document, found = lint(path.read_text(encoding="utf-8"), name=str(path), select=[RULE])
    assert [(document.position(f.start).line, document.text[f.start : f.end]) for f in found] == [
        (7, "Surovikin")
    ]
