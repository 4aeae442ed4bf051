"""Finding the config that applies to a file: the nearest one walking up from its folder."""

from __future__ import annotations

from pathlib import Path

from lint.config.model import Config, default_config, load_config

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
    """Finds and loads configs, each folder and each file looked at once per run."""

    def __init__(self, explicit: Path | None = None) -> None:
        self._explicit = load_config(explicit) if explicit else None
        self._by_folder: dict[Path, Config] = {}
        self._by_file: dict[Path, Config] = {}
        self._default: Config | None = None

    def for_folder(self, folder: Path) -> Config:
        if self._explicit is not None:
            return self._explicit
        folder = folder.resolve()
        config = self._by_folder.get(folder)
        if config is None:
            found = find_config_file(folder)
            if found is None:
                # One default for every folder without a config: its rules are then prepared
                # once, however many folders a sweep walks.
                self._default = self._default or default_config(Path.cwd().resolve())
                config = self._default
            else:
                config = self._by_file.get(found) or load_config(found)
                self._by_file[found] = config
            self._by_folder[folder] = config
        return config
