"""The per-partition Parquet store: runs of partition ranges, each in a DuckDB file of its own, then a run of the
corpus-level assets that gathers them, publish the same ledger as one `ledger run`, with the store in a folder
or behind an fsspec URL; partitions of deleted files are pruned."""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import dagster as dg
import duckdb
import fsspec
import pytest

from pipeline.definitions import CORPUS_ASSETS, build_definitions
from pipeline.defs.parquet_store import PartitionStore, part_id
from pipeline.defs.sensors import PER_ARTICLE
from schemas import STEP_TABLES
from pipeline.defs.partitions import ARTICLE_FILES, RANGE_END, RANGE_START

from .conftest import ROOT, run_job
from .test_pipeline_e2e import _table_digests

N_ARTICLES = 9


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    """A generated folder with the same text under a first and a last name, and a file that is refused; the
    digests of its ledger after one `ledger run`."""
    folder = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(N_ARTICLES), str(folder)], check=True)
    shutil.copyfile(folder / "gen_00000.txt", folder / "zz_same_text.txt")
    (folder / "gen_00004_empty.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("single")
    run_job(folder, out)
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        return folder, _table_digests(conn)


def _chunks(keys: list[str], n: int) -> list[list[str]]:
    size = -(-len(keys) // n)
    return [keys[i : i + size] for i in range(0, len(keys), size)]


@pytest.mark.parametrize(
    ("store", "runs", "again"),
    [
        ("folder", 3, []),  # a local folder, as on one machine
        ("memory", 2, []),  # an fsspec URL, as an object store on a cluster (in memory: one process here)
        # then later steps of the first range alone (as re-run from the UI): they read what the store holds
        ("folder", 2, [*STEP_TABLES["claims"], *STEP_TABLES["narrative_tags"]]),
    ],
)
def test_runs_of_partition_ranges_then_the_corpus_publish_the_ledger_of_one_run(
    corpus, tmp_path, store, runs, again
):
    articles, expected = corpus
    url = str(tmp_path / "store") if store == "folder" else f"memory://ledger-{uuid.uuid4().hex}"
    out = tmp_path / "out"
    instance = dg.DagsterInstance.ephemeral()
    keys = sorted(p.name for p in articles.iterdir())
    instance.add_dynamic_partitions(ARTICLE_FILES.name, keys)
    job = build_definitions(articles, out, workers=1, store=url).resolve_job_def("ledger_job")
    per_article = PER_ARTICLE
    for chunk in _chunks(keys, runs):
        tags = {RANGE_START: chunk[0], RANGE_END: chunk[-1]}
        assert job.execute_in_process(instance=instance, tags=tags, asset_selection=per_article).success
    if again:
        first = _chunks(keys, runs)[0]
        tags = {RANGE_START: first[0], RANGE_END: first[-1]}
        selection = [dg.AssetKey(name) for name in again]
        assert job.execute_in_process(instance=instance, tags=tags, asset_selection=selection).success
    # Each run worked in a file of its own, removed at its end; the shared working file was never opened.
    assert not list((out / ".work" / "runs").iterdir())
    assert not (out / ".work" / "ledger.duckdb").exists()
    assert job.execute_in_process(instance=instance, asset_selection=CORPUS_ASSETS).success
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        assert _table_digests(conn) == expected


@pytest.mark.parametrize(
    ("have", "keep", "left"),
    [
        (["a.txt", "b/c.md", "d 'e'.txt"], ["a.txt", "d 'e'.txt"], ["a.txt", "d 'e'.txt"]),
        (["a.txt"], [], []),
        (["a.txt", "b.txt"], ["a.txt", "b.txt", "new.txt"], ["a.txt", "b.txt"]),
    ],
)
def test_prune_keeps_only_the_partitions_of_current_files(have, keep, left):
    url = f"memory://prune-{uuid.uuid4().hex}"
    parts = PartitionStore(url)
    fs = fsspec.filesystem("memory")
    for name in have:
        for folder in ("articles", "claims", "rejected_rows.claims"):
            fs.pipe(f"{parts.root}/{folder}/_part={part_id(name)}/data_0.parquet", b"rows")
    assert parts.prune(keep) == 3 * (len(have) - len(left))
    assert sorted(p.rsplit("=", 1)[1] for p in fs.glob(f"{parts.root}/claims/_part=*")) == sorted(
        part_id(name) for name in left
    )
