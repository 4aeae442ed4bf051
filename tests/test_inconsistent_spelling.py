"""inconsistent-spelling: each equivalence and each guard (a should-flag and a should-pass
example each), the exact finding (place, message, related, fix), and clean copy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from lint.document import build_document
from lint.findings import Applicability
from lint.rules.inconsistent_spelling import RULE
from tests.conftest import lint, shared_path


@dataclass(frozen=True)
class Seen:
    line: int
    column: int
    text: str  # the flagged text
    replacement: str  # what the unsafe fix writes
    related: tuple[str, ...]  # the texts the related locations point at
    message: str


def seen(text: str, **options: Any) -> list[Seen]:
    settings = RULE.prepare({**RULE.defaults(), **options})
    document = build_document(text, "story.txt")
    assert RULE.check is not None
    out = []
    for finding in RULE.check(document, settings):
        position = document.position(finding.start)
        assert finding.fix is not None
        assert finding.fix.applicability is Applicability.UNSAFE
        out.append(Seen(
            position.line, position.column, text[finding.start : finding.end],
            finding.fix.edits[0].replacement,
            tuple(text[r.start : r.end] for r in finding.related), finding.message,
        ))
    return out


def flagged(text: str, **options: Any) -> list[tuple[str, str]]:
    """(flagged spelling, dominant spelling it is fixed to) for each finding."""
    return [(s.text, s.replacement) for s in seen(text, **options)]


# One story frame: the name is introduced in full, mentioned again, then written the other way.
def story(full: str, again: str, variant: str) -> str:
    return (
        f"Headline about talks\n\nOfficials met {full} on Monday in the capital.\n\n"
        f"Later that day {again} told reporters the talks had gone well.\n\n"
        f"On Tuesday the visit continued, and {variant} left for home."
    )


EQUIVALENCES = [
    # (class, should-flag: full mention, again, variant, expected (flagged, fix), should-pass variant)
    ("dropped vowel", ("Sergey Surovkin", "Surovkin", "Surovikin"), ("Surovikin", "Surovkin"),
     "Surovnikin"),
    ("doubled consonant", ("Patricia Hewitt", "Hewitt", "Hewit"), ("Hewit", "Hewitt"), "Hewin"),
    ("ou/u", ("Amr Moussa", "Moussa", "Mussa"), ("Mussa", "Moussa"), "Massa"),
    ("k/q/c", ("Tahir Qadri", "Qadri", "Kadri"), ("Kadri", "Qadri"), "Gadri"),
    ("y/i/j", ("Morgan Tsvangirai", "Tsvangirai", "Tsvangiray"), ("Tsvangiray", "Tsvangirai"),
     "Tsvangiro"),
    ("ph/f", ("Ali Mustapha", "Mustapha", "Mustafa"), ("Mustafa", "Mustapha"), "Mustaga"),
    ("sh/sch/ch", ("Gerhard Schroeder", "Schroeder", "Shroeder"), ("Shroeder", "Schroeder"),
     "Sroeder"),
    ("ov/off/ev", ("Igor Ivanov", "Ivanov", "Ivanoff"), ("Ivanoff", "Ivanov"), "Ivanek"),
    ("ee/i", ("Tariq Saleem", "Saleem", "Salim"), ("Salim", "Saleem"), "Salam"),
]


@pytest.mark.parametrize(("label", "mentions", "expected", "passing"), EQUIVALENCES,
                         ids=[e[0] for e in EQUIVALENCES])
def test_equivalence_flags(label: str, mentions: tuple[str, str, str], expected: tuple[str, str],
                           passing: str) -> None:
    assert flagged(story(*mentions)) == [expected]


@pytest.mark.parametrize(("label", "mentions", "expected", "passing"), EQUIVALENCES,
                         ids=[e[0] for e in EQUIVALENCES])
def test_equivalence_passes(label: str, mentions: tuple[str, str, str], expected: tuple[str, str],
                            passing: str) -> None:
    """The same frame with a change outside the class (or two changes) is not a variant."""
    full, again, _ = mentions
    assert flagged(story(full, again, passing)) == []


# A headline line of its own: a text story's first paragraph is its headline, whose capitalised
# words are not taken for names.
HEADLINE = "Talks\n\n"
GUARDS = [
    # (guard, should-flag text, expected, should-pass text)
    ("Iran/Iraq", "Iran said Iran would talk. Later Irann said no.", [("Irann", "Iran")],
     "Iran and Iraq met. Iran said no, and Iraq said yes."),
    ("Austria/Australia", "Teams from Australia won. Fans in Australa cheered for Australia.",
     [("Australa", "Australia")], "Teams from Austria and Australia met. Austria won."),
    ("Syria/Syrian", "The talks in Syria went well. Critics in Syrria and Syria agreed.",
     [("Syrria", "Syria")], "The army of Syria moved. The Syrian army held the town."),
    ("Kurds/Kurdish", "Kurdish fighters held. The Kurdissh forces and Kurdish allies moved.",
     [("Kurdissh", "Kurdish")], "The Kurds held the town. Kurdish fighters moved in."),
    ("inflections and derivations", "Tony Blair spoke. Then Blairr and Blair left.",
     [("Blairr", "Blair")], "Tony Blair spoke to the Blairites. Then Blair left."),
    ("shared surname, different given names", "Bill Clinton spoke. Then Bill Klinton left.",
     [("Klinton", "Clinton")], "Bill Clinton spoke. Then Hillary Clinton left."),
    ("given names of different people", "Kate Winslet won, as Kate Winslet hoped. Then Kate "
     "Winslett left.",
     [("Winslett", "Winslet")], "Kate Winslet won. Then Cate Blanchett left."),
    ("common given names", "Hillary Clinton spoke. Later Hilari Clinton left.",
     [("Hilari", "Hillary")], "Mr Jon Snow asked and Mr John Smith answered."),
    ("countries", "People in Guyana voted. Guyanna is small, and Guyana is poor.",
     [("Guyanna", "Guyana")], "People in Guyana and French Guiana voted."),
    ("capitals and names", "She flew to Sofia. Sofiya is cold, and Sofia is old.",
     [("Sofiya", "Sofia")], "She flew to Sofia, where Sophia Loren was filming."),
    ("dictionary words", "Mr Brown spoke, and Mr Brown left. Then Mr Browwn said no.",
     [("Browwn", "Brown")], "Des Browne spoke. Mr Browne and Mr Brown left."),
]


@pytest.mark.parametrize(("label", "text", "expected", "passing"), GUARDS,
                         ids=[g[0] for g in GUARDS])
def test_guard_flags(label: str, text: str, expected: list[tuple[str, str]], passing: str) -> None:
    assert flagged(HEADLINE + text) == expected


@pytest.mark.parametrize(("label", "text", "expected", "passing"), GUARDS,
                         ids=[g[0] for g in GUARDS])
def test_guard_passes(label: str, text: str, expected: list[tuple[str, str]], passing: str) -> None:
    assert flagged(HEADLINE + passing) == []


def test_exact_finding_names_both_spellings_counts_and_related() -> None:
    text = story("Sergey Surovkin", "Surovkin", "Surovikin")
    [finding] = seen(text)
    assert (finding.line, finding.column) == (7, 37)
    assert finding.text == "Surovikin"
    assert finding.message == (
        '"Surovikin" (once) looks like a variant of "Surovkin" (2 times), '
        "the usual spelling of this name in the story"
    )
    assert finding.related == ("Surovkin", "Surovkin")
    assert finding.replacement == "Surovkin"


def test_tie_goes_to_the_fullest_mention() -> None:
    text = "Surovikin said so.\n\nColonel General Sergey Surovkin agreed."
    assert flagged(text) == [("Surovikin", "Surovkin")]


def test_tie_without_fuller_mention_goes_to_the_first() -> None:
    text = "Talks\n\nThe man Surovikin said so.\n\nThe man Surovkin agreed."
    assert flagged(text) == [("Surovkin", "Surovikin")]


def test_arabic_article_is_split_off_and_kept_by_the_fix() -> None:
    text = (
        "Talks\n\nTroops reached al-Tanf on Monday.\n\nA garrison in At-Tanaf was hit.\n\n"
        "The At-Tanaf area is quiet.\n\nThe Tanf base lies in the desert."
    )
    found = seen(text)
    assert [(s.line, s.column, s.text, s.replacement) for s in found] == [
        (5, 18, "Tanaf", "Tanf"), (7, 8, "Tanaf", "Tanf"),
    ]
    assert found[0].related == ("Tanf", "Tanf")
    assert '"Tanaf" (2 times)' in found[0].message and '"Tanf" (2 times)' in found[0].message


def test_possessive_and_case_are_normalised() -> None:
    assert flagged("Talks\n\nMr Hewitt's plan. Mr HEWITT spoke. Mr Hewit left.") == [
        ("Hewit", "Hewitt"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kurds refused to coöperate. Military cooperation grew.",
         [("cooperation", "coöperation")]),
        ("They met at the café. The cafe was shut. The cafe reopened.", [("café", "cafe")]),
        ("Müller scored. Muller scored again, and Muller celebrated.", [("Müller", "Muller")]),
    ],
)
def test_diacritic_and_hyphen_variants(text: str, expected: list[tuple[str, str]]) -> None:
    assert flagged(HEADLINE + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He will re-sign for the club, he did not resign.",  # the hyphen makes another word
        "A long-term plan. The longest term.",  # hyphenated compound, no closed form
        "The cooperative met. The co-op shop opened.",  # co-op is not cooperative
        "They ate at the café twice; the café was full.",  # one spelling only
    ],
)
def test_diacritic_and_hyphen_passes(text: str) -> None:
    assert flagged(HEADLINE + text) == []


def test_hyphen_variants_are_opt_in() -> None:
    text = HEADLINE + "Send an e-mail. Emails arrived. The email was long."
    assert flagged(text) == []
    assert flagged(text, hyphens=True) == [("e-mail", "email")]


def test_marks_option_turns_the_word_class_off() -> None:
    assert flagged("They met at the café. The cafe was shut.", marks=False) == []


def test_allow_option() -> None:
    text = story("Sergey Surovkin", "Surovkin", "Surovikin")
    assert flagged(text, allow=["SUROVIKIN"]) == []


def test_fuzzy_matches_long_names_only_and_can_be_turned_off() -> None:
    text = "Talks\n\nMr Barrionuevo spoke. Mr Barrionuevo and Mr Barrioneuvo left."
    assert flagged(text) == [("Barrioneuvo", "Barrionuevo")]
    assert flagged(text, **{"fuzzy-min-length": 0}) == []
    assert flagged("Talks\n\nMr Barton and Mr Burton met. Barton left.") == []


def test_min_length_option() -> None:
    text = "Talks\n\nTroops reached Tanf. The Tanaf base and Tanf town."
    assert flagged(text) == [("Tanaf", "Tanf")]
    assert flagged(text, **{"min-length": 5}) == []


def test_clean_copy_has_no_findings() -> None:
    text = (
        "Iran and Iraq agree border deal\n\n"
        "Iran and Iraq have agreed to reopen the border, officials in Tehran and Baghdad said. "
        "Syria, whose Syrian army holds the north, and the Kurds, whose Kurdish fighters hold "
        "the east, were not at the talks.\n\n"
        "Bill Clinton and Hillary Clinton visited Austria and then Australia. Mr Brown and Des "
        "Browne met in Sofia, where Sophia Loren was filming. Kate Winslet and Cate Blanchett "
        "were nominated.\n\n"
        "However, the Forces said the forces were ready. Officials, officers and the official "
        "Syrian news agency said the Iraqi and Iranian leaders would meet again in March."
    )
    assert flagged(text) == []


# Different words that look alike (issue 10, pattern 4): each with a should-flag text (the same
# kind of copy with a real slip, and the exact finding) and a should-pass text.
@dataclass(frozen=True)
class Case:
    label: str
    flags: str
    finding: tuple[int, int, str, str]  # line, column, flagged text, what the fix writes
    message: str
    passes: str


def _message(variant: str, variant_times: str, main: str, main_times: str) -> str:
    return (f'"{variant}" ({variant_times}) looks like a variant of "{main}" ({main_times}), '
            "the usual spelling of this name in the story")


LOOKALIKES = [
    Case("female form of a surname: -ov/-ova",
         "Sayfullo Saipov was charged. Saipov was calm, his lawyer said. Saipof wept.",
         (3, 64, "Saipof", "Saipov"), _message("Saipof", "once", "Saipov", "2 times"),
         "Sayfullo Saipov was charged. His sister, Umida Saipova, said Saipov was calm. "
         "Saipova wept."),
    Case("female form of a surname: -ski/-ska",
         "Jan Kowalski voted. Kowalski said he would win, and Kowalsky left.",
         (3, 53, "Kowalsky", "Kowalski"), _message("Kowalsky", "once", "Kowalski", "2 times"),
         "Jan Kowalski and his wife Anna Kowalska voted. Kowalski said they would win."),
    Case("female form of a surname: -sky/-skaya",
         "Mr Dostoevsky wrote. Dostoevsky said so, and Dostoevski agreed.",
         (3, 46, "Dostoevski", "Dostoevsky"),
         _message("Dostoevski", "once", "Dostoevsky", "2 times"),
         "Mr Dostoevsky wrote. His wife, Anna Dostoevskaya, kept the diary of Dostoevsky."),
    Case("a common word of a name beside a foreign name",
         "The Standard Trust board met. Standard Trusst shares rose, and Standard Trust gained.",
         (3, 40, "Trusst", "Trust"), _message("Trusst", "once", "Trust", "2 times"),
         "Agence France-Presse said so, and the White House Press Secretary agreed."),
    Case("a common word of a name beside an exchange's name",
         "The Standard Life board met. The Standard Lifee shares rose, and Standard Life gained.",
         (3, 43, "Lifee", "Life"), _message("Lifee", "once", "Life", "2 times"),
         "Standard Life is a shareholder. Reports say Standard Life will vote. The contract is "
         "traded on Liffe, the futures exchange."),
    Case("a common word of names beside an Italian name",
         "United Bank and Trust Bank will merge. The United Bannk board met, and the United Bank "
         "board agreed.",
         (3, 51, "Bannk", "Bank"), _message("Bannk", "once", "Bank", "3 times"),
         "United Bank and Trust Bank will merge. Investors include Banca Nazionale del Lavoro."),
    Case("a common word of a name beside a firm named with an acronym",
         "The OGE Group show opened. The Grooup show closed, and the Group said so.",
         (3, 32, "Grooup", "Group"), _message("Grooup", "once", "Group", "2 times"),
         "The Groupe LAPS show opened. The OGE Group show closed."),
    Case("a common word of a title beside a person's name",
         "She starred in American Beauty. American Beuty won, and American Beauty made money.",
         (3, 42, "Beuty", "Beauty"), _message("Beuty", "once", "Beauty", "2 times"),
         "She starred in American Beauty. She married Warren Beatty, and Beatty directed."),
    Case("a slip inside a common word of a name",
         "Rob Goldman, President Ascom North America, spoke. Then Presiddent Ascom North America "
         "left.",
         (3, 57, "Presiddent", "President"), _message("Presiddent", "once", "President", "once"),
         "Rob Goldman, President Ascom North America, spoke. Then the firm left."),
    Case("two words of one name",
         "President Chiang Ching-kuo spoke. Chiang said so, and Chiangg agreed.",
         (3, 55, "Chiangg", "Chiang"), _message("Chiangg", "once", "Chiang", "2 times"),
         "President Chiang Ching-kuo spoke. Chiang said the island would hold."),
    Case("two neighbouring provinces",
         "Floods hit Shanxi and Shaanxi. Shanxi was worst hit, and in Shannxi the rain stopped.",
         (3, 61, "Shannxi", "Shanxi"), _message("Shannxi", "once", "Shanxi", "2 times"),
         "Floods hit Shanxi and Shaanxi provinces. Shanxi was worst hit."),
    Case("given names of different people, surnames used alone",
         "Ambassador Sergey Kislyak met officials. Then Sergei Kislyak left.",
         (3, 12, "Sergey", "Sergei"), _message("Sergey", "once", "Sergei", "once"),
         "Ambassador Sergey Kislyak met Sergei Millian. Kislyak said no, and Millian said yes."),
]


@pytest.mark.parametrize("case", LOOKALIKES, ids=[c.label for c in LOOKALIKES])
def test_lookalike_flags(case: Case) -> None:
    [finding] = seen(HEADLINE + case.flags)
    assert (finding.line, finding.column, finding.text, finding.replacement) == case.finding
    assert finding.message == case.message


@pytest.mark.parametrize("case", LOOKALIKES, ids=[c.label for c in LOOKALIKES])
def test_lookalike_passes(case: Case) -> None:
    assert flagged(HEADLINE + case.passes) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A letter left out is the likelier slip, whichever comes first.
        ("The drug maker Genetech said so. Shares in Genentech fell.", (3, 16, "Genetech")),
        ("Shares in Genentech fell. The drug maker Genetech said so.", (3, 42, "Genetech")),
        ("Shares in Activision rose. The Santa Monica-based Activison is for sale.",
         (3, 51, "Activison")),
        # Letters that run as few words' letters do are the likelier slip.
        ("The analyst Scwhartz spoke. Later Schwartz said so.", (3, 13, "Scwhartz")),
        ("The analyst Schwartz spoke. Later Scwhartz said so.", (3, 35, "Scwhartz")),
        ("The base at Tanf was hit. The Tanaf garrison held.", (3, 13, "Tanf")),
    ],
)
def test_one_to_one_tie_goes_on_the_likelier_slip(text: str, expected: tuple[int, int, str]) -> None:
    [finding] = seen(HEADLINE + text)
    assert (finding.line, finding.column, finding.text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A recorded surname beats the fuller mention: the introduction can carry the slip.
        ("The chief executive Craig Menar spoke. Later Menear said so.", (3, 27, "Menar", "Menear")),
        ("Menear spoke first. Later the chief executive Craig Menar said so.",
         (3, 53, "Menar", "Menear")),
        # Both recorded: the fuller mention decides, as without the record.
        ("The coach Anna McAlister spoke. Later McAllister said so.",
         (3, 39, "McAllister", "McAlister")),
        # Neither recorded: the fuller mention decides (the example story's pair).
        ("Surovikin said so. Colonel General Sergey Surovkin agreed.",
         (3, 1, "Surovikin", "Surovkin")),
    ],
)
def test_one_to_one_tie_goes_against_the_recorded_surname(
    text: str, expected: tuple[int, int, str, str]
) -> None:
    [finding] = seen(HEADLINE + text)
    assert (finding.line, finding.column, finding.text, finding.replacement) == expected


def test_tie_of_transliterations_used_twice_goes_to_the_first() -> None:
    """A vowel between consonants is written or left out by transliterations (``Tanf``,
    ``Tanaf``): with two uses each, neither is the likelier slip, and the first spelling is the
    story's."""
    text = HEADLINE + "Troops reached Tanf. The Tanaf base held. Tanaf is quiet, and Tanf is far."
    assert [(s.column, s.text) for s in seen(text)] == [(26, "Tanaf"), (43, "Tanaf")]


@pytest.mark.parametrize(("text", "column", "flagged_text"), [
    ("The Velopp router shipped. The Velop kit sold.", 32, "Velop"),
    ("The Velop router shipped. The Velopp kit sold.", 31, "Velopp"),
])
def test_tie_on_a_doubled_consonant_goes_to_the_first(text: str, column: int,
                                                      flagged_text: str) -> None:
    """A doubled or single consonant is a transliteration class, not a letter left out."""
    [finding] = seen(HEADLINE + text)
    assert (finding.line, finding.column, finding.text) == (3, column, flagged_text)


def test_compound_ending_in_a_lowercase_word_is_no_part_of_the_next_name() -> None:
    """``Santa Monica-based`` does not make ``Activison`` the fuller mention."""
    text = HEADLINE + "Activision said so. The Santa Monica-based Activison is for sale."
    assert flagged(text) == [("Activison", "Activision")]


def test_example_story() -> None:
    path = shared_path("examples", "syria-border.txt")
    document, found = lint(path.read_text(encoding="utf-8"), name="syria-border.txt",
                           select=[RULE.id])
    pairs = {
        (document.position(f.start).line, document.text[f.start : f.end],
         tuple(sorted({document.position(r.start).line for r in f.related})))
        for f in found
    }
    assert pairs == {
        (7, "Surovikin", (9,)),
        (11, "Tanaf", (3, 19)),
        (15, "Tanaf", (3, 19)),
        (23, "cooperation", (17,)),
    }
    words = {document.text[f.start : f.end] for f in found}
    assert not words & {"Iran", "Iraq", "Syria", "Syrian", "Kurds", "Kurdish"}
