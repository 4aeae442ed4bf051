"""Mappings that know the line of each key, so config errors can name it. Apart from the YAML
reader (:mod:`lint.config.yamlsource`), so that a run whose configuration comes from a snapshot
never imports PyYAML."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class LineDict(dict[str, Any]):
    """A mapping from YAML that knows the line of each key (``line_of``) and its own line."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


def as_line_dict(data: dict[str, Any], line: int = 0,
                 lines: Mapping[tuple[str | int, ...], int] | None = None,
                 path: tuple[str | int, ...] = ()) -> LineDict:
    """Wrap a plain mapping (from TOML) so it can be validated the same way. ``lines`` gives
    the line of each key by its path from the top of the file (``path`` is this mapping's);
    a key it does not know gets the line of its mapping."""
    known = lines or {}
    mapping = LineDict(data)
    mapping.line = known.get(path, line)
    mapping.key_lines = {}
    for key, value in data.items():
        key_line = mapping.key_lines[key] = known.get((*path, key), mapping.line)
        if isinstance(value, dict) and not isinstance(value, LineDict):
            mapping[key] = as_line_dict(value, key_line, known, (*path, key))
        elif isinstance(value, list):
            mapping[key] = [
                as_line_dict(v, key_line, known, (*path, key, index)) if isinstance(v, dict) else v
                for index, v in enumerate(value)
            ]
    return mapping
