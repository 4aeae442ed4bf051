"""The HTML report of a whole corpus: how big it is and how it behaves in headless Chromium.

    python benchmarks/html_report.py [CORPUS] [--runs 3]

Writes ``newslint check --format html`` for the corpus (default ``../shared/corpus/bbc``) to a
temporary file, then in headless Chromium (Debian's ``chromium``) measures, as medians: loading
it (navigation to the load event, and the browser's own ``domInteractive``), a rule filter
turned off and on again (the click to the end of the layout it causes), and the ``n`` key to
the next finding. Needs websocket-client (a test dependency).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import DEFAULT_CORPUS, require_corpus
from benchmarks.timing import argument_parser, newslint_command
from tests.chromium import Chromium

# A rule filter turned off (or on): milliseconds from the click to the end of the new layout.
TOGGLE = """(() => {
  const box = document.querySelector('input[data-filter="rule"]');
  const started = performance.now();
  box.click();
  void document.body.offsetHeight;
  return performance.now() - started;
})()"""


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    corpus = require_corpus(args.corpus)
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.html"
        started = time.perf_counter()
        subprocess.run([*newslint_command(), "check", "--format", "html", "-o", str(report), str(corpus)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        written = time.perf_counter() - started
        browser = Chromium(Path(scratch) / "profile")
        try:
            loads, interactive, off, on, keys = [], [], [], [], []
            for _ in range(args.runs):
                loads.append(browser.load(report.as_uri()))
                interactive.append(browser.evaluate(
                    "performance.getEntriesByType('navigation')[0].domInteractive") / 1000)
                off.append(browser.evaluate(TOGGLE) / 1000)
                on.append(browser.evaluate(TOGGLE) / 1000)
                started = time.perf_counter()
                browser.press("n")
                keys.append(time.perf_counter() - started)
            summary = browser.evaluate("document.querySelector('.totals').textContent")
        finally:
            browser.close()
        size = report.stat().st_size
    print(f"{corpus}: {summary}")
    print(f"  report written in {written:.2f} s (the whole check), {size:,} bytes ({size / 2**20:.2f} MiB)")
    ms = {name: statistics.median(values) * 1000 for name, values in
          (("off", off), ("on", on), ("key", keys))}
    print(f"  median of {args.runs}: load {statistics.median(loads):.2f} s (domInteractive "
          f"{statistics.median(interactive):.2f} s); a rule filter off {ms['off']:.0f} ms, "
          f"on {ms['on']:.0f} ms; n to the next finding {ms['key']:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
