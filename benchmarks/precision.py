"""Precision harness: recall on injected defects and noise on untouched copy, per rule.

    python benchmarks/precision.py [CORPUS] [--injector NAME ...] [--sample N] [--seed S] [--show N]

CORPUS is a folder of stories in section sub-folders (default ../shared/corpus/bbc, relative to
the repository). Noise is measured on every readable story with the default configuration:
findings per 100 stories, and the share of stories with at least one finding. Recall plants one
defect per story with each injector and counts it found when a finding of the injector's rule
starts on the planted line. ``--show N`` prints N findings on clean copy, to be read.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import DEFAULT_CORPUS, stories_or_exit
from benchmarks.injectors import Injector, Story, load_injectors
from benchmarks.timing import argument_parser
from lint.config import default_config
from lint.engine import Engine, RunOptions
from lint.findings import Finding


class Linter:
    def __init__(self) -> None:
        self.engine = Engine(RunOptions())
        self.config = default_config(Path.cwd())

    def findings(self, text: str, name: str) -> tuple[list[Finding], list[int]]:
        document, found, _ = self.engine.lint_text(text, name, "text", self.config, name)
        return found, [document.position(f.start).line for f in found]


def measure_noise(linter: Linter, stories: Sequence[Story], show: int, rng: random.Random) -> None:
    per_rule: Counter[str] = Counter()
    stories_with: Counter[str] = Counter()
    examples: list[str] = []
    for story in stories:
        found, lines = linter.findings(story.text, story.path)
        per_rule.update(f.rule for f in found)
        stories_with.update({f.rule for f in found})
        examples.extend(
            f"{story.path}:{line}: {f.rule} {f.message}" for f, line in zip(found, lines, strict=True)
        )
    total = len(stories)
    print(f"noise on {total} untouched stories (default configuration):")
    print(f"  {'rule':<24}{'findings':>9}{'per 100':>9}{'stories':>9}{'share':>8}{'per 150':>9}")
    for rule in sorted(set(per_rule) | set(stories_with)):
        print(
            f"  {rule:<24}{per_rule[rule]:>9}{100 * per_rule[rule] / total:>9.2f}"
            f"{stories_with[rule]:>9}{100 * stories_with[rule] / total:>7.2f}%"
            f"{150 * per_rule[rule] / total:>9.2f}"
        )
    if not per_rule:
        print("  no findings")
    if show and examples:
        print(f"\n{min(show, len(examples))} findings on clean copy, drawn at random:")
        for line in sorted(rng.sample(examples, min(show, len(examples)))):
            print(f"  {line}")


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
        found, lines = linter.findings(injected.text, story.path)
        hits = zip(found, lines, strict=True)
        if any(f.rule == injector.rule and line == injected.line for f, line in hits):
            found_on_line += 1
        else:
            misses.append(f"{story.path}:{injected.line}: {injected.detail}")
    rate = 100 * found_on_line / planted if planted else 0.0
    print(f"recall of {injector.rule} on '{injector.name}': {found_on_line}/{planted} = {rate:.1f}%")
    for miss in misses[:show]:
        print(f"  missed {miss}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--injector", action="append", help="injector name (default: all)")
    parser.add_argument("--sample", type=int, default=0, help="stories per injector (default: all)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--show", type=int, default=0, help="print this many clean-copy findings and misses")
    parser.add_argument("--no-noise", action="store_true", help="skip the noise measurement")
    args = parser.parse_args(argv)
    stories = stories_or_exit(args.corpus)
    injectors = load_injectors()
    if args.injector:
        unknown = set(args.injector) - {i.name for i in injectors}
        if unknown:
            print(f"unknown injector: {', '.join(sorted(unknown))} "
                  f"(known: {', '.join(i.name for i in injectors)})", file=sys.stderr)
            return 2
        injectors = [i for i in injectors if i.name in args.injector]
    linter = Linter()
    print(f"corpus: {args.corpus} ({len(stories)} readable stories), seed {args.seed}")
    if not args.no_noise:
        measure_noise(linter, stories, args.show, random.Random(args.seed))
    for injector in injectors:
        measure_recall(linter, stories, injector, random.Random(args.seed), args.sample, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
