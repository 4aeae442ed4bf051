"""``--statistics``: how many findings each rule made, instead of the findings, as ruff does.

One line per rule, most findings first: the count, the rule id, ``[*]`` when ``--fix`` can
fix every one of them, and the rule's summary; then the usual summary line. With
``--format json``, the same as a list of objects (``rule``, ``count``, ``fixable``, ``summary``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

from lint.findings import Applicability, Reported
from lint.formats import UNREADABLE, RuleInfo, RunSummary, with_unreadable
from lint.formats.text import summary_line

_OTHERS = {UNREADABLE: "A file that could not be read or linted."}


@dataclass(frozen=True)
class RuleCount:
    rule: str
    count: int
    fixable: int
    summary: str


def counts(reported: Sequence[Reported], unsafe_fixes: bool,
           rule_info: Mapping[str, RuleInfo]) -> list[RuleCount]:
    found = Counter(item.rule for item in reported)
    fixable = Counter(
        item.rule for item in reported
        if item.fix_applicability is Applicability.SAFE
        or (unsafe_fixes and item.fix_applicability is Applicability.UNSAFE)
    )
    return [
        RuleCount(rule, count, fixable[rule],
                  rule_info[rule].summary if rule in rule_info else _OTHERS.get(rule, ""))
        for rule, count in sorted(found.items(), key=lambda pair: (-pair[1], pair[0]))
    ]


def write_text(rows: Sequence[RuleCount], out: TextIO) -> None:
    if not rows:
        return
    count_width = max(len(str(row.count)) for row in rows)
    rule_width = max(len(row.rule) for row in rows)
    any_fixable = any(row.fixable for row in rows)
    for row in rows:
        marker = ("[*] " if row.fixable == row.count else "    ") if any_fixable else ""
        out.write(f"{row.count:>{count_width}}  {row.rule:<{rule_width}}  {marker}{row.summary}\n")


def write_json(rows: Sequence[RuleCount], out: TextIO) -> None:
    json.dump(
        [{"rule": r.rule, "count": r.count, "fixable": r.fixable, "summary": r.summary} for r in rows],
        out, ensure_ascii=False, indent=2,
    )
    out.write("\n")


def write(reported: Sequence[Reported], summary: RunSummary, out: TextIO, *,
          as_json: bool, unsafe_fixes: bool) -> None:
    rows = counts(with_unreadable(reported, summary), unsafe_fixes, summary.rule_info)
    if as_json:
        write_json(rows, out)
        return
    write_text(rows, out)
    out.write(summary_line(reported, summary) + "\n")
