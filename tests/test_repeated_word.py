"""repeated-word: table tests with the exact finding, other linters' cases, and fixes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.fixing import applicable_edits, apply_edits
from tests.conftest import lint, spans

RULE = "repeated-word"


def flagged(text: str, name: str = "story.txt") -> list[str]:
    return [span for rule, span in spans(text, name=name, select=[RULE]) if rule == RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He also also said it.", ["also also"]),
        ("The the minister left.", ["The the"]),
        ("Talks will resume in the\nthe new year.", ["the\nthe"]),
        ("Talks will resume in the\r\nthe new year.", ["the\r\nthe"]),
        ("It was said that that the plan failed.", ["that that"]),
        ("She had had been there.", ["had had"]),
        ("Blair spoke. Later Blair Blair said no.", ["Blair Blair"]),
        ("A a grade.", ["A a"]),
        ("It fell within the remit of the of the draft bill.", ["of the of the"]),
        ("that is an echo is an echo", ["is an echo is an echo"]),
        ("the age range that could vote is is pretty low", ["is is"]),
    ],
)
def test_flags(text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She had had enough.",
        "He said that that was wrong.",
        "What it is is a scandal.",
        "They saw Duran Duran in Walla Walla.",
        "the award-winning musical Spend Spend Spend",
        "senior law lord Lord Bingham said",
        "The score was 2 2 after extra time.",
        "J J Abrams directed it.",
        "Bye bye, said the crowd, ha ha.",
        "It was over. Over the years it grew.",
        "Time and time again, more and more people go on and on.",
        "They won back to back titles.",
        "what really makes a gadget a gadget",
        "He shouted: no no no!",
        "Paragraph ends with the\n\nthe next paragraph.",
        "It is, is it not?",
    ],
)
def test_passes(text: str) -> None:
    assert flagged(text) == []


# Doublings into a compound or a possessive, and phrases said twice: the flagged span, the
# message and the text after the fix.
JOINED_AND_PHRASES = [
    ("They began a tit tit-for-tat row.", "tit tit-for-tat",
     '"tit-for-tat" repeats "tit" before it', "They began a tit-for-tat row."),
    ("It reported a year year-ago loss.", "year year-ago",
     '"year-ago" repeats "year" before it', "It reported a year-ago loss."),
    ("It was an in in-depth report.", "in in-depth",
     '"in-depth" repeats "in" before it', "It was an in-depth report."),
    ("He was out out-of-favour all season.", "out out-of-favour",
     '"out-of-favour" repeats "out" before it', "He was out-of-favour all season."),
    ("Send an e e-mail.", "e e-mail", '"e-mail" repeats "e" before it', "Send an e-mail."),
    ("The seven-second second delay.", "seven-second second",
     '"second" repeats the end of "seven-second"', "The seven-second delay."),
    ("Shares rose. Microsoft Microsoft's profit grew.", "Microsoft Microsoft's",
     '"Microsoft\'s" repeats the word before it', "Shares rose. Microsoft's profit grew."),
    ("Rivals eye Zorbix\n\nZorbix's rivals grew. Few trust Zorbix Zorbix's plans.",
     "Zorbix Zorbix's", '"Zorbix\'s" repeats the word before it',
     "Rivals eye Zorbix\n\nZorbix's rivals grew. Few trust Zorbix's plans."),
    ("It signed a short-term term deal.", "short-term term",
     '"term" repeats the end of "short-term"', "It signed a short-term deal."),
    ("He read the commission commission's report.", "commission commission's",
     '"commission\'s" repeats the word before it', "He read the commission's report."),
    ("Aides met Blair. Later Blair Blair\u2019s aides left.", "Blair Blair\u2019s",
     '"Blair\u2019s" repeats the word before it', "Aides met Blair. Later Blair\u2019s aides left."),
    ("The firm may report a loss a loss of $3m.", "a loss a loss",
     '"a loss" repeats the words before it', "The firm may report a loss of $3m."),
    ("Users pay a fee a fee each month.", "a fee a fee",
     '"a fee" repeats the words before it', "Users pay a fee each month."),
    ("He won at the Golden Golden Globe awards.", "Golden Golden",
     '"Golden" repeats the word before it', "He won at the Golden Globe awards."),
    ("It starred Andrew Andrew Lloyd Webber.", "Andrew Andrew",
     '"Andrew" repeats the word before it', "It starred Andrew Lloyd Webber."),
    ("The poll was run by ICM ICM for the paper.", "ICM ICM",
     '"ICM" repeats the word before it', "The poll was run by ICM for the paper."),
    ("Fans went on tour and tour and the album sold.", "tour and tour and",
     '"tour and" repeats the words before it', "Fans went on tour and the album sold."),
    ("The deficit is expected to fall to fall to 2.9%.", "to fall to fall",
     '"to fall" repeats the words before it', "The deficit is expected to fall to 2.9%."),
    ("In the In the end it failed.", "In the In the",
     '"In the" repeats the words before it', "In the end it failed."),
    ("She wanted to do to do it well.", "to do to do",
     '"to do" repeats the words before it', "She wanted to do it well."),
    ("For 55 minutes we lived with with the best.", "with with",
     '"with" repeats the word before it', "For 55 minutes we lived with the best."),
]


@pytest.mark.parametrize(("text", "span", "message", "fixed"), JOINED_AND_PHRASES)
def test_joined_doublings_and_phrases(text: str, span: str, message: str, fixed: str) -> None:
    document, found = lint(text, select=[RULE])
    (finding,) = found
    assert (document.text[finding.start : finding.end], finding.message) == (span, message)
    assert finding.fix is not None and finding.fix.applicability.value == "safe"
    assert apply_edits(document.text, list(finding.fix.edits)) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "How long the run is is anybody's guess.",
        "Where the money is is a secret.",
        "To be in some situation that we've been placed in in the past is hard.",
        "It was the moment I've been waiting for for years.",
        "Democrats must get out of the ditch they are in in the South.",
        "The film was rated A plus plus by critics.",
        "The bonds kept their AAA AAA ratings in both columns.",
        "Gold nil nil 50.0 50.0\nSilver 3 4 51.5 52.0",
        "4/2/87 Prev Wk 4/2/87 Prev Wk",
        "LONG SHRT LONG SHRT",
        "Headline\n\nMedal Table: Gold Gold Silver Bronze\nThe tally is below.",
        "Headline\n\nRESULTS FROM THE ICM ICM POLL\nThe poll is below.",
        "Sales of G7 G7 bonds.",
        "The party's hopes were dissipated in in-fighting.",
        "He acted as a go-between between the two camps.",
        "They signed two two-year contracts.",
        "He met Boutros Boutros-Ghali in New York.",
        "The gunman Sirhan Sirhan was sentenced.",
        "Elections were won by Abdullah Abdullah.",
        "Fans queued for Duran Duran's show.",
        "The band Zuzu Zuzu played, and Zuzu Zuzu's fans cheered.",
        "A A-list star came.",
        "She had coffee at the Foo-bar bar.",
        "I think that that's the right thing.",
        "what really makes a gadget a gadget",
        "They call a spade a spade.",
        "He went on and on and on, week after week after week.",
        "Prices drop, and more and more people switch.",
        "It keeps getting stronger and stronger and I expect more.",
        "We saw the views and tons and tons of snow.",
        "They won back to back titles and guided the side to back to back wins.",
        "The nominees include Ann Lee for Measure for Measure.",
    ],
)
def test_passes_joined_tables_and_grammar(text: str) -> None:
    assert flagged(text) == []


def test_html_words_that_touch_in_the_markup_are_not_doubled() -> None:
    # Two elements with no space between them render as one run of letters, and a block tag
    # starts a new paragraph: neither is a word said twice.
    page = (
        "<p>The photo.<span>Credit</span><span>Credit Jane Doe</span></p>"
        "<p>He said the</p><p>the end came soon.</p><p>He also <b>also</b> said so.</p>"
    )
    assert flagged(page, name="story.html") == ["also <b>also"]


def test_exact_finding_on_the_example_shape() -> None:
    document, found = lint("Headline\n\nHe also also said.", select=[RULE])
    (finding,) = found
    assert (finding.rule, finding.message) == (RULE, '"also" repeats the word before it')
    assert tuple(document.position(finding.start)) == (3, 4)
    assert tuple(document.position(finding.end)) == (3, 13)
    assert finding.fix is not None and finding.fix.applicability.value == "safe"
    assert apply_edits(document.text, list(finding.fix.edits)) == "Headline\n\nHe also said."


# Other linters' own test cases for this defect, with what their authors intended: proselint's
# lexical_illusions examples (pass and fail lists) and the example in write-good's README.
OTHER_LINTERS = [
    ("Smoke phrase with nothing flagged.", False),
    ("Paris in the the springtime.", True),
    ("And he's gone, gone with the breeze", False),
    ("You should know that that sentence wasn't wrong.", False),
    ("She had had dessert on the balcony.", False),
    ("You should know that that that was wrong.", True),
    ("The practitioner's side", False),
    ("An antimatter particle", False),
    ("The theory", False),
    ("She had coffee at the Foo-bar bar.", False),
    ("Don't just play the game - play the game.", False),
    ("green greenery", False),
    ("She had coffee at the Foo bar bar.", True),
    ("She she coffee at the Foo-bar.", True),
    ("After I write i write i write.", True),
    ("that is an echo is an echo", True),
    ("don't miss the biggest illusion miss the biggest illusion.", True),
    ("Many readers are not aware that the\nthe brain will automatically ignore", True),
]


def test_other_linters_cases_as_their_authors_intended() -> None:
    disagreed = [text for text, should_flag in OTHER_LINTERS if bool(flagged(text)) != should_flag]
    assert disagreed == []


def test_clean_copy_is_silent() -> None:
    clean = (
        "Council approves new library\n\n"
        "The council approved plans for a new library on Tuesday, ending a debate that that had "
        "divided the town for years.\n\n"
        "\"It is what it is,\" said councillor Jane Moss. \"What we have had had to change.\"\n\n"
        "Work starts in May. May residents expect delays? Officials said so, so the road will close.\n\n"
        "The Duran Duran tribute band played as the ribbon was cut, and the crowd sang \"Sugar Sugar\".\n"
    )
    assert flagged(clean) == []


SENTENCES = st.lists(
    st.sampled_from(["the", "river", "rose", "again", "and", "council", "said", "it", "was", "high",
                     "council's", "year", "year-ago", "short-term", "term"]),
    min_size=2, max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(SENTENCES)
def test_fix_reaches_a_fixed_point_and_touches_only_doublings(words: list[str]) -> None:
    text = "Headline\n\n" + " ".join(words) + "."
    fixed, again = lint(text, select=[RULE], fix=True)
    # lint(fix=True) returns the document after fixing; fixing it again changes nothing.
    refixed, _ = lint(fixed.text, select=[RULE], fix=True)
    assert refixed.text == fixed.text
    # Fixing only ever deletes words: what is left is the original with some words removed.
    # (Compared without the full stop, which a deleted last word leaves on the word before.)
    remaining = fixed.text.rstrip(".").split()
    original = iter(text.rstrip(".").split())
    assert all(any(word == candidate for candidate in original) for word in remaining)
    assert not applicable_edits(again, unsafe=False)
