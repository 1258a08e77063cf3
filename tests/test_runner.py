"""`ledger run` records its runs in the persistent instance under OUT/.dagster, the one `make ui` opens."""

from __future__ import annotations

import gc
import shutil
from collections import Counter

import dagster as dg
import duckdb
from dagster._core.execution.api import ExecuteRunWithPlanIterable

from pipeline import runner
from pipeline.defs import batch
from pipeline.defs.partitions import ARTICLE_FILES
from pipeline.runner import open_instance, run_ledger_job

from .conftest import ARTICLES


def test_a_run_leaves_its_partitions_runs_and_checks_in_the_instance_under_out(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "PART_ARTICLES", 1)  # each article's files observed after its own part
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(ARTICLES.glob("*.txt"))[:2]:
        shutil.copy2(path, articles / path.name)
    (articles / "empty.txt").write_bytes(b"")  # refused: observed with its reason, after the articles' files
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
                if record.partition_key == "empty.txt":
                    assert metadata["status"].value == "refused" and "article_id" not in metadata
                    continue
                article = metadata["article_id"].value
                for table in ("figures", "claims"):
                    count = conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [article]).fetchone()
                    assert metadata[table].value == count[0]
        # ingest_log's observations, each file's as it was settled after its own part, are the ledger's.
        logged = reopened.fetch_observations(dg.AssetKey("ingest_log"), limit=10).records
        assert sorted(record.partition_key for record in logged) == names
        with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
            for record in logged:
                metadata = record.asset_observation.metadata
                status, chars = conn.execute(
                    "SELECT l.status, a.n_chars FROM ingest_log l LEFT JOIN articles a USING (article_id) "
                    "WHERE l.file_name = ?",
                    [record.partition_key],
                ).fetchone()
                assert metadata["status"].value == status
                assert (metadata["n_chars"].value if "n_chars" in metadata else None) == chars


def test_the_result_keeps_a_few_partition_events_of_each_asset_and_counts_them_all(tmp_path, monkeypatch):
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(ARTICLES.glob("*.txt"))[:3]:
        shutil.copy2(path, articles / path.name)
    out = tmp_path / "out"
    monkeypatch.setattr(runner, "KEPT_PER_ASSET", 2)
    with open_instance(out) as instance:
        result, _ = run_ledger_job(articles, out, instance, "ERROR")
        logged = instance.fetch_materializations(dg.AssetKey("claims"), limit=10).records
    assert result.success
    kept = Counter(
        (e.event_type_value, e.asset_key.to_user_string())
        for e in result.all_events
        if e.event_type_value in ("ASSET_MATERIALIZATION", "ASSET_OBSERVATION") and e.partition is not None
    )
    for asset in ("articles", "claims", "claim_figures", "story_terms"):
        assert kept["ASSET_MATERIALIZATION", asset] == 2
        assert result.partitions_materialized[asset] == 3
    assert kept["ASSET_OBSERVATION", "claims"] == 2
    # The event log holds every partition's event; corpus-level assets are not counted.
    assert sorted(r.partition_key for r in logged) == sorted(p.name for p in articles.iterdir())
    assert "narratives" not in result.partitions_materialized
    # Nothing is thinned outside the run.
    assert runner.in_process.ExecuteRunWithPlanIterable is ExecuteRunWithPlanIterable


def test_within_a_run_the_dynamic_partitions_are_read_once_and_each_caller_gets_a_list_of_its_own(
    tmp_path, monkeypatch
):
    with open_instance(tmp_path / "out") as instance:
        instance.add_dynamic_partitions(ARTICLE_FILES.name, ["a.txt", "b.txt"])
        storage, reads = instance.event_log_storage, Counter()
        read = storage.get_dynamic_partitions
        monkeypatch.setattr(storage, "get_dynamic_partitions", lambda name: reads.update([name]) or read(name))
        with runner.partitions_read_once(instance):
            first = instance.get_dynamic_partitions(ARTICLE_FILES.name)
            first.append("changed by a caller.txt")
            assert instance.get_dynamic_partitions(ARTICLE_FILES.name) == ["a.txt", "b.txt"]
        assert reads[ARTICLE_FILES.name] == 1
        instance.add_dynamic_partitions(ARTICLE_FILES.name, ["c.txt"])  # after the run: read from the store again
        assert instance.get_dynamic_partitions(ARTICLE_FILES.name) == ["a.txt", "b.txt", "c.txt"]
        assert reads[ARTICLE_FILES.name] == 2


def test_a_run_collects_cycles_at_its_thresholds_and_gives_the_caller_its_own_back():
    before = gc.get_threshold()
    with runner.cycles_collected_less_often():
        assert gc.get_threshold() == runner.GC_THRESHOLDS
    assert gc.get_threshold() == before
