"""Several runs at once, for real: a Dagster instance on a PostgreSQL server, `dagster-daemon` with the queued run
coordinator (two runs at a time), and a backfill split into runs by BackfillPolicy.multi_run, each writing its
partitions to a Parquet store. The published ledger must equal the single-process `ledger run` of the folder."""

from __future__ import annotations

import shutil
import subprocess
import sys

import dagster as dg
import duckdb
import pytest
from dagster._core.execution.backfill import BulkActionStatus

from pipeline import sources
from pipeline.defs.partitions import RANGE_START

from .conftest import run_job
from .daemon_backfill import ROOT, concurrent_instance, overlapping, run_backfill
from .postgres_server import pg_bin
from .test_pipeline_e2e import _table_digests

ARTICLES, PER_RUN = 40, 10
TIMEOUT = 900  # seconds for the whole backfill; the backfill daemon looks at it every 30 s


@pytest.mark.skipif(pg_bin() is None, reason="PostgreSQL is not installed (`make test` installs it)")
def test_a_backfill_in_concurrent_runs_publishes_the_ledger_of_one_run(tmp_path):
    corpus, single, out = tmp_path / "corpus", tmp_path / "single", tmp_path / "out"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(ARTICLES), str(corpus)], check=True)
    # The same text under two names, one in the first run and one in the last: a duplicate across runs.
    shutil.copyfile(corpus / "gen_00001.txt", corpus / "zz_copy.txt")
    run_job(corpus, single)

    with concurrent_instance(tmp_path / "home") as (instance, env):
        backfill = run_backfill(instance, env, corpus, out, tmp_path / "store", PER_RUN, TIMEOUT)

    assert backfill.status == BulkActionStatus.COMPLETED_SUCCESS, backfill.log[-3000:]
    assert not backfill.left, f"processes left after the daemon stopped: {backfill.left}"
    assert all(r.dagster_run.status == dg.DagsterRunStatus.SUCCESS for r in backfill.runs)
    per_article = [r for r in backfill.runs if RANGE_START in r.dagster_run.tags]
    assert len(per_article) == -(-(ARTICLES + 1) // PER_RUN)  # the backfill in runs of PER_RUN partitions
    assert overlapping(per_article), "no two runs overlapped in time"
    with (
        duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as concurrent,
        duckdb.connect(str(single / "ledger.duckdb"), read_only=True) as alone,
    ):
        digests = _table_digests(concurrent), _table_digests(alone)
    # This process fingerprinted the files with the code version it hashed first (cached since early in the
    # session); the daemon's runs hash the code on disk when they start. An edit of pipeline/extraction or
    # schemas in between changes every fingerprint, and ingest_log differs: name that, not a bare digest.
    on_disk, here = sources.code_version.__wrapped__(), sources.code_version()
    assert digests[0] == digests[1] or on_disk == here, (
        f"pipeline/extraction or schemas changed on disk during the session (code version {here} in this "
        f"process, {on_disk} on disk): the backfill's runs fingerprinted other code; run the suite on a tree "
        "nobody edits"
    )
    assert digests[0] == digests[1]
