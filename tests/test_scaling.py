"""Cost grows linearly with the input: a story ten times longer costs about ten times as much.

Wall-clock time is measured by benchmarks/scaling.py, never asserted here. What a test can
assert without timing is the amount of work: the number of Python function calls made while
linting, which a quadratic path (a rule comparing every paragraph or name with every other, a
rescan of the text per finding) multiplies by the square of the size.
"""

from __future__ import annotations

import cProfile
import pstats

from tests.conftest import lint

PARAGRAPHS = [
    "The council in {town} voted on {day} to repair the flood barriers along the river, after "
    "officials said the the defences had held during the storm.",
    "Engineer {name} Kowalczyk said the gauges at {town} would be checked before the next storm, "
    "and that residents of the USA and the US would hear more at a meeting.",
    "\"We expected the peak on {day},\" said {name} Kowalcyk, adding that shops in {town} stayed "
    "open and the café near the bridge served the cafe crowd.",
    "Shares in the carmaker fell after it warned that profits would miss forecasts for the third "
    "quarter running, blaming weak demand for electric models.",
]
TOWNS = ["Shrewsbury", "Ludlow", "Welshpool", "Bewdley", "Worcester", "Tewkesbury", "Gloucester"]
NAMES = ["Margaret", "Peter", "Anna", "Tomasz", "Ruth", "Kieran", "Ines"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def story(paragraphs: int) -> str:
    body = [
        PARAGRAPHS[i % len(PARAGRAPHS)].format(
            town=TOWNS[i % len(TOWNS)], name=NAMES[i % len(NAMES)], day=DAYS[i % len(DAYS)]
        )
        for i in range(paragraphs)
    ]
    return "Flood barriers hold on the Severn\n\n" + "\n\n".join(body) + "\n"


def calls(text: str) -> int:
    profile = cProfile.Profile()
    profile.enable()
    _, found = lint(text)
    profile.disable()
    assert found, "the generated story carries defects, so every rule has work to do"
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def test_a_ten_times_longer_story_costs_about_ten_times_as_much() -> None:
    lint(story(8))  # load tables and prepare rules outside the measurement
    small, large = story(400), story(4000)  # about 80 KB and 800 KB
    ratio = calls(large) / calls(small)
    assert len(large) / len(small) > 9.9
    assert ratio < 12, f"work grew {ratio:.1f} times for ten times the text"


def test_many_stories_cost_the_same_per_story() -> None:
    lint(story(8))
    one = calls(story(6))
    ten = sum(calls(story(6)) for _ in range(10))
    assert ten < 11 * one
