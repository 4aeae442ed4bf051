"""The wheel ships the YAML rule packs, and an installed newslint finds them (slow: real pip)."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        check=True, timeout=600,
    )
    (built,) = out.glob("newslint-*.whl")
    return built


def test_wheel_contains_the_packs(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    packs = sorted(Path(REPO / "rules").glob("*.yaml"))
    assert packs, "rules/ holds the packs"
    for pack in packs:
        assert f"lint/packs/{pack.name}" in names


def test_installed_newslint_finds_its_packs(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, timeout=600)
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nHe also also said.\n")
    (tmp_path / ".newslint.yaml").write_text("extends: [default]\n")
    # Run from a folder outside the checkout so that only the installed copy can answer.
    done = subprocess.run(
        [str(env_dir / "bin" / "newslint"), "check", str(story)], capture_output=True, text=True,
        cwd=tmp_path, timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "repeated-word" in done.stdout
    located = subprocess.run(
        [str(python), "-c", "from lint.data import packs_folder; print(packs_folder())"],
        capture_output=True, text=True, cwd=tmp_path, check=True,
    )
    assert str(env_dir) in located.stdout and located.stdout.strip().endswith("lint/packs")
