"""Cost of each rule of the default configuration: prepare time and milliseconds per story.

    python benchmarks/rule_cost.py [CORPUS] [--rule ID ...] [--repeat N]

CORPUS is a folder of stories (default ../shared/corpus/bbc, relative to the repository). The
documents are built first (that cost, shared by every rule, is reported as ``build``); then each
rule is prepared with its default options (timed once: the per-configuration cost) and run over
every story, ``--repeat`` times. The first pass is reported apart: it fills whatever a rule
remembers across stories (normalised words, weights), and builds what rules share per story
(the people it names, views with non-prose kept), as a sweep does; the total of the default set
adds up first passes.
Times are CPU time of this process, so other work on the machine counts little.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import DEFAULT_CORPUS, stories_or_exit
from benchmarks.timing import argument_parser
from lint.config import default_config
from lint.document import build_document
from lint.rules import get_rule


def main(argv: Sequence[str] | None = None) -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rule", action="append", default=[], help="only this rule (repeatable)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus per rule")
    args = parser.parse_args(argv)
    stories = stories_or_exit(args.corpus)
    started = time.process_time()
    documents = [build_document(s.text, s.path, "text") for s in stories]
    build = 1000 * (time.process_time() - started) / len(documents)
    print(f"{len(documents)} stories; build {build:.3f} ms per story")
    print(f"  {'rule':<24} {'prepare ms':>10} {'first pass':>11} {'median':>8}  (ms per story)")
    enabled_total = 0.0
    for rule_id, setting in default_config(Path.cwd()).rules.items():
        rule = get_rule(rule_id)
        if rule.check is None or (args.rule and rule_id not in args.rule):
            continue
        started = time.process_time()
        prepared = rule.prepare(setting.options)
        prepare = 1000 * (time.process_time() - started)
        passes = []
        for _ in range(max(1, args.repeat)):
            started = time.process_time()
            for document in documents:
                # As the engine runs it: on the view with the non-prose kinds the rule reads
                # (built on first use and kept, so the first pass pays for it).
                for _finding in rule.check(document.reading(rule.reads), prepared):
                    pass
            passes.append(1000 * (time.process_time() - started) / len(documents))
        cost = statistics.median(passes)
        # The first pass is what a sweep pays: each story's shared data (the people a story
        # names, views with non-prose kept) is built once per document, and the later passes
        # find it already made, so their median understates the rules that share it.
        enabled_total += passes[0] if setting.enabled else 0.0
        note = "" if setting.enabled else "  (off by default)"
        print(f"  {rule_id:<24} {prepare:>10.1f} {passes[0]:>11.3f} {cost:>8.3f}{note}")
    if not args.rule:
        print(f"  build and every default rule (first passes): {build + enabled_total:.3f} ms per story")
    return 0


if __name__ == "__main__":
    sys.exit(main())
