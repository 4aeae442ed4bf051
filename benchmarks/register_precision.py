"""The house register's precision: built from most of a corpus, checked on the stories held apart.

    python benchmarks/register_precision.py [CORPUS] [--hold-out 5] [--seed 2026] [--show N]

Every ``--hold-out``-th story (in path order) is held apart; the register is built from the
rest (as ``newslint register build`` builds it, nothing reviewed by an editor). For the default
(listed variants only) and for ``slips: true``: noise, the house-spelling findings on the
held-apart stories, untouched, per 100 stories; recall, in each held-apart story that names a
person or place the register knows from five stories or more, one mention of it respelt (a
letter dropped, doubled or two swapped) and counted found when a house-spelling finding starts
on its line; and recall on the listed variants: a mention of a house name with variants replaced
by one of them.

Then ``check --across`` (rule ``across-spelling``, no register): the held-apart stories, in path
order, cut into desks of ``--desk`` stories (a desk's copy of the day). Noise: its findings on
the untouched desks, per 100 stories. Recall: in each story that names a person or place that
two other stories of its desk also name, every use of it respelt the same way (one slip, the
story consistent with itself, which only the other stories show), found when an across-spelling
finding stands in that story on a respelt line; also for the names of ``fuzzy-min-length``
letters up, the shortest that ``inconsistent-spelling`` (and so ``--across``) compares one edit
apart.
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import DEFAULT_CORPUS, stories_or_exit
from benchmarks.injectors import Story, line_of
from benchmarks.timing import argument_parser
from lint.api import Linter
from lint.archive.across import across_findings
from lint.archive.names import HOUSE_MARGIN, NameTally, is_slip_of
from lint.archive.register import SLIPS_FROM, Kept, name_settings, register_text
from lint.config import Config, default_config, load_config
from lint.document import build_document
from lint.rules.inconsistent_spelling.names import mentions_by_key


def _slip(word: str, rng: random.Random) -> str | None:
    """A keystroke slip of ``word`` that the rule would call one (else None)."""
    for _ in range(10):
        at = rng.randrange(1, len(word) - 1)
        kind = rng.randrange(3)
        if kind == 0:
            slip = word[:at] + word[at + 1 :]
        elif kind == 1:
            slip = word[:at] + word[at] + word[at:]
        else:
            slip = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
        if slip != word and is_slip_of(slip.lower(), word.lower()):
            return slip
    return None


def _measure(linter: Linter, held: list[Story], houses: set[str], listed: dict[str, list[str]],
             rng: random.Random, show: int) -> None:
    noise = [(s.path, f) for s in held for f in linter.lint_text(s.text, s.path, s.format)]
    print(f"    noise: {len(noise)} findings on {len(held)} untouched stories "
          f"({100 * len(noise) / len(held):.2f} per 100)")
    for path, finding in noise[:show]:
        print(f"      {path}:{finding.place.line}: {finding.message}")
    for label, keys, respell in (("slips of names the archive knows", houses, _slip),
                                 ("listed variants", set(listed), None)):
        planted = found = 0
        for story in held:
            document = build_document(story.text, story.path, story.format)
            uses = [(key, m.use) for key, ms in mentions_by_key(document).items() if key in keys
                    for m in ms if m.use.text.isalpha() and len(m.use.text) > 2]
            if not uses:
                continue
            key, use = rng.choice(uses)
            slip = respell(use.text, rng) if respell else rng.choice(listed[key])
            if slip is None:
                continue
            planted += 1
            respelt = story.text[: use.start] + slip + story.text[use.end :]
            line = line_of(respelt, use.start)
            if any(f.place.line == line for f in linter.lint_text(respelt, story.path, story.format)):
                found += 1
        print(f"    recall on {label}: {found}/{planted} ({100 * found / max(planted, 1):.1f}%)")


def _write_desk(folder: Path, desk: list[Story], respelt: Story | None = None) -> list[str]:
    paths = []
    for story in desk:
        path = folder / story.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((respelt if respelt and respelt.path == story.path else story).text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _measure_across(config: Config, held: list[Story], size: int, rng: random.Random, show: int) -> None:
    desks = [held[i : i + size] for i in range(0, len(held), size)]
    noise: list[str] = []
    # planted and found, for all names and for those inconsistent-spelling compares one edit
    # apart (fuzzy-min-length letters up; shorter ones only under its transliteration classes)
    planted, found = Counter[bool](), Counter[bool]()
    long_from = name_settings(config).fuzzy_min_length
    for number, desk in enumerate(desks):
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            for path, findings in across_findings(_write_desk(folder, desk), config).items():
                where = Path(path).relative_to(folder)
                noise.extend(f"{where}:{f.place.line}: {f.message}" for f in findings)
            tally = NameTally(name_settings(config))
            by_story = {}
            for s in desk:
                document = build_document(s.text, s.path, s.format)
                tally.add(s.path, document)
                by_story[s.path] = mentions_by_key(document)
            # Names three other stories of the desk write, so that the house spelling outnumbers
            # the slip as --across requires; not words or given names, which it never reports.
            eligible = {r.key for r in tally.frequent(HOUSE_MARGIN + 1)}
            for story in desk:
                names = by_story[story.path]
                shared = sorted(k for k, ms in names.items() if k in eligible
                                and all(m.use.text == ms[0].use.text for m in ms) and ms[0].use.text.isalpha()
                                and len(ms[0].use.text) > 4)
                if not shared:
                    continue
                key = rng.choice(shared)
                slip = _slip(names[key][0].use.text, rng)
                if slip is None:
                    continue
                long = len(key) >= long_from
                planted[long] += 1
                text = story.text
                for mention in sorted(names[key], key=lambda m: m.use.start, reverse=True):
                    text = text[: mention.use.start] + slip + text[mention.use.end :]
                respelt = Story(story.path, story.section, text, story.format)
                lines = {line_of(text, m.use.start) for m in names[key]}
                with tempfile.TemporaryDirectory() as planted_scratch:
                    paths = _write_desk(Path(planted_scratch) / f"desk{number}", desk, respelt)
                    target = paths[desk.index(story)]
                    findings = across_findings(paths, config).get(target, [])
                if any(f.place.line in lines for f in findings):
                    found[long] += 1
    print(f"  --across, desks of {size}: noise {len(noise)} findings on {len(held)} untouched stories "
          f"({100 * len(noise) / len(held):.2f} per 100)")
    for line in noise[:show]:
        print(f"      {line}")
    for label, total, got in (("", planted.total(), found.total()),
                              (f" of {long_from}+ letters", planted[True], found[True])):
        print(f"    recall on a name{label} of the desk respelt in one story: {got}/{total} "
              f"({100 * got / max(total, 1):.1f}%)")


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--hold-out", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--desk", type=int, default=20)
    args = parser.parse_args()
    stories = stories_or_exit(args.corpus)
    held = stories[:: args.hold_out]
    archive = [s for i, s in enumerate(stories) if i % args.hold_out]
    config = default_config(Path.cwd())
    tally = NameTally(name_settings(config))
    for story in archive:
        tally.add(story.path, build_document(story.text, story.path, story.format))
    text, names, with_variants = register_text(tally, Kept({}, frozenset()), Path.cwd())
    print(f"corpus {args.corpus.name}: register of {names} names ({with_variants} with variants) "
          f"from {len(archive)} stories; {len(held)} stories held apart")
    houses = {r.key for r in tally.frequent(SLIPS_FROM)}
    listed = {found.house.key: [v.spelling for v in found.variants] for found in tally.variants()
              if found.variants}
    for slips in (False, True):
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "register.yaml").write_text(text, encoding="utf-8")
            config_file = Path(folder) / ".newslint.yaml"
            config_file.write_text("register: register.yaml\nrules:\n  house-spelling:\n"
                              f"    slips: {str(slips).lower()}\n", encoding="utf-8")
            linter = Linter(load_config(config_file), select=["house-spelling"])
            print(f"  slips: {str(slips).lower()}")
            _measure(linter, held, houses, listed, random.Random(args.seed), args.show)
    _measure_across(config, held, args.desk, random.Random(args.seed), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
