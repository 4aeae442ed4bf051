"""The house register: the names of an archive, each with its house spelling and the variants
the archive also wrote, in YAML an editor reads and corrects.

    newslint register build ARCHIVE... -o register.yaml [--jobs N] [--dask ADDRESS]

The file (``register.yaml``)::

    # newslint house register ...
    stories: 1780
    names:
      - house: Surovikin          # the spelling most stories use
        stories: 412
        example: desk/0412.txt
        with: [Sergey]            # the words before it in its names, first seen first
        pinned: false             # true: a rebuild keeps this house spelling
        variants:
          - spelling: Surovkin
            stories: 3
            example: desk/1710.txt
            with: [Sergey]
            different: false      # true: another person or place, never reported

``with`` shows the editor the words the archive writes before each spelling in its names (given
names, a firm's first word; no titles). A look-alike written after words of its own, none of them
the house spelling's (``Sven-Goran Eriksson`` beside ``Sony Ericsson``:
:func:`lint.archive.names.told_apart`), is listed already marked ``different: true``.

A rebuild over an existing file keeps what an editor set there: a pinned house spelling, and
each variant's ``different`` mark as that file has it. The ``house-spelling`` rule reads the
files a configuration names with its top-level ``register:`` key.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from lint.archive.names import NameRecord, NameTally, NameVariants, is_slip_of
from lint.config import Config
from lint.document import build_document, decode
from lint.document.reading import read_regular
from lint.errors import ConfigError, InputError
from lint.files import Target, expand
from lint.rules.inconsistent_spelling.names import NameSettings
from lint.rules.names.normalise import name_key

HEADER = """\
# newslint house register: the names of an archive, with the spelling most of its stories use
# (house) and the other spellings it also wrote (variants). Built by `newslint register build`.
# Correct it by hand: set `pinned: true` on a house spelling to keep it through rebuilds, and
# `different: true` on a variant that is another person or place, which is then never reported.
"""


def name_settings(config: Config) -> NameSettings:
    """The name settings of the configuration's ``inconsistent-spelling`` rule."""
    options = config.rules["inconsistent-spelling"].options
    return NameSettings(options["min-length"], options["fuzzy-min-length"],
                        frozenset(name_key(word) for word in options["allow"]))


def tally_batch(targets: Sequence[Target], config: Config, keep_uses: bool = False) -> NameTally:
    """The names of a batch of stories (unreadable ones are skipped: ``check`` reports them)."""
    tally = NameTally(name_settings(config), keep_uses)
    for target in targets:
        try:
            text = decode(read_regular(target.path), target.path)
        except InputError:
            continue
        tally.add(target.path, build_document(text, target.path, None, config.ignore_patterns))
    return tally


def tally_archive(paths: Sequence[str], config: Config, jobs: int = 1,
                  client: Any = None) -> tuple[NameTally, list[str]]:
    """The names of every story under ``paths``, in ``jobs`` processes or on a Dask cluster;
    and the errors of the walk."""
    targets, errors = expand(paths)
    targets.sort(key=lambda t: t.path)
    size = max(1, -(-len(targets) // (max(jobs, 1) * 4)))
    batches = [targets[i : i + size] for i in range(0, len(targets), size)]
    if not batches or (client is None and (jobs <= 1 or len(batches) <= 1)):
        return tally_batch(targets, config), errors
    # The batches' tallies are merged in path order as they come, not all held first: each
    # holds most of the archive's names.
    tally = NameTally(name_settings(config))
    if client is not None:
        import dask.bag as db

        for part in db.from_sequence(batches, npartitions=len(batches)).map(tally_batch, config).compute():
            tally.merge(part)
        return tally, errors
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for part in pool.map(tally_batch, batches, [config] * len(batches)):
            tally.merge(part)
    return tally, errors


@dataclass(frozen=True)
class Kept:
    """What an editor set in an earlier register."""

    pinned: dict[str, str]  # key of any spelling of the name -> the pinned house spelling
    different: frozenset[tuple[str, str]]  # (house key, variant key) marked different: true
    same: frozenset[tuple[str, str]] = frozenset()  # and those marked different: false


def read_kept(path: Path) -> Kept:
    if not path.is_file():
        return Kept({}, frozenset())
    entries = load_entries(path)
    pinned = {name_key(s): e["house"] for e in entries if e.get("pinned")
              for s in [e["house"], *(v["spelling"] for v in e.get("variants", []))]}
    marks = [((name_key(e["house"]), name_key(v["spelling"])), bool(v.get("different")))
             for e in entries for v in e.get("variants", [])]
    return Kept(pinned, frozenset(pair for pair, different in marks if different),
                frozenset(pair for pair, different in marks if not different))


# First words written per spelling: enough for an editor to see who it is (given names, a
# firm's first word), few enough to read at a glance.
WRITTEN_WITH = 10


class _Flow(list[str]):
    """A list of names written on one line: ``with: [Sony, Warner]``."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    _Flow, lambda dumper, names: dumper.represent_sequence("tag:yaml.org,2002:seq", names, flow_style=True))


# A name this many stories use is listed even with no variant: a story that misspells it is
# then found by the house-spelling rule, though the archive never wrote that slip.
LISTED_FROM = 3


def register_text(tally: NameTally, kept: Kept, root: Path) -> tuple[str, int, int]:
    """The register's YAML, how many names it lists, and how many of them have variants not
    marked different."""
    entries = [_entry(found, kept, root) for found in tally.variants()]
    with_variants = sum(any(not v["different"] for v in e["variants"]) for e in entries)
    listed = {name_key(e["house"]) for e in entries}
    entries.extend(_entry(NameVariants(record, ()), kept, root) for record in tally.frequent(LISTED_FROM)
                   if record.key not in listed)
    entries.sort(key=lambda e: (-e["stories"], e["house"]))
    body = yaml.dump({"stories": tally.stories, "names": entries}, Dumper=_Dumper, sort_keys=False,
                     allow_unicode=True, width=100)
    return HEADER + body, len(entries), with_variants


def _entry(found: NameVariants, kept: Kept, root: Path) -> dict[str, Any]:
    records = [found.house, *found.variants, *found.apart]
    pinned = next((kept.pinned[r.key] for r in records if r.key in kept.pinned), None)
    house = next((r for r in records if pinned is not None and r.spelling == pinned), found.house)
    apart = {r.key for r in found.apart}

    def different(record: NameRecord) -> bool:
        pair = (house.key, record.key)
        return pair in kept.different or (pair not in kept.same and record.key in apart)
    return {
        "house": house.spelling,
        "stories": house.stories,
        "example": _relative(house.example, root),
        "with": _with(house),
        "pinned": pinned is not None,
        "variants": [
            {"spelling": r.spelling, "stories": r.stories, "example": _relative(r.example, root),
             "with": _with(r), "different": different(r)}
            for r in records if r is not house
        ],
    }


def _with(record: NameRecord) -> _Flow:
    return _Flow(list(record.first_words.values())[:WRITTEN_WITH])


def _relative(path: str, root: Path) -> str:
    try:
        return Path(os.path.abspath(path)).relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()


# --- reading a register (the house-spelling rule) ----------------------------------------------


@dataclass(frozen=True)
class HouseSpelling:
    house: str
    stories: int  # stories of the archive that write the house spelling
    register: str  # the file it comes from


# A name must be this well established for a near spelling of it to count as a slip.
SLIPS_FROM = 5


@dataclass(frozen=True)
class Register:
    """What the house-spelling rule knows: the variants listed, and the house names by key."""

    variants: dict[str, HouseSpelling]  # variant key -> its house spelling
    houses: dict[str, HouseSpelling]  # house key -> itself
    different: frozenset[str]  # variant keys an editor marked as other people or places
    by_deletion: dict[str, list[str]]  # one-deletion key -> house keys (SLIPS_FROM stories up)

    def house_of(self, key: str, slips: bool) -> HouseSpelling | None:
        """The house spelling ``key`` is a listed variant of, or with ``slips`` a slip of."""
        if key in self.houses or key in self.different:
            return None
        listed = self.variants.get(key)
        if listed is not None or not slips:
            return listed
        candidates = {h for d in _deletions(key) for h in self.by_deletion.get(d, ())}
        near = [self.houses[h] for h in sorted(candidates) if is_slip_of(key, h)]
        return max(near, key=lambda h: h.stories) if near else None


def _deletions(key: str) -> set[str]:
    return {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}


def load_entries(path: Path) -> list[dict[str, Any]]:
    from lint.config.yamlsource import load_yaml

    source = str(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"), source)
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read the register: {exc.strerror}") from None
    names = data.get("names") if isinstance(data, dict) else None
    if not isinstance(names, list) or not all(_valid(e) for e in names):
        raise ConfigError(f"{source}: not a newslint register (a 'names' list of entries with "
                          "'house', 'stories' and 'variants' of 'spelling')")
    return names


def _valid(entry: Any) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("house"), str)
            and isinstance(entry.get("stories", 0), int)
            and isinstance(entry.get("variants", []), list)
            and all(isinstance(v, dict) and isinstance(v.get("spelling"), str)
                    for v in entry.get("variants", [])))


def load_register(paths: Iterable[str]) -> Register:
    """Every register named, merged (a later file wins)."""
    variants: dict[str, HouseSpelling] = {}
    houses: dict[str, HouseSpelling] = {}
    different: set[str] = set()
    for path in paths:
        for entry in load_entries(Path(path)):
            house = HouseSpelling(entry["house"], int(entry.get("stories", 0)), path)
            house_key = name_key(entry["house"])
            houses[house_key] = house
            for variant in entry.get("variants", []):
                key = name_key(variant["spelling"])
                if key == house_key:
                    continue
                if variant.get("different"):
                    different.add(key)
                else:
                    variants[key] = house
    by_deletion: dict[str, list[str]] = {}
    for key, house in houses.items():
        if house.stories >= SLIPS_FROM:
            for deletion in _deletions(key):
                by_deletion.setdefault(deletion, []).append(key)
    return Register(variants, houses, frozenset(different), by_deletion)
