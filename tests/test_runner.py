"""`ledger run` records its runs in the persistent instance under OUT/.dagster, the one `make ui` opens."""

from __future__ import annotations

import shutil

import dagster as dg
import duckdb

from pipeline.defs.partitions import ARTICLE_FILES
from pipeline.runner import open_instance, run_ledger_job

from .conftest import ARTICLES


def test_a_run_leaves_its_partitions_runs_and_checks_in_the_instance_under_out(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(ARTICLES.glob("*.txt"))[:2]:
        shutil.copy2(path, articles / path.name)
    out = tmp_path / "out"
    with open_instance(out) as instance:
        result, _ = run_ledger_job(articles, out, instance, "ERROR")
    assert result.success
    # A new process opening the same folder sees what the run recorded.
    with dg.DagsterInstance.from_config(str(out / ".dagster")) as reopened:
        names = sorted(p.name for p in articles.iterdir())
        assert sorted(reopened.get_dynamic_partitions(ARTICLE_FILES.name)) == names
        assert [run.run_id for run in reopened.get_runs()] == [result.run_id]
        figures = reopened.fetch_materializations(dg.AssetKey("figures"), limit=10).records
        assert sorted(record.partition_key for record in figures) == names
        check = reopened.get_latest_asset_check_evaluation_record(
            dg.AssetCheckKey(dg.AssetKey("figures"), "figures_match_schema")
        )
        assert check is not None and check.event.dagster_event.event_specific_data.passed
        # Each partition carries its own article's counts, as the ledger holds them.
        observed = reopened.fetch_observations(dg.AssetKey("claims"), limit=10).records
        assert sorted(record.partition_key for record in observed) == names
        assert sum(record.asset_observation.metadata["figures"].value for record in observed) > 0
        with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
            for record in observed:
                metadata = record.asset_observation.metadata
                article = metadata["article_id"].value
                for table in ("figures", "claims"):
                    count = conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [article]).fetchone()
                    assert metadata[table].value == count[0]
