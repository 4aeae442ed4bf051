"""The shipped YAML rule packs by name (the folder that holds them is :mod:`lint.data`'s)."""

from __future__ import annotations

from pathlib import Path

from lint.data import packs_folder


def pack_names() -> list[str]:
    return sorted(p.stem for p in packs_folder().glob("*.yaml"))


def pack_path(name: str) -> Path | None:
    path = packs_folder() / f"{name}.yaml"
    return path if path.is_file() else None
