"""Shared fixtures: the bundled corpus, and one full run of the job over it."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline.runner import run_ledger_job

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"


def run_job(articles: Path, out: Path, instance: dg.DagsterInstance | None = None) -> dg.ExecuteInProcessResult:
    """The job as `ledger run` drives it: the partitions of new or changed files, then the corpus."""
    result, _ = run_ledger_job(articles, out, instance or dg.DagsterInstance.ephemeral(), "ERROR")
    return result


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
