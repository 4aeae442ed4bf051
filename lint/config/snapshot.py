"""Resolved configurations kept between runs, so a run whose config has not changed reads one
small JSON file instead of parsing YAML packs and importing every rule to learn its defaults.

A snapshot is keyed by newslint's package fingerprint (version, and the size and time of every
file of the package: an edited rule or pack misses), the config file's path (or, for the
default configuration, the folder it is rooted in). It lists the files the configuration was
read from (the config file and every pack it extends) with their size and modification time,
and is used only when all of them are unchanged. It is written, atomically, only when it reads
back equal to the configuration it records, so an option value JSON cannot hold exactly (a
tuple, a set) means no snapshot rather than a different one. Snapshots live in the findings
cache's folder (``config/``) and are kept or left out with it (``--no-cache``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint.config.model import Config, Override, RuleEntry, RuleSetting
from lint.findings import Severity

if TYPE_CHECKING:
    import regex

_LAYOUT = "config-v1"  # bump when the snapshot format changes


class SnapshotStore:
    """Snapshots of resolved configurations in ``folder`` (the findings cache's folder)."""

    def __init__(self, folder: Path, fingerprint: Callable[[], str],
                 make_folder: Callable[[Path], None]) -> None:
        """``fingerprint``: newslint's package fingerprint; ``make_folder`` creates the cache
        folder as the findings cache does (with its ``.gitignore``)."""
        self.top = folder
        self.folder = folder / _LAYOUT
        self._fingerprint = fingerprint
        self._make_folder = make_folder

    def _entry(self, name: str) -> Path:
        digest = hashlib.sha256(f"{self._fingerprint()}\n{name}".encode()).hexdigest()
        return self.folder / f"{digest}.json"

    def load(self, name: str) -> Config | None:
        """The configuration snapshot for ``name`` (a config file, or the default's root), or
        None when there is none or one of the files it was read from has changed."""
        try:
            with open(self._entry(name), encoding="utf-8") as handle:
                entry = json.load(handle)
            for path, size, mtime in entry["sources"]:
                info = os.stat(path)
                if (info.st_size, info.st_mtime_ns) != (size, mtime):
                    return None
            return _decoded(entry["config"])
        except (OSError, ValueError, TypeError, KeyError, IndexError, re.error):
            return None  # absent, changed, or not a snapshot this version wrote: resolve again

    def store(self, name: str, config: Config) -> None:
        """Keep ``config``; a configuration that does not read back equal is not kept, and a
        folder that cannot be written is only a slower next run."""
        if config.cache_dir is not None and config.cache_dir.resolve() != self.top.resolve():
            return  # the configuration keeps its cache elsewhere: leave no folder here
        encoded = _encoded(config)
        if not _same(_decoded(encoded), config, encoded):
            return
        try:
            sources = []
            for path in config.sources:
                info = os.stat(path)
                sources.append([path, info.st_size, info.st_mtime_ns])
            self._make_folder(self.top)
            self.folder.mkdir(exist_ok=True)
            entry = self._entry(name)
            temporary = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump({"sources": sources, "config": encoded}, handle, ensure_ascii=False)
            os.replace(temporary, entry)
        except OSError:
            return


def _same(decoded: Config, config: Config, encoded: dict[str, Any]) -> bool:
    """Equal (``encoded`` is ``config``'s JSON form), comparing patterns by their source and
    flags (compiled patterns have no equality of their own worth trusting)."""
    return _encoded(decoded) == encoded and decoded.rules == config.rules and all(
        a.rules == b.rules for a, b in zip(decoded.overrides, config.overrides, strict=True)
    )


# --- to and from JSON ----------------------------------------------------------------------------


def _pattern(pattern: re.Pattern[str] | regex.Pattern[str]) -> list[Any]:
    # The standard library's patterns (globs) and regex's (ignore patterns); regex is imported
    # only where a configuration has patterns of its own.
    module = "re" if isinstance(pattern, re.Pattern) else "regex"
    return [module, pattern.pattern, int(pattern.flags)]


def _compiled(item: list[Any]) -> Any:
    module, source, flags = item
    if module == "regex":
        import regex

        try:
            return regex.compile(source, flags)
        except regex.error as exc:  # a pattern this regex no longer takes: a miss
            raise ValueError(str(exc)) from None
    return re.compile(source, flags)


def _setting(setting: RuleSetting) -> list[Any]:
    return [setting.enabled, setting.severity.value, dict(setting.options)]


def _entry(entry: RuleEntry) -> list[Any]:
    return [entry.enabled, None if entry.severity is None else entry.severity.value, dict(entry.options)]


def _encoded(config: Config) -> dict[str, Any]:
    return {
        "source": config.source,
        "root": str(config.root),
        "rules": {rule_id: _setting(s) for rule_id, s in config.rules.items()},
        "overrides": [[[_pattern(g) for g in o.globs], {r: _entry(e) for r, e in o.rules.items()}]
                      for o in config.overrides],
        "include": [_pattern(p) for p in config.include],
        "exclude": [_pattern(p) for p in config.exclude],
        "fail_on": config.fail_on.value,
        "ignore_patterns": [_pattern(p) for p in config.ignore_patterns],
        "cache_dir": None if config.cache_dir is None else str(config.cache_dir),
        "sources": list(config.sources),
        "path_options": {rule_id: list(names) for rule_id, names in config.path_options.items()},
    }


def _decoded(data: Mapping[str, Any]) -> Config:
    def severity(value: str | None) -> Severity | None:
        return None if value is None else Severity(value)

    return Config(
        source=data["source"],
        root=Path(data["root"]),
        rules={rule_id: RuleSetting(enabled, Severity(level), options)
               for rule_id, (enabled, level, options) in data["rules"].items()},
        overrides=tuple(
            Override(tuple(_compiled(g) for g in globs),
                     {r: RuleEntry(enabled, severity(level), options)
                      for r, (enabled, level, options) in rules.items()})
            for globs, rules in data["overrides"]
        ),
        include=tuple(_compiled(p) for p in data["include"]),
        exclude=tuple(_compiled(p) for p in data["exclude"]),
        fail_on=Severity(data["fail_on"]),
        ignore_patterns=tuple(_compiled(p) for p in data["ignore_patterns"]),
        cache_dir=None if data["cache_dir"] is None else Path(data["cache_dir"]),
        sources=tuple(data["sources"]),
        path_options={rule_id: tuple(names) for rule_id, names in data["path_options"].items()},
    )
