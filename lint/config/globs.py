"""Path globs as in .gitignore: ``*`` stays inside a folder, ``**`` crosses folders, and a
pattern without a slash matches the file name at any depth."""

from __future__ import annotations

import re


def compile_glob(pattern: str) -> re.Pattern[str]:
    anchored = "/" in pattern.rstrip("/")
    pattern = pattern.strip("/")
    out = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        else:
            out.append(re.escape(char))
        i += 1
    body = "".join(out)
    # A folder pattern (``drafts`` or ``drafts/``) also matches everything below it.
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"{prefix}{body}(?:/.*)?")


def matches(patterns: list[re.Pattern[str]], relative_path: str) -> bool:
    return any(p.fullmatch(relative_path) for p in patterns)
