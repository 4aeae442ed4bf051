"""The house register: built from an archive, read by the house-spelling rule."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.conftest import run_cli

STORY = "Talks in {place}\n\nGeneral Sergey {name} met officials in {place} on Monday, {name} said.\n"
PLACES = ["Moscow", "Damascus", "Ankara", "Tehran", "Baghdad", "Amman", "Beirut", "Cairo"]


def _archive(folder: Path) -> Path:
    folder.mkdir()
    for i, place in enumerate(PLACES):
        name = "Surovkin" if i == 7 else "Surovikin"
        (folder / f"s{i}.txt").write_text(STORY.format(place=place, name=name), encoding="utf-8")
    return folder


def test_register_build_lists_the_house_spelling_and_the_variant(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive")
    result = run_cli("register", "build", str(archive), "-o", str(tmp_path / "register.yaml"), "--jobs", "1",
                     cwd=tmp_path)
    assert result.code == 0, result.err
    data = yaml.safe_load((tmp_path / "register.yaml").read_text(encoding="utf-8"))
    assert data["stories"] == 8
    (entry,) = [e for e in data["names"] if e["variants"]]
    assert (entry["house"], entry["stories"], entry["pinned"]) == ("Surovikin", 7, False)
    assert entry["with"] == ["Sergey"]
    assert entry["variants"] == [{"spelling": "Surovkin", "stories": 1, "example": "archive/s7.txt",
                                  "with": ["Sergey"], "different": False}]
    two_jobs = run_cli("register", "build", str(archive), "-o", str(tmp_path / "r2.yaml"), "--jobs", "2",
                       cwd=tmp_path)
    assert two_jobs.code == 0
    assert (tmp_path / "r2.yaml").read_text(encoding="utf-8") == (tmp_path / "register.yaml").read_text(
        encoding="utf-8")


def test_house_spelling_flags_a_story_consistent_with_itself(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive")
    run_cli("register", "build", str(archive), "-o", str(tmp_path / "register.yaml"), cwd=tmp_path)
    (tmp_path / ".newslint.yaml").write_text("register: register.yaml\n", encoding="utf-8")
    story = tmp_path / "new.txt"
    story.write_text(STORY.format(place="Minsk", name="Surovkin"), encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "house-spelling", str(story), cwd=tmp_path)
    found = json.loads(result.out)
    assert result.code == 1
    assert [(f["line"], f["column"], f["message"]) for f in found] == [
        (3, 16, '"Surovkin": the archive writes "Surovikin" (7 stories)'),
        (3, 59, '"Surovkin": the archive writes "Surovikin" (7 stories)'),
    ]
    assert found[0]["fix"]["applicability"] == "unsafe"
    assert found[0]["fix"]["edits"][0]["replacement"] == "Surovikin"
    house = tmp_path / "house.txt"
    house.write_text(STORY.format(place="Minsk", name="Surovikin"), encoding="utf-8")
    assert run_cli("check", "--select", "house-spelling", str(house), cwd=tmp_path).code == 0


def test_an_editors_marks_hold_and_survive_a_rebuild(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive")
    register = tmp_path / "register.yaml"
    run_cli("register", "build", str(archive), "-o", str(register), cwd=tmp_path)
    data = yaml.safe_load(register.read_text(encoding="utf-8"))
    (entry,) = [e for e in data["names"] if e["house"] == "Surovikin"]
    entry["variants"][0]["different"] = True
    register.write_text(yaml.safe_dump(data), encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("register: [register.yaml]\n", encoding="utf-8")
    story = tmp_path / "new.txt"
    story.write_text(STORY.format(place="Minsk", name="Surovkin"), encoding="utf-8")
    assert run_cli("check", "--select", "house-spelling", str(story), cwd=tmp_path).code == 0
    run_cli("register", "build", str(archive), "-o", str(register), cwd=tmp_path)
    rebuilt = yaml.safe_load(register.read_text(encoding="utf-8"))
    (entry,) = [e for e in rebuilt["names"] if e["house"] == "Surovikin"]
    assert entry["variants"][0]["different"] is True


def test_with_slips_a_spelling_the_archive_never_wrote_is_found(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive")
    run_cli("register", "build", str(archive), "-o", str(tmp_path / "register.yaml"), cwd=tmp_path)
    config = "register: register.yaml\nrules:\n  house-spelling:\n    slips: true\n"
    (tmp_path / ".newslint.yaml").write_text(config, encoding="utf-8")
    story = tmp_path / "new.txt"
    story.write_text(STORY.format(place="Minsk", name="Suroviikin"), encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "house-spelling", str(story), cwd=tmp_path)
    assert [f["message"] for f in json.loads(result.out)] == [
        '"Suroviikin": the archive writes "Surovikin" (7 stories)'] * 2
    other = tmp_path / "other.txt"  # a word one letter from a listed name is a word
    other.write_text("Talks\n\nThe Mondays were quiet, Sergey Surovikin said.\n", encoding="utf-8")
    assert run_cli("check", "--select", "house-spelling", str(other), cwd=tmp_path).code == 0
    (tmp_path / ".newslint.yaml").write_text("register: register.yaml\n", encoding="utf-8")
    assert run_cli("check", "--select", "house-spelling", str(story), cwd=tmp_path).code == 0


def test_a_register_that_is_not_one_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "register.yaml").write_text("names: 3\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("register: register.yaml\n", encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("Title\n\nBody text here.\n", encoding="utf-8")
    result = run_cli("check", str(story), cwd=tmp_path)
    assert result.code == 2
    assert "register.yaml: not a newslint register" in result.err and "Traceback" not in result.err


def test_another_person_is_listed_marked_different_and_an_editors_mark_holds(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for i, place in enumerate(PLACES):
        text = (f"Phones in {place}\n\nSony Ericsson sold phones in {place}.\n" if i < 6 else
                f"Football in {place}\n\nSven-Goran Eriksson picked the team in {place}.\n")
        (archive / f"s{i}.txt").write_text(text, encoding="utf-8")
    register = tmp_path / "register.yaml"
    assert run_cli("register", "build", str(archive), "-o", str(register), cwd=tmp_path).code == 0
    (entry,) = [e for e in yaml.safe_load(register.read_text(encoding="utf-8"))["names"] if e["variants"]]
    assert (entry["house"], entry["with"]) == ("Ericsson", ["Sony"])
    assert entry["variants"] == [{"spelling": "Eriksson", "stories": 2, "example": "archive/s6.txt",
                                  "with": ["Sven", "Goran"], "different": True}]
    assert "  with: [Sony]\n" in register.read_text(encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("register: register.yaml\n", encoding="utf-8")
    story = tmp_path / "new.txt"
    story.write_text("Football\n\nSven-Goran Eriksson named his squad.\n", encoding="utf-8")
    assert run_cli("check", "--select", "house-spelling", str(story), cwd=tmp_path).code == 0
    # An editor who says it is a slip after all: the rule reports it, and a rebuild keeps the mark.
    data = yaml.safe_load(register.read_text(encoding="utf-8"))
    (entry,) = [e for e in data["names"] if e["variants"]]
    entry["variants"][0]["different"] = False
    register.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "house-spelling", str(story), cwd=tmp_path)
    assert [(f["line"], f["column"], f["message"]) for f in json.loads(result.out)] == [
        (3, 12, '"Eriksson": the archive writes "Ericsson" (6 stories)')]
    run_cli("register", "build", str(archive), "-o", str(register), cwd=tmp_path)
    (entry,) = [e for e in yaml.safe_load(register.read_text(encoding="utf-8"))["names"] if e["variants"]]
    assert entry["variants"][0]["different"] is False
