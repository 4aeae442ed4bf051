"""Applying fixes to text: non-overlapping edits, applied from the end so offsets hold."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from lint.findings import Applicability, Edit, Finding


def applicable_edits(findings: Iterable[Finding], unsafe: bool) -> list[Edit]:
    """The edits of every fix allowed by ``unsafe``, minus any that overlaps one before it
    (a later pass picks those up once the text has changed)."""
    fixes = [
        f.fix for f in findings
        if f.fix is not None and (unsafe or f.fix.applicability is Applicability.SAFE)
    ]
    fixes.sort(key=lambda fix: min(e.start for e in fix.edits))
    chosen: list[Edit] = []
    taken_until = -1
    for fix in fixes:
        edits = sorted(fix.edits, key=lambda e: e.start)
        if edits[0].start < taken_until or _overlap(edits):
            continue
        chosen.extend(edits)
        taken_until = max(e.end for e in edits)
    return chosen


def _overlap(edits: list[Edit]) -> bool:
    return any(a.end > b.start for a, b in itertools.pairwise(edits))


def apply_edits(text: str, edits: list[Edit]) -> str:
    parts = []
    position = 0
    for edit in sorted(edits, key=lambda e: e.start):
        parts.append(text[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)
