"""The line of each key in a TOML file. ``tomllib`` gives values without positions, and a
config error must name ``file:line``, so the key lines are found by reading the file's lines:
table headers (``[a.b]``, ``[[a.b]]``, counted per array) and ``key =`` lines outside
multi-line strings and arrays. A line it cannot place gets the line of its table."""

from __future__ import annotations

import re

KeyPath = tuple[str | int, ...]

_BARE_OR_QUOTED = r'(?:[A-Za-z0-9_-]+|"[^"]*"|\'[^\']*\')'
_DOTTED = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
_HEADER = re.compile(rf"\s*(\[\[?)\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(rf"\s*({_DOTTED})\s*=(.*)$")
_PART = re.compile(r'"([^"]*)"|\'([^\']*)\'|([A-Za-z0-9_-]+)')
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'')
_TRIPLE = ('"""', "'''")


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(next(g for g in match.groups() if g is not None) for match in _PART.finditer(dotted))


def key_lines(text: str) -> dict[KeyPath, int]:
    """Line (1-based) of every table and key, by its path: ``("tool", "newslint", "rules")``,
    with the index of the table for arrays of tables: ``("tool", "newslint", "overrides", 0)``."""
    lines: dict[KeyPath, int] = {}
    table: KeyPath = ()
    arrays: dict[KeyPath, int] = {}
    open_string: str | None = None  # the quotes of a multi-line string being read
    depth = 0  # brackets of a multi-line array or inline table being read
    for number, line in enumerate(text.splitlines(), 1):
        if open_string is not None:
            if line.count(open_string) % 2:
                open_string = None
            continue
        value = line
        if depth == 0:
            header = _HEADER.match(line)
            if header:
                path: KeyPath = _parts(header.group(2))
                if header.group(1) == "[[":
                    index = arrays.get(path, 0)
                    arrays[path] = index + 1
                    lines.setdefault(path, number)
                    path = (*path, index)
                table = path
                lines.setdefault(table, number)
                continue
            key = _KEY.match(line)
            if key:
                parts = _parts(key.group(1))
                for end in range(1, len(parts) + 1):
                    lines.setdefault((*table, *parts[:end]), number)
                value = key.group(2)
        quotes = next((q for q in _TRIPLE if value.count(q) % 2), None)
        if quotes is not None:
            open_string = quotes
            continue
        bare = _STRING.sub("", value).split("#", 1)[0]
        depth = max(0, depth + bare.count("[") + bare.count("{") - bare.count("]") - bare.count("}"))
    return lines
