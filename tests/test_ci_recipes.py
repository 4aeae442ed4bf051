"""The CI recipes in examples/ci/ and the README, parsed and run as CI would run them.

Each newslint command line runs through a ``newslint`` on PATH that runs this checkout, in a
shell like the CI system's, on the fixture stories; the install and upload steps are checked
for shape only (they need the network and the CI service).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

from lint import __version__
from tests.conftest import REPO

EXAMPLES = REPO / "examples" / "ci"
STORIES = REPO / "tests" / "fixtures" / "formats" / "stories"
CLEAN = "# Budget\n\nThe minister said the budget would be published on Monday.\n"
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "newslint tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
    "GIT_COMMITTER_NAME": "newslint tests", "GIT_COMMITTER_EMAIL": "tests@example.invalid",
}


def load(name: str) -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))
    return data


def ci_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A CI-like environment whose ``newslint`` is this checkout."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "newslint"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m lint "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_STEP_SUMMARY")}
    env.update(GIT_IDENTITY, CI="true", PYTHONPATH=str(REPO),
               PATH=os.pathsep.join([str(bin_dir), env.get("PATH", "")]))
    env.update(extra)
    return env


def bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # The shell GitHub Actions uses for `run:` on Linux (GitLab's is the same with bash images).
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def git(*args: str, cwd: Path, env: dict[str, str]) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


# --- GitHub Actions ---------------------------------------------------------------------------


def workflow_steps() -> dict[str, dict[str, Any]]:
    workflow = load("github-workflow.yml")
    steps = workflow["jobs"]["newslint"]["steps"]
    return {step.get("name", step.get("uses", "")): step for step in steps}


def test_workflow_has_the_permissions_and_steps_code_scanning_needs() -> None:
    workflow = load("github-workflow.yml")
    # PyYAML reads the key `on` as True (YAML 1.1); GitHub reads it as "on".
    assert "pull_request" in workflow[True]
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow_steps()
    assert re.search(r"pip install \S*newslint", steps["Install newslint"]["run"])
    upload = steps["Upload SARIF to code scanning"]
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    sarif_run = steps["newslint for code scanning"]["run"]
    assert f"--output {upload['with']['sarif_file']}" in sarif_run
    assert "--format github" in steps["newslint annotations"]["run"]


def run_step(step: dict[str, Any], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # What GitHub substitutes for the expressions the workflow uses (a new one fails here).
    expressions = {"${{ github.base_ref }}": "main"}
    step_env = {name: expressions[value] if value.startswith("${{") else value
                for name, value in step.get("env", {}).items()}
    return bash(step["run"], cwd, {**env, **step_env})


def test_workflow_checks_the_changed_stories(tmp_path: Path) -> None:
    repo = tmp_path / "copy"
    summary = tmp_path / "summary.md"
    env = ci_env(tmp_path, GITHUB_STEP_SUMMARY=str(summary))
    (repo / "stories").mkdir(parents=True)
    (repo / "stories" / "budget.md").write_text(CLEAN, encoding="utf-8")
    (repo / "README.md").write_text("Not a changed story.\n", encoding="utf-8")
    git("init", "-q", cwd=repo, env=env)
    git("add", ".", cwd=repo, env=env)
    git("commit", "-qm", "base", cwd=repo, env=env)
    git("update-ref", "refs/remotes/origin/main", "HEAD", cwd=repo, env=env)
    shutil.copy(STORIES / "cafe.md", repo / "stories" / "cafe.md")
    git("add", ".", cwd=repo, env=env)
    git("commit", "-qm", "a story", cwd=repo, env=env)

    steps = workflow_steps()
    listed = run_step(steps["List the changed stories"], repo, env)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split() == ["stories/cafe.md"]

    scanned = run_step(steps["newslint for code scanning"], repo, env)
    assert scanned.returncode == 0, scanned.stderr  # findings (exit 1) do not fail this step
    log = json.loads((repo / "newslint.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}
    assert uris == {"stories/cafe.md"}

    annotated = run_step(steps["newslint annotations"], repo, env)
    assert annotated.returncode == 1  # findings fail the job
    assert annotated.stdout.startswith("::error file=stories/cafe.md,line=1,")
    assert "| error | stories/cafe.md | 1 | repeated-word |" in summary.read_text(encoding="utf-8")


def test_workflow_steps_pass_when_no_story_changed(tmp_path: Path) -> None:
    (tmp_path / "changed-stories.txt").write_text("", encoding="utf-8")
    env = ci_env(tmp_path)
    steps = workflow_steps()
    for name in ("newslint for code scanning", "newslint annotations"):
        done = run_step(steps[name], tmp_path, env)
        assert done.returncode == 0, (name, done.stderr)
    assert not (tmp_path / "newslint.sarif").exists()  # so the upload step is skipped


# --- GitLab CI --------------------------------------------------------------------------------


def gitlab_job() -> dict[str, Any]:
    job: dict[str, Any] = load("gitlab-ci.yml")["newslint"]
    return job


def run_gitlab_script(job: dict[str, Any], cwd: Path,
                      env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    lines = [line for line in job["script"] if "pip install" not in line]
    return bash("\n".join(lines), cwd, {**env, **job["variables"]})


def test_gitlab_job_publishes_code_quality_and_junit_reports(tmp_path: Path) -> None:
    job = gitlab_job()
    assert any(re.search(r"pip install \S*newslint", line) for line in job["script"])
    reports = job["artifacts"]["reports"]
    assert job["artifacts"]["when"] == "always"
    shutil.copytree(STORIES, tmp_path / job["variables"]["STORIES"])
    done = run_gitlab_script(job, tmp_path, ci_env(tmp_path))
    assert done.returncode == 1, done.stderr
    assert done.returncode in job["allow_failure"]["exit_codes"]  # a warning, not a failure
    issues = json.loads((tmp_path / reports["codequality"]).read_text(encoding="utf-8"))
    assert {issue["location"]["path"] for issue in issues} == {"stories/cafe.md", "stories/wire.txt"}
    assert all(len(issue["fingerprint"]) == 64 for issue in issues)
    suites = ET.parse(tmp_path / reports["junit"]).getroot().findall("testsuite")
    assert len(suites) == 3


def test_gitlab_job_passes_on_clean_copy(tmp_path: Path) -> None:
    job = gitlab_job()
    folder = tmp_path / job["variables"]["STORIES"]
    folder.mkdir()
    (folder / "budget.md").write_text(CLEAN, encoding="utf-8")
    done = run_gitlab_script(job, tmp_path, ci_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / job["artifacts"]["reports"]["codequality"]).read_text()) == []


# --- the README -------------------------------------------------------------------------------


def readme_section(name: str) -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index(f"<!-- section:{name} -->")
    end = text.find("<!-- section:", start + 1)
    return text[start : end if end >= 0 else len(text)]


def code_blocks(section: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", section, flags=re.DOTALL)


def test_readme_pre_commit_snippet_names_the_hooks_and_this_version() -> None:
    snippet = yaml.safe_load(code_blocks(readme_section("pre-commit"), "yaml")[0])
    manifest = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    repo = snippet["repos"][0]
    assert repo["rev"] == f"v{__version__}"
    assert {hook["id"] for hook in repo["hooks"]} <= {hook["id"] for hook in manifest}
    assert "- id: newslint-fix" in code_blocks(readme_section("pre-commit"), "yaml")[0]


def test_readme_ci_lines_are_the_ones_in_the_example_files() -> None:
    section = readme_section("ci")
    workflow = (EXAMPLES / "github-workflow.yml").read_text(encoding="utf-8")
    for line in code_blocks(section, "sh")[0].splitlines():
        assert line in workflow
    gitlab = yaml.safe_load(code_blocks(section, "yaml")[0])
    job = gitlab_job()
    assert gitlab["script"] == [line for line in job["script"] if "pip install" not in line]
    assert gitlab["artifacts"] == job["artifacts"]


def test_readme_reviewdog_line_feeds_rdjsonl(tmp_path: Path) -> None:
    command = next(block for block in code_blocks(readme_section("ci"), "sh") if "reviewdog" in block)
    newslint_part, reviewdog_part = command.strip().split(" | ", 1)
    assert reviewdog_part.startswith("reviewdog -f=rdjsonl ")
    shutil.copytree(STORIES, tmp_path / "stories")
    done = bash(newslint_part, tmp_path, ci_env(tmp_path))
    assert done.returncode == 1, done.stderr
    diagnostics = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(diagnostics) == 4
    for diagnostic in diagnostics:
        assert {"message", "location", "severity", "code"} <= set(diagnostic)
        assert diagnostic["location"]["range"]["start"]["column"] >= 1


@pytest.mark.parametrize("name", ["github-workflow.yml", "gitlab-ci.yml"])
def test_example_files_are_linked_from_the_readme(name: str) -> None:
    assert f"(examples/ci/{name})" in readme_section("ci")
