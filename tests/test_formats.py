"""Output formats: golden files for every format, and what each CI system relies on.

The golden files in tests/golden/ are the exact output of ``newslint check`` on the fixture
stories in tests/fixtures/formats/. After an intended change to a format or a message,
regenerate them and review the diff:

    NEWSLINT_REGEN_GOLDEN=1 python -m pytest tests/test_formats.py
"""

from __future__ import annotations

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from lint import __version__
from lint.findings import Applicability, Place, PlacedEdit, PlacedRelated, Reported, Severity
from lint.formats import RunSummary, format_names
from lint.formats.github import annotation, markdown_table
from lint.formats.gitlab import fingerprint
from lint.formats.paths import artifact_uri, relative_path
from lint.rules import get_rule, rule_ids
from tests.conftest import REPO, Run, run_cli, shared_path

FIXTURES = REPO / "tests" / "fixtures" / "formats"
GOLDEN = REPO / "tests" / "golden"
REGENERATE = os.environ.get("NEWSLINT_REGEN_GOLDEN") == "1"
# Only the rules that existed when the fixtures were written, so new rules never change them.
SELECT = ("--select", "repeated-word,unused-suppression")
# Per variant: the golden file and the extra arguments of ``newslint check``.
VARIANTS = {
    "text": ("text.txt", ["--format", "text"]),
    "json": ("json.json", ["--format", "json"]),
    "sarif": ("sarif.json", ["--format", "sarif"]),
    "github": ("github.txt", ["--format", "github"]),
    "gitlab": ("gitlab.json", ["--format", "gitlab"]),
    "rdjsonl": ("rdjsonl.jsonl", ["--format", "rdjsonl"]),
    "junit": ("junit.xml", ["--format", "junit"]),
    "html": ("report.html", ["--format", "html"]),
    "statistics": ("statistics.txt", ["--statistics"]),
    "statistics-json": ("statistics.json", ["--statistics", "--format", "json"]),
}
RULE_TEXT = "<lint.rules: checked by test_sarif_rule_descriptions_come_from_the_registry>"


def quiet_env(**extra: str) -> dict[str, str]:
    """The environment of a plain local run: not in CI, no step summary, no colour."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_STEP_SUMMARY")}
    env["NO_COLOR"] = "1"
    env.update(extra)
    return env


def check(*args: str, cwd: Path = FIXTURES, env: dict[str, str] | None = None) -> Run:
    return run_cli("check", *SELECT, "--base-dir", ".", *args, "stories", cwd=cwd,
                   env=env or quiet_env())


def normalise_sarif(output: str) -> str:
    """The golden SARIF leaves out what changes without the format changing: the version, and
    the rule documentation (compared with the registry in a test of its own)."""
    log = json.loads(output)
    driver = log["runs"][0]["tool"]["driver"]
    driver["version"] = driver["semanticVersion"] = "<version>"
    for rule in driver["rules"]:
        for key in ("shortDescription", "fullDescription", "help"):
            rule[key]["text"] = RULE_TEXT
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def test_every_format_has_a_golden_variant() -> None:
    assert set(format_names()) <= set(VARIANTS)


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_golden_output(variant: str) -> None:
    name, args = VARIANTS[variant]
    run = check(*args)
    assert run.code == 1, run.err
    assert run.err == ""
    output = normalise_sarif(run.out) if variant == "sarif" else run.out
    golden = GOLDEN / name
    if REGENERATE:
        golden.write_text(output, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == output


# --- sarif ------------------------------------------------------------------------------------


def sarif_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shared_path("schemas", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def test_sarif_for_the_syria_border_story_validates_against_the_schema() -> None:
    validator = sarif_validator()
    story = shared_path("examples", "syria-border.txt")
    run = run_cli("check", "--format", "sarif", "--base-dir", str(story.parent), str(story),
                  env=quiet_env())
    log = json.loads(run.out)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []
    results = log["runs"][0]["results"]
    doubled = [r for r in results if r["ruleId"] == "repeated-word"]
    assert doubled, "the story's doubled 'also' is reported"
    location = doubled[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "syria-border.txt"
    assert location["region"]["startLine"] == 21
    assert "partialFingerprints" not in doubled[0]


def test_sarif_of_the_fixtures_validates_and_carries_fixes() -> None:
    validator = sarif_validator()
    log = json.loads(check("--format", "sarif").out)
    assert list(validator.iter_errors(log)) == []
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    fixed = [r for r in run["results"] if "fixes" in r]
    assert {r["ruleId"] for r in fixed} == {"repeated-word"}


def test_sarif_driver_lists_every_rule_that_ran_even_without_results(tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_text("The minister said nothing.\n", encoding="utf-8")
    selected = json.loads(run_cli("check", *SELECT, "--format", "sarif", "clean.txt",
                                  cwd=tmp_path, env=quiet_env()).out)
    assert [r["id"] for r in selected["runs"][0]["tool"]["driver"]["rules"]] == [
        "repeated-word", "unused-suppression"]
    assert selected["runs"][0]["results"] == []
    everything = json.loads(run_cli("check", "--format", "sarif", "clean.txt",
                                    cwd=tmp_path, env=quiet_env()).out)
    assert [r["id"] for r in everything["runs"][0]["tool"]["driver"]["rules"]] == rule_ids()


def test_sarif_rule_descriptions_come_from_the_registry() -> None:
    log = json.loads(check("--format", "sarif").out)
    for descriptor in log["runs"][0]["tool"]["driver"]["rules"]:
        rule = get_rule(descriptor["id"])
        assert descriptor["shortDescription"]["text"] == rule.summary
        full = descriptor["fullDescription"]["text"]
        assert full[0].isupper() and full[1:40] in " ".join(rule.explanation.split())
        assert descriptor["help"]["text"] == rule.explanation.strip()
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["version"] == __version__


def test_sarif_uri_is_relative_to_the_base_dir_and_percent_encoded(tmp_path: Path) -> None:
    inside = tmp_path / "copy desk" / "story.txt"
    assert artifact_uri(str(inside), str(tmp_path)) == "copy%20desk/story.txt"
    assert artifact_uri(str(inside), str(tmp_path / "elsewhere")) == inside.as_uri()
    assert relative_path("-", str(tmp_path)) == "-"


def test_a_path_named_through_a_link_is_relative_to_the_resolved_base(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    (desk / "copy").mkdir(parents=True)
    (tmp_path / "link").symlink_to(desk, target_is_directory=True)
    through_link = tmp_path / "link" / "copy" / "story.txt"
    # The CLI resolves the repository root; the stories were named through the link.
    assert relative_path(str(through_link), str(desk)) == "copy/story.txt"
    assert relative_path(str(desk / "copy" / "story.txt"), str(tmp_path / "link")) == "copy/story.txt"
    assert artifact_uri(str(through_link), str(desk / "copy")) == "story.txt"


# --- github -----------------------------------------------------------------------------------


def place(line: int, column: int, end_line: int, end_column: int) -> Place:
    return Place(line, column, end_line, end_column, column, end_column)


def reported(message: str, path: str = "desk/story.txt", severity: Severity = Severity.ERROR,
             where: Place | None = None) -> Reported:
    return Reported(path=path, rule="repeated-word", severity=severity, message=message,
                    place=where or place(3, 5, 3, 12), text="the the", occurrence=0)


def decode_command(line: str) -> tuple[str, dict[str, str], str]:
    """Undo a workflow command as the GitHub runner does."""
    def unescape(text: str) -> str:
        for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
            text = text.replace(code, char)
        return text

    assert line.startswith("::")
    head, message = line[2:].split("::", 1)
    command, _, props = head.partition(" ")
    properties = dict(item.split("=", 1) for item in props.split(","))
    return command, {k: unescape(v) for k, v in properties.items()}, unescape(message)


@pytest.mark.parametrize("message", [
    'Say "Kyiv", not "Kiev": house style',
    "100% of 50%25 is %0A not a newline",
    "first line\nsecond line\r\nthird: a, b, c",
    "::error file=x::injected",
])
def test_github_messages_and_paths_decode_back_to_the_original(message: str) -> None:
    path = "desk/100%, done: story.txt"
    line = annotation(reported(message, path=path), str(REPO))
    assert "\n" not in line and "\r" not in line
    command, properties, decoded = decode_command(line)
    assert command == "error"
    assert decoded == message
    assert properties["file"] == path
    assert properties["title"] == "repeated-word"
    assert (properties["line"], properties["col"], properties["endColumn"]) == ("3", "5", "12")


def test_github_commands_per_severity_and_no_columns_across_lines() -> None:
    multi = annotation(reported("m", severity=Severity.INFO, where=place(1, 22, 2, 4)), ".")
    command, properties, _ = decode_command(multi)
    assert command == "notice"
    assert (properties["line"], properties["endLine"]) == ("1", "2")
    assert "col" not in properties and "endColumn" not in properties
    assert decode_command(annotation(reported("m", severity=Severity.WARNING), "."))[0] == "warning"


def test_github_appends_a_markdown_table_to_the_step_summary(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("Earlier step.\n", encoding="utf-8")
    run = check("--format", "github", env=quiet_env(GITHUB_STEP_SUMMARY=str(summary)))
    annotations = run.out.splitlines()
    table = summary.read_text(encoding="utf-8")
    assert table.startswith("Earlier step.\n### newslint: 4 findings in 3 files\n")
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 1 + len(annotations) == 5  # the header and one row per finding
    assert "| error | stories/wire.txt | 1 | repeated-word |" in table


def test_github_step_summary_cells_stay_one_line() -> None:
    table = markdown_table([reported("a | b\nc")], RunSummary(1, 0, 0, 0, ()))
    assert table.splitlines()[-1] == "| error | desk/story.txt | 3 | repeated-word | a \\| b c |"


# --- gitlab -----------------------------------------------------------------------------------


def gitlab_issues(folder: Path) -> list[dict[str, Any]]:
    issues: list[dict[str, Any]] = json.loads(check("--format", "gitlab", cwd=folder).out)
    return issues


def test_gitlab_fingerprints_survive_a_line_inserted_above_every_finding(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, tmp_path, dirs_exist_ok=True)
    before = gitlab_issues(tmp_path)
    for path in {issue["location"]["path"] for issue in before}:
        story = tmp_path / path
        lines = story.read_text(encoding="utf-8").splitlines(keepends=True)
        flagged = {issue["location"]["lines"]["begin"] for issue in before
                   if issue["location"]["path"] == path}
        edited = [("An editor's new line.\n\n" if n in flagged else "") + line
                  for n, line in enumerate(lines, start=1)]
        story.write_text("".join(edited), encoding="utf-8")
    after = gitlab_issues(tmp_path)
    assert [i["location"]["lines"]["begin"] for i in after] != [
        i["location"]["lines"]["begin"] for i in before]
    assert sorted(i["fingerprint"] for i in after) == sorted(i["fingerprint"] for i in before)
    assert len({i["fingerprint"] for i in before}) == len(before)


def test_gitlab_fingerprint_tells_repeats_apart() -> None:
    first = fingerprint("repeated-word", "a.txt", "the the", 0)
    assert first != fingerprint("repeated-word", "a.txt", "the the", 1)
    assert first != fingerprint("repeated-word", "b.txt", "the the", 0)
    assert first != fingerprint("unused-suppression", "a.txt", "the the", 0)


def test_gitlab_report_has_the_fields_gitlab_requires() -> None:
    raw = check("--format", "gitlab").out
    assert not raw.startswith("\ufeff")
    for issue in json.loads(raw):
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert isinstance(issue["location"]["lines"]["begin"], int)


# --- rdjsonl ----------------------------------------------------------------------------------


def test_rdjsonl_counts_utf8_bytes_with_exclusive_ends() -> None:
    diagnostics = [json.loads(line) for line in check("--format", "rdjsonl").out.splitlines()]
    headline = diagnostics[0]
    assert headline["location"]["path"] == "stories/cafe.md"
    line_bytes = (FIXTURES / "stories" / "cafe.md").read_bytes().splitlines()[0]
    span = headline["location"]["range"]
    flagged = line_bytes[span["start"]["column"] - 1 : span["end"]["column"] - 1]
    assert flagged.decode("utf-8") == "the the"
    # é, “ and ” before the finding are 2 or 3 bytes each: byte column 30, code-point column 25
    assert span["start"]["column"] == len("# Café owners “welcome” ".encode()) + 1 == 30


def test_rdjsonl_suggestions_apply_to_the_fixed_text() -> None:
    diagnostics = [json.loads(line) for line in check("--format", "rdjsonl").out.splitlines()]
    story = (FIXTURES / "stories" / "cafe.md").read_bytes().splitlines()[2]
    suggestion = diagnostics[1]["suggestions"][0]
    start, end = (suggestion["range"][k]["column"] - 1 for k in ("start", "end"))
    fixed = story[:start] + suggestion["text"].encode() + story[end:]
    assert b"said the change" in fixed
    assert all(d["severity"] in ("ERROR", "WARNING", "INFO") for d in diagnostics)
    assert "suggestions" not in diagnostics[2]  # unused-suppression has no fix


# --- junit ------------------------------------------------------------------------------------


def test_junit_has_one_suite_per_file_and_one_failing_case_per_finding() -> None:
    root = ET.fromstring(check("--format", "junit").out)
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert set(suites) == {"stories/cafe.md", "stories/clean.html", "stories/wire.txt"}
    assert [len(s.findall("testcase/failure")) for s in suites.values()] == [3, 0, 1]
    assert len(suites["stories/clean.html"].findall("testcase")) == 1
    assert root.get("failures") == "4" and root.get("tests") == "5"
    failure = suites["stories/wire.txt"].find("testcase/failure")
    assert failure is not None and failure.get("type") == "repeated-word"


# --- statistics -------------------------------------------------------------------------------


def test_statistics_counts_fixable_findings_and_refuses_other_formats() -> None:
    rows = json.loads(check("--statistics", "--format", "json").out)
    assert [(r["rule"], r["count"], r["fixable"]) for r in rows] == [
        ("repeated-word", 3, 3), ("unused-suppression", 1, 0)]
    refused = check("--statistics", "--format", "sarif")
    assert refused.code == 2 and "--statistics works with --format text or json" in refused.err


def test_sarif_carries_related_locations_and_insertions() -> None:
    from lint.formats.sarif import document

    item = Reported(path="a.txt", rule="repeated-word", severity=Severity.WARNING, message="m",
                    place=place(4, 1, 4, 4), text="abc", occurrence=0,
                    related=(PlacedRelated(place(1, 5, 1, 8), "first written here"),),
                    fix_description="insert", fix_applicability=Applicability.UNSAFE,
                    fix_edits=(PlacedEdit(place(4, 4, 4, 4), "d"),))
    log = document([item], RunSummary(1, 0, 0, 0, ("repeated-word",), base_dir=str(REPO)))
    assert list(sarif_validator().iter_errors(log)) == []
    result = log["runs"][0]["results"][0]
    related = result["relatedLocations"][0]
    assert related["message"]["text"] == "first written here"
    assert related["physicalLocation"]["region"]["startLine"] == 1
    fix = result["fixes"][0]
    assert fix["properties"]["applicability"] == "unsafe"
    assert fix["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "d"


def test_readme_statistics_example_is_the_golden_output() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("<!-- section:formats -->"):readme.index("<!-- section:pre-commit -->")]
    example = section.split("```\n", 2)[1]
    assert example == (GOLDEN / "statistics.txt").read_text(encoding="utf-8")
