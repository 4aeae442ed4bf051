"""The command line as a user meets it: exit codes, errors, output contracts, fixes."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli, shared_path

DOUBLED = "Rain warning\n\nForecasters said the the storm would pass.\n"
CLEAN = "Rain warning\n\nForecasters said the storm would pass by noon.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(DOUBLED, encoding="utf-8")
    return path


def test_example_story_in_the_repository_fails_with_findings() -> None:
    run = run_cli("check", "examples/spun-story.txt")
    assert run.code == 1
    assert "examples/spun-story.txt:9:89: error repeated-word" in run.out


def test_shared_example_reports_line_21_column_4() -> None:
    path = shared_path("examples", "syria-border.txt")
    run = run_cli("check", str(path))
    assert run.code == 1
    assert any(":21:4:" in line and "repeated-word" in line for line in run.out.splitlines())


def test_text_output_and_summary(story: Path) -> None:
    run = run_cli("check", "--select", "repeated-word", str(story))
    assert run.code == 1
    assert run.out.splitlines() == [
        f'{story}:3:18: error repeated-word "the" repeats the word before it',
        "Found 1 finding (1 error) in 1 of 1 file. 1 fixable with --fix.",
    ]
    assert run.err == ""


def test_clean_story_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    run = run_cli("check", "--select", "repeated-word", str(path))
    assert (run.code, run.out.strip()) == (0, "No findings in 1 file.")


def test_json_contract(story: Path) -> None:
    run = run_cli("check", "--format", "json", "--select", "repeated-word", str(story))
    assert run.code == 1
    assert json.loads(run.out) == [
        {
            "path": str(story),
            "rule": "repeated-word",
            "severity": "error",
            "line": 3,
            "column": 18,
            "end_line": 3,
            "end_column": 25,
            "message": '"the" repeats the word before it',
            "fix": {
                "applicability": "safe",
                "description": 'Delete the second "the"',
                "edits": [
                    {"line": 3, "column": 21, "end_line": 3, "end_column": 25, "replacement": ""}
                ],
            },
        }
    ]


def test_fail_on_error_ignores_warnings(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_text("Title\n\n<!-- newslint-disable-next-line repeated-word -->\nNothing doubled.\n")
    assert run_cli("check", str(path)).code == 1  # unused-suppression is a warning
    assert run_cli("check", "--fail-on", "error", str(path)).code == 0


def test_stdin_with_filename_decides_format_and_name() -> None:
    run = run_cli("check", "--stdin-filename", "web/story.md", "-",
                  stdin=b"# Title\n\n`the the` is code but the the is not.\n")
    assert run.code == 1
    assert run.out.startswith("web/story.md:3:23: error repeated-word")


def test_fix_writes_atomically_keeping_mode_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nHe also also said.\r\nAnd then then left.\r\n".encode())
    path.chmod(0o640)
    run = run_cli("check", "--fix", "--select", "repeated-word", str(path))
    assert run.code == 0, run.out + run.err
    assert path.read_bytes() == "\ufeffTitle\r\n\r\nHe also said.\r\nAnd then left.\r\n".encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(os.listdir(tmp_path)) == ["crlf.txt"]  # no temporary file left behind
    again = run_cli("check", "--fix", "--select", "repeated-word", str(path))
    assert again.code == 0 and "Fixed" not in again.out


def test_diff_prints_and_writes_nothing(story: Path) -> None:
    run = run_cli("check", "--diff", "--select", "repeated-word", str(story))
    assert "-Forecasters said the the storm would pass.\n+Forecasters said the storm would pass.\n" in run.out
    assert story.read_text() == DOUBLED


def test_fix_never_breaks_markup(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    text = "Title\n\nSee the [the](http://x.org) report and **the** the list.\n"
    path.write_text(text)
    run_cli("check", "--fix", str(path))
    assert path.read_text() == text


def test_rules_and_explain() -> None:
    listing = run_cli("rules")
    assert listing.code == 0
    assert any(line.startswith("repeated-word") and "error" in line for line in listing.out.splitlines())
    explained = run_cli("explain", "repeated-word")
    assert explained.code == 0 and "Passes" in explained.out and "Options and defaults" in explained.out


def test_output_file(story: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    run = run_cli("check", "--format", "json", "-o", str(report), "--select", "repeated-word", str(story))
    assert run.code == 1 and run.out == ""
    assert json.loads(report.read_text())[0]["rule"] == "repeated-word"


def test_no_color_in_a_pipe(story: Path) -> None:
    assert "\x1b[" not in run_cli("check", str(story)).out


def test_folder_walk_skips_hidden_and_other_types(tmp_path: Path) -> None:
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(DOUBLED)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "s.md").write_text(DOUBLED)
    (tmp_path / "b.html").write_text("<p>the the</p>")
    run = run_cli("check", "--format", "json", str(tmp_path))
    paths = sorted({item["path"] for item in json.loads(run.out)})
    assert paths == [str(tmp_path / "a" / "s.md"), str(tmp_path / "b.html")]


def test_glob(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(DOUBLED)
    (tmp_path / "two.md").write_text(DOUBLED)
    run = run_cli("check", "--format", "json", str(tmp_path / "*.txt"))
    assert [item["path"] for item in json.loads(run.out)] == [str(tmp_path / "one.txt")]


def test_empty_file_is_clean(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert run_cli("check", str(path)).code == 0


# --- bad input: one clear line, exit 2, no traceback, the other files still linted ------------


def _one_error_line(run_err: str) -> str:
    lines = [line for line in run_err.splitlines() if line.strip()]
    assert len(lines) == 1, run_err
    assert "Traceback" not in run_err
    return lines[0]


def test_missing_path(tmp_path: Path, story: Path) -> None:
    run = run_cli("check", str(tmp_path / "nope.txt"), str(story))
    assert run.code == 2
    assert "nope.txt: no such file or folder" in _one_error_line(run.err)
    assert "repeated-word" in run.out  # the other file is still linted


def test_folder_with_no_stories(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    run = run_cli("check", str(tmp_path / "empty"))
    assert run.code == 2
    assert "no stories in this folder" in _one_error_line(run.err)


def test_binary_file(tmp_path: Path, story: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    run = run_cli("check", str(path), str(story))
    assert run.code == 2
    assert f"{path}: binary file" in _one_error_line(run.err)
    assert "repeated-word" in run.out


def test_undecodable_file(tmp_path: Path, story: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Price: £5".encode("latin-1"))
    run = run_cli("check", str(path), str(story))
    assert run.code == 2
    expected = (f"{path}: not UTF-8: byte 0xa3 at byte offset 7 cannot be decoded "
                "(if it is Windows-1252, convert it: iconv -f WINDOWS-1252 -t UTF-8)")
    assert _one_error_line(run.err).endswith(expected)
    assert "repeated-word" in run.out


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("rules: [unclosed\nfail-on: error\n", ".newslint.yaml:2: malformed YAML"),
        ("fail-on: warning\ncolour: red\n", ".newslint.yaml:2: unknown key 'colour'"),
        ("rules:\n  repeated-wrd: on\n", ".newslint.yaml:2: unknown rule id 'repeated-wrd'"),
        ("rules:\n  repeated-word:\n    allow: yes\n", ".newslint.yaml:3: 'repeated-word.allow' must be"),
        ("rules:\n  repeated-word:\n    colour: 1\n", ".newslint.yaml:3: unknown option 'colour'"),
        ("fail-on: loud\n", ".newslint.yaml:1: 'fail-on' must be one of"),
        ("ignore-patterns: ['(unclosed']\n", ".newslint.yaml:1: invalid regex"),
        ("extends: [no-such-pack]\n", ".newslint.yaml:1: extends 'no-such-pack': no shipped pack"),
    ],
)
def test_bad_config(tmp_path: Path, story: Path, config: str, message: str) -> None:
    (tmp_path / ".newslint.yaml").write_text(config)
    run = run_cli("check", str(story), cwd=tmp_path)
    assert run.code == 2
    assert message in _one_error_line(run.err)


def test_unknown_rule_id_on_the_command_line(story: Path) -> None:
    run = run_cli("check", "--select", "repeated-wrd", str(story))
    assert run.code == 2
    assert "Invalid value for --select: unknown rule id repeated-wrd" in _one_error_line(run.err)


def test_usage_errors_are_one_line() -> None:
    run = run_cli("check", "--format", "xml", "story.txt")
    assert run.code == 2
    assert "Invalid value for '--format'" in _one_error_line(run.err)


def test_catastrophic_user_regex_is_named_not_a_hang(tmp_path: Path, story: Path) -> None:
    (tmp_path / ".newslint.yaml").write_text("ignore-patterns: ['(a|aa)+$']\n")
    victim = tmp_path / "victim.txt"
    victim.write_text("Title\n\n" + "a" * 40 + "!\n")
    run = run_cli("check", str(victim), str(story), cwd=tmp_path)
    assert run.code == 2
    line = _one_error_line(run.err)
    assert str(victim) in line and "'(a|aa)+$'" in line and "catastrophic" in line
    assert "repeated-word" in run.out


def test_corpus_sweep_reports_the_one_undecodable_story() -> None:
    corpus = shared_path("corpus", "bbc")
    run = run_cli("check", "--format", "json", str(corpus))
    assert run.code == 2
    line = _one_error_line(run.err)
    assert "sport/199.txt" in line and "not UTF-8" in line
    findings = json.loads(run.out)
    assert isinstance(findings, list)


def test_python_dash_m_and_version() -> None:
    run = run_cli("--version")
    assert run.code == 0 and "newslint" in run.out


def test_repo_has_no_traceback_on_directory_as_config(tmp_path: Path, story: Path) -> None:
    run = run_cli("check", "--config", str(REPO), str(story))
    assert run.code == 2 and "Traceback" not in run.err


def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path: Path) -> None:
    # Enough stories to use a process pool, with findings, an unreadable file and a fix diff.
    for i in range(40):
        folder = tmp_path / f"desk{i % 3}"
        folder.mkdir(exist_ok=True)
        text = DOUBLED if i % 4 == 0 else CLEAN
        (folder / f"s{i:02}.{'md' if i % 2 else 'txt'}").write_text(text.replace("storm", f"storm {i}"))
    (tmp_path / "desk1" / "bad.txt").write_bytes(b"\xff\xff")
    for extra in ([], ["--format", "json"], ["--diff"]):
        one = run_cli("check", "--jobs", "1", *extra, str(tmp_path))
        two = run_cli("check", "--jobs", "2", *extra, str(tmp_path))
        assert (one.code, one.out, one.err) == (two.code, two.out, two.err)
        assert one.code == 2 and "bad.txt" in one.err
    assert "s00.txt" in one.out
