"""Validation: failing rows go to rejected_rows with the reason; ERROR checks block publishing."""

from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from pipeline import sources
from pipeline.defs.tables import store

from .conftest import ARTICLES, misplace_figures, run_job

ARTICLE_ID = "0123456789abcdef"


def _figure(**changes) -> dict:
    row = {
        "figure_id": f"{ARTICLE_ID}:f0", "article_id": ARTICLE_ID, "sentence_no": 0, "start": 0, "end": 4,
        "quote": "三千亿元", "low": 3e11, "high": 3e11, "unit": "CNY", "qualifier": None, "direction": None,
        "subject": None, "entity_id": None, "metric": None, "period": None,
        "period_start": pd.NaT, "period_end": pd.NaT,
    }
    return {**row, **changes}


@pytest.mark.parametrize(
    "bad_row, reason",
    [
        (_figure(figure_id="x:1", low=5.0, high=4.0), "low must not exceed high"),
        (_figure(figure_id="x:2", unit="furlong"), "unit: isin"),
        (_figure(figure_id="x:3", unit="%", low=5e6, high=5e6), "percentages must lie within"),
        (_figure(figure_id="x:4", qualifier="roughly"), "qualifier: isin"),
        (_figure(figure_id="x:5", article_id="not-an-id"), "article_id: str_matches"),
        (_figure(figure_id="x:6", start=9, end=3), "start must be before end"),
        (_figure(), "duplicate key (figure_id)"),
    ],
)
def test_failing_rows_are_rejected_with_a_reason_and_the_rest_kept(bad_row, reason):
    conn = duckdb.connect()
    conn.execute("CREATE TABLE articles (sha256 VARCHAR)")
    frame = pd.DataFrame([_figure(), bad_row])
    metadata = store(conn, "figures", frame, ["article_id", "start"])
    assert metadata["dagster/row_count"].value == 1
    assert metadata["rejected_count"].value == 1
    assert conn.execute("SELECT figure_id FROM figures").fetchall() == [(f"{ARTICLE_ID}:f0",)]
    table_name, row_json, stored_reason = conn.execute(
        "SELECT table_name, row_json, reason FROM rejected_rows"
    ).fetchall()[0]
    assert table_name == "figures"
    assert reason in stored_reason
    assert json.loads(row_json)["figure_id"] == bad_row["figure_id"]


def test_an_error_check_blocks_publishing_and_keeps_the_old_ledger(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run_job(ARTICLES, out).success
    published = (out / "ledger.duckdb").stat().st_mtime_ns

    # The faulty extractor stands for changed extraction code, which makes every file stale.
    misplace_figures(monkeypatch)
    monkeypatch.setattr(sources, "code_version", lambda: "changed-code")
    result = run_job(ARTICLES, out)
    assert not result.success
    evaluations = {
        e.event_specific_data.check_name: e.event_specific_data
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
    }
    trace = evaluations["spans_trace_to_text"]
    assert not trace.passed
    assert trace.metadata["failing_rows"].value > 0
    assert "quote differs" in trace.metadata["sample"].value
    materialized = {
        e.asset_key.to_user_string() for e in result.all_events if e.event_type_value == "ASSET_MATERIALIZATION"
    }
    # The whole-ledger checks hang on the staged ledger: failing, they stop the site and publishing.
    assert {"figures", "ledger_db"} <= materialized and not materialized & {"site_pages", "site"}
    assert (out / "ledger.duckdb").stat().st_mtime_ns == published


def test_a_warn_check_does_not_block_publishing(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    source = sorted(ARTICLES.glob("*.txt"))[0]
    (articles / source.name).write_bytes(source.read_bytes())
    (articles / "broken.txt").write_bytes(b"")
    result = run_job(articles, tmp_path / "out")
    assert result.success
    warned = [
        e.event_specific_data
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION" and not e.event_specific_data.passed
    ]
    assert [w.check_name for w in warned] == ["every_file_ingested"]
    assert (tmp_path / "out" / "ledger.duckdb").is_file()
