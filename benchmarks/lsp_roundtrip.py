"""Round trips of ``newslint lsp`` with a real client over stdio, as an editor sees them.

    python benchmarks/lsp_roundtrip.py [STORY] [--runs 5]

For each run: a fresh server process (``python -m lint lsp``) until its answer to ``initialize``
(interpreter start and imports), opening the story until its diagnostics arrive (the first lint
prepares the rules), a change until the new diagnostics (the debounce included), then a code
action and a hover, each twice. Prints medians, beside the imports alone: ``import lint.cli`` and
``import lint.lsp.server`` (pygls and lsprotocol). Needs the lsp extra.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lsprotocol import types

from benchmarks.timing import REPO, argument_parser
from lint.lsp.server import DEBOUNCE_SECONDS
from tests.lsp_client import running

PHASES = ("start (initialize answered)", "open -> diagnostics", "change -> diagnostics",
          "code action", "code action, again", "hover", "hover, again")


async def one_run(story: Path, scratch: Path) -> dict[str, float]:
    text = story.read_text(encoding="utf-8")
    timings: dict[str, float] = {}
    started = time.perf_counter()
    async with running(scratch) as client:
        timings[PHASES[0]] = time.perf_counter() - started
        started = time.perf_counter()
        uri = client.open(scratch / story.name, text)
        diagnostics = await client.diagnostics_for(uri, 1)
        timings[PHASES[1]] = time.perf_counter() - started
        started = time.perf_counter()
        client.change(uri, 2, text + "\nA line added.\n")
        await client.diagnostics_for(uri, 2)
        timings[PHASES[2]] = time.perf_counter() - started
        fixable = next((d for d in diagnostics if d.code == "repeated-word"), diagnostics[0])
        # The first of each request pays for cattrs building its (un)structuring code.
        for phase in PHASES[3:5]:
            started = time.perf_counter()
            await client.actions(uri, fixable, types.CodeActionKind.QuickFix)
            timings[phase] = time.perf_counter() - started
        for phase in PHASES[5:]:
            started = time.perf_counter()
            await client.lsp.text_document_hover_async(types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri), position=fixable.range.start))
            timings[phase] = time.perf_counter() - started
    return timings


def import_seconds(module: str, runs: int) -> tuple[float, float]:
    """Median wall time and CPU time (user + system) of a fresh interpreter importing ``module``:
    CPU time is what a loaded machine inflates least."""
    walls, cpus = [], []
    for _ in range(runs):
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", f"import {module}"], cwd=REPO)
        _, _, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - started)
        cpus.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("story", nargs="?", type=Path, default=REPO / "examples" / "spun-story.txt")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.story.is_file():
        sys.exit(f"story not found: {args.story}")
    import tempfile

    runs = []
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(args.runs):
            runs.append(asyncio.run(one_run(args.story, Path(scratch))))
    print(f"{args.story.name}, median of {args.runs} runs (debounce {DEBOUNCE_SECONDS * 1000:.0f} ms):")
    for phase in PHASES:
        print(f"  {phase:<34} {statistics.median(r[phase] for r in runs) * 1000:7.1f} ms")
    for module in ("lint.cli", "lint.lsp.server"):
        label = f"python -c 'import {module}'"
        wall, cpu = import_seconds(module, args.runs)
        print(f"  {label:<34} {wall * 1000:7.1f} ms (CPU {cpu * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
