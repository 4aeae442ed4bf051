"""Precision harness: noise on untouched copy and recall on planted defects, per corpus and rule.

    python benchmarks/precision.py [CORPUS ...] [--rule ID ...] [--injector NAME ...]
        [--extends PACK] [--sample N] [--seed S] [--show N] [--unjudged] [--no-noise] [--no-recall]

With no CORPUS, every corpus folder in ``../shared/corpus`` is measured (a missing folder is said
and ends the run). For each corpus it prints one table: per rule, the findings on the untouched
stories per 100 stories, split by the judged files into real defects of the published copy,
findings judged false, and findings nobody has judged (counted as false in the budget column,
``false/100``); then recall per injector: a defect planted in each story, found when a finding
of the injector's rule starts on the planted line. Injectors that move paragraphs skip corpora
whose stories have fewer than three body paragraphs; HTML corpora get noise only.

The judged files, ``benchmarks/judged/RULE.tsv``, hold findings on clean copy that someone read:
``corpus  path  line  flagged-text  verdict  note`` with verdict ``real`` (a slip in the published
copy) or ``false``; a flagged text ending in ``...`` is an opening that matches any longer text
(a paragraph is judged by its first words, so the file holds no copy). ``--unjudged`` prints
every unjudged finding in that layout, to be read and judged. ``--extends PACK`` measures
``extends: [default, PACK]`` (``house-us-wire``...).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import default_corpora, stories_or_exit
from benchmarks.injectors import Injector, Story, load_injectors
from benchmarks.timing import argument_parser
from lint.config import Config, default_config, load_config
from lint.engine import Engine, RunOptions
from lint.findings import Finding

JUDGED = Path(__file__).resolve().parent / "judged"
VERDICTS = ("real", "false")


@dataclass(frozen=True)
class Seen:
    """A finding on clean copy, as the judged files name it."""

    corpus: str
    path: str
    line: int
    rule: str
    text: str
    message: str

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.corpus, self.path, self.line, self.text)

    def row(self) -> str:
        return "\t".join((self.corpus, self.path, str(self.line), _cell(self.text), "?", self.message))


def _cell(text: str) -> str:
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def load_judged(folder: Path = JUDGED) -> dict[str, dict[tuple[str, str, int, str], str]]:
    """Verdicts per rule, keyed by corpus, path, line and flagged text."""
    judged: dict[str, dict[tuple[str, str, int, str], str]] = {}
    for file in sorted(folder.glob("*.tsv")):
        verdicts = judged.setdefault(file.stem, {})
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) < 5 or cells[4] not in VERDICTS or not cells[2].isdigit():
                sys.exit(f"{file}:{number}: expected corpus, path, line, text, real|false, note")
            verdicts[(cells[0], cells[1], int(cells[2]), cells[3])] = cells[4]
    return judged


# A flagged-text cell ending in this matches any flagged text it opens: a finding on a whole
# paragraph is judged by its first words, so the judged file never holds the copy itself.
OPENING = "..."


def verdict_of(verdicts: dict[tuple[str, str, int, str], str], seen: Seen) -> str | None:
    """The verdict on ``seen``: by its exact flagged text, or by an opening of it."""
    exact = verdicts.get(seen.key)
    if exact is not None:
        return exact
    for (corpus, path, line, text), verdict in verdicts.items():
        if (corpus, path, line) == seen.key[:3] and text.endswith(OPENING) \
                and seen.text.startswith(text.removesuffix(OPENING)):
            return verdict
    return None


class Linter:
    def __init__(self, config: Config) -> None:
        self.engine = Engine(RunOptions())
        self.config = config

    def findings(self, story: Story, text: str | None = None) -> tuple[list[Finding], list[int]]:
        document, found, _ = self.engine.lint_text(
            story.text if text is None else text, story.path, story.format, self.config, story.path
        )
        return found, [document.position(f.start).line for f in found]


def configuration(extends: str | None) -> Config:
    if extends is None:
        return default_config(Path.cwd())
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / ".newslint.yaml"
        file.write_text(f"extends: [default, {extends}]\n", encoding="utf-8")
        return load_config(file)


def measure_noise(corpus: str, linter: Linter, stories: Sequence[Story], rules: set[str],
                  show: int, unjudged_out: bool, rng: random.Random) -> None:
    judged = load_judged()
    count: Counter[str] = Counter()
    verdict_count: Counter[tuple[str, str]] = Counter()
    stories_with: Counter[str] = Counter()
    not_real: list[Seen] = []
    for story in stories:
        found, lines = linter.findings(story)
        for finding, line in zip(found, lines, strict=True):
            if rules and finding.rule not in rules:
                continue
            seen = Seen(corpus, story.path, line, finding.rule,
                        _cell(story.text[finding.start : finding.end]), finding.message)
            verdict = verdict_of(judged.get(finding.rule, {}), seen) or "unjudged"
            count[finding.rule] += 1
            verdict_count[(finding.rule, verdict)] += 1
            if verdict != "real":
                not_real.append(seen)
        stories_with.update({f.rule for f in found if not rules or f.rule in rules})
    total = len(stories)
    print(f"  noise on {total} untouched stories, per 100 stories:")
    print(f"    {'rule':<24}{'findings':>9}{'per 100':>9}{'real':>6}{'false':>7}{'unjudged':>10}"
          f"{'false/100':>11}{'stories':>9}")
    for rule in sorted(count):
        false = verdict_count[(rule, "false")] + verdict_count[(rule, "unjudged")]
        print(f"    {rule:<24}{count[rule]:>9}{100 * count[rule] / total:>9.2f}"
              f"{verdict_count[(rule, 'real')]:>6}{verdict_count[(rule, 'false')]:>7}"
              f"{verdict_count[(rule, 'unjudged')]:>10}{100 * false / total:>11.2f}{stories_with[rule]:>9}")
    if not count:
        print("    no findings")
    if unjudged_out:
        for seen in not_real:
            if verdict_of(judged.get(seen.rule, {}), seen) is None:
                print(f"UNJUDGED\t{seen.rule}\t{seen.row()}")
    elif show and not_real:
        print(f"  {min(show, len(not_real))} findings not judged real, drawn at random:")
        for seen in sorted(rng.sample(not_real, min(show, len(not_real))), key=lambda s: s.key):
            print(f"    {seen.path}:{seen.line}: {seen.rule} {seen.message}")


def body_paragraphs(story: Story) -> int:
    return max(0, len([p for p in story.text.split("\n\n") if p.strip()]) - 1)


def measure_recall(linter: Linter, stories: Sequence[Story], injector: Injector,
                   rng: random.Random, sample: int, show: int) -> None:
    chosen = list(stories)
    rng.shuffle(chosen)
    planted = found_on_line = 0
    misses: list[str] = []
    for story in chosen:
        if sample and planted >= sample:
            break
        injected = injector.inject(story, rng, stories)
        if injected is None:
            continue
        planted += 1
        found, lines = linter.findings(story, injected.text)
        hits = zip(found, lines, strict=True)
        if any(f.rule == injector.rule and line == injected.line for f, line in hits):
            found_on_line += 1
        else:
            misses.append(f"{story.path}:{injected.line}: {injected.detail}")
    rate = 100 * found_on_line / planted if planted else 0.0
    print(f"    {injector.rule:<24}{injector.name:<22}{found_on_line:>6}/{planted:<6}{rate:>7.1f}%")
    for miss in misses[:show]:
        print(f"      missed {miss}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="*", type=Path, help="corpus folders (default: all)")
    parser.add_argument("--injector", action="append", help="injector name (default: all)")
    parser.add_argument("--rule", action="append", default=[], help="only this rule's findings and injectors")
    parser.add_argument("--extends", help="a shipped pack to add to the default configuration")
    parser.add_argument("--sample", type=int, default=0, help="stories per injector (default: all)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--show", type=int, default=0, help="print this many clean-copy findings and misses")
    parser.add_argument("--unjudged", action="store_true", help="print every unjudged finding as a TSV row")
    parser.add_argument("--no-noise", action="store_true", help="skip the noise measurement")
    parser.add_argument("--no-recall", action="store_true", help="skip the recall measurement")
    args = parser.parse_args(argv)
    injectors = load_injectors()
    if args.injector:
        unknown = set(args.injector) - {i.name for i in injectors}
        if unknown:
            print(f"unknown injector: {', '.join(sorted(unknown))} "
                  f"(known: {', '.join(i.name for i in injectors)})", file=sys.stderr)
            return 2
        injectors = [i for i in injectors if i.name in args.injector]
    if args.rule:
        injectors = [i for i in injectors if i.rule in args.rule]
    linter = Linter(configuration(args.extends))
    for folder in args.corpus or default_corpora():
        stories = stories_or_exit(folder)
        html = all(s.format == "html" for s in stories)
        paragraphs = statistics.median(body_paragraphs(s) for s in stories) >= 3
        print(f"corpus {folder.name}: {len(stories)} readable stories, seed {args.seed}, "
              f"configuration: default{' + ' + args.extends if args.extends else ''}")
        if not args.no_noise:
            measure_noise(folder.name, linter, stories, set(args.rule), args.show, args.unjudged,
                          random.Random(args.seed))
        if args.no_recall or html:
            continue
        print("  recall on planted defects:")
        for injector in injectors:
            if injector.needs_paragraphs and not paragraphs:
                print(f"    {injector.rule:<24}{injector.name:<22}  (not measured: one-paragraph stories)")
                continue
            measure_recall(linter, stories, injector, random.Random(args.seed), args.sample, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
