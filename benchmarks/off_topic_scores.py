"""How the off-topic scores spread on clean copy and on spliced paragraphs, per corpus.

    python benchmarks/off_topic_scores.py [CORPUS ...] [--seed S] [--sample N]

For each corpus with paragraphs (default: every corpus in ``../shared/corpus``), prints
percentiles of the paragraphs' dissimilarity (``1 - cosine`` to the rest of the story, as the
rule scores it) for: every body paragraph of the clean stories, long (``min-words`` words or
more) and short apart; the highest long paragraph of each clean story (what decides whether a
story gets a false alarm); and the paragraph planted by each splice injector. Then, for a few
thresholds, the share of clean stories with a long paragraph that reaches it and clears the
story's median by the margin, beside the share of long spliced paragraphs that do: the figures a
default threshold is chosen from. Scores are before the rule's other evidence (quotes, names
the story shares), so the shares bound what the rule flags.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import default_corpora, stories_or_exit
from benchmarks.injectors import Story, load_injectors
from benchmarks.timing import argument_parser
from lint.config import default_config
from lint.document import build_document
from lint.rules.off_topic import RULE, median
from lint.rules.off_topic.background import load_table
from lint.rules.off_topic.cohesion import StoryScores

PERCENTILES = (5, 10, 25, 50, 75, 90, 95, 99)
THRESHOLDS = (0.95, 0.96, 0.97, 0.975, 0.98, 0.985, 0.99, 0.995)


@dataclass
class Spread:
    """Scores of one kind of paragraph, with the story's median beside each."""

    scores: list[float] = field(default_factory=list)
    medians: list[float] = field(default_factory=list)

    def add(self, score: float, story_median: float) -> None:
        self.scores.append(score)
        self.medians.append(story_median)

    def reaching(self, threshold: float, margin: float) -> float:
        """Share of the scores that reach ``threshold`` and their story's median plus margin."""
        hits = sum(1 for s, m in zip(self.scores, self.medians, strict=True)
                   if s >= threshold and s >= m + margin)
        return hits / len(self.scores) if self.scores else 0.0


def percentile(ordered: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    rank = max(0, min(len(ordered) - 1, round(share / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def scored(story: Story) -> tuple[StoryScores, list[float]]:
    document = build_document(story.text, story.path, story.format)
    scores = StoryScores(document, load_table("").weights)
    return scores, [scores.dissimilarity([i]) for i in range(len(scores.paragraphs))]


def measure(folder: Path, seed: int, sample: int, min_words: int, margin: float) -> None:
    stories = stories_or_exit(folder)
    short, long, story_max = Spread(), Spread(), Spread()
    paragraphs = []
    for story in stories:
        scores, values = scored(story)
        paragraphs.append(len(values))
        if len(values) < 3:
            continue
        middle = median(values)
        longest = 0.0
        for paragraph, value in zip(scores.paragraphs, values, strict=True):
            (long if paragraph.words >= min_words else short).add(value, middle)
            if paragraph.words >= min_words:
                longest = max(longest, value)
        story_max.add(longest, middle)
    if median(paragraphs) < 3:
        print(f"corpus {folder.name}: one-paragraph stories, not measured")
        return
    spliced: dict[str, Spread] = {}
    for injector in load_injectors():
        if injector.rule != RULE.id:
            continue
        rng = random.Random(seed)
        chosen = list(stories)
        rng.shuffle(chosen)
        spread = spliced.setdefault(injector.name, Spread())
        for story in chosen:
            if sample and len(spread.scores) >= sample:
                break
            injected = injector.inject(story, rng, stories)
            if injected is None:
                continue
            scores, values = scored(Story(story.path, story.section, injected.text, story.format))
            document = build_document(injected.text, story.path, story.format)
            at = [i for i, p in enumerate(scores.paragraphs)
                  if document.position(p.start).line == injected.line]
            if at:
                spread.add(values[at[0]], median(values))
    print(f"corpus {folder.name}: {len(stories)} stories; min-words {min_words}, margin {margin}")
    header = "".join(f"{'p' + format(p, 'g'):>8}" for p in PERCENTILES)
    print(f"  {'paragraphs':<34}{'count':>7}{header}{'max':>8}")
    rows = [("clean, short", short), (f"clean, {min_words}+ words", long),
            ("clean, highest long one per story", story_max),
            *((f"{name} (all spliced are {min_words}+)", s) for name, s in spliced.items())]
    for label, spread in rows:
        ordered = sorted(spread.scores)
        if not ordered:
            print(f"  {label:<34}{0:>7}")
            continue
        cells = "".join(f"{percentile(ordered, p):>8.3f}" for p in PERCENTILES)
        print(f"  {label:<34}{len(ordered):>7}{cells}{ordered[-1]:>8.3f}")
    print(f"  {'threshold':<12}{'clean stories':>15}" + "".join(f"{name:>16}" for name in spliced))
    for threshold in THRESHOLDS:
        cells = "".join(f"{100 * s.reaching(threshold, margin):>15.1f}%" for s in spliced.values())
        clean = story_max.reaching(threshold, margin) * len(story_max.scores) / len(stories)
        print(f"  {threshold:<12}{100 * clean:>14.2f}%{cells}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="*", type=Path, help="corpus folders (default: all)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--sample", type=int, default=0, help="spliced stories per injector (default: all)")
    args = parser.parse_args(argv)
    options = default_config(Path.cwd()).rules[RULE.id].options
    for folder in args.corpus or default_corpora():
        measure(folder, args.seed, args.sample, int(options["min-words"]), float(options["margin"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
