"""--jobs and the Dask engine give the same report, byte for byte, as one process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from checker.options import Options
from checker.run import run
from checker.report import render

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds plus generated articles, so work is split into several batches."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.corpus import generate
    from benchmarks.run import write_corpus

    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(generate(40), folder)
    return folder


@pytest.fixture(scope="module")
def plain(corpus: Path) -> str:
    return render(run([corpus], Options()), "json")


def test_jobs_match_single_process(corpus: Path, plain: str):
    from checker.extract import parallel

    assert len(parallel.batches([(None, "x" * 100)] * 40, 2)) > 1
    assert render(run([corpus], Options(jobs=2)), "json") == plain


def test_seeds_with_jobs_match(tmp_path: Path):
    assert render(run([SEEDS], Options(jobs=2)), "json") == render(run([SEEDS], Options()), "json")


def test_dask_engine_matches_single_process(corpus: Path, plain: str):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        report = run([corpus], Options(engine="dask", scheduler=cluster.scheduler_address))
    assert render(report, "json") == plain


def test_dask_without_scheduler_is_a_clear_error(monkeypatch):
    from checker.cli import main

    assert main(["report", str(SEEDS), "--engine", "dask"]) == 2
