"""Finding the config that applies to a file: the nearest one walking up from its folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lint.config.model import Config, default_config, load_config
from lint.config.snapshot import SnapshotStore

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")


def _has_newslint_table(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "[tool.newslint" in text


def find_config_file(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return candidate / name
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_newslint_table(pyproject):
            return pyproject
    return None


class ConfigFinder:
    """Finds and loads configs, each folder and each file looked at once per run; with
    ``snapshots``, a configuration unchanged since an earlier run is read from its snapshot."""

    def __init__(self, explicit: Path | None = None, snapshots: SnapshotStore | None = None) -> None:
        self._snapshots = snapshots
        self._explicit = self._load(explicit) if explicit else None
        self._by_folder: dict[Path, Config] = {}
        self._by_file: dict[Path, Config] = {}
        self._default: Config | None = None

    def for_folder(self, folder: Path) -> Config:
        if self._explicit is not None:
            return self._explicit
        # Looked up first as given: resolving a path costs a system call per component, and a
        # sweep asks again for the folder of every story.
        config = self._by_folder.get(folder)
        if config is not None:
            return config
        given, folder = folder, folder.resolve()
        config = self._by_folder.get(folder)
        if config is None:
            found = find_config_file(folder)
            if found is None:
                # One default for every folder without a config: its rules are then prepared
                # once, however many folders a sweep walks.
                if self._default is None:
                    root = Path.cwd().resolve()
                    self._default = self._resolved(f"default:{root}", lambda: default_config(root))
                config = self._default
            else:
                config = self._by_file.get(found) or self._load(found)
                self._by_file[found] = config
            self._by_folder[folder] = config
        self._by_folder[given] = config
        return config

    def _load(self, path: Path) -> Config:
        return self._resolved(str(path.resolve()), lambda: load_config(path))

    def _resolved(self, name: str, resolve: Callable[[], Config]) -> Config:
        if self._snapshots is None:
            return resolve()
        config = self._snapshots.load(name)
        if config is None:
            config = resolve()
            self._snapshots.store(name, config)
        return config
