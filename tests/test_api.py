"""The Python API: configuration, lint a string or a file, fix a string, findings as the contract."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from lint.api import InputError, Linter, NewslintError, load_configuration
from tests.conftest import REPO, run_cli

STORY = "Flood defences hold\n\nThe council said the the barriers held overnight.\n"


def test_lint_text_gives_the_finding_with_its_place_and_fix() -> None:
    (finding,) = Linter().lint_text(STORY, path="story.txt")
    assert (finding.rule, finding.place.line, finding.place.column) == ("repeated-word", 3, 18)
    assert finding.text == "the the"
    assert finding.to_dict()["fix"]["applicability"] == "safe"


def test_findings_are_picklable_and_to_dict_is_the_json_contract(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    found = Linter().lint_file(story)
    assert pickle.loads(pickle.dumps(found)) == found
    cli = json.loads(run_cli("check", "--format", "json", str(story)).out)
    assert [f.to_dict() for f in found] == cli


def test_fix_text_applies_safe_fixes_only_unless_asked() -> None:
    assert Linter().fix_text(STORY) == STORY.replace("the the", "the")
    mixed = "Trade talks\n\nThe US and the USA and the US again met on Monday.\n"
    assert Linter().fix_text(mixed) == mixed
    assert "USA" not in Linter(unsafe_fixes=True).fix_text(mixed)


def test_select_and_ignore_pick_rules() -> None:
    assert Linter(ignore=["repeated-word"]).lint_text(STORY) == []
    assert {f.rule for f in Linter(select=["repeated-word"]).lint_text(STORY)} == {"repeated-word"}


def test_configuration_from_a_file_and_found_near_a_story(tmp_path: Path) -> None:
    (tmp_path / ".newslint.yaml").write_text("rules:\n  repeated-word: off\n", encoding="utf-8")
    assert Linter(load_configuration(tmp_path / ".newslint.yaml")).lint_text(STORY) == []
    assert Linter(load_configuration(near=tmp_path)).lint_text(STORY) == []
    assert Linter(load_configuration(near=REPO)).lint_text(STORY) != []


def test_errors_are_newslint_errors_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  no-such-rule: on\n", encoding="utf-8")
    with pytest.raises(NewslintError, match=r"bad.yaml:2: "):
        load_configuration(bad)
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"ab\x00cd")
    with pytest.raises(InputError, match=r"b\.txt"):
        Linter().lint_file(binary)
    assert Linter().run_file(binary).error is not None
