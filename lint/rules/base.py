"""What a rule is: an id, its documentation, typed options, and a pure check function."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lint.document import Document
from lint.findings import Finding, Severity

Options = Mapping[str, Any]


@dataclass(frozen=True)
class Option:
    """One option of a rule, validated by the config loader before the rule ever sees it.

    ``validate`` returns an error message for a value of the right type that is still wrong
    (a regex that does not compile, a number out of range). ``merge`` says how a value from a
    config combines with the one it extends; by default the later value replaces the earlier.
    A non-empty ``is_path`` option is made absolute against the folder of its config file.
    """

    name: str
    default: Any
    kind: type | tuple[type, ...]
    doc: str
    item_kind: type | tuple[type, ...] | None = None
    validate: Callable[[Any], str | None] | None = None
    merge: Callable[[Any, Any], Any] | None = None
    is_path: bool = False  # a file path, resolved against the folder of the config that sets it


# Validators and merges that several rules' options share.


def words(value: Any) -> str | None:
    """Every item a non-blank string."""
    return None if all(isinstance(v, str) and v.strip() for v in value) else "must be words"


def at_least(minimum: int) -> Callable[[Any], str | None]:
    return lambda value: None if value >= minimum else f"must be {minimum} or more"


def fraction(value: Any) -> str | None:
    return None if 0.0 <= value <= 1.0 else "must be between 0 and 1"


def extend(old: list[Any], new: list[Any]) -> list[Any]:
    """A list option that a later config adds to rather than replaces."""
    return [*old, *new]


def _no_setup(options: Options) -> Any:
    return options


@dataclass(frozen=True)
class Rule:
    """A rule. ``check(document, prepared)`` yields findings and has no side effects.

    ``prepare(options)`` runs once per distinct configuration (compile patterns, load tables),
    so per-story work stays small. A rule whose findings the engine itself produces (unused
    suppressions) has no ``check``. ``reads`` names the kinds of non-prose lines
    (:mod:`lint.document.nonprose`: tables, bylines...) the rule sees; every other kind is
    blanked from the document it is given.
    """

    id: str
    summary: str
    explanation: str
    severity: Severity
    options: tuple[Option, ...] = ()
    check: Callable[[Document, Any], Iterable[Finding]] | None = None
    prepare: Callable[[Options], Any] = field(default=_no_setup)
    reads: frozenset[str] = frozenset()

    def defaults(self) -> dict[str, Any]:
        return {option.name: option.default for option in self.options}

    def option(self, name: str) -> Option | None:
        for option in self.options:
            if option.name == name:
                return option
        return None
