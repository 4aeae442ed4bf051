"""Where newslint's shipped data is: the YAML rule packs and the files beside them (the idf
table of the ``off-topic`` rule), inside the wheel or in the source checkout.

The repository keeps them in ``rules/``; the wheel ships that folder as ``lint/packs``.
"""

from __future__ import annotations

from pathlib import Path


def packs_folder() -> Path:
    package = Path(__file__).resolve().parent
    installed = package / "packs"  # the wheel puts rules/ here
    if installed.is_dir():
        return installed
    return package.parent / "rules"  # a source checkout or an editable install
