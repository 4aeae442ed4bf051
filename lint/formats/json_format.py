"""JSON: a list of finding objects. The shape is a contract, documented in the README.

Each object has ``path``, ``rule``, ``severity``, ``line``, ``column``, ``end_line``,
``end_column`` (1-based, code points, end exclusive) and ``message``; ``related`` (a list of
located messages) and ``fix`` (``applicability``, ``description``, ``edits``) where present.
A file that could not be read is an ``unreadable-file`` error at 1:1, so a script that counts
errors never takes a run with an unreadable story for a clean one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from lint.findings import Reported
from lint.formats import RunSummary, with_unreadable


def write(reported: Sequence[Reported], summary: RunSummary, out: TextIO) -> None:
    items = [item.to_dict() for item in with_unreadable(reported, summary)]
    json.dump(items, out, ensure_ascii=False, indent=2)
    out.write("\n")
