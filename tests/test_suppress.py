"""Suppression comments: next line, regions, whole file, and the ones that suppress nothing."""

from __future__ import annotations

from tests.conftest import lint


def rules(text: str, name: str = "s.md") -> list[tuple[str, int]]:
    document, found = lint(text, name=name, select=["repeated-word", "unused-suppression"])
    return [(f.rule, document.position(f.start).line) for f in found]


def test_next_line() -> None:
    text = "Title\n\n<!-- newslint-disable-next-line repeated-word -->\nThey sang Sugar sugar.\nthe the\n"
    assert rules(text) == [("repeated-word", 5)]


def test_region_until_enable() -> None:
    text = (
        "Title\n\n<!-- newslint-disable repeated-word -->\nthe the\n\nand and\n"
        "<!-- newslint-enable repeated-word -->\nso so\n"
    )
    assert rules(text) == [("repeated-word", 8)]


def test_whole_file_and_all_rules() -> None:
    text = "Title\n\nthe the\n\n<!-- newslint-disable-file -->\n"
    assert rules(text) == []


def test_unused_suppression_is_reported() -> None:
    text = "Title\n\n<!-- newslint-disable-next-line repeated-word -->\nNothing doubled.\n"
    document, found = lint(text, name="s.md", select=["repeated-word", "unused-suppression"])
    (finding,) = found
    assert finding.rule == "unused-suppression"
    assert finding.message == "newslint-disable-next-line repeated-word suppresses nothing"
    assert document.text[finding.start : finding.end].startswith("<!--")


def test_unknown_rule_in_a_suppression() -> None:
    text = "Title\n\n<!-- newslint-disable repeated-wrod -->\nthe the\n"
    assert rules(text) == [("unused-suppression", 3), ("repeated-word", 4)]


def test_plain_text_line_form_is_not_prose() -> None:
    text = "Title\n\n<!-- newslint-disable-next-line repeated-word -->\nthe the\n"
    assert rules(text, name="s.txt") == []


def test_html_comment_form() -> None:
    text = "<h1>T</h1><!-- newslint-disable-next-line -->\n<p>the the</p>\n<p>and and</p>"
    assert rules(text, name="s.html") == [("repeated-word", 3)]


def test_unused_suppression_not_reported_for_a_rule_that_is_off() -> None:
    text = "Title\n\n<!-- newslint-disable-next-line repeated-word -->\nNothing doubled.\n"
    _, found = lint(text, name="s.md", select=["unused-suppression"])
    assert found == []
