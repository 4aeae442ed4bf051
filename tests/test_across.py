"""check --across: a name spelt one way in some stories of the run and another way in others."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

STORY = "Talks in {place}\n\nGeneral Sergey {name} met officials in {place} on Monday.\n"


def _desk(folder: Path, names: list[str]) -> Path:
    folder.mkdir()
    places = ["Moscow", "Ankara", "Tehran", "Cairo", "Amman", "Beirut"]
    for i, name in enumerate(names):
        (folder / f"s{i}.txt").write_text(STORY.format(place=places[i], name=name), encoding="utf-8")
    return folder


def test_the_minority_spelling_is_flagged_with_the_other_files_related(tmp_path: Path) -> None:
    desk = _desk(tmp_path / "desk", ["Surovikin", "Surovikin", "Surovikin", "Surovkin"])
    result = run_cli("check", "--across", "--format", "json", str(desk), cwd=tmp_path)
    assert result.code == 1
    (finding,) = json.loads(result.out)
    assert (finding["path"], finding["rule"], finding["line"], finding["column"]) == (
        str(desk / "s3.txt"), "across-spelling", 3, 16)
    assert finding["message"] == ('"Surovkin" (1 story) looks like a variant of "Surovikin" '
                                  "(3 stories), the usual spelling of this name in the stories of this run")
    assert [r["path"] for r in finding["related"]] == [str(desk / f"s{i}.txt") for i in range(3)]
    assert finding["related"][0]["line"] == 3 and finding["related"][0]["column"] == 16
    assert finding["fix"]["edits"][0]["replacement"] == "Surovikin"


def test_without_across_each_consistent_story_is_clean(tmp_path: Path) -> None:
    desk = _desk(tmp_path / "desk", ["Surovikin", "Surovikin", "Surovikin", "Surovkin"])
    assert run_cli("check", str(desk), cwd=tmp_path).code == 0


def test_different_names_and_close_counts_pass(tmp_path: Path) -> None:
    # Iran and Iraq are two real names; Saipov and Saipova a surname and its female form; one
    # story against one is no evidence of which is right.
    desk = _desk(tmp_path / "desk", ["Iran", "Iran", "Iraq", "Saipov", "Saipova", "Saipov"])
    assert run_cli("check", "--across", str(desk), cwd=tmp_path).code == 0
    pair = _desk(tmp_path / "pair", ["Surovikin", "Surovkin"])
    assert run_cli("check", "--across", str(pair), cwd=tmp_path).code == 0


def test_a_look_alike_written_with_names_of_its_own_passes(tmp_path: Path) -> None:
    # The firm is always Sony Ericsson, the manager always Sven-Goran Eriksson: two names.
    desk = tmp_path / "desk"
    desk.mkdir()
    for i in range(3):
        (desk / f"s{i}.txt").write_text(f"Phones\n\nSony Ericsson sold {i + 2} million phones.\n",
                                        encoding="utf-8")
    (desk / "s3.txt").write_text("Football\n\nSven-Goran Eriksson picked the team.\n", encoding="utf-8")
    assert run_cli("check", "--across", str(desk), cwd=tmp_path).code == 0


def test_sarif_names_the_other_file_in_related_locations(tmp_path: Path) -> None:
    desk = _desk(tmp_path / "desk", ["Surovikin", "Surovikin", "Surovikin", "Surovkin"])
    result = run_cli("check", "--across", "--format", "sarif", "--base-dir", str(tmp_path), str(desk),
                     cwd=tmp_path)
    (sarif_result,) = json.loads(result.out)["runs"][0]["results"]
    uris = [r["physicalLocation"]["artifactLocation"]["uri"] for r in sarif_result["relatedLocations"]]
    assert uris == ["desk/s0.txt", "desk/s1.txt", "desk/s2.txt"]
