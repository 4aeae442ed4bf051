"""Configuration snapshots: a run whose configuration is unchanged reads it from one JSON file
(no YAML parsed, no rule imported for its defaults), and a changed file is never missed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint.cache import package_fingerprint, snapshot_store
from lint.config import load_config
from lint.config.snapshot import SnapshotStore
from tests.conftest import REPO, run_cli

STORY = "Flood defences hold\n\nThe council said the the barriers held overnight.\n"


def _snapshots(folder: Path) -> list[Path]:
    return sorted((folder / "config-v1").glob("*.json"))


@pytest.fixture
def cache_dir() -> Path:
    return Path(os.environ["NEWSLINT_CACHE_DIR"])


def _desk(tmp_path: Path, pack_rule: str) -> Path:
    """A desk whose config extends a local pack that sets repeated-word."""
    (tmp_path / "house.yaml").write_text(f"rules:\n  repeated-word: {pack_rule}\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("extends: [default, house.yaml]\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    return story


def test_an_edited_pack_is_read_again(tmp_path: Path, cache_dir: Path) -> None:
    story = _desk(tmp_path, "off")
    assert run_cli("check", str(story), cwd=tmp_path).code == 0
    assert len(_snapshots(cache_dir)) == 1
    # The pack changes, the config file that extends it does not: the snapshot must miss.
    (tmp_path / "house.yaml").write_text("rules:\n  repeated-word: error\n", encoding="utf-8")
    run = run_cli("check", str(story), cwd=tmp_path)
    assert run.code == 1 and "repeated-word" in run.out


def test_a_config_file_made_invalid_is_reported_not_served_from_the_snapshot(tmp_path: Path) -> None:
    story = _desk(tmp_path, "off")
    assert run_cli("check", str(story), cwd=tmp_path).code == 0
    (tmp_path / ".newslint.yaml").write_text("extends: [default]\nrulez: {}\n", encoding="utf-8")
    run = run_cli("check", str(story), cwd=tmp_path)
    assert run.code == 2
    assert "rulez" in run.err


def test_a_run_from_the_cache_imports_neither_yaml_nor_regex_nor_the_rules(tmp_path: Path) -> None:
    story = _desk(tmp_path, "error")
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    command = [sys.executable, "-X", "importtime", "-m", "lint", "check", str(story)]

    def imported() -> set[str]:
        run = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=environment,
                             check=False)
        assert run.returncode == 1, run.stderr[-2000:]
        return {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if "|" in line}

    cold = imported()
    assert {"yaml", "regex", "lint.rules.mixed_naming.mentions"} <= cold
    warm = imported()  # the same story and configuration: snapshot and findings from the cache
    assert "yaml" not in warm and "regex" not in warm
    assert not {name for name in warm if name.startswith("lint.rules.") and name != "lint.rules.base"}


def test_a_snapshot_reads_back_equal_to_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "register.yaml").write_text("names: {}\n", encoding="utf-8")
    config_file = tmp_path / ".newslint.yaml"
    config_file.write_text(
        "extends: [default, house-us-wire]\n"
        "register: register.yaml\n"
        "include: ['*.md', 'copy/**']\n"
        "exclude: ['drafts/**']\n"
        "ignore-patterns: ['^Corrections:.*$']\n"
        "fail-on: error\n"
        "rules:\n  off-topic: off\n  mixed-naming: {severity: info, quotes: info}\n"
        "overrides:\n  - files: ['archive/**']\n    rules: {repeated-word: off}\n",
        encoding="utf-8",
    )
    config = load_config(config_file)
    store = snapshot_store(tmp_path / "cache")
    store.store(str(config_file), config)
    loaded = store.load(str(config_file))
    assert loaded is not None
    assert loaded.rules == config.rules
    assert [o.rules for o in loaded.overrides] == [o.rules for o in config.overrides]
    assert loaded.rules_for("archive/old.md") == config.rules_for("archive/old.md")
    assert [p.pattern for p in loaded.ignore_patterns] == [p.pattern for p in config.ignore_patterns]
    assert loaded.excluded_by("drafts/a.md") == config.excluded_by("drafts/a.md") == "exclude"
    assert loaded.excluded_by("other.txt") == "include"
    assert (loaded.fail_on, loaded.sources, loaded.path_options) == (config.fail_on, config.sources,
                                                                     config.path_options)
    assert str(config_file.resolve()) in loaded.sources and len(loaded.sources) >= 3  # + both packs


def test_a_snapshot_of_another_version_is_not_read(tmp_path: Path) -> None:
    config_file = tmp_path / ".newslint.yaml"
    config_file.write_text("extends: [default]\n", encoding="utf-8")
    config = load_config(config_file)
    snapshot_store(tmp_path / "cache").store(str(config_file), config)
    other = SnapshotStore(tmp_path / "cache", lambda: package_fingerprint() + "-edited", lambda _: None)
    assert other.load(str(config_file)) is None


def test_no_snapshot_is_left_where_the_config_keeps_its_cache_elsewhere(tmp_path: Path,
                                                                       cache_dir: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("cache-dir: elsewhere\n", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k != "NEWSLINT_CACHE_DIR"}
    subprocess.run([sys.executable, "-m", "lint", "check", str(story)], cwd=tmp_path, check=False,
                   env=dict(environment, PYTHONPATH=str(REPO)), capture_output=True)
    assert (tmp_path / "elsewhere" / "v2").is_dir()
    assert not (tmp_path / ".newslint_cache").exists()
    assert not cache_dir.exists()


def test_no_cache_keeps_no_snapshot(tmp_path: Path, cache_dir: Path) -> None:
    story = _desk(tmp_path, "error")
    assert run_cli("check", "--no-cache", str(story), cwd=tmp_path).code == 1
    assert not cache_dir.exists()
