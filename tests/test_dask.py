"""Sweeps on a real Dask LocalCluster with two worker processes: same output as one process, and
a worker killed mid-run loses no story."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint.archive.dask_sweep import DaskUnavailable, connect, lint_on_dask, run_check_on_dask
from lint.engine import RunOptions
from lint.files import expand
from lint.runner import CheckRequest, run_check
from tests.conftest import run_cli, shared_path

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as local:
        yield local


def _desk(folder: Path, stories: int) -> Path:
    folder.mkdir()
    for i in range(stories):
        doubled = "the the" if i % 4 == 0 else "the"
        (folder / f"s{i:03}.txt").write_text(
            f"Story {i}\n\nThe council {i} said {doubled} barriers held on Monday.\n", encoding="utf-8")
    return folder


def _request(*paths: str) -> CheckRequest:
    return CheckRequest(paths=paths, options=RunOptions(), jobs=1)


def _as_compared(results: Iterator[object]) -> list[tuple[str, list[tuple[str, int, int, str]]]]:
    return [(r.path, [(f.rule, f.place.line, f.place.column, f.message) for f in r.reported])  # type: ignore[attr-defined]
            for r in results]


def test_the_cluster_gives_what_one_process_gives(tmp_path: Path, cluster: object) -> None:
    desk = str(_desk(tmp_path / "desk", 60))
    with distributed.Client(cluster) as client:
        on_dask, errors, count = run_check_on_dask(_request(desk), client)
        got = _as_compared(on_dask)
    local, _, _ = run_check(_request(desk))
    assert got == _as_compared(local)
    assert count == 60 and errors == [] and sum(1 for _, found in got if found) == 15


def test_the_command_line_output_is_the_same_as_jobs_1(tmp_path: Path, cluster: object) -> None:
    desk = str(_desk(tmp_path / "desk", 30))
    address = cluster.scheduler_address  # type: ignore[attr-defined]
    on_dask = run_cli("check", "--dask", address, "--format", "json", desk)
    local = run_cli("check", "--jobs", "1", "--format", "json", desk)
    assert on_dask.code == local.code == 1
    assert on_dask.out == local.out


def test_the_bbc_corpus_on_the_cluster_equals_jobs_1(cluster: object) -> None:
    corpus = str(shared_path("corpus", "bbc"))
    with distributed.Client(cluster) as client:
        on_dask, _, _ = run_check_on_dask(_request(corpus), client)
        got = _as_compared(on_dask)
    local, _, _ = run_check(_request(corpus))
    assert got == _as_compared(local)
    assert len(got) == 1781  # 1,780 stories and the corpus README


def test_a_worker_killed_mid_run_loses_no_story(tmp_path: Path) -> None:
    desk = str(_desk(tmp_path / "desk", 400))
    targets, _ = expand((desk,))
    targets.sort(key=lambda t: t.path)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=50) as local, \
            distributed.Client(local) as client:
        pids = list(client.run(os.getpid).values())
        results = lint_on_dask(targets, _request(desk), client)
        first = next(results)  # the sweep is under way: the other batches' results are still
        os.kill(pids[0], signal.SIGKILL)  # held by the workers, and this one's die with it
        rest = list(results)
        assert pids[0] not in client.run(os.getpid).values()  # that worker really died
    assert [r.path for r in [first, *rest]] == [t.path for t in targets]
    assert sum(1 for r in [first, *rest] if r.reported) == 100


def test_an_unreachable_scheduler_is_one_clear_error() -> None:
    with pytest.raises(DaskUnavailable, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:1"):
        connect("tcp://127.0.0.1:1")
    result = run_cli("check", "--dask", "tcp://127.0.0.1:1", "examples/spun-story.txt")
    assert result.code == 2 and "cannot reach the Dask scheduler" in result.err
    assert "Traceback" not in result.err
