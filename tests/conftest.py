"""Shared test helpers: lint a string, run the command line, find ../shared."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from lint.config import Config, default_config
from lint.document import Document
from lint.engine import Engine, RunOptions
from lint.findings import Finding

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# No per-example time limit for property tests: on a loaded CI machine an example can take ten
# times its usual time, and a deadline would then fail a correct test. Speed is measured in
# benchmarks/, never asserted here.
settings.register_profile("newslint", deadline=None)
settings.load_profile("newslint")


@pytest.fixture(autouse=True)
def _own_findings_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with an empty findings cache of its own (the command lines it runs
    inherit the variable), so no test is answered by another's cached findings."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "newslint-cache"))


def shared_path(*parts: str) -> Path:
    """A file under ../shared; the test skips with its reason where that folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared is provided on developer machines and in CI only")
    return path


def lint(text: str, name: str = "story.txt", select: Sequence[str] = (), fmt: str | None = None,
         fix: bool = False) -> tuple[Document, list[Finding]]:
    engine = Engine(RunOptions(select=frozenset(select), fix=fix))
    document, found, _ = engine.lint_text(text, name, fmt, default_config(REPO), name)
    return document, found


@functools.cache
def _engine(select: frozenset[str], fix: bool) -> tuple[Engine, Config]:
    return Engine(RunOptions(select=select, fix=fix)), default_config(REPO)


def lint_again(text: str, name: str, select: frozenset[str],
               fix: bool = False) -> tuple[Document, list[Finding]]:
    """``lint`` with one engine and configuration kept for every call: for property tests,
    whose examples would otherwise spend more time building them than linting."""
    engine, config = _engine(select, fix)
    document, found, _ = engine.lint_text(text, name, None, config, name)
    return document, found


def spans(text: str, **kwargs: object) -> list[tuple[str, str]]:
    """(rule, flagged text) for each finding."""
    document, found = lint(text, **kwargs)  # type: ignore[arg-type]
    return [(f.rule, document.text[f.start : f.end]) for f in found]


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> Run:
    """Run ``python -m lint`` as a user would: a real process, real exit code and streams."""
    environment = dict(os.environ if env is None else env)
    # The package may be installed or not: either way the checkout under test comes first.
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), environment.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "lint", *args], input=stdin, capture_output=True,
        cwd=cwd or REPO, env=environment, timeout=300,
    )
    return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))
