"""Cost of the inconsistent-spelling rule on one very long story.

    python benchmarks/spelling_cost.py [CORPUS] [--megabytes N] [--repeat N]

CORPUS is a folder of stories (default ../shared/corpus/bbc, relative to the repository). The
stories are joined, in order, into one story of about N megabytes (default 1), so it holds
thousands of distinct names, as a worst case for the comparison of candidates. The time counted
is the rule's own work on a document built beforehand; the guard lists are loaded before timing
starts. The budget is one second for 1 MB.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import DEFAULT_CORPUS, stories_or_exit
from benchmarks.timing import argument_parser
from lint.document import build_document
from lint.rules.inconsistent_spelling import RULE
from lint.rules.names.guards import guard_lists

BUDGET_SECONDS_PER_MB = 1.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is kept")
    args = parser.parse_args(argv)
    stories = stories_or_exit(args.corpus)
    target = int(args.megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    for story in stories:
        if size >= target:
            break
        parts.append(story.text)
        size += len(story.text.encode("utf-8")) + 2
    text = "\n\n".join(parts)
    if RULE.check is None:
        return 2
    document = build_document(text, "long.txt", "text")
    settings = RULE.prepare(RULE.defaults())
    guard_lists()
    timings = []
    findings = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        # As the engine reads it: a story over a million characters, section by section.
        findings = sum(1 for _, part in document.parts() for _ in RULE.check(part, settings))
        timings.append(time.perf_counter() - started)
    megabytes = len(text.encode("utf-8")) / 1_000_000
    best = min(timings)
    budget = BUDGET_SECONDS_PER_MB * max(megabytes, 1.0)
    verdict = "within" if best <= budget else "OVER"
    tokens = sum(len(part.tokens) for _, part in document.parts())
    print(f"{megabytes:.2f} MB, {tokens} tokens, {findings} findings: "
          f"best of {args.repeat} {best:.3f} s ({verdict} the {budget:.1f} s budget)")
    return 0 if best <= budget else 1


if __name__ == "__main__":
    sys.exit(main())
