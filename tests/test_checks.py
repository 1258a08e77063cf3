"""Schema checks of a run that redoes some files: the rows of those files' articles, and the keys of the
whole table."""

from __future__ import annotations

import shutil

import dagster as dg
import duckdb
import pandas as pd
import pytest

from pipeline import storage
from pipeline.defs import checks
from pipeline.defs.checks import SHOWN_CASES, split_in_parts
from pipeline.defs.resources import OutputFolder
from schemas import TABLES
from schemas.validate import split_valid

from .conftest import ARTICLES, misplace_figures, run_job


def _schema_checks(result: dg.ExecuteInProcessResult) -> dict:
    return {
        e.event_specific_data.check_name.removesuffix("_match_schema"): e.event_specific_data
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION" and e.event_specific_data.check_name.endswith("_schema")
    }


def test_a_run_that_adds_a_file_checks_its_rows_and_every_key(tmp_path):
    articles, out = tmp_path / "articles", tmp_path / "out"
    articles.mkdir()
    first, second, added = sorted(ARTICLES.glob("*.txt"))[:3]
    for path in (first, second):
        shutil.copy2(path, articles / path.name)
    instance = dg.DagsterInstance.ephemeral()
    assert run_job(articles, out, instance).success
    with duckdb.connect(str(OutputFolder(path=str(out)).work_db)) as conn:
        held = dict(conn.execute("SELECT article_id, count(*) FROM sentences GROUP BY 1").fetchall())
        # A copy of a row of a file the next run keeps: only the table's keys, checked in SQL, show it.
        conn.execute("INSERT INTO figures SELECT * FROM figures LIMIT 1")
    shutil.copy2(added, articles / added.name)
    result = run_job(articles, out, instance)
    checks = _schema_checks(result)
    with duckdb.connect(str(OutputFolder(path=str(out)).work_db), read_only=True) as conn:
        (new,) = {a for (a,) in conn.execute("SELECT article_id FROM articles").fetchall()} - set(held)
        sentences = conn.execute("SELECT count(*) FROM sentences WHERE article_id = ?", [new]).fetchone()[0]
    assert checks["articles"].passed and checks["articles"].metadata["rows_checked"].value == 1
    assert checks["sentences"].metadata["rows_checked"].value == sentences > 0
    figures = checks["figures"]
    assert not figures.passed and figures.metadata["duplicate_key_rows"].value == 1
    # A table of files, not articles, is checked whole.
    assert checks["ingest_log"].passed and "rows_checked" not in checks["ingest_log"].metadata
    assert not result.success  # the failing check blocks publishing


def test_a_run_that_adds_a_file_traces_the_spans_of_its_article(tmp_path, monkeypatch):
    articles, out = tmp_path / "articles", tmp_path / "out"
    articles.mkdir()
    first, added = sorted(ARTICLES.glob("*.txt"))[:2]
    shutil.copy2(first, articles / first.name)
    instance = dg.DagsterInstance.ephemeral()
    assert run_job(articles, out, instance).success
    with duckdb.connect(str(OutputFolder(path=str(out)).work_db)) as conn:
        # A span of the file the next run keeps, broken: that run does not read it again.
        (kept,) = conn.execute(
            "UPDATE figures SET quote = quote || '?' WHERE start = (SELECT min(start) FROM figures) RETURNING figure_id"
        ).fetchone()
    misplace_figures(monkeypatch)
    shutil.copy2(added, articles / added.name)
    result = run_job(articles, out, instance)
    trace = next(
        e.event_specific_data
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION" and e.event_specific_data.check_name == "spans_trace_to_text"
    )
    assert not trace.passed and not result.success
    sample = trace.metadata["sample"].value
    assert "quote differs" in sample and kept not in sample


def _figure_row(i: int) -> dict:
    article = f"{i % 97:016x}"
    return {
        "figure_id": f"{article}:f{i}",
        "article_id": article,
        "sentence_no": 0,
        "start": i,
        "end": i + 4,
        "quote": "三千亿元",
        "low": 3e11,
        "high": 3e11,
        "unit": "CNY",
        "qualifier": None,
        "direction": None,
        "subject": None,
        "entity_id": None,
        "metric": None,
        "period": None,
        "period_start": None,
        "period_end": None,
    }


@pytest.mark.parametrize(
    "bad",
    [
        {},  # every row passes
        {5: {"unit": "furlong"}},  # in the first part
        {2047: {"low": 5.0, "high": 4.0}, 2048: {"start": 9, "end": 3}},  # either side of a part's edge
        {i: {"qualifier": "roughly"} for i in range(0, 5000, 40)},  # more failures than are shown
        {4999: {"article_id": "not-an-id"}},  # in the last, short part
    ],
)
def test_rows_checked_in_parts_fail_as_when_checked_whole(bad):
    rows = [{**_figure_row(i), **bad.get(i, {})} for i in range(5000)]
    with duckdb.connect() as conn:
        storage.create_table(conn, "figures")
        storage.append_rows(conn, "figures", pd.DataFrame(rows))
        whole = split_valid(TABLES["figures"], storage.read_table(conn, "figures"))
        checked, failing, cases = split_in_parts(TABLES["figures"], conn.execute("SELECT * FROM figures"), vectors=1)
    assert (checked, failing) == (5000, len(whole.rejected)) and failing == len(bad)
    columns = ["column", "check", "failure_case", "index"]
    expected = whole.failure_cases[columns].head(SHOWN_CASES) if bad else pd.DataFrame()
    assert cases.empty == expected.empty
    if bad:
        assert cases[columns].astype(str).values.tolist() == expected.astype(str).values.tolist()


@pytest.mark.parametrize(
    "vectors_in_budget, most, lengths",
    [
        (3, 24, [2048, 6144, 1808]),  # as many vectors as the budget holds at the first one's size
        (0, 24, [2048, 2048, 2048, 2048, 1808]),  # a vector larger than the budget: one at a time
        (100, 2, [2048, 4096, 3856]),  # never more than asked for
    ],
)
def test_rows_are_checked_in_parts_of_about_a_budget_of_bytes(monkeypatch, vectors_in_budget, most, lengths):
    with duckdb.connect() as conn:
        query = "SELECT range AS n, repeat('字', 100) AS text FROM range(10000)"
        first = conn.execute(query).fetch_df_chunk(1)
        monkeypatch.setattr(checks, "CHECK_BYTES", vectors_in_budget * int(first.memory_usage(deep=True).sum()))
        parts = list(checks._parts(conn.execute(query), most))
    assert [len(part) for part in parts] == lengths
    assert pd.concat(parts, ignore_index=True)["n"].tolist() == list(range(10000))
