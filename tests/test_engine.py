"""The engine: a rule that raises is reported with the file and the rule, not a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lint import engine as engine_module
from lint.config import default_config
from lint.document import Document
from lint.engine import Engine, RunOptions
from lint.findings import Finding, Severity
from lint.rules import Rule, get_rule


def _broken(document: Document, prepared: object) -> Iterator[Finding]:
    raise ZeroDivisionError("division by zero")
    yield  # pragma: no cover - makes this a generator like every rule


def test_a_failing_rule_is_named_with_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = Rule("repeated-word", "x", "x", Severity.ERROR, check=_broken)
    def registry(rule_id: str) -> Rule:
        return broken if rule_id == "repeated-word" else get_rule(rule_id)

    monkeypatch.setattr(engine_module, "get_rule", registry)
    engine = Engine(RunOptions(select=frozenset({"repeated-word"})))
    result = engine.run(b"Title\n\nText.", "desk/story.txt", default_config(Path.cwd()), "desk/story.txt")
    assert result.error == (
        "desk/story.txt: internal error in rule 'repeated-word': ZeroDivisionError: division by zero"
    )
    assert result.reported == []
