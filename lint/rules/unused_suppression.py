"""unused-suppression: a ``newslint-disable`` comment that suppresses nothing.

A suppression comment that no longer hides any finding is noise that outlives its reason: the
text was fixed, the rule changed, or the rule id is misspelt. Like ruff's unused ``noqa``
check, newslint reports it so it can be removed.

Flags::

    <!-- newslint-disable-next-line repeated-word -->
    A sentence with no doubled word at all.

    <!-- newslint-disable repeated-wrod -->      (unknown rule id)

Passes::

    <!-- newslint-disable-next-line repeated-word -->
    The sign read "Keep off the the grass".

The engine produces these findings after the other rules have run; this rule has no options.
A suppression of a rule that is not enabled is not reported.
"""

from __future__ import annotations

from lint.findings import Severity
from lint.rules.base import Rule

RULE = Rule(
    id="unused-suppression",
    summary="A newslint-disable comment that suppresses nothing or names an unknown rule.",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
)
