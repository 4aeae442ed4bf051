"""The findings cache: a story that has not changed is not linted again.

An entry is keyed by a SHA-256 of everything the findings depend on: the story's bytes, its
format, the resolved settings of every rule for its path (packs and options included; for an
option naming a file, that file's size and modification time), the ignore patterns, the rules
selected on the command line, and newslint's version together with the size and modification
time of every file of the installed package, so that an edited rule or pack misses. Nothing can
serve stale findings: a key either names exactly this input or it is not found.

Entries are small JSON files in ``.newslint_cache/`` of the folder newslint runs in (or the
``cache-dir`` the configuration names, or ``NEWSLINT_CACHE_DIR``), one file per entry in 256
shards, each written to a temporary file and renamed into place, so processes running at once
(pre-commit starts several) never see half an entry or lose one. An entry that does not parse
is a miss. When a run has written entries and the cache holds more than ``MAX_ENTRIES``, the
least recently written are removed. JSON, not pickle: reading a cache never runs code.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from lint import __version__
from lint.config import Config, RuleSetting
from lint.config.snapshot import SnapshotStore
from lint.findings import Applicability, Place, PlacedEdit, PlacedRelated, Reported, Severity

CACHE_FOLDER = ".newslint_cache"
MAX_ENTRIES = 200_000
_LAYOUT = "v2"  # bump when the entry format changes


def default_folder() -> Path:
    return Path(os.environ.get("NEWSLINT_CACHE_DIR") or CACHE_FOLDER)


class FindingsCache:
    """Findings by content key, in one folder. Build one per run."""

    def __init__(self, folder: Path, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> None:
        self.folder = folder / _LAYOUT
        self._folder = str(self.folder)
        self._run = f"select={sorted(select)} ignore={sorted(ignore)}"
        self._settings_keys: dict[tuple[int, tuple[int, ...]], tuple[Config, str]] = {}
        self._written = 0
        self._ready = False

    # --- keys --------------------------------------------------------------------------------

    def key(self, data: bytes, fmt: str, config: Config, relative: str) -> str:
        digest = hashlib.sha256(data)
        digest.update(b"\0" + fmt.encode() + b"\0" + self._settings_key(config, relative).encode())
        return digest.hexdigest()

    def _settings_key(self, config: Config, relative: str) -> str:
        """Worked out once per configuration and set of overrides that apply."""
        applying = config.applying_overrides(relative)
        memo = (id(config), applying)
        known = self._settings_keys.get(memo)
        if known is None:
            text = "\n".join((
                package_fingerprint(), self._run,
                repr([p.pattern for p in config.ignore_patterns]),
                _settings_text(config.rules_for(relative), config.path_options),
            ))
            known = (config, hashlib.sha256(text.encode()).hexdigest())  # config kept: ids stay unique
            self._settings_keys[memo] = known
        return known[1]

    # --- entries -----------------------------------------------------------------------------

    def _entry(self, key: str) -> str:
        # A string, not a Path: a warm sweep looks up an entry per story.
        return os.path.join(self._folder, key[:2], f"{key[2:]}.json")

    def load(self, key: str, path: str) -> list[Reported] | None:
        try:
            with open(self._entry(key), encoding="utf-8") as handle:
                return [_reported(path, item) for item in json.load(handle)]
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            return None  # absent, or not an entry this version wrote: a miss

    def store(self, key: str, reported: Sequence[Reported]) -> None:
        """Write one entry atomically. A cache that cannot be written is only a slower run."""
        entry = Path(self._entry(key))
        try:
            self._prepare_folder()
            entry.parent.mkdir(exist_ok=True)
            temporary = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump([_entry_of(r) for r in reported], handle, ensure_ascii=False,
                          separators=(",", ":"))
            os.replace(temporary, entry)
            self._written += 1
        except OSError:
            return

    def _prepare_folder(self) -> None:
        if self._ready:
            return
        make_cache_folder(self.folder.parent)
        self.folder.mkdir(exist_ok=True)
        self._ready = True

    def trim(self) -> None:
        """After a run that wrote entries: keep the cache under MAX_ENTRIES."""
        if not self._written:
            return
        try:
            entries = [e for shard in os.scandir(self.folder) if shard.is_dir()
                       for e in os.scandir(shard.path) if e.name.endswith(".json")]
        except OSError:
            return
        if len(entries) <= MAX_ENTRIES:
            return
        entries.sort(key=lambda e: e.stat().st_mtime_ns)
        for old in entries[: len(entries) - MAX_ENTRIES]:
            try:
                os.unlink(old.path)
            except OSError:
                continue


def make_cache_folder(top: Path) -> None:
    """The cache folder, with a ``.gitignore`` that keeps all of it out of version control."""
    top.mkdir(parents=True, exist_ok=True)
    ignore = top / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Created by newslint: its findings cache.\n*\n", encoding="utf-8")


def snapshot_store(folder: Path) -> SnapshotStore:
    """Configuration snapshots kept in the findings cache's ``folder``."""
    return SnapshotStore(folder, package_fingerprint, make_cache_folder)


# --- what a key is made of -----------------------------------------------------------------------


@functools.cache
def package_fingerprint() -> str:
    """newslint's version and the size and time of every file of the package (rules, packs,
    data): a rule or pack edited in a checkout changes it, as a release does."""
    root = Path(__file__).resolve().parent
    parts = [__version__]
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            info = path.stat()
            parts.append(f"{path.relative_to(root)}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _settings_text(settings: Mapping[str, RuleSetting], path_options: Mapping[str, tuple[str, ...]]) -> str:
    described = []
    for rule_id, setting in sorted(settings.items()):
        paths = path_options.get(rule_id, ())
        options = [(name, _file(value) if name in paths else _stable(value))
                   for name, value in sorted(setting.options.items())]
        described.append((rule_id, setting.enabled, str(setting.severity), options))
    return repr(described)


def _file(value: Any) -> Any:
    """A path option: the path, and the size and time of the file it names."""
    if isinstance(value, list):
        return [_file(item) for item in value]
    if not value or not os.path.isfile(value):
        return value
    info = os.stat(value)
    return (str(value), info.st_size, info.st_mtime_ns)


def _stable(value: Any) -> Any:
    """A repr-able form of an option value that is the same for equal values."""
    if isinstance(value, Mapping):
        return sorted((str(k), _stable(v)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return [_stable(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((_stable(v) for v in value), key=repr)
    if hasattr(value, "pattern"):
        return ("pattern", value.pattern)
    return value


# --- entries as JSON -----------------------------------------------------------------------------


def _entry_of(r: Reported) -> list[Any]:
    return [
        r.rule, str(r.severity), r.message, list(r.place), r.text, r.occurrence,
        [[list(x.place), x.message, x.path] for x in r.related],
        r.fix_description, None if r.fix_applicability is None else str(r.fix_applicability),
        [[list(e.place), e.replacement] for e in r.fix_edits],
    ]


def _reported(path: str, item: list[Any]) -> Reported:
    rule, severity, message, place, text, occurrence, related, description, applicability, edits = item
    return Reported(
        path=path, rule=rule, severity=Severity(severity), message=message, place=Place(*place),
        text=text, occurrence=occurrence,
        related=tuple(PlacedRelated(Place(*p), m, other) for p, m, other in related),
        fix_description=description,
        fix_applicability=None if applicability is None else Applicability(applicability),
        fix_edits=tuple(PlacedEdit(Place(*p), r) for p, r in edits),
    )
