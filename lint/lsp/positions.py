"""Offsets in code points (the engine's) to LSP positions and back.

LSP counts lines as the engine does (``\\r\\n``, ``\\r`` and ``\\n`` each end one: never the other
characters ``str.splitlines`` breaks at) and columns in code units of the negotiated encoding:
UTF-16 by default, where an emoji outside the Basic Multilingual Plane counts 2; ``utf-8``
counts bytes and ``utf-32`` code points. A combining mark is a code point of its own in each.
"""

from __future__ import annotations

from lint.document import LineIndex

ENCODINGS = ("utf-16", "utf-8", "utf-32")


def _units(text: str, encoding: str) -> int:
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    # Each code point above U+FFFF is a surrogate pair in UTF-16.
    return len(text) + sum(1 for char in text if char > "\uffff")


class PositionMap:
    """Positions in one text: ``(line, character)``, both 0-based as LSP counts them."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"unknown position encoding {encoding!r}")
        self.text = text
        self.encoding = encoding
        self._lines = LineIndex(text)

    def position(self, offset: int) -> tuple[int, int]:
        line = self._lines.line_of(offset)
        start = self._lines.line_start(line)
        return line - 1, _units(self.text[start:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The offset of a client position. Past the end of a line (LSP allows it) means the
        line's end; inside a surrogate pair or a UTF-8 sequence means the code point's start."""
        if line >= self._lines.line_count:
            return len(self.text)
        start = self._lines.line_start(line + 1)
        end = self._lines.line_start(line + 2) if line + 1 < self._lines.line_count else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        if self.encoding == "utf-32":
            return min(start + character, end)
        counted = 0
        for offset in range(start, end):
            counted += _units(self.text[offset], self.encoding)
            if counted > character:
                return offset
        return end
