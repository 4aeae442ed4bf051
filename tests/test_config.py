"""Configuration: discovery, extends, overrides, severities, and validation with lines."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.config import default_config, find_config_file, load_config
from lint.config.tomlsource import key_lines
from lint.errors import ConfigError
from lint.findings import Severity
from tests.conftest import run_cli

DOUBLED = "Title\n\nHe also also said.\n"


def test_default_config_turns_every_rule_on() -> None:
    config = default_config(Path.cwd())
    assert config.rules["repeated-word"].enabled
    assert config.rules["repeated-word"].severity is Severity.ERROR


def test_walks_up_to_the_nearest_config(tmp_path: Path) -> None:
    (tmp_path / ".newslint.yaml").write_text("rules:\n  repeated-word: off\n")
    (tmp_path / "desk" / "sport").mkdir(parents=True)
    assert find_config_file(tmp_path / "desk" / "sport") == tmp_path / ".newslint.yaml"
    story = tmp_path / "desk" / "sport" / "s.txt"
    story.write_text(DOUBLED)
    assert run_cli("check", str(story)).code == 0


def test_pyproject_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newslint]\nfail-on = "error"\n[tool.newslint.rules]\nrepeated-word = "warning"\n'
    )
    story = tmp_path / "s.txt"
    story.write_text(DOUBLED)
    run = run_cli("check", "--format", "json", str(story))
    assert run.code == 0  # a warning does not reach fail-on: error
    assert json.loads(run.out)[0]["severity"] == "warning"


def test_pyproject_unknown_key_is_named(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.newslint]\ncolour = 1\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml:2: unknown key 'colour'"):
        load_config(tmp_path / "pyproject.toml")


PYPROJECT_HEAD = '''[project]
name = "desk"
description = """A newsroom's copy.
[tool.newslint] in a string is not a table.
"""
classifiers = [
    "Topic :: Text",
]

[tool.newslint]
fail-on = "error"
'''


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("ignore-patterns = '^He'\n", ":12: 'ignore-patterns' must be a list of strings, not a string"),
        ("[tool.newslint.rules]\nrepeated-word = 'loud'\n", ":13: 'repeated-word' must be one of"),
        ("[tool.newslint.rules.repeated-word]\nseverity = 'info'\ncolour = 1\n",
         ":14: unknown option 'colour' for rule 'repeated-word'"),
        ("rules = { repeated-word = { allow = 'x' } }\n", ":12: 'repeated-word.allow' must be"),
        ("[[tool.newslint.overrides]]\nfiles = ['a/**']\n\n[[tool.newslint.overrides]]\n"
         "files = ['b/**']\nrule = {}\n", ":17: unknown key 'rule' in an override"),
        ("[[tool.newslint.overrides]]\nrules = {}\n", ":12: an override needs 'files'"),
    ],
)
def test_pyproject_errors_name_the_line(tmp_path: Path, table: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT_HEAD + table)
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "pyproject.toml")
    assert str(raised.value).startswith(f"{tmp_path / 'pyproject.toml'}{message}")


@pytest.mark.parametrize("key", ["ignore-patterns", "include", "exclude", "extends"])
def test_a_string_where_a_list_belongs_is_a_type_error_with_its_line(tmp_path: Path, key: str) -> None:
    (tmp_path / ".newslint.yaml").write_text(f"fail-on: error\n{key}: '^He'\n")
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / ".newslint.yaml")
    assert str(raised.value) == (f"{tmp_path / '.newslint.yaml'}:2: '{key}' must be a list of "
                                 "strings, not a string (write ['^He'])")


def test_extends_a_pack_file_and_overrides_per_path(tmp_path: Path) -> None:
    (tmp_path / "house.yaml").write_text(
        "rules:\n  repeated-word:\n    severity: warning\n    allow: [also]\n"
    )
    (tmp_path / ".newslint.yaml").write_text(
        "extends: [default, house.yaml]\n"
        "overrides:\n  - files: ['archive/**']\n    rules:\n      repeated-word: off\n"
    )
    config = load_config(tmp_path / ".newslint.yaml")
    setting = config.rules_for("desk/s.txt")["repeated-word"]
    assert (setting.enabled, setting.severity, setting.options["allow"]) == (True, Severity.WARNING, ["also"])
    assert not config.rules_for("archive/2004/s.txt")["repeated-word"].enabled


def test_list_options_extend_through_packs(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("rules:\n  repeated-word:\n    allow: [also]\n")
    (tmp_path / ".newslint.yaml").write_text(
        "extends: [a.yaml]\nrules:\n  repeated-word:\n    allow: [then]\n"
    )
    config = load_config(tmp_path / ".newslint.yaml")
    assert config.rules["repeated-word"].options["allow"] == ["also", "then"]


def test_extends_cycle_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("extends: [b.yaml]\n")
    (tmp_path / "b.yaml").write_text("extends: [a.yaml]\n")
    with pytest.raises(ConfigError, match="makes a cycle"):
        load_config(tmp_path / "a.yaml")


def test_include_and_exclude(tmp_path: Path) -> None:
    (tmp_path / ".newslint.yaml").write_text("exclude: ['drafts/']\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "s.txt").write_text(DOUBLED)
    (tmp_path / "live.txt").write_text(DOUBLED)
    run = run_cli("check", "--format", "json", str(tmp_path))
    assert [item["path"] for item in json.loads(run.out)] == [str(tmp_path / "live.txt")]


def test_ignore_patterns_mask_text(tmp_path: Path) -> None:
    (tmp_path / ".newslint.yaml").write_text("ignore-patterns: ['^By .*$']\n")
    story = tmp_path / "s.txt"
    story.write_text("Title\n\nBy the the desk\n\nClean body.\n")
    assert run_cli("check", str(story)).code == 0


def test_explicit_config_flag(tmp_path: Path) -> None:
    config = tmp_path / "custom.yaml"
    config.write_text("rules:\n  repeated-word: off\n")
    story = tmp_path / "s.txt"
    story.write_text(DOUBLED)
    assert run_cli("check", "--config", str(config), str(story)).code == 0
    missing = run_cli("check", "--config", str(tmp_path / "nope.yaml"), str(story))
    assert missing.code == 2 and "config file not found" in missing.err


def test_select_and_ignore(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(DOUBLED)
    assert run_cli("check", "--ignore", "repeated-word", str(story)).code == 0
    assert run_cli("check", "--select", "repeated-word", str(story)).code == 1


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    (tmp_path / ".newslint.yaml").write_text("fail-on: !!python/object/apply:os.system ['true']\n")
    with pytest.raises(ConfigError, match="malformed YAML"):
        load_config(tmp_path / ".newslint.yaml")


def test_folders_without_a_config_share_one_default(tmp_path: Path) -> None:
    from lint.config import ConfigFinder

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    finder = ConfigFinder()
    assert finder.for_folder(tmp_path / "a") is finder.for_folder(tmp_path / "b")


# --- key lines of pyproject.toml, on generated files --------------------------------------------

_KEY = st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True)
# Values that span lines or hold brackets, quotes and '=' are what could mislead a line reader.
_VALUE = st.sampled_from([
    '1', '"a = b"', "'[not a table]'", '["x", "y"]', '[\n  "x",\n  "y = 1",\n]',
    '"""\nline = one\n[fake.table]\n"""', '{ inner = 1, other = "}" }', 'true  # a comment [x]',
])


@settings(derandomize=True, max_examples=80, deadline=None)
@given(st.dictionaries(_KEY, st.dictionaries(_KEY, _VALUE, max_size=4), min_size=1, max_size=4))
def test_key_lines_name_the_line_of_every_table_and_key(tables: dict[str, dict[str, str]]) -> None:
    lines: list[str] = ["[project]", 'name = "desk"']
    expected: dict[tuple[str | int, ...], int] = {}
    for table, keys in tables.items():
        lines += ["", f"[tool.newslint.{table}]"]
        expected[("tool", "newslint", table)] = len(lines)
        for key, value in keys.items():
            first, *rest = value.split("\n")
            lines.append(f"{key} = {first}")
            expected[("tool", "newslint", table, key)] = len(lines)
            lines += rest
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # the generated file is valid TOML
    found = key_lines(text)
    assert {path: found.get(path) for path in expected} == expected
