"""Benchmark a backfill of a generated corpus in one run and in several concurrent runs, against `ledger run`.

Run: .venv/bin/python bench/bench_concurrent.py [--articles 1000] [--runs 4]

Each backfill runs on a fresh Dagster instance on a private PostgreSQL server with `dagster-daemon` and the
queued run coordinator (two runs at a time, deploy/concurrent/dagster.yaml), the per-article steps writing a
per-partition Parquet store (BackfillPolicy.multi_run). Prints, for `ledger run` (the DuckDB file alone, one
process), the same with the partition store, and each backfill: seconds from start (or from submitting the
backfill) to the published ledger, the peak resident memory of the process tree (for a backfill: the daemon,
its code servers, the runs and their workers; PostgreSQL not counted), how many runs did the per-article
steps and how many pairs of them overlapped, and whether the ledger equals that of `ledger run`. Never fails
on a number.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from bench.bench_pipeline import generate, timed_run  # noqa: E402
from pipeline.defs.partitions import RANGE_START  # noqa: E402
from pipeline.defs.resources import STORE_VARIABLE  # noqa: E402
from tests.daemon_backfill import concurrent_instance, overlapping, run_backfill  # noqa: E402
from tests.test_pipeline_e2e import _table_digests  # noqa: E402

OUT = ROOT / "bench" / "out" / "concurrent"
TIMEOUT = 3600


def digests(out: Path) -> dict[str, str]:
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        return _table_digests(conn)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=4, help="runs of per-article steps in the concurrent backfill")
    args = parser.parse_args(argv)
    shutil.rmtree(OUT, ignore_errors=True)
    corpus = OUT / "corpus"
    generate(args.articles, corpus)
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(f"\nConcurrent-runs bench: {platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GB, "
          f"{args.articles:,} generated articles\n")

    print("| how | per-article runs | seconds | process-tree peak | overlapping pairs | ledger equals `ledger run` |")
    print("|---|---:|---:|---:|---:|---|", flush=True)

    def row(name: str, runs: str, seconds: float, peak: int, pairs: str, same: str) -> None:
        print(f"| {name} | {runs} | {seconds:.0f} s | {peak / 2**20:,.0f} MB | {pairs} | {same} |", flush=True)

    seconds, peak, _ = timed_run(corpus, OUT / "single", 0)
    expected = digests(OUT / "single")
    row("`ledger run` (DuckDB file, one process)", "1", seconds, peak, "–", "–")
    os.environ[STORE_VARIABLE] = str(OUT / "store_single")  # the same run writing the partition store too
    try:
        seconds, peak, _ = timed_run(corpus, OUT / "single_store", 0)
    finally:
        del os.environ[STORE_VARIABLE]
    same = "yes" if digests(OUT / "single_store") == expected else "NO"
    row("`LEDGER_STORE=… ledger run` (one process, partition store)", "1", seconds, peak, "–", same)
    for runs in (1, args.runs):
        per_run = -(-args.articles // runs)
        name = f"backfill, {runs} run{'s' if runs > 1 else ''} of {per_run:,}"
        with concurrent_instance(OUT / f"home_{runs}") as (instance, env):
            out = OUT / f"out_{runs}"
            result = run_backfill(instance, env, corpus, out, OUT / f"store_{runs}", per_run, TIMEOUT)
        per_article = [r for r in result.runs if RANGE_START in r.dagster_run.tags]
        if result.status.value != "COMPLETED_SUCCESS":
            print(f"{name}: {result.status.value}\n{result.log[-3000:]}")
            continue
        same = "yes" if digests(out) == expected else "NO"
        pairs = str(len(overlapping(per_article)))
        row(name, str(len(per_article)), result.seconds, result.peak_bytes, pairs, same)
    return 0


if __name__ == "__main__":
    sys.exit(main())
