"""The findings cache: unchanged stories are not linted again, and nothing stale is served."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint import cache as cache_module
from tests.conftest import REPO, run_cli

STORY = "Flood defences hold\n\nThe council said the the barriers held overnight.\n"
CLEAN = "Flood defences hold\n\nThe council said the barriers held overnight.\n"


def _entries(folder: Path) -> list[Path]:
    """The findings entries (not the configuration snapshots beside them)."""
    return sorted((folder / "v2").rglob("*.json"))


@pytest.fixture
def cache_dir() -> Path:
    return Path(os.environ["NEWSLINT_CACHE_DIR"])


def test_a_warm_run_gives_the_same_report_from_the_cache(tmp_path: Path, cache_dir: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    cold = run_cli("check", "--format", "json", str(story))
    assert len(_entries(cache_dir)) == 1
    (entry,) = _entries(cache_dir)
    # Prove the second run reads the entry: edit the cached message, and it is what comes back.
    data = json.loads(entry.read_text(encoding="utf-8"))
    data[0][2] = "from the cache"
    entry.write_text(json.dumps(data), encoding="utf-8")
    warm = run_cli("check", "--format", "json", str(story))
    assert warm.code == cold.code == 1
    assert [f["message"] for f in json.loads(warm.out)] == ["from the cache"]
    assert json.loads(warm.out)[0]["line"] == json.loads(cold.out)[0]["line"] == 3
    assert (cache_dir / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"


def test_a_changed_story_misses(tmp_path: Path, cache_dir: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run_cli("check", str(story)).code == 1
    story.write_text(CLEAN, encoding="utf-8")
    assert run_cli("check", str(story)).code == 0
    assert len(_entries(cache_dir)) == 2


def test_a_changed_configuration_misses(tmp_path: Path, cache_dir: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run_cli("check", str(story), cwd=tmp_path).code == 1
    (tmp_path / ".newslint.yaml").write_text("rules:\n  repeated-word: off\n", encoding="utf-8")
    assert run_cli("check", str(story), cwd=tmp_path).code == 0
    (tmp_path / ".newslint.yaml").write_text("rules:\n  repeated-word: info\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", str(story), cwd=tmp_path)
    assert [f["severity"] for f in json.loads(result.out)] == ["info"]


def test_a_changed_file_named_by_an_option_misses(tmp_path: Path) -> None:
    table = tmp_path / "idf.tsv.gz"
    table.write_bytes((REPO / "rules" / "idf-table.tsv.gz").read_bytes())
    config_text = "rules:\n  off-topic:\n    idf-table: idf.tsv.gz\n"
    (tmp_path / ".newslint.yaml").write_text(config_text, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    from lint.cache import FindingsCache
    from lint.config import load_config

    findings_cache = FindingsCache(tmp_path / "c")
    config = load_config(tmp_path / ".newslint.yaml")
    before = findings_cache.key(STORY.encode(), "text", config, "story.txt")
    os.utime(table, ns=(1, 1))
    after = FindingsCache(tmp_path / "c").key(STORY.encode(), "text", config, "story.txt")
    assert before != after


def test_selected_rules_are_part_of_the_key(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run_cli("check", "--select", "off-topic", str(story)).code == 0
    assert run_cli("check", str(story)).code == 1


def test_a_corrupt_entry_is_a_miss_and_is_rewritten(tmp_path: Path, cache_dir: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    run_cli("check", str(story))
    (entry,) = _entries(cache_dir)
    entry.write_text('[["repeated-word", "err', encoding="utf-8")
    result = run_cli("check", "--format", "json", str(story))
    assert result.code == 1 and json.loads(result.out)[0]["rule"] == "repeated-word"
    assert json.loads(entry.read_text(encoding="utf-8"))[0][0] == "repeated-word"


def test_no_cache_reads_and_writes_nothing(tmp_path: Path, cache_dir: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run_cli("check", "--no-cache", str(story)).code == 1
    assert not cache_dir.exists()


def test_fix_never_uses_the_cache(tmp_path: Path, cache_dir: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    run_cli("check", str(story))
    assert run_cli("check", "--fix", str(story)).code == 0
    assert story.read_text(encoding="utf-8") == CLEAN


def test_cache_dir_setting_names_the_folder(tmp_path: Path) -> None:
    (tmp_path / ".newslint.yaml").write_text("cache-dir: here-cache\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "NEWSLINT_CACHE_DIR"}
    run_cli("check", "story.txt", cwd=tmp_path, env=env)
    assert len(_entries(tmp_path / "here-cache")) == 1


def test_the_cache_is_trimmed_to_its_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lint.cache import FindingsCache
    from lint.config import default_config

    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 5)
    findings_cache = FindingsCache(tmp_path / "c")
    config = default_config(tmp_path)
    for i in range(12):
        findings_cache.store(findings_cache.key(f"story {i}".encode(), "text", config, "s.txt"), [])
    findings_cache.trim()
    assert len(_entries(tmp_path / "c")) == 5


def test_processes_sharing_a_cache_lose_and_corrupt_nothing(tmp_path: Path, cache_dir: Path) -> None:
    stories = tmp_path / "desk"
    stories.mkdir()
    for i in range(40):
        (stories / f"s{i:02}.txt").write_text(STORY.replace("council", f"council {i}"), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    command = [sys.executable, "-m", "lint", "check", "--jobs", "1", "--format", "json", str(stories)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, env=env, cwd=tmp_path) for _ in range(4)]
    outputs = [json.loads(run.communicate(timeout=300)[0]) for run in runs]
    assert all(run.returncode == 1 for run in runs)
    assert all(output == outputs[0] for output in outputs)
    entries = _entries(cache_dir)
    assert len(entries) == 40
    for entry in entries:
        json.loads(entry.read_text(encoding="utf-8"))  # every entry whole
    assert not [p for p in cache_dir.rglob("*.tmp")]
    warm = run_cli("check", "--format", "json", str(stories), cwd=tmp_path)
    assert json.loads(warm.out) == outputs[0]


def test_known_and_linted_stories_come_back_in_path_order(tmp_path: Path, cache_dir: Path) -> None:
    stories = tmp_path / "desk"
    stories.mkdir()
    for i in range(24):
        text = STORY if i % 3 else CLEAN
        (stories / f"s{i:02}.txt").write_text(text.replace("council", f"council {i}"), encoding="utf-8")
    cold = run_cli("check", "--jobs", "1", "--no-cache", str(stories))
    run_cli("check", "--jobs", "1", str(stories))
    for entry in _entries(cache_dir)[::2]:
        entry.unlink()  # half the stories known, half to lint again, in a pool
    warm = run_cli("check", "--jobs", "2", str(stories))
    assert warm.out == cold.out and warm.code == cold.code == 1
