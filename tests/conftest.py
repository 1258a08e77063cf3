"""Shared fixtures: the bundled corpus, and one full run of the job over it."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline.definitions import build_definitions

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"


def run_job(articles: Path, out: Path) -> dg.ExecuteInProcessResult:
    job = build_definitions(articles, out).resolve_job_def("ledger_job")
    return job.execute_in_process(
        instance=dg.DagsterInstance.ephemeral(),
        run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}},
        raise_on_error=False,
    )


@pytest.fixture(scope="session")
def bundled_run(tmp_path_factory) -> tuple[dg.ExecuteInProcessResult, Path]:
    out = tmp_path_factory.mktemp("ledger")
    return run_job(ARTICLES, out), out


@pytest.fixture(scope="session")
def ledger(bundled_run):
    _, out = bundled_run
    conn = duckdb.connect(str(out / "ledger.duckdb"), read_only=True)
    yield conn
    conn.close()
