"""Hostile input and hostile surroundings (issue 11): nothing hangs, nothing is written that
should not be, and a report that looks clean is never a lie.

Each test names the item of the issue it reproduces. Runs are real processes (``run_cli``),
with a timeout where the defect was a hang.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, Run, run_cli
from tests.test_formats import sarif_validator

DOUBLED = "Rain warning\n\nForecasters said the the storm would pass.\n"
FIXED = "Rain warning\n\nForecasters said the storm would pass.\n"
ONLY_REPEATED = ("--select", "repeated-word")
HANG_TIMEOUT = 60  # seconds; a hang is a failure, not a stuck suite


def run_with_timeout(*args: str, cwd: Path | None = None) -> Run:
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    try:
        done = subprocess.run([sys.executable, "-m", "lint", *args], capture_output=True,
                              cwd=cwd or REPO, env=environment, timeout=HANG_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"newslint {' '.join(args)} did not return within {HANG_TIMEOUT} s")
    return Run(done.returncode, done.stdout.decode(), done.stderr.decode())


def error_lines(run: Run) -> list[str]:
    assert "Traceback" not in run.err, run.err
    return [line for line in run.err.splitlines() if line.strip()]


# --- 1. pipes, sockets and devices ------------------------------------------------------------


def test_named_pipe_on_the_command_line_is_one_error_not_a_hang(tmp_path: Path) -> None:
    pipe = tmp_path / "p.md"
    os.mkfifo(pipe)
    story = tmp_path / "s.txt"
    story.write_text(DOUBLED)
    run = run_with_timeout("check", *ONLY_REPEATED, str(pipe), str(story))
    assert run.code == 2
    assert error_lines(run) == [
        f"newslint: {pipe}: a named pipe, not a story: only regular files are read"
    ]
    assert f"{story}:3:18: error repeated-word" in run.out


def test_folder_walk_skips_a_named_pipe_and_a_socket(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "p.md")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "s.txt"))
    try:
        (tmp_path / "story.txt").write_text(DOUBLED)
        run = run_with_timeout("check", *ONLY_REPEATED, "--format", "json", str(tmp_path))
    finally:
        server.close()
    assert (run.code, run.err) == (1, "")
    assert [item["path"] for item in json.loads(run.out)] == [str(tmp_path / "story.txt")]


def test_a_device_named_on_the_command_line_is_refused() -> None:
    run = run_with_timeout("check", "/dev/zero")
    assert run.code == 2
    assert error_lines(run) == ["newslint: /dev/zero: a device, not a story: only regular files are read"]


def test_a_pipe_behind_a_story_name_is_refused_when_it_is_opened(tmp_path: Path) -> None:
    # The reader itself refuses a pipe, whatever the command line was expanded to.
    from lint.document.reading import read_regular
    from lint.errors import InputError

    pipe = tmp_path / "late.txt"
    os.mkfifo(pipe)
    with pytest.raises(InputError, match="a named pipe, not a story"):
        read_regular(str(pipe))


def test_a_config_that_is_a_pipe_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    story = tmp_path / "s.txt"
    story.write_text(DOUBLED)
    run = run_with_timeout("check", "--config", str(pipe), str(story))
    assert run.code == 2
    assert error_lines(run) == [f"newslint: {pipe}: a named pipe, not a config file"]


# --- 2. symlink loops -------------------------------------------------------------------------


def test_glob_through_symlink_loops_visits_each_file_once(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    (loop / "sub").mkdir(parents=True)
    (loop / "sub" / "up").symlink_to("..")
    (loop / "self").symlink_to(".")
    (loop / "sub" / "a.txt").write_text(DOUBLED)
    (loop / "b.txt").write_text(FIXED)
    run = run_with_timeout("check", *ONLY_REPEATED, "loop/**/*.txt", cwd=tmp_path)
    assert (run.code, run.err) == (1, "")
    assert run.out.splitlines() == [
        'loop/sub/a.txt:3:18: error repeated-word "the" repeats the word before it',
        "Found 1 finding (1 error) in 1 of 2 files. 1 fixable with --fix.",
    ]


def test_walk_lints_a_file_reached_through_a_link_once_under_its_own_name(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(DOUBLED)
    (tmp_path / "alias.txt").symlink_to("story.txt")
    (tmp_path / "desk").symlink_to(".")
    run = run_with_timeout("check", *ONLY_REPEATED, "--format", "json", str(tmp_path))
    assert [item["path"] for item in json.loads(run.out)] == [str(tmp_path / "story.txt")]


# --- 3-6. files that must not be written ------------------------------------------------------


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder any user may write (pytest's tmp_path is private to its owner)."""
    folder = Path(tempfile.mkdtemp(prefix="newslint-hostile-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder)


_AS_USER = """
import contextlib, io, os, sys
from lint.cli import main

def run(args):
    try:
        main(args)
    except SystemExit as done:
        return done.code
    return 0

# One run as root first, on a copy, so every lazy import is done while /root (where the
# interpreter lives) can still be read; then the run under test as an ordinary user.
warm, paths, args = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    run([*args[:-paths], warm])
os.setgroups([])
os.setgid(65534)
os.setuid(65534)
sys.exit(run(args))
"""


def run_as_ordinary_user(*args: str, paths: int, cwd: Path) -> Run:
    """The command line (its last ``paths`` arguments are the files) as a user without root's
    power to write any file: as is where the tests do not run as root, else dropped to
    ``nobody`` after a warm-up run on another file."""
    if os.geteuid() != 0:
        return run_with_timeout(*args, cwd=cwd)
    warm = Path(tempfile.mkdtemp(prefix="newslint-warm-"))
    try:
        (warm / "warm.txt").write_text(DOUBLED)
        done = subprocess.run([sys.executable, "-c", _AS_USER, str(warm / "warm.txt"), str(paths), *args],
                              capture_output=True, cwd=cwd, timeout=HANG_TIMEOUT,
                              env=dict(os.environ, PYTHONPATH=str(REPO)))
    finally:
        shutil.rmtree(warm)
    return Run(done.returncode, done.stdout.decode(), done.stderr.decode())


def test_fix_leaves_a_read_only_file_alone(open_folder: Path) -> None:
    story = open_folder / "ro.txt"
    story.write_text(DOUBLED)
    story.chmod(0o444)
    if os.geteuid() == 0:
        os.chown(story, 65534, 65534)  # the user's own file, and still not writable
    run = run_as_ordinary_user("check", "--fix", *ONLY_REPEATED, "ro.txt", paths=1,
                               cwd=open_folder)
    assert story.read_text() == DOUBLED
    assert run.code == 2, run.err
    assert error_lines(run) == ["newslint: ro.txt: not writable, fixes not applied"]
    assert run.out.splitlines() == [
        'ro.txt:3:18: error repeated-word "the" repeats the word before it',
        "Found 1 finding (1 error) in 1 of 1 file. 1 file could not be written. 1 fixable with --fix.",
    ]


def test_fix_in_a_read_only_folder_is_one_line_and_the_rest_is_linted(open_folder: Path) -> None:
    locked = open_folder / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(DOUBLED)
    (locked / "a.txt").chmod(0o666)  # the file may be written: only its folder is locked
    locked.chmod(0o555)
    other = open_folder / "z.txt"
    other.write_text(DOUBLED)
    other.chmod(0o666)
    run = run_as_ordinary_user("check", "--fix", *ONLY_REPEATED, "locked/a.txt", "z.txt",
                               paths=2, cwd=open_folder)
    assert run.code == 2
    assert error_lines(run) == [
        f"newslint: locked/a.txt: its folder {locked} is not writable, fixes not applied"
    ]
    assert (locked / "a.txt").read_text() == DOUBLED
    assert other.read_text() == FIXED
    assert sorted(os.listdir(locked)) == ["a.txt"]


def test_fix_through_a_symlink_fixes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real" / "story.txt"
    target.parent.mkdir()
    target.write_text(DOUBLED)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    run = run_cli("check", "--fix", *ONLY_REPEATED, str(link))
    assert run.code == 0, run.err
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == FIXED
    assert sorted(os.listdir(tmp_path)) == ["link.txt", "real"]
    assert sorted(os.listdir(target.parent)) == ["story.txt"]


def test_fix_leaves_a_file_with_hard_links_alone(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(DOUBLED)
    os.link(story, tmp_path / "copy.txt")
    run = run_cli("check", "--fix", *ONLY_REPEATED, str(story))
    assert run.code == 2
    assert error_lines(run) == [
        f"newslint: {story}: has 2 hard links, fixes not applied "
        "(a rename would leave the other links with the old text)"
    ]
    assert story.read_text() == DOUBLED and os.stat(story).st_nlink == 2


@pytest.mark.parametrize("output", ["/nonexistent/dir/r.json", "{tmp}"])
def test_unwritable_output_is_found_before_linting(tmp_path: Path, output: str) -> None:
    output = output.format(tmp=tmp_path)
    story = tmp_path / "s.txt"
    story.write_text(DOUBLED)
    run = run_cli("check", "--fix", "--format", "json", "-o", output, str(story))
    assert run.code == 2
    [line] = error_lines(run)
    assert line.startswith("newslint: ") and output in line
    assert story.read_text() == DOUBLED  # nothing was linted, so nothing was fixed


def test_unwritable_step_summary_is_found_before_linting(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(DOUBLED)
    env = dict(os.environ, GITHUB_STEP_SUMMARY="/nonexistent/dir/summary.md")
    run = run_cli("check", "--format", "github", str(story), env=env)
    assert (run.code, run.out) == (2, "")
    assert error_lines(run) == [
        "newslint: GITHUB_STEP_SUMMARY /nonexistent/dir/summary.md: no such folder /nonexistent/dir"
    ]


def test_idf_build_checks_its_output_before_counting(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(DOUBLED)
    run = run_cli("idf", "build", str(tmp_path), "-o", "/nonexistent/dir/t.tsv")
    assert run.code == 2
    assert error_lines(run) == ["newslint: --output /nonexistent/dir/t.tsv: no such folder /nonexistent/dir"]


_LONG_BODY = "".join(f"Paragraph {i} says the the same thing again.\n\n" for i in range(400))


def _start_fixing(folder: Path, jobs: str) -> subprocess.Popen[bytes]:
    """``--fix`` on 300 long stories, returned once it has fixed one of them. Long stories, so
    much of the run is spent between opening and renaming a temporary file."""
    folder.mkdir()
    for i in range(300):
        (folder / f"s{i:03}.txt").write_text(f"Story {i}\n\n{_LONG_BODY}")
    process = subprocess.Popen(
        [sys.executable, "-m", "lint", "check", "--fix", "--jobs", jobs, *ONLY_REPEATED, str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    deadline = time.monotonic() + HANG_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None and _fixed(folder) == 0:
        time.sleep(0.05)
    return process


def _fixed(folder: Path) -> int:
    return sum("the the" not in p.read_text() for p in folder.glob("*.txt"))


def _not_stories(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".txt"))


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("signal_number", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_fix_leaves_no_temporary_file(tmp_path: Path, signal_number: int, jobs: str) -> None:
    stories = tmp_path / "desk"
    process = _start_fixing(stories, jobs)
    process.send_signal(signal_number)
    _, err = process.communicate(timeout=HANG_TIMEOUT)
    assert process.returncode != 0, "the run ended before the signal: make it longer"
    assert _not_stories(stories) == []
    assert "Traceback" not in err.decode()
    fixed = _fixed(stories)
    assert 0 < fixed < 300  # the signal stopped the run part way, between two files
    time.sleep(1)  # with --jobs, the workers were stopped too: nothing is fixed after the run
    assert _fixed(stories) == fixed
    assert _not_stories(stories) == []
    if signal_number == signal.SIGINT:
        assert process.returncode == 130 and err.decode().strip().endswith("newslint: interrupted")
    else:
        assert process.returncode in (-signal.SIGTERM, 128 + signal.SIGTERM)


def test_killed_fix_leaves_at_most_one_temporary_file_and_no_half_story(tmp_path: Path) -> None:
    stories = tmp_path / "desk"
    process = _start_fixing(stories, "1")
    process.kill()
    process.communicate(timeout=HANG_TIMEOUT)
    left = _not_stories(stories)
    assert len(left) <= 1 and all(n.startswith(".newslint-") and n.endswith(".tmp") for n in left)
    fixed_body = _LONG_BODY.replace("the the", "the")
    for path in stories.glob("*.txt"):
        body = path.read_text().split("\n\n", 1)[1]
        assert body in (_LONG_BODY, fixed_body), path
    rerun = run_cli("check", "--fix", *ONLY_REPEATED, str(stories))  # a later run finishes the job
    assert rerun.code == 0 and _fixed(stories) == 300


# --- 7-9. reports that look clean -------------------------------------------------------------


@pytest.fixture
def unreadable(tmp_path: Path) -> Path:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return path


def test_summary_counts_a_file_that_could_not_be_read(unreadable: Path) -> None:
    run = run_cli("check", str(unreadable))
    assert run.code == 2
    assert run.out == "No findings in 0 files. 1 file could not be read.\n"


def test_statistics_count_a_file_that_could_not_be_read(unreadable: Path, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(DOUBLED)
    run = run_cli("check", "--statistics", *ONLY_REPEATED, str(tmp_path))
    assert run.out.splitlines() == [
        "1  repeated-word    [*] The same word twice in a row.",
        "1  unreadable-file      A file that could not be read or linted.",
        "Found 1 finding (1 error) in 1 of 1 file. 1 file could not be read. 1 fixable with --fix.",
    ]


def test_json_gitlab_and_rdjsonl_list_a_file_that_could_not_be_read(unreadable: Path) -> None:
    message = "binary file (NUL byte at byte offset 8), not a story"
    as_json = json.loads(run_cli("check", "--format", "json", str(unreadable)).out)
    assert as_json == [{
        "path": str(unreadable), "rule": "unreadable-file", "severity": "error",
        "line": 1, "column": 1, "end_line": 1, "end_column": 1, "message": message,
    }]
    gitlab = json.loads(run_cli("check", "--format", "gitlab", "--base-dir", str(unreadable.parent),
                                str(unreadable)).out)
    assert [(i["check_name"], i["severity"], i["location"]["path"], i["description"]) for i in gitlab] == [
        ("unreadable-file", "major", "photo.txt", message)
    ]
    rdjsonl = run_cli("check", "--format", "rdjsonl", str(unreadable)).out.splitlines()
    assert [json.loads(line)["code"]["value"] for line in rdjsonl] == ["unreadable-file"]


def test_sarif_reports_a_file_that_could_not_be_read_as_a_tool_notification(unreadable: Path) -> None:
    run = run_cli("check", "--format", "sarif", "--base-dir", str(unreadable.parent), str(unreadable))
    log = json.loads(run.out)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in sarif_validator().iter_errors(log)]
    assert errors == []
    [invocation] = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["descriptor"]["id"] == "unreadable-file"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "photo.txt"
    assert log["runs"][0]["results"] == []


def test_junit_counts_a_file_that_could_not_be_read_as_an_error(unreadable: Path, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(FIXED)
    run = run_cli("check", "--format", "junit", *ONLY_REPEATED, "--base-dir", str(tmp_path), str(tmp_path))
    root = ET.fromstring(run.out)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "0", "1")
    suites = {s.get("name"): s for s in root}
    assert suites["photo.txt"].get("errors") == "1"
    error = suites["photo.txt"].find("testcase/error")
    assert error is not None and error.get("type") == "unreadable-file"
    assert suites["s.txt"].find("testcase/failure") is None


def test_github_annotates_a_file_that_could_not_be_read(unreadable: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    env = dict(os.environ, GITHUB_STEP_SUMMARY=str(summary))
    run = run_cli("check", "--format", "github", "--base-dir", str(tmp_path), str(unreadable), env=env)
    assert run.out.startswith("::error file=photo.txt,line=1,")
    assert "title=unreadable-file::binary file" in run.out
    assert summary.read_text().startswith("### newslint: 0 findings in 0 files; 1 file could not be read\n")


def test_diff_says_would_fix_and_exits_1(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(DOUBLED)
    run = run_cli("check", "--diff", *ONLY_REPEATED, str(story))
    assert run.code == 1
    assert run.out.splitlines()[-1] == "No findings in 1 file. Would fix 1 finding."
    assert story.read_text() == DOUBLED
    story.write_text(FIXED)
    clean = run_cli("check", "--diff", *ONLY_REPEATED, str(story))
    assert (clean.code, clean.out) == (0, "No findings in 1 file.\n")


def test_a_named_file_the_config_excludes_says_which_key(tmp_path: Path) -> None:
    (tmp_path / ".newslint.yaml").write_text('include: ["stories/**"]\nexclude: ["*.draft.txt"]\n')
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "a.draft.txt").write_text(DOUBLED)
    (tmp_path / "notes.txt").write_text(DOUBLED)
    run = run_cli("check", "notes.txt", "stories/a.draft.txt", cwd=tmp_path)
    config = tmp_path / ".newslint.yaml"
    assert (run.code, run.out) == (0, "No findings in 0 files.\n")
    assert error_lines(run) == [
        f"newslint: notes.txt: not checked: excluded by 'include' in {config}",
        f"newslint: stories/a.draft.txt: not checked: excluded by 'exclude' in {config}",
    ]
    # Found by a folder walk, an excluded file is left out without a word.
    walked = run_cli("check", ".", cwd=tmp_path)
    assert (walked.code, walked.err) == (0, "")


# --- 14. encodings real newsrooms have --------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_unicode_text_with_a_bom_is_read_and_fixed_in_its_own_encoding(tmp_path: Path, codec: str) -> None:
    story = tmp_path / "word-export.txt"
    story.write_bytes(("\ufeff" + DOUBLED.replace("\n", "\r\n").replace("storm", "storm’s")).encode(codec))
    run = run_cli("check", *ONLY_REPEATED, str(story))
    assert (run.code, run.err) == (1, "")
    assert run.out.startswith(f'{story}:3:18: error repeated-word "the" repeats the word before it\n')
    fixed = run_cli("check", "--fix", *ONLY_REPEATED, str(story))
    assert (fixed.code, fixed.err) == (0, "")
    expected = "\ufeff" + FIXED.replace("\n", "\r\n").replace("storm", "storm’s")
    assert story.read_bytes() == expected.encode(codec)


def test_utf16_that_does_not_decode_names_the_offset(tmp_path: Path) -> None:
    story = tmp_path / "broken.txt"
    story.write_bytes(b"\xff\xfe" + "Hi".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    run = run_cli("check", str(story))
    assert run.code == 2
    assert error_lines(run) == [
        f"newslint: {story}: not UTF-16-LE: the bytes at byte offset 6 cannot be decoded"
    ]


# --- 13. explain shows examples that do what it says -----------------------------------------


def _examples(explanation: str, heading: str) -> list[str]:
    """The examples of a ``Flags::`` or ``Passes::`` block: indented paragraphs, dedented."""
    lines = explanation.split(f"\n{heading}::\n", 1)[1].splitlines()
    block: list[str] = []
    for line in lines:
        if line and not line.startswith("    "):
            break
        block.append(line[4:])
    return [part.strip("\n") for part in "\n".join(block).split("\n\n") if part.strip()]


@pytest.mark.parametrize("heading", ["Flags", "Passes"])
def test_unused_suppression_explanation_examples_do_what_they_say(heading: str) -> None:
    from lint.rules import get_rule
    from tests.conftest import spans

    examples = _examples(get_rule("unused-suppression").explanation, heading)
    assert len(examples) >= 1
    for example in examples:
        text = example.split("  (")[0]  # a note in brackets after an example is not part of it
        flagged = [rule for rule, _ in spans(text, name="example.md")
                   if rule == "unused-suppression"]
        assert bool(flagged) == (heading == "Flags"), example


def test_diff_with_a_machine_format_on_standard_output_is_a_usage_error(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(DOUBLED)
    run = run_cli("check", "--diff", "--format", "json", str(story))
    assert (run.code, run.out) == (2, "")
    assert error_lines(run) == [
        "newslint: --diff prints a diff on standard output: with --format json, write the "
        "report with --output FILE"
    ]
    report = tmp_path / "report.json"
    written = run_cli("check", "--diff", "--format", "json", "-o", str(report), *ONLY_REPEATED, str(story))
    assert written.code == 1 and written.out.startswith("--- a/")
    assert json.loads(report.read_text()) == []  # the diff's finding is fixed in the dry run


def test_output_that_is_a_story_being_checked_is_refused(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(DOUBLED)
    run = run_cli("check", "-o", str(story), str(story))
    assert run.code == 2
    assert error_lines(run) == [
        f"newslint: --output {story} is a story being checked: it would be overwritten"
    ]
    assert story.read_text() == DOUBLED
