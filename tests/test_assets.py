"""Single assets on a temporary DuckDB file, each called with a context built for it (no job, no pool):
the middle tier between the plain extractors and a whole run."""

from __future__ import annotations

import dagster as dg
import pytest
from dagster_duckdb import DuckDBResource

from pipeline.defs.extract import narratives, sentences
from pipeline.defs.ingest import articles
from pipeline.defs.partitions import ARTICLE_FILES
from pipeline.defs.resources import ArticlesFolder, ExtractionPool
from pipeline.defs.working import working_ledger
from pipeline.storage import ensure_table
from schemas import TABLES

# Invented commentary: two files, one text under two names.
TEXTS = {
    "a.txt": "市场观察:电网成为瓶颈\n分析师认为,今年电力投资将增长百分之十二。电网改造必须提前。\n",
    "b.txt": "市场观察:黄金走强\n有策略师表示,金价还会上涨。央行继续增持黄金。\n",
    "c.txt": "市场观察:黄金走强\n有策略师表示,金价还会上涨。央行继续增持黄金。\n",
}


@pytest.fixture
def folder(tmp_path):
    articles_dir = tmp_path / "articles"
    articles_dir.mkdir()
    for name, text in TEXTS.items():
        (articles_dir / name).write_text(text, encoding="utf-8")
    return articles_dir


@pytest.fixture
def database(tmp_path) -> DuckDBResource:
    return DuckDBResource(database=str(tmp_path / "work.duckdb"))


@pytest.fixture(scope="module")
def shared_instance():
    # One instance for the module (making one costs about a second); each test sets its partitions.
    with dg.DagsterInstance.ephemeral() as instance:
        yield instance


@pytest.fixture
def instance(shared_instance) -> dg.DagsterInstance:
    for key in shared_instance.get_dynamic_partitions(ARTICLE_FILES.name):
        shared_instance.delete_dynamic_partition(ARTICLE_FILES.name, key)
    return shared_instance


def _context(instance: dg.DagsterInstance, files: list[str] | None = None):
    keys = None if files is None else dg.PartitionKeyRange(files[0], files[-1])
    return dg.build_asset_context(instance=instance, partition_key_range=keys)


def _ingest(instance, folder, database, files: list[str]) -> dg.DagsterInstance:
    instance.add_dynamic_partitions(ARTICLE_FILES.name, files)
    working_ledger(_context(instance), duckdb=database)
    _materialise(
        articles(
            _context(instance, files),
            articles_folder=ArticlesFolder(path=str(folder)),
            duckdb=database,
            pool=ExtractionPool(workers=1),
        )
    )
    return instance


def _materialise(results) -> dict[str, dg.MaterializeResult]:
    """Run a multi-asset step called directly (a generator of one result per table) by table."""
    return {result.asset_key.to_user_string(): result for result in results}


def _rows(database: DuckDBResource, sql: str) -> list[tuple]:
    with database.get_connection() as conn:
        return conn.execute(sql).fetchall()


def test_articles_keeps_one_text_once_owned_by_the_smallest_name(instance, folder, database):
    _ingest(instance, folder, database, sorted(TEXTS))
    assert _rows(database, "SELECT file_name, status, reason FROM ingest_log ORDER BY 1") == [
        ("a.txt", "ingested", None),
        ("b.txt", "ingested", None),
        ("c.txt", "duplicate", "same text as b.txt"),
    ]
    assert _rows(database, "SELECT file_name FROM articles ORDER BY 1") == [("a.txt",), ("b.txt",)]


@pytest.mark.parametrize(
    ("deleted", "kept", "owners_after_rereading_c"),
    [
        ("a.txt", [("b.txt",)], [("b.txt",)]),  # its own article goes with it
        ("b.txt", [("a.txt",)], [("a.txt",), ("c.txt",)]),  # its text goes until a run reads c, its new owner
        ("c.txt", [("a.txt",), ("b.txt",)], [("a.txt",), ("b.txt",)]),  # a duplicate goes alone
    ],
)
def test_working_ledger_drops_what_a_deleted_file_held(
    instance, folder, database, deleted, kept, owners_after_rereading_c
):
    _ingest(instance, folder, database, sorted(TEXTS))
    sentences(_context(instance, sorted(TEXTS)), duckdb=database, pool=ExtractionPool(workers=1))
    (folder / deleted).unlink()
    instance.delete_dynamic_partition(ARTICLE_FILES.name, deleted)
    result = working_ledger(_context(instance), duckdb=database)
    assert result.metadata["rows_removed_with_deleted_files"].value["ingest_log"] == 1
    assert _rows(database, "SELECT file_name FROM articles ORDER BY 1") == kept
    orphans = "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT article_id FROM articles)"
    assert _rows(database, orphans) == [(0,)]
    if deleted != "c.txt":
        _materialise(
            articles(
                _context(instance, ["c.txt"]),
                articles_folder=ArticlesFolder(path=str(folder)),
                duckdb=database,
                pool=ExtractionPool(workers=1),
            )
        )
    assert _rows(database, "SELECT file_name FROM articles ORDER BY 1") == owners_after_rereading_c


def test_sentences_replaces_only_the_rows_of_its_batch(instance, folder, database):
    _ingest(instance, folder, database, sorted(TEXTS))
    sentences(_context(instance, ["a.txt"]), duckdb=database, pool=ExtractionPool(workers=1))
    first = _rows(database, "SELECT article_id, count(*) FROM sentences GROUP BY 1")
    result = sentences(_context(instance, ["b.txt", "c.txt"]), duckdb=database, pool=ExtractionPool(workers=1))
    assert result.metadata["articles"].value == 1  # b and c hold one article
    after = dict(_rows(database, "SELECT article_id, count(*) FROM sentences GROUP BY 1"))
    assert len(after) == 2 and all(after[a] == n for a, n in first)


def test_narratives_ranks_candidates_from_the_stored_terms(tmp_path):
    database = DuckDBResource(database=str(tmp_path / "work.duckdb"))
    with database.get_connection() as conn:
        for name in TABLES:  # the tables the steps before it leave, empty but for the words
            ensure_table(conn, name)
        conn.execute(
            "INSERT INTO article_terms VALUES ('0000000000000001', '铜价', 0.5), "
            "('0000000000000002', '铜价', 0.25), ('0000000000000002', '库存', 0.5)"
        )
    results = _materialise(narratives(duckdb=database, pool=ExtractionPool(workers=1)))
    assert sorted(results) == ["candidate_narratives", "narrative_timeline", "narratives"]
    assert results["narratives"].metadata["dagster/row_count"].value > 0  # the taxonomy
    assert results["narratives"].metadata["discovered"].value == 0  # two articles make no story
    assert results["candidate_narratives"].metadata["dagster/row_count"].value == 2
    ranked = _rows(database, "SELECT phrase, score, n_articles FROM candidate_narratives ORDER BY score DESC, phrase")
    assert ranked == [("铜价", 0.75, 2), ("库存", 0.5, 1)]
