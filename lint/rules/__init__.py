"""The rule registry: rule ids and the module that defines each, imported only when needed."""

from __future__ import annotations

import importlib

from lint.rules.base import Option, Options, Rule

__all__ = ["Option", "Options", "Rule", "all_rules", "get_rule", "rule_ids"]

# Stable rule ids, in the order ``newslint rules`` lists them. Each module defines ``RULE``.
_MODULES = {
    "repeated-word": "lint.rules.repeated_word",
    "mixed-naming": "lint.rules.mixed_naming",
    "inconsistent-spelling": "lint.rules.inconsistent_spelling",
    "off-topic": "lint.rules.off_topic",
    "first-reference": "lint.rules.first_reference",
    "unintroduced-name": "lint.rules.unintroduced_name",
    "spacing": "lint.rules.spacing",
    "leftover": "lint.rules.leftover",
    "duplicate-passage": "lint.rules.duplicate_passage",
    "acronym-before-use": "lint.rules.acronym_before_use",
    "house-spelling": "lint.rules.house_spelling",
    "across-spelling": "lint.rules.across_spelling",
    "unused-suppression": "lint.rules.unused_suppression",
}


def rule_ids() -> list[str]:
    return list(_MODULES)


def get_rule(rule_id: str) -> Rule:
    """The rule with this id; ``KeyError`` for an unknown id."""
    module = importlib.import_module(_MODULES[rule_id])
    rule: Rule = module.RULE
    return rule


def all_rules() -> list[Rule]:
    return [get_rule(rule_id) for rule_id in _MODULES]
