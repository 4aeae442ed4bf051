"""The background document-frequency table: the shipped one or a user's, each read once."""

from __future__ import annotations

import functools
from pathlib import Path

from lint.data import packs_folder
from lint.errors import ConfigError, InputError
from lint.idf import IdfTable, read_table

# Built from the BBC development corpus with `newslint idf build` (see README, off-topic);
# ships in the wheel beside the rule packs.
SHIPPED_TABLE = "idf-table.tsv.gz"


def shipped_table_path() -> Path:
    return packs_folder() / SHIPPED_TABLE


@functools.cache
def load_table(path: str) -> IdfTable:
    """The table at ``path`` (empty: the shipped one), read on first use and kept."""
    location = Path(path) if path else shipped_table_path()
    try:
        return read_table(location)
    except InputError as exc:
        raise ConfigError(f"off-topic: idf-table: {exc}") from None
