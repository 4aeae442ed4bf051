"""off-topic: a spliced paragraph is flagged on its line; clean copy of every shape stays silent."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.config import default_config, load_config
from lint.document import Token, build_document, read_story
from lint.engine import Engine, RunOptions
from lint.errors import ConfigError, InputError
from lint.idf import IdfTable, read_table, term, write_table
from lint.rules.off_topic import RULE
from lint.rules.off_topic.background import load_table
from tests.conftest import REPO, lint, shared_path

FLOOD = """Council approves new flood defences for Riverside

Councillors in Marston have approved a £12m scheme to build flood defences along the river Wend, \
after the town centre was flooded twice in three winters.

The scheme includes a concrete flood wall along the riverbank, two new pumping stations and a \
storage basin upstream that can hold back water when the river rises after heavy rain.

Residents of the Riverside estate, where more than 200 homes were flooded in January, said the \
defences were long overdue. Many families spent months in temporary housing while their homes \
dried out.

"We have been asking for a flood wall for ten years," said Jean Harper, who chairs the estate's \
residents' association. "Every time it rains we watch the river."

The Environment Agency, which will pay for most of the scheme, said the wall and the storage \
basin would protect the town against a flood of the size expected once in a hundred years.

Work on the flood wall is due to start in the spring, and the council expects the pumping \
stations and the basin to be finished within two years.
"""

# 34 words from a business story: nothing in common with a flood scheme.
CARMAKER = (
    "Shares in the carmaker fell sharply on Tuesday after it warned that profits this year would "
    "be lower than analysts had forecast, blaming weak sales in Europe and the rising cost of steel."
)


def splice(story: str, paragraph: str, before: int) -> str:
    """``story`` with ``paragraph`` inserted before its body paragraph number ``before``."""
    parts = story.rstrip("\n").split("\n\n")
    return "\n\n".join([*parts[: before + 1], paragraph, *parts[before + 1 :]]) + "\n"


def off_topic(text: str, name: str = "story.txt") -> list[tuple[int, int, str]]:
    document, found = lint(text, name=name, select=[RULE.id])
    return [(document.position(f.start).line, document.position(f.start).column, f.message)
            for f in found]


def test_clean_story_is_silent() -> None:
    assert off_topic(FLOOD) == []


@pytest.mark.parametrize("before", [0, 2, 6])
def test_spliced_paragraph_anywhere_in_the_body(before: int) -> None:
    text = splice(FLOOD, CARMAKER, before)
    assert [line for line, _, _ in off_topic(text)] == [3 + 2 * before]


FRANCE = ("He also said he hoped to strengthen security ties between France and Iran and that the two "
          "countries should join forces against drug smuggling.")
SHAMKHANI = ("Shamkhani said that military and defensive cooperation between Tehran and Moscow are "
             "based on common interests.")

# A critic introduced with a colon, and the quote that follows on the story's subject.
CRITIC = ("At the Warsaw Review, the critic Anna Kowalczyk, who has written about Polish engineering "
          "for twenty years and rarely praises anyone, was unusually generous in her column on Sunday")
CRITIC_QUOTE = ('"The flood wall, the pumping stations and the storage basin are exactly what '
                'Riverside needed."')
# One item of a notes column beside another.
NOTES_ITEM = ("... The council's planning committee also approved a new cycle path along the river, "
              "which will run from the Riverside estate to the station.")
# Two short paragraphs from a war story; in the second a body, not a person, speaks.
TROOPS = "Roughly 13,000 soldiers remain in Kandahar, eighteen years after Washington sent the first of them."
CHIEFS = "The Chiefs of Staff told reporters in Helmand that the soldiers would stay for several more years."
# An item of a list of deals, and the heading line it describes.
DEAL = ("This is an outstanding price for a Dell laptop: the Intel Core processor is paired with "
        "16GB of memory and a generous solid state drive, and the maker includes a full year of "
        "support in Europe.")
DEAL_HEADING = "Dell Laptop With Intel Core Processor"
CARMAKER_MESSAGE = ("paragraph may not belong to this story: dissimilarity 1.00 to the rest of the "
                    "story and 1.00 to the paragraphs around it; names found nowhere else in the "
                    "story: ")

# Should flag: (story, [(line, column, message)]).
FLAGGED = {
    "long paragraph naming places the story never mentions": (
        splice(FLOOD, CARMAKER, 3),
        [(9, 1, "paragraph may not belong to this story: dissimilarity 1.00 to the rest of the story "
                "and 1.00 to the paragraphs around it; names found nowhere else in the story: Europe")],
    ),
    "short paragraph quoting someone never introduced": (
        splice(FLOOD, "Kowalczyk said that trade between Warsaw and Kiev was growing every month.", 5),
        [(13, 1, "paragraph may not belong to this story: dissimilarity 0.99 to the rest of the story, "
                 "no content word in common with it; names found nowhere else in the story: "
                 "Kowalczyk, Warsaw, Kiev")],
    ),
    "run of short paragraphs in which someone never introduced speaks": (
        splice(splice(FLOOD, SHAMKHANI, 6), FRANCE, 6),
        [(15, 1, "paragraph may not belong to this story: dissimilarity 0.99, and 1.00 with the 1 "
                 "adjacent paragraph around it (paragraph 1 of 2 that drift together); names found "
                 "nowhere else in the story: France, Iran"),
         # Strong enough evidence on its own: the paragraph's own reason is given.
         (17, 1, "paragraph may not belong to this story: dissimilarity 1.00 to the rest of the "
                 "story, no content word in common with it; names found nowhere else in the story: "
                 "Shamkhani, Tehran, Moscow")],
    ),
    # The first bracket closes early: a credit, not an aside.
    "paragraph opening with a bracketed credit": (
        splice(FLOOD, f"(AP) {CARMAKER}", 3),
        [(9, 1, CARMAKER_MESSAGE + "AP, Shares, Europe")],
    ),
    # A mark of a series, but no other item beside it.
    "lone item mark": (
        splice(FLOOD, f"... {CARMAKER}", 3),
        [(9, 1, CARMAKER_MESSAGE + "Europe")],
    ),
    # Without the colon the introduction stands alone, and shares nothing with the story.
    "critic introduced without a colon": (
        splice(splice(FLOOD, CRITIC_QUOTE, 3), CRITIC + ".", 3),
        [(9, 1, CARMAKER_MESSAGE + "Warsaw, Review, Anna, Kowalczyk, Polish")],
    ),
    # Without its heading the deal shares nothing with what stands around it.
    "item without the heading it describes": (
        splice(FLOOD, DEAL, 3),
        [(9, 1, "paragraph may not belong to this story: dissimilarity 1.00 to the rest of the "
                "story and 0.99 to the paragraphs around it; names found nowhere else in the "
                "story: Dell, Intel, Core, GB, Europe")],
    ),
    # Past the paragraph that opens the block after a separator, the story goes on.
    "past the paragraph after a separator line": (
        FLOOD + "\n___\n\nThe council will publish the full plans next month.\n\n" + CARMAKER + "\n",
        [(19, 1, CARMAKER_MESSAGE + "Europe")],
    ),
    # Someone never introduced speaks in the run.
    "run in which a person speaks": (
        splice(splice(FLOOD, CHIEFS.replace("The Chiefs of Staff", "Okonkwo"), 6), TROOPS, 6),
        [(15, 1, "paragraph may not belong to this story: dissimilarity 0.97, and 1.00 with the 1 "
                 "adjacent paragraph around it (paragraph 1 of 2 that drift together); names found "
                 "nowhere else in the story: Roughly, Kandahar, Washington"),
         (17, 1, "paragraph may not belong to this story: dissimilarity 0.97, and 1.00 with the 1 "
                 "adjacent paragraph around it (paragraph 2 of 2 that drift together); names found "
                 "nowhere else in the story: Okonkwo, Helmand")],
    ),
}


@pytest.mark.parametrize("case", FLAGGED)
def test_should_flag(case: str) -> None:
    text, expected = FLAGGED[case]
    assert off_topic(text) == expected


# Off-topic by the score alone, but the evidence is not strong enough.
PASSED = {
    # An interview's answer changes subject by nature.
    "turn of an interview": splice(FLOOD, f"A: {CARMAKER}", 3),
    # It brings no person or place of its own: a digression in the story's own world.
    "names nobody new": splice(FLOOD, CARMAKER.replace(" in Europe", " abroad"), 3),
    # It shares words with the paragraph it follows from ("rising cost").
    "follows from the paragraph before": splice(
        splice(FLOOD, CARMAKER, 6),
        "The council said the rising cost of materials had pushed up the price of the wall.", 6),
    # Short lines that name no speaker: a capitalised first word or a code is not a person.
    "short lines without a speaker": splice(splice(
        FLOOD, "Grand-opening festivities continue throughout the weekend at the new hall.", 5),
        "Spot gold XAU= added 0.1% to $1,472.19 an ounce in early trading on Friday.", 2),
    # A round-up names new teams in every item, but nobody speaks in it.
    "round-up of results": splice(splice(
        FLOOD, "In the other tie, Dunmore beat Castleford after extra time with a late goal from Okafor.", 6),
        "Ashby also went through, with Brennan scoring twice against Northfield before the break.", 6),
    # The writer's aside, all in brackets.
    "aside in brackets": splice(FLOOD, f"({CARMAKER})", 3),
    # One item of a series (a notes column): each item has its own subject.
    "item of a series": splice(splice(FLOOD, f"... {CARMAKER}", 3), NOTES_ITEM, 3),
    # The heading line above it (not prose, so not a paragraph) names what it describes.
    "item under the heading it describes": splice(splice(FLOOD, DEAL, 3), DEAL_HEADING, 3),
    # A separator line opens a new block: an author box, an update's note.
    "right after a separator line": FLOOD + "\n--\n\n" + CARMAKER + "\n",
    # A colon hands over to the quote it introduces, which is on the story's subject.
    "introduction ending with a colon": splice(splice(FLOOD, CRITIC_QUOTE, 3), CRITIC + ":", 3),
    # A body, not a person, speaks: a dictionary word ends the name (Chiefs of Staff told).
    "run in which only a body speaks": splice(splice(FLOOD, CHIEFS, 6), TROOPS, 6),
}


@pytest.mark.parametrize("case", PASSED)
def test_should_pass(case: str) -> None:
    assert off_topic(PASSED[case]) == []


SPORT = """Harriers edge past Rovers in cup replay

Harriers reached the fourth round of the county cup with a 2-1 win over Rovers in a tense replay \
at Mill Lane on Tuesday night.

Rovers took the lead after ten minutes when their captain headed in a corner, but Harriers \
equalised before half-time through a penalty after their striker was brought down in the box.

The winner came with eight minutes left, a low shot from the edge of the area that the Rovers \
goalkeeper could only push into the corner of his own net.

"Brilliant."

Harriers manager Tom Reid said his side had deserved the win. "We were the better team over the \
two games and the lads kept going to the end," he said.

Harriers: Dale; Okafor, Brennan, Whitley, Moss; Carr, Lindqvist, Patel; Hughes, Osei, Grant. \
Subs: Lyle, Fenwick, Doran, Quigley.

Rovers: Pike; Anand, Sutter, Maguire, Holt; Danvers, Ibe, Crowe; Yates, Marsh, Lowe.

Reporting by Sam Ellery
"""

LIST = """What changes at the post office from Monday

Post offices across the county will change their opening hours from Monday, and several will \
stop taking some payments at the counter, the operator said.

The changes follow a review of how customers use the branches, which found that fewer people \
now pay bills in person and more collect parcels in the evening.

The main changes are:

- Later opening on Thursday evenings
- Parcel lockers at Hilltop and Stanmore
- No bill payments at the Quayside branch
- Cash machines at Elmstead and Brook Green

Customers with questions about the new opening hours can ask at any branch or call the \
operator's helpline.

• Gillian Forde
"""


@pytest.mark.parametrize(
    "text",
    [
        SPORT,
        LIST,
        splice(splice(FLOOD, '"It\'s a relief," she said.', 4), "Nobody was hurt.", 2),
    ],
    ids=["one-word quote, line-ups, sign-off", "list and bulleted byline", "short quote and aside"],
)
def test_clean_copy_of_every_shape_stays_silent(text: str) -> None:
    assert off_topic(text, name="story.md") == []
    assert off_topic(text) == []


def test_story_with_too_few_paragraphs_is_not_scored() -> None:
    text = "Flood scheme approved\n\nThe council approved it.\n\n" + CARMAKER + "\n"
    assert off_topic(text) == []


def test_syria_border_example() -> None:
    path = shared_path("examples", "syria-border.txt")
    found = off_topic(read_story(str(path)), name=str(path))
    assert [line for line, _, _ in found] == [21, 23]
    assert found[1][2].endswith("names found nowhere else in the story: Shamkhani, Tehran, Moscow")


def test_clean_bbc_corpus_is_mostly_silent() -> None:
    corpus = shared_path("corpus", "bbc")
    stories = [p for p in sorted(corpus.glob("*/*.txt")) if p.name != "199.txt" or p.parent.name != "sport"]
    engine = Engine(RunOptions(select=frozenset([RULE.id])))
    config = default_config(REPO)
    flagged = sum(
        1 for p in stories
        if engine.lint_text(p.read_text(encoding="utf-8"), p.name, "text", config, p.name)[1]
    )
    # The rule's budget is 1 false finding per 100 clean stories; measured 0.22 per 100
    # (benchmarks/precision.py, every finding judged false in benchmarks/judged/off-topic.tsv).
    assert flagged <= 0.01 * len(stories)


# --- the background table ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Iran's", "iran"), ("forces", "force"), ("countries", "country"), ("business", "business"),
     ("status", "status"), ("Iranian", "iranian"), ("a", None), ("2004", None)],
)
def test_term_normalisation(word: str, expected: str | None) -> None:
    assert term(Token(word, 0, len(word), word[0].isdigit())) == expected


@pytest.mark.parametrize("name", ["table.tsv", "table.tsv.gz"])
def test_table_round_trip(tmp_path: Path, name: str) -> None:
    table = IdfTable(10, {"said": 9, "flood": 2})
    write_table(table, tmp_path / name)
    assert read_table(tmp_path / name) == table


def test_weights_favour_rare_words() -> None:
    table = IdfTable(100, {"said": 100, "flood": 4})
    assert table.weight("said") == 0.0
    assert 0.0 < table.weight("flood") < table.weight("unknown")


def test_bad_table_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "table.tsv"
    path.write_text("word\t3\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a newslint idf table"):
        read_table(path)
    with pytest.raises(ConfigError, match=r"off-topic: idf-table: .*not found"):
        load_table(str(tmp_path / "missing.tsv"))


def test_shipped_table_holds_counts_only() -> None:
    table = load_table("")
    assert table.documents > 1000
    assert min(table.counts.values()) >= 2
    assert table.counts["said"] > table.counts["flood"]


def test_idf_build_command(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for number, body in enumerate(["Floods hit the town.", "Floods and rain.", "Rain again."]):
        (archive / f"{number}.txt").write_text(f"Story {number}\n\n{body}\n", encoding="utf-8")
    output = tmp_path / "table.tsv.gz"
    result = CliRunner().invoke(main, ["idf", "build", str(archive), "-o", str(output)])
    assert result.exit_code == 0, result.output
    lines = gzip.decompress(output.read_bytes()).decode("utf-8").splitlines()
    assert lines[0] == "# newslint idf table\tdocuments\t3"
    assert sorted(lines[1:]) == ["flood\t2", "rain\t2", "story\t3"]


def test_idf_table_option_uses_the_users_table(tmp_path: Path) -> None:
    # A table in which every word of the flood story is everyday: nothing has weight, so
    # nothing can be told apart and the spliced paragraph passes.
    words = {t for t in map(term, build_document(splice(FLOOD, CARMAKER, 3), "x").tokens) if t}
    table = tmp_path / "everyday.tsv"
    write_table(IdfTable(5, dict.fromkeys(words, 5)), table)
    config_file = tmp_path / ".newslint.yaml"
    config_file.write_text(f"rules:\n  off-topic:\n    idf-table: {table}\n", encoding="utf-8")
    config = load_config(config_file)
    engine = Engine(RunOptions(select=frozenset([RULE.id])))
    _, found, _ = engine.lint_text(splice(FLOOD, CARMAKER, 3), "s.txt", None, config, "s.txt")
    assert found == []
