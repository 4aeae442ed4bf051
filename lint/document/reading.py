"""From bytes on disk to decoded text and a format name.

Stories are UTF-8, with or without a BOM, or UTF-16 or UTF-32 with a BOM (Word's "Unicode
text" export is UTF-16 LE with a BOM). The encoding is remembered, so ``--fix`` writes a story
back the way it came. Anything else (a Windows-1252 export from a CMS archive) is refused with
the byte that does not decode and how to convert the file: guessing a legacy encoding would
turn a wrong guess into wrong text, and then into wrong fixes.
"""

from __future__ import annotations

import os
import stat
from typing import NamedTuple

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
# Like git and grep: a NUL byte early in the file means it is not text.
_BINARY_PROBE = 8192


class Encoding(NamedTuple):
    codec: str
    bom: bytes

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)


UTF8 = Encoding("utf-8", b"")
# UTF-32 LE's BOM starts with UTF-16 LE's, so it is tried first.
_WITH_BOM = (
    Encoding("utf-32-le", b"\xff\xfe\x00\x00"),
    Encoding("utf-32-be", b"\x00\x00\xfe\xff"),
    Encoding("utf-8", b"\xef\xbb\xbf"),
    Encoding("utf-16-le", b"\xff\xfe"),
    Encoding("utf-16-be", b"\xfe\xff"),
)


def format_for(path: str) -> str:
    """The format a file name implies; names with no known suffix are read as plain text."""
    # os.path, not PurePath: this runs for every story of a sweep.
    return FORMAT_BY_SUFFIX.get(os.path.splitext(os.path.basename(path))[1].lower(), "text")


def encoding_of(data: bytes) -> Encoding:
    """The encoding its BOM names, else UTF-8."""
    return next((e for e in _WITH_BOM if data.startswith(e.bom)), UTF8)


def _binary(path: str, offset: int) -> InputError:
    return InputError(f"{path}: binary file (NUL byte at byte offset {offset}), not a story")


def decode(data: bytes, path: str) -> str:
    """Decode by the BOM (UTF-8 without one), naming the byte offset of the first bad byte."""
    encoding = encoding_of(data)
    skip = len(encoding.bom)
    if encoding.codec == "utf-8":
        nul = data.find(b"\x00", 0, _BINARY_PROBE)
        if nul >= 0:
            raise _binary(path, nul)
    try:
        text = data[skip:].decode(encoding.codec)
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        if encoding is UTF8:
            raise InputError(
                f"{path}: not UTF-8: byte 0x{data[offset]:02x} at byte offset {offset} cannot be "
                f"decoded (if it is Windows-1252, convert it: iconv -f WINDOWS-1252 -t UTF-8)"
            ) from None
        name = encoding.codec.upper()
        raise InputError(f"{path}: not {name}: the bytes at byte offset {offset} cannot be decoded") from None
    if encoding.codec != "utf-8":
        nul = text.find("\x00", 0, _BINARY_PROBE)
        if nul >= 0:
            unit = len(text[:nul].encode(encoding.codec))
            raise _binary(path, skip + unit)
    return text


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, for an error message."""
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def read_regular(path: str) -> bytes:
    """The bytes of a regular file. The file is opened without blocking and checked once open,
    so a named pipe put where a story was (after the command line was expanded) is refused
    rather than waited on."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"{path}: {kind_of(mode)}, not a story: only regular files are read")
        try:
            return handle.read()
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def read_story(path: str) -> str:
    return decode(read_regular(path), path)
