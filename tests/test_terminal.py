"""Terminals and pipes: a progress bar and colours for a person at a terminal, never elsewhere."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from lint.cli import PROGRESS_MIN_FILES, _repository_root, _show_progress, _use_color
from tests.conftest import REPO, run_cli


class FakeStream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def many_stories(folder: Path, count: int = PROGRESS_MIN_FILES) -> Path:
    for number in range(count):
        (folder / f"story-{number:03}.txt").write_text("The minister said nothing.\n", encoding="utf-8")
    return folder


def plain_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR")}
    env["PYTHONPATH"] = str(REPO)
    env.update(extra)
    return env


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color(False, FakeStream(tty=True))
    assert not _use_color(False, FakeStream(tty=False))
    assert not _use_color(True, FakeStream(tty=True))
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _use_color(False, FakeStream(tty=True))


def test_progress_only_on_a_terminal_for_many_files_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert _show_progress(FakeStream(tty=True), PROGRESS_MIN_FILES)
    assert not _show_progress(FakeStream(tty=True), PROGRESS_MIN_FILES - 1)
    assert not _show_progress(FakeStream(tty=False), PROGRESS_MIN_FILES)
    monkeypatch.setenv("CI", "true")
    assert not _show_progress(FakeStream(tty=True), PROGRESS_MIN_FILES)
    monkeypatch.setenv("CI", "false")
    assert _show_progress(FakeStream(tty=True), PROGRESS_MIN_FILES)


def run_on_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, str, str]:
    """Run ``python -m lint`` with stdout and stderr on a pseudo-terminal each."""
    out_master, out_slave = pty.openpty()
    err_master, err_slave = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "lint", *args], cwd=cwd, env=env,
                               stdin=subprocess.DEVNULL, stdout=out_slave, stderr=err_slave)
    os.close(out_slave)
    os.close(err_slave)
    captured = {out_master: b"", err_master: b""}
    open_fds = [out_master, err_master]
    while open_fds:  # read as it comes, or a full terminal buffer would block the child
        ready, _, _ = select.select(open_fds, [], [], 60)
        if not ready:
            break
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child closed its side of the terminal
                chunk = b""
            if chunk:
                captured[fd] += chunk
            else:
                open_fds.remove(fd)
                os.close(fd)
    code = process.wait(timeout=60)
    return code, captured[out_master].decode(), captured[err_master].decode()


def test_a_terminal_gets_a_progress_bar_on_stderr_and_colour(tmp_path: Path) -> None:
    many_stories(tmp_path)
    (tmp_path / "story-000.txt").write_text("He said said it.\n", encoding="utf-8")
    code, out, err = run_on_terminal(["check", "."], tmp_path, plain_env())
    assert code == 1
    assert "Checking stories" in err and "100%" in err
    assert "Checking stories" not in out
    assert "\x1b[" in out  # coloured findings


def test_no_color_on_a_terminal_keeps_the_output_plain(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("He said said it.\n", encoding="utf-8")
    code, out, _ = run_on_terminal(["check", "."], tmp_path, plain_env(NO_COLOR="1"))
    assert code == 1
    assert "repeated-word" in out and "\x1b[" not in out


def test_ci_on_a_terminal_gets_no_progress_bar(tmp_path: Path) -> None:
    many_stories(tmp_path)
    code, _, err = run_on_terminal(["check", "."], tmp_path, plain_env(CI="true"))
    assert code == 0
    assert "Checking stories" not in err


def test_a_pipe_gets_neither_progress_bar_nor_colour(tmp_path: Path) -> None:
    many_stories(tmp_path)
    (tmp_path / "story-000.txt").write_text("He said said it.\n", encoding="utf-8")
    run = run_cli("check", ".", cwd=tmp_path, env=plain_env())
    assert run.code == 1
    assert run.err == ""
    assert "\x1b[" not in run.out


def test_base_dir_defaults_to_the_repository_root(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    desk = tmp_path / "copy" / "desk"
    desk.mkdir(parents=True)
    monkeypatch.chdir(desk)
    assert _repository_root() == tmp_path.resolve()
    (desk / "story.txt").write_text("He said said it.\n", encoding="utf-8")
    run = run_cli("check", "--format", "github", "story.txt", cwd=desk, env=plain_env())
    assert run.out.startswith("::error file=copy/desk/story.txt,")
