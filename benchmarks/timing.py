"""Timing helpers for the benchmark scripts: wall time and peak memory of one command."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_kb: int  # the command's own maximum resident set size
    exit_code: int
    # user and system time of the command and the children it waited for (its worker pool):
    # what it cost the machine, whatever else ran beside it
    cpu_seconds: float = 0.0


def run(command: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Sample:
    """Run a command with output discarded; measure its wall time and its own peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd,
                               env=env)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Sample(seconds, int(usage.ru_maxrss), process.returncode, usage.ru_utime + usage.ru_stime)


def median(samples: Sequence[Sample]) -> float:
    return statistics.median(s.seconds for s in samples)


def newslint_command() -> list[str]:
    """The console script when installed, else ``python -m lint`` from this checkout."""
    script = Path(sys.executable).parent / "newslint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "lint"]


def argument_parser(doc: str | None) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
