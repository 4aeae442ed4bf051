"""Where the shipped YAML rule packs are: inside the wheel, or in the source checkout."""

from __future__ import annotations

from pathlib import Path


def packs_folder() -> Path:
    package = Path(__file__).resolve().parent.parent
    installed = package / "packs"  # the wheel puts rules/ here
    if installed.is_dir():
        return installed
    return package.parent / "rules"  # a source checkout or an editable install


def pack_names() -> list[str]:
    return sorted(p.stem for p in packs_folder().glob("*.yaml"))


def pack_path(name: str) -> Path | None:
    path = packs_folder() / f"{name}.yaml"
    return path if path.is_file() else None
