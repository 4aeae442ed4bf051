"""Suppression comments: which findings they hide, and which of them hide nothing.

``<!-- newslint-disable [rule ...] -->`` hides findings from there until
``<!-- newslint-enable [rule ...] -->`` or the end of the file; ``-disable-next-line`` hides
findings that start on the next line; ``-disable-file`` hides them everywhere. No rule ids means
every rule. In plain text the same comment stands alone on its line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lint.document import Directive, Document
from lint.findings import Finding, Severity

UNUSED = "unused-suppression"


@dataclass
class _Scope:
    directive: Directive
    rules: tuple[str, ...]
    start: int  # offsets, or lines for next-line scopes
    end: int
    by_line: bool
    used: set[str]

    def covers(self, finding: Finding, line: int) -> bool:
        if self.rules and finding.rule not in self.rules:
            return False
        if self.by_line:
            return line == self.start
        return self.start <= finding.start < self.end


def _scopes(document: Document) -> list[_Scope]:
    scopes: list[_Scope] = []
    open_regions: list[_Scope] = []
    end_of_text = len(document.text)
    for directive in document.directives:
        if directive.kind == "disable-file":
            scopes.append(_Scope(directive, directive.rules, 0, end_of_text, False, set()))
        elif directive.kind == "disable-next-line":
            next_line = document.lines.line_of(directive.end) + 1
            scopes.append(_Scope(directive, directive.rules, next_line, next_line, True, set()))
        elif directive.kind == "disable":
            region = _Scope(directive, directive.rules, directive.end, end_of_text, False, set())
            scopes.append(region)
            open_regions.append(region)
        else:  # enable: closes the regions it names (all of them when it names none)
            for region in list(open_regions):
                if not directive.rules or set(region.rules) <= set(directive.rules):
                    region.end = directive.start
                    open_regions.remove(region)
    return scopes


def apply_suppressions(
    document: Document, findings: Iterable[Finding], known: Sequence[str], enabled: Sequence[str],
    severity: Severity,
) -> list[Finding]:
    """Drop suppressed findings; add an unused-suppression finding for each comment (and each
    rule it names) that hid nothing, when that rule is enabled, and for unknown rule ids."""
    scopes = _scopes(document)
    kept = []
    for finding in findings:
        line = document.lines.line_of(finding.start)
        hiding = [s for s in scopes if s.covers(finding, line)]
        for scope in hiding:
            scope.used.add(finding.rule)
        if not hiding:
            kept.append(finding)
    if UNUSED not in enabled:
        return kept
    for scope in scopes:
        directive = scope.directive
        if scope.rules:
            for rule_id in scope.rules:
                if rule_id not in known:
                    message = f"unknown rule id '{rule_id}' in newslint-{directive.kind}"
                elif rule_id in enabled and rule_id not in scope.used:
                    message = f"newslint-{directive.kind} {rule_id} suppresses nothing"
                else:
                    continue
                kept.append(Finding(UNUSED, message, directive.start, directive.end, severity))
        elif not scope.used:
            message = f"newslint-{directive.kind} suppresses nothing"
            kept.append(Finding(UNUSED, message, directive.start, directive.end, severity))
    return kept
