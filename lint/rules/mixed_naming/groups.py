"""Entity groups: the forms of one entity's name, each with a role, and the policy on them.

A group in a config or pack (every key but ``name`` optional; a role takes a form or a list)::

    - name: United States
      short: [US]
      long: [United States]
      formal: [United States of America]
      variant: [USA, U.S., U.S.A.]
      alias: [America]
      prefer: US                      # the house form: every other form is judged against it
      headline: [US]                  # forms the house also allows in a headline
      policy: {long: first-mention}   # this group's own allowances, over the pack's
      drop: [America]                 # forms an earlier pack gave this group, removed

Groups from several packs merge by name, in order: a later entry adds forms to the group of the
same name, gives a form a new role, and takes a form away from any other group that had it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from lint.errors import ConfigError

ROLES = ("short", "long", "formal", "variant", "alias")
# anywhere: never flagged; first-mention: only the first mention of the headline or the body
# may use it; consistent: the story's one choice among its consistent forms; alone: only in a
# story that names the entity no other way; never: flagged wherever it stands.
ALLOWANCES = ("anywhere", "first-mention", "consistent", "alone", "never")
# What professional copy does: the long name and the everyday alias (US copy's "United States",
# British copy's "United Kingdom" and "Britain") stand beside whichever short form the story
# chose; two short or variant forms of one entity ("US" and "USA", "Opec" and "OPEC") are a slip,
# and so is the formal name where the story names the entity another way.
DEFAULT_POLICY = {
    "short": "consistent",
    "long": "anywhere",
    "formal": "alone",
    "variant": "consistent",
    "alias": "anywhere",
}
GROUP_KEYS = ("name", *ROLES, "prefer", "headline", "policy", "drop")

_APOSTROPHES = regex.compile(r"['’ʼ]")
_SPACES = regex.compile(r"\s+")


def form_key(text: str) -> str:
    """The identity of a form: typographic apostrophes and line wrapping do not make a new form."""
    key: str = _SPACES.sub(" ", _APOSTROPHES.sub("'", text)).strip()
    return key


@dataclass(frozen=True)
class Form:
    text: str
    role: str


@dataclass
class Group:
    """One entity after every pack has been folded in. ``forms`` is keyed by :func:`form_key`."""

    name: str
    forms: dict[str, Form] = field(default_factory=dict)
    prefer: str | None = None
    headline: set[str] = field(default_factory=set)  # keys of forms allowed in a headline
    policy: dict[str, str] = field(default_factory=dict)

    def allowance(self, role: str) -> str:
        return self.policy[role]


# --- validating one layer's options ---------------------------------------------------------


def _where(entry: Any, index: int, key: str | None = None) -> str:
    """``group 'X' (line 12)``: the line of ``key`` where the config came with lines (YAML)."""
    name = entry.get("name") if isinstance(entry, Mapping) else None
    label = f"group '{name}'" if isinstance(name, str) else f"group {index + 1}"
    line_of = getattr(entry, "line_of", None)
    line = line_of(key) if key is not None and line_of else getattr(entry, "line", 0)
    return f"{label} (line {line})" if line else label


def _as_forms(value: Any) -> list[str] | None:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        return None
    return values


def policy_problem(value: Any) -> str | None:
    """What is wrong with a policy mapping (role -> allowance), or None."""
    if not isinstance(value, Mapping):
        return "a policy must be a mapping of role to allowance"
    for role, allowance in value.items():
        if role not in ROLES:
            return f"unknown role '{role}' in a policy (known: {', '.join(ROLES)})"
        if allowance not in ALLOWANCES:
            return f"'{role}: {allowance}' is not an allowance (known: {', '.join(ALLOWANCES)})"
    return None


def groups_problem(value: Any) -> str | None:
    """What is wrong with one layer's ``groups`` list, or None. Within one layer a group name
    and a form each appear once; across layers the later one wins."""
    names: set[str] = set()
    owners: dict[str, str] = {}
    for index, entry in enumerate(value):
        where = _where(entry, index)
        if not isinstance(entry, Mapping):
            return f"{where}: a group must be a mapping with a 'name' and its forms"
        for key in entry:
            if key not in GROUP_KEYS:
                return f"{_where(entry, index, key)}: unknown key '{key}' (known: {', '.join(GROUP_KEYS)})"
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            return f"{where}: a group needs a 'name'"
        if name in names:
            return f"{where}: the group '{name}' is listed twice"
        names.add(name)
        for key in (*ROLES, "headline", "drop"):
            if key in entry and _as_forms(entry[key]) is None:
                return f"{_where(entry, index, key)}: '{key}' must be a form or a list of forms"
        for role in ROLES:
            for form in _as_forms(entry.get(role, [])) or []:
                other = owners.setdefault(form_key(form), name)
                if other != name:
                    return f"{_where(entry, index, role)}: the form '{form}' is also in the group '{other}'"
        if "prefer" in entry and not isinstance(entry["prefer"], str):
            return f"{where}: 'prefer' must be one form"
        if "policy" in entry:
            problem = policy_problem(entry["policy"])
            if problem:
                return f"{_where(entry, index, 'policy')}: {problem}"
    return None


# --- folding the layers ------------------------------------------------------------------------


def fold_groups(entries: Iterable[Mapping[str, Any]], policy: Mapping[str, str]) -> list[Group]:
    """Fold group entries, in config order, into groups with their full policy. A group that
    prefers a form it does not have is a configuration error."""
    groups: dict[str, Group] = {}
    owner: dict[str, str] = {}
    for entry in entries:
        name = entry["name"]
        group = groups.setdefault(name, Group(name))
        for role in ROLES:
            for text in _as_forms(entry.get(role, [])) or []:
                key = form_key(text)
                previous = owner.get(key)
                if previous is not None and previous != name:
                    del groups[previous].forms[key]
                owner[key] = name
                group.forms[key] = Form(form_key(text), role)
        for text in _as_forms(entry.get("drop", [])) or []:
            if group.forms.pop(form_key(text), None) is not None:
                del owner[form_key(text)]
        if "prefer" in entry:
            group.prefer = form_key(entry["prefer"])
        group.headline.update(form_key(text) for text in _as_forms(entry.get("headline", [])) or [])
        group.policy.update(entry.get("policy") or {})
    folded = []
    for group in groups.values():
        group.policy = {**DEFAULT_POLICY, **policy, **group.policy}
        if group.prefer is not None and group.prefer not in group.forms:
            raise ConfigError(
                f"mixed-naming: the group '{group.name}' prefers '{group.prefer}', "
                f"which is not one of its forms ({', '.join(group.forms)})"
            )
        unknown = sorted(group.headline - group.forms.keys())
        if unknown:
            raise ConfigError(
                f"mixed-naming: the group '{group.name}' allows '{unknown[0]}' in headlines, "
                f"which is not one of its forms ({', '.join(group.forms)})"
            )
        # One form alone cannot be mixed with anything.
        if len(group.forms) > 1:
            folded.append(group)
    return folded
