"""Cost of the off-topic rule: milliseconds per story on a corpus, documents built beforehand.

    python benchmarks/off_topic_cost.py [CORPUS] [--repeat N]

CORPUS is a folder of stories (default ../shared/corpus/bbc, relative to the repository). The
time counted is the rule's own work (scoring every paragraph), not reading or segmenting, which
every rule shares; the table is loaded before timing starts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.precision import DEFAULT_CORPUS, load_corpus
from lint.document import build_document
from lint.rules.off_topic import RULE

BUDGET_MS = 5.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the corpus")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus folder not found: {args.corpus} (give the corpus path as the first argument)",
              file=sys.stderr)
        return 2
    documents = [build_document(s.text, s.path, "text") for s in load_corpus(args.corpus)]
    if not documents or RULE.check is None:
        print(f"no readable stories in {args.corpus}", file=sys.stderr)
        return 2
    prepared = RULE.prepare(RULE.defaults())
    passes = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for document in documents:
            list(RULE.check(document, prepared))
        passes.append(1000 * (time.perf_counter() - start) / len(documents))
    best, median = min(passes), statistics.median(passes)
    verdict = "within" if median < BUDGET_MS else "OVER"
    print(f"off-topic on {len(documents)} stories: {median:.2f} ms per story (median of "
          f"{args.repeat} passes, best {best:.2f}); {verdict} the {BUDGET_MS:g} ms budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
