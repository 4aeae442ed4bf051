"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run. The driver lists every rule that ran (``RunSummary.rules``) with its summary as
``shortDescription``, the first paragraph of its explanation as ``fullDescription`` and the
whole explanation as ``help``. Each result carries the rule id and index, a level, the message,
the file as a URI relative to ``--base-dir`` and a region in code points
(``columnKind: unicodeCodePoints``; SARIF's ``endColumn`` is exclusive, like ours), then related
locations and fixes where the finding has them. ``partialFingerprints`` are left out on purpose:
GitHub's upload action computes them only when they are absent. Files that could not be read
are tool execution notifications of an unsuccessful invocation.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from lint import __version__
from lint.findings import Place, Reported, Severity
from lint.formats import UNREADABLE, RuleInfo, RunSummary
from lint.formats.paths import artifact_uri

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _description(rule_id: str, explanation: str) -> str:
    """The explanation's first paragraph, without the ``rule-id:`` it opens with."""
    first = " ".join(explanation.strip().split("\n\n", 1)[0].split())
    first = first.removeprefix(f"{rule_id}: ")
    return first[:1].upper() + first[1:]


def _descriptor(rule_id: str, rule: RuleInfo | None) -> dict[str, Any]:
    if rule is None:  # a finding from a rule the registry no longer has
        return {"id": rule_id, "shortDescription": {"text": rule_id},
                "fullDescription": {"text": rule_id}, "help": {"text": rule_id}}
    return {
        "id": rule_id,
        "name": rule_id,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": _description(rule_id, rule.explanation)},
        "help": {"text": rule.explanation.strip()},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
    }


def _region(place: Place) -> dict[str, int]:
    return {
        "startLine": place.line,
        "startColumn": place.column,
        "endLine": place.end_line,
        "endColumn": place.end_column,
    }


def _location(uri: str, place: Place) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(place)}}


def _result(item: Reported, rule_index: int, base_dir: str) -> dict[str, Any]:
    uri = artifact_uri(item.path, base_dir)
    result: dict[str, Any] = {
        "ruleId": item.rule,
        "ruleIndex": rule_index,
        "level": _LEVELS[item.severity],
        "message": {"text": item.message},
        "locations": [_location(uri, item.place)],
    }
    if item.related:
        result["relatedLocations"] = [
            {"id": number, **_location(artifact_uri(related.path, base_dir) if related.path else uri,
                                       related.place),
             "message": {"text": related.message}}
            for number, related in enumerate(item.related)
        ]
    if item.fix_applicability is not None:
        replacements = []
        for edit in item.fix_edits:
            replacement: dict[str, Any] = {"deletedRegion": _region(edit.place)}
            if edit.replacement:  # SARIF: no insertedContent means a deletion
                replacement["insertedContent"] = {"text": edit.replacement}
            replacements.append(replacement)
        result["fixes"] = [{
            "description": {"text": item.fix_description or item.rule},
            "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": replacements}],
            "properties": {"applicability": item.fix_applicability.value},
        }]
    return result


def document(reported: Sequence[Reported], summary: RunSummary) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict."""
    ran = list(dict.fromkeys([*summary.rules, *(item.rule for item in reported)]))
    index = {rule_id: number for number, rule_id in enumerate(ran)}
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "newslint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [_descriptor(rule_id, summary.rule_info.get(rule_id)) for rule_id in ran],
        }},
        "columnKind": "unicodeCodePoints",
        "results": [_result(item, index[item.rule], summary.base_dir) for item in reported],
    }
    if summary.unreadable:
        run["invocations"] = [_invocation(summary)]
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _invocation(summary: RunSummary) -> dict[str, Any]:
    """A run with unreadable files did not succeed: each one is a tool execution notification,
    which GitHub code scanning shows as a tool error rather than as a clean file."""
    return {
        "executionSuccessful": False,
        "toolExecutionNotifications": [
            {
                "level": "error",
                "descriptor": {"id": UNREADABLE},
                "message": {"text": error.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(error.path, summary.base_dir)},
                }}],
            }
            for error in summary.unreadable
        ],
    }


def write(reported: Sequence[Reported], summary: RunSummary, out: TextIO) -> None:
    json.dump(document(reported, summary), out, ensure_ascii=False, indent=2)
    out.write("\n")
