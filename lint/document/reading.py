"""From bytes on disk to decoded text and a format name."""

from __future__ import annotations

from pathlib import PurePath

from lint.errors import InputError

FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
STORY_SUFFIXES = frozenset(FORMAT_BY_SUFFIX)
_BOM = b"\xef\xbb\xbf"
# Like git and grep: a NUL byte early in the file means it is not text.
_BINARY_PROBE = 8192


def format_for(path: str) -> str:
    """The format a file name implies; names with no known suffix are read as plain text."""
    return FORMAT_BY_SUFFIX.get(PurePath(path).suffix.lower(), "text")


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM), naming the byte offset of the first bad byte."""
    nul = data.find(b"\x00", 0, _BINARY_PROBE)
    if nul >= 0:
        raise InputError(f"{path}: binary file (NUL byte at byte offset {nul}), not a story")
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        raise InputError(
            f"{path}: not UTF-8: byte 0x{data[offset]:02x} at byte offset {offset} cannot be decoded"
        ) from None


def read_story(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    return decode(data, path)
