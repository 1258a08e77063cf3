"""Incremental runs: partitions follow the folder, only changed files are re-extracted,
and the result equals a full run over the same folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline.definitions import defs
from pipeline.defs import batch
from pipeline.defs.partitions import ARTICLE_FILES, RANGE_END, RANGE_START, apply_requests
from pipeline.defs.resources import build_resources
from pipeline.defs.sensors import article_files_sensor
from pipeline.sources import plan

from .conftest import ARTICLES, ROOT, run_job
from .test_pipeline_e2e import _table_digests, _tree_digest

GENERATOR = ROOT / "bench" / "make_corpus.py"


@pytest.mark.parametrize(
    ("current", "held", "stale", "deleted"),
    [
        ({"a": "1"}, {}, ["a"], []),  # first run: everything is new
        ({"a": "1", "b": "2"}, {"a": ("1", "x")}, ["b"], []),  # one file added
        ({"a": "9", "b": "2"}, {"a": ("1", "x"), "b": ("2", "y")}, ["a"], []),  # one file changed
        ({"b": "2"}, {"a": ("1", "x"), "b": ("2", "y")}, [], ["a"]),  # one file deleted
        # b held the same text as a: when a goes, b becomes the owner and is read again
        ({"b": "2", "c": "3"}, {"a": ("1", "x"), "b": ("2", "x"), "c": ("3", "z")}, ["b"], ["a"]),
        ({"a": "5", "b": "2"}, {"a": ("1", "x"), "b": ("2", "x")}, ["a", "b"], []),
        ({"a": "1"}, {"a": ("1", None)}, [], []),  # a refused file that did not change
    ],
)
def test_plan(current, held, stale, deleted):
    work = plan(current, held)
    assert list(work.stale) == stale and list(work.deleted) == deleted


def _generate(n: int, folder: Path) -> Path:
    subprocess.run([sys.executable, str(GENERATOR), str(n), str(folder)], check=True, capture_output=True)
    return folder


def _digests(out: Path) -> tuple[dict, str]:
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        return _table_digests(conn), _tree_digest((out / "public").resolve())


def _partitions_run(result, asset: str) -> list[str]:
    return sorted(
        e.partition
        for e in result.all_events
        if e.event_type_value == "ASSET_MATERIALIZATION" and e.asset_key.to_user_string() == asset
    )


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """Eight generated articles run once, then a ninth added and run again on the same output."""
    root = tmp_path_factory.mktemp("grown")
    spare = _generate(9, root / "spare")
    articles = root / "articles"
    articles.mkdir()
    for path in sorted(spare.iterdir())[:8]:
        shutil.copy2(path, articles / path.name)
    instance = dg.DagsterInstance.ephemeral()
    out = root / "out"
    first = run_job(articles, out, instance)
    added = sorted(spare.iterdir())[-1]
    shutil.copy2(added, articles / added.name)
    second = run_job(articles, out, instance)
    return articles, out, first, second, added.name


def test_adding_one_article_re_extracts_only_that_article(grown):
    _, _, first, second, added = grown
    assert first.success and second.success
    assert len(_partitions_run(first, "figures")) == 8
    for asset in ("articles", "ingest_log", "sentences", "entities", "mentions", "figures", "claims", "story_terms"):
        assert _partitions_run(second, asset) == [added]
    # The corpus-level assets are rebuilt once, unpartitioned.
    assert _partitions_run(second, "narratives") == [None]
    assert _partitions_run(second, "site") == [None]


def _metadata(result, asset: str) -> dict:
    (event,) = [
        e
        for e in result.all_events
        if e.event_type_value == "ASSET_MATERIALIZATION" and e.asset_key.to_user_string() == asset
    ]
    return {k: v.value for k, v in event.event_specific_data.materialization.metadata.items()}


def test_adding_one_article_rewrites_only_the_pages_it_changes(grown):
    _, _, first, second, _ = grown
    assert _metadata(first, "site")["build"] == "full" and _metadata(second, "site")["build"] == "incremental"
    pages = _metadata(second, "site_pages")
    # Its own page, the indexes, the downloads, and the narrative and entity pages it adds to; not the other articles.
    assert 0 < pages["files_written"] < pages["pages"]
    assert pages["files_written"] < _metadata(first, "site_pages")["files_written"]
    # Pages whose inputs did not change (the other articles') are not even rendered.
    assert _metadata(first, "site_pages")["pages_rendered"] == _metadata(first, "site_pages")["pages"]
    assert pages["pages_rendered"] < pages["pages"]


def test_an_incremental_run_equals_a_full_run(grown, tmp_path):
    articles, out, *_ = grown
    assert run_job(articles, tmp_path / "full").success
    assert _digests(out) == _digests(tmp_path / "full")


def test_a_page_whose_inputs_change_elsewhere_is_rendered_again(tmp_path):
    """A file whose name folds like an older one's (composed é, then e and an accent): the older article's
    own file is unchanged, its page (which then shows the name's code points) is not."""
    articles = tmp_path / "articles"
    articles.mkdir()
    first, second = sorted(ARTICLES.glob("*.txt"))[:2]
    shutil.copy2(first, articles / "caf\u00e9.txt")
    out = tmp_path / "out"
    instance = dg.DagsterInstance.ephemeral()
    assert run_job(articles, out, instance).success
    shutil.copy2(second, articles / "cafe\u0301.txt")
    again = run_job(articles, out, instance)
    assert again.success
    assert _partitions_run(again, "articles") == ["cafe\u0301.txt"]
    pages = [p.read_text(encoding="utf-8") for p in (out / "public" / "articles").resolve().glob("*.html")]
    assert any("U+00E9" in page for page in pages)  # the older article's page, rendered again
    assert run_job(articles, tmp_path / "full").success
    assert _digests(out) == _digests(tmp_path / "full")


def _ingest_log(out: Path) -> dict[str, str]:
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        return dict(conn.execute("SELECT file_name, status || coalesce(': ' || reason, '') FROM ingest_log").fetchall())


@pytest.mark.parametrize("part_articles", [None, 1])  # parts of one: every duplicate is in another part
def test_deletions_and_duplicates_follow_the_folder(tmp_path, monkeypatch, part_articles):
    """Owner of a duplicated text deleted, a new smaller-named duplicate added, a file edited."""
    if part_articles:
        monkeypatch.setattr(batch, "PART_ARTICLES", part_articles)
    articles = tmp_path / "articles"
    articles.mkdir()
    sources = sorted(ARTICLES.glob("*.txt"))[:3]
    for name, source in zip(["b.txt", "c.txt", "d.txt"], sources):
        shutil.copy2(source, articles / name)
    shutil.copy2(sources[0], articles / "e.txt")  # the text of b.txt again
    out = tmp_path / "out"
    instance = dg.DagsterInstance.ephemeral()
    assert run_job(articles, out, instance).success
    assert _ingest_log(out) == {
        "b.txt": "ingested",
        "c.txt": "ingested",
        "d.txt": "ingested",
        "e.txt": "duplicate: same text as b.txt",
    }

    (articles / "b.txt").unlink()  # e.txt now owns that text
    shutil.copy2(sources[1], articles / "a.txt")  # the text of c.txt, under a smaller name: a.txt owns it
    (articles / "d.txt").write_text(
        (articles / "d.txt").read_text(encoding="utf-8") + "\n高盛预计明年资本开支增长百分之二十。\n", encoding="utf-8"
    )
    second = run_job(articles, out, instance)
    assert second.success
    # a.txt is new, d.txt edited, e.txt the new owner of b.txt's text; c.txt is settled as a duplicate without a re-read
    assert _partitions_run(second, "articles") == ["a.txt", "d.txt", "e.txt"]
    assert sorted(instance.get_dynamic_partitions(ARTICLE_FILES.name)) == ["a.txt", "c.txt", "d.txt", "e.txt"]

    monkeypatch.undo()  # the full run in whole parts
    assert run_job(articles, tmp_path / "full").success
    assert _digests(out) == _digests(tmp_path / "full")
    assert _ingest_log(out) == {
        "a.txt": "ingested",
        "c.txt": "duplicate: same text as a.txt",
        "d.txt": "ingested",
        "e.txt": "ingested",
    }


def test_an_unchanged_folder_rebuilds_only_the_corpus_level_assets(grown):
    articles, out, *_ = grown
    instance = dg.DagsterInstance.ephemeral()
    result = run_job(articles, out, instance)
    assert result.success
    assert _partitions_run(result, "figures") == []
    assert _partitions_run(result, "ledger_db") == [None]


def test_the_sensor_adds_new_files_and_removes_deleted_ones(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(ARTICLES.glob("*.txt"))[:2]:
        shutil.copy2(path, articles / path.name)
    resources = build_resources(articles, tmp_path / "out")
    instance = dg.DagsterInstance.ephemeral()
    # The extraction pool resource has a teardown, so the context is a context manager.
    with dg.build_sensor_context(instance=instance, resources=resources, definitions=defs) as context:
        result = article_files_sensor(context)
    added = [key for request in result.dynamic_partitions_requests for key in request.partition_keys]
    assert added == sorted(p.name for p in articles.iterdir())
    (run,) = result.run_requests
    assert (run.tags[RANGE_START], run.tags[RANGE_END]) == (added[0], added[-1])

    instance.add_dynamic_partitions(ARTICLE_FILES.name, added)
    (articles / added[0]).unlink()
    with dg.build_sensor_context(
        instance=instance, resources=resources, cursor=result.cursor, definitions=defs
    ) as context:
        later = article_files_sensor(context)
    (delete,) = later.dynamic_partitions_requests
    assert isinstance(delete, dg.DeleteDynamicPartitionsRequest) and list(delete.partition_keys) == [added[0]]
    (corpus_run,) = later.run_requests
    assert RANGE_START not in corpus_run.tags and dg.AssetKey("narratives") in corpus_run.asset_selection
    apply_requests(instance, later.dynamic_partitions_requests)

    with dg.build_sensor_context(
        instance=instance, resources=resources, cursor=later.cursor, definitions=defs
    ) as context:
        unchanged = article_files_sensor(context)
    assert unchanged.skip_reason and not unchanged.run_requests and not unchanged.dynamic_partitions_requests


def test_the_sensor_adds_the_ledgers_files_to_an_instance_that_does_not_know_them(grown):
    articles, out, *_ = grown
    resources = build_resources(articles, out)
    with dg.build_sensor_context(
        instance=dg.DagsterInstance.ephemeral(), resources=resources, definitions=defs
    ) as context:
        result = article_files_sensor(context)
    assert result.skip_reason and not result.run_requests
    added = [key for request in result.dynamic_partitions_requests for key in request.partition_keys]
    assert added == sorted(p.name for p in articles.iterdir())
