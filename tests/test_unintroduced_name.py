"""unintroduced-name: table tests with the exact finding, and silence on clean made-up copy."""

from __future__ import annotations

import pytest

from tests.conftest import lint, shared_path, spans

RULE = "unintroduced-name"


def flagged(text: str) -> list[str]:
    return [span for rule, span in spans("Council news\n\n" + text, select=[RULE]) if rule == RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The base lies in the desert. Dillon added that the army had been told.", ["Dillon"]),
        ('"We will stay," said Okafor. He would not say more.', ["Okafor"]),
        ("Talks went on. Brannagh told reporters she was hopeful.", ["Brannagh"]),
        # Only the first unclear mention of each surname.
        ("Brannagh told reporters she was hopeful. Brannagh said so again.", ["Brannagh"]),
        # A role in the appositive's head, a body only after its preposition.
        ('"Growth is slow," said Okafor, chief economist at Harbour Bank.', ["Okafor"]),
        ('"Growth is slow," said Okafor, a Lagos-based fund manager.', ["Okafor"]),
        ('"It is new," said Okafor, a University of Lagos librarian.', ["Okafor"]),
        ("Prices rose, said Okafor, one of the co-founders of the group.", ["Okafor"]),
        # A role before the name: any noun naming a person (WordNet's noun.person).
        ("Film critic Brannagh said the film was long.", ["Brannagh"]),
        # ``who`` is a person's; a person is ``of`` a body.
        ('"We stay," said Okafor, who runs the shop.', ["Okafor"]),
        ('"We stay," said Okafor, of the Residents Association.', ["Okafor"]),
        ('"It is done," said Okafor, PG&E\'s senior director.', ["Okafor"]),
        # The stops of ``U.S.`` end no sentence; those of a sentence end the appositive.
        ('"So," said Okafor, a former top U.S. diplomat who teaches.', ["Okafor"]),
        ('"It is," said Okafor, BT\'s chief executive. "We will see."', ["Okafor"]),
        # A word of a country's name that names no country alone (Marshall Islands).
        ('"It is done," said Marshall, the foundation\'s executive director.', ["Marshall"]),
        # A word before the name's comma ends a clause: it describes nothing.
        ("The team fixed the problem, Okafor said, and he left.", ["Okafor"]),
        # A quotation that goes on opens again without closing; the name after it is outside.
        ('He said: "It is done. "It is over." Okafor added that he was tired.', ["Okafor"]),
    ],
)
def test_flags(text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Putin said he was hopeful.",  # a known person
        "Sergey Surovkin spoke. Surovikin said he was hopeful.",  # introduced, in another spelling
        "Surovikin said he was hopeful. Sergey Surovkin spoke.",  # introduced later: first-reference's
        "Mr Okafor said he was hopeful.",  # an honorific: the later-reference style
        "Tony Blair spoke. Tony said he was hopeful.",  # the given name of someone introduced
        "Washington said he was wrong.",  # a known place
        '"Ask Okafor," she said. He agreed.',  # in a quotation
        "Security firm Sophos said he was wrong.",  # described: the reader is told what it is
        "His mother, Mukaddas, told reporters he was kind.",
        "A Sophos spokesman agreed. Sophos said he was wrong.",  # a body
        "Gartner said the market grew. Shares rose.",  # no evidence of a person
        "He said Veritas wanted an amnesty for him.",  # reported speech, not a speaker
        "Prices rose, said Datapoint, a research firm.",  # the appositive's head is a body
        "Prices rose, said Datapoint, whose founder left.",  # whose: no person by itself
        # After ``according to``, reports and agencies stand as often as people: only a role.
        "According to Datapoint, the questions include if he lied.",
        # A given name the lists do not know (``Woody``) may be the introduction.
        "The talks went on, and Woody Okafor spoke. Okafor said he was tired.",
        "Minister Baroness Okafor said he was wrong.",  # a peer is named so at every mention
        # A title's abbreviation with its stop introduces, as the title does (``Gov. Cuomo``).
        "The talks went on. Gov. Okafor said he was tired.",
        "The talks went on. Mr. Okafor said he was tired.",
        "Rival Datapoint said he was wrong. Prices rose.",  # a party to a deal: no person
        "Justices Ruth Bader Ginsburg and Sotomayor said they disagreed.",  # a plural title
        # The word starts a body's name elsewhere: ``Prevezon Holdings Ltd``.
        "Prevezon Holdings Ltd paid. In its letter, Prevezon asked her to stay.",
    ],
)
def test_passes(text: str) -> None:
    assert flagged(text) == []


def test_headline_names_pass() -> None:
    assert [r for r, _ in spans("Okafor quits\n\nOkafor said he was tired.", select=[RULE])] == []


def test_exact_finding() -> None:
    document, found = lint("Council news\n\nTalks went on. Okafor added that he would stay.",
                           select=[RULE])
    (finding,) = found
    assert finding.message == ('"Okafor" is never introduced: who is meant is unclear '
                               "(give the full name or title at the first mention)")
    assert tuple(document.position(finding.start)) == (3, 16)
    assert tuple(document.position(finding.end)) == (3, 22)


def test_clean_copy_is_silent() -> None:
    clean = (
        "Councillor Jane Moss said the new library would open in May. Moss said he was wrong "
        "to doubt it, she added.\n\n"
        "Research firm Datapoint said he was right. Datapoint added that he had been told.\n\n"
        '"It is done," said Mr Arkwright. Prime Minister Tony Blair sent a message, and Blair '
        "said he was pleased.\n\n"
        "London said he should go. Moscow said he should stay.\n"
    )
    assert flagged(clean) == []


def test_syria_border_example() -> None:
    path = shared_path("examples", "syria-border.txt")
    document, found = lint(path.read_text(encoding="utf-8"), name=str(path), select=[RULE])
    assert [(document.position(f.start).line, document.text[f.start : f.end]) for f in found] == [
        (19, "Dillon")
    ]
