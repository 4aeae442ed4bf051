"""The pre-commit hooks, run by real pre-commit against this checkout.

``pre-commit try-repo`` builds the hook's environment with ``pip install .`` from this checkout
(tracked files, uncommitted changes included) and runs it in a temporary git repository with
one story. PRE_COMMIT_HOME is shared by the module so a clean checkout is built once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO

pytestmark = pytest.mark.slow

DEFECTIVE = "# Talks resume\n\nThe minister said said the talks would resume in the new year.\n"
REPAIRED = "# Talks resume\n\nThe minister said the talks would resume in the new year.\n"
CLEAN = "# Talks resume\n\nThe minister said the talks would resume on Monday.\n"
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "newslint tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
    "GIT_COMMITTER_NAME": "newslint tests", "GIT_COMMITTER_EMAIL": "tests@example.invalid",
}


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (REPO / ".git").exists():
        pytest.skip(f"{REPO} is not a git checkout (pre-commit try-repo needs one; CI has one)")
    return tmp_path_factory.mktemp("pre-commit-home")


def story_repo(folder: Path, text: str) -> Path:
    """A git repository holding one staged story."""
    env = {**os.environ, **GIT_IDENTITY}
    subprocess.run(["git", "init", "-q", str(folder)], check=True, env=env)
    story = folder / "stories" / "talks.md"
    story.parent.mkdir()
    story.write_text(text, encoding="utf-8")
    subprocess.run(["git", "add", "stories/talks.md"], cwd=folder, check=True, env=env)
    return story


def try_repo(hook: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI")}
    env.update(GIT_IDENTITY, PRE_COMMIT_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), hook, "--all-files",
         "--color", "never"],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=900,
    )


def test_manifest_declares_the_hooks_for_story_files() -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"newslint", "newslint-fix", "newslint-across"}
    assert hooks["newslint-across"]["require_serial"] is True  # every story in one process
    assert "--across" in hooks["newslint-across"]["entry"].split()
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["types_or"] == ["markdown", "plain-text", "html"]
        assert hook["entry"].startswith("newslint check")
    assert "--fix" in hooks["newslint-fix"]["entry"].split()
    checked = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest",
                              str(REPO / ".pre-commit-hooks.yaml")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_own_pre_commit_config_is_valid() -> None:
    checked = subprocess.run([sys.executable, "-m", "pre_commit", "validate-config",
                              str(REPO / ".pre-commit-config.yaml")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_own_hooks_pass_on_this_tree(pre_commit_home: Path) -> None:
    """ruff and mypy through this repository's .pre-commit-config.yaml, on every tracked file."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PRE_COMMIT_HOME"] = str(pre_commit_home)
    run = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=900,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_defective_story_fails_with_the_finding(tmp_path: Path, pre_commit_home: Path) -> None:
    story_repo(tmp_path, DEFECTIVE)
    run = try_repo("newslint", tmp_path, pre_commit_home)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "stories/talks.md:3:14: error repeated-word" in run.stdout
    assert "Failed" in run.stdout


def test_clean_story_passes(tmp_path: Path, pre_commit_home: Path) -> None:
    story_repo(tmp_path, CLEAN)
    run = try_repo("newslint", tmp_path, pre_commit_home)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout


def test_fix_hook_repairs_the_story(tmp_path: Path, pre_commit_home: Path) -> None:
    story = story_repo(tmp_path, DEFECTIVE)
    fixing = try_repo("newslint-fix", tmp_path, pre_commit_home)
    # pre-commit fails a hook that changes files, so the writer looks before committing.
    assert fixing.returncode == 1, fixing.stdout + fixing.stderr
    assert "files were modified by this hook" in fixing.stdout
    assert story.read_text(encoding="utf-8") == REPAIRED
    subprocess.run(["git", "add", "stories/talks.md"], cwd=tmp_path, check=True)
    again = try_repo("newslint", tmp_path, pre_commit_home)
    assert again.returncode == 0, again.stdout + again.stderr


ACROSS = "Talks in {place}\n\nGeneral Sergey {name} met officials in {place} on Monday.\n"


def test_across_hook_flags_the_minority_spelling(tmp_path: Path, pre_commit_home: Path) -> None:
    env = {**os.environ, **GIT_IDENTITY}
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, env=env)
    (tmp_path / "stories").mkdir()
    for i, place in enumerate(["Moscow", "Ankara", "Tehran", "Cairo"]):
        name = "Surovkin" if i == 3 else "Surovikin"
        story = tmp_path / "stories" / f"s{i}.md"
        story.write_text(ACROSS.format(place=place, name=name), encoding="utf-8")
    subprocess.run(["git", "add", "stories"], cwd=tmp_path, check=True, env=env)
    run = try_repo("newslint-across", tmp_path, pre_commit_home)
    assert run.returncode == 1, run.stdout + run.stderr
    assert ('stories/s3.md:3:16: warning across-spelling "Surovkin" (1 story) looks like a variant of '
            '"Surovikin" (3 stories)') in run.stdout
    assert "s0.md:3" not in run.stdout
