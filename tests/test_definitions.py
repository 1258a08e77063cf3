"""A snapshot of the Dagster graph: every asset with what it depends on, every check with the asset it
hangs on and whether it blocks. A change to the graph shows here as a change of this file."""

from __future__ import annotations

import dagster as dg
import pytest

from pipeline.definitions import OWNERS, defs
from pipeline.defs.tables import COLUMN_SCHEMA
from schemas import TABLES

PER_ARTICLE_TAGS = ["article_narratives", "article_terms", "claim_narratives", "story_terms"]
NARRATIVE_INPUTS = [*PER_ARTICLE_TAGS, "working_ledger"]
TABLE_ASSETS = [
    "ingest_log", "articles", "sentences", "figures", "entities", "mentions", "claims", "claim_figures", "narratives",
    "claim_narratives", "article_narratives", "article_terms", "candidate_narratives", "story_terms",
    "narrative_timeline", "rejected_rows",
]
ASSET_DEPS = {
    "working_ledger": [],
    "articles": ["working_ledger"],
    "ingest_log": ["working_ledger"],
    "sentences": ["articles"],
    "entities": ["sentences"],
    "mentions": ["sentences"],
    "figures": ["entities", "sentences"],
    "claims": ["entities", "figures", "mentions"],
    "claim_figures": ["entities", "figures", "mentions"],
    **dict.fromkeys(PER_ARTICLE_TAGS, ["claims"]),
    **dict.fromkeys(["narratives", "narrative_timeline", "candidate_narratives"], NARRATIVE_INPUTS),
    "rejected_rows": sorted(set(TABLE_ASSETS) - {"rejected_rows"}),
    "ledger_db": sorted(TABLE_ASSETS),
    "site_pages": ["ledger_db"],
    "site": ["site_pages"],
}

CHECKS = {  # check -> (asset, blocking)
    **{f"{table}_match_schema": (table, True) for table in TABLE_ASSETS},
    "every_file_ingested": ("ingest_log", False),
    "spans_trace_to_text": ("ledger_db", True),
    "foreign_keys_resolve": ("ledger_db", True),
    "no_rows_rejected": ("rejected_rows", False),
    "articles_not_lost": ("ledger_db", True),
    "ledger_opens_read_only": ("ledger_db", True),
    "site_links_resolve": ("site", False),
    "search_index_loads": ("site", False),
}


def test_every_published_table_is_an_asset():
    assert sorted(TABLE_ASSETS) == sorted(TABLES)


def _deps() -> dict[str, list[str]]:
    return {
        key.to_user_string(): sorted(d.to_user_string() for d in asset.asset_deps[key])
        for asset in defs.assets
        for key in asset.keys
    }


@pytest.mark.parametrize("asset", sorted(ASSET_DEPS))
def test_asset_depends_on(asset):
    assert _deps()[asset] == ASSET_DEPS[asset]


def test_no_asset_beyond_the_snapshot():
    assert sorted(_deps()) == sorted(ASSET_DEPS)


def test_checks_match_the_snapshot():
    found = {
        spec.name: (spec.asset_key.to_user_string(), spec.blocking)
        for check in defs.asset_checks
        for spec in check.check_specs
    }
    assert found == CHECKS


def test_the_job_resolves_over_every_asset():
    job = defs.resolve_job_def("ledger_job")
    assert job.asset_layer.executable_asset_keys == {dg.AssetKey(name) for name in ASSET_DEPS}


KINDS = {"site_pages": {"markdown"}, "site": {"mkdocs"}}


def _specs() -> dict[str, object]:
    graph = defs.resolve_asset_graph()
    return {key.to_user_string(): graph.get(key) for key in graph.get_all_asset_keys()}


@pytest.mark.parametrize("asset", sorted(ASSET_DEPS))
def test_each_asset_is_described_owned_and_linked_to_its_code(asset):
    spec = _specs()[asset]
    assert spec.description and spec.owners == OWNERS
    assert spec.kinds == KINDS.get(asset, {"duckdb"})
    (reference,) = spec.metadata["dagster/code_references"].code_references
    assert reference.file_path.endswith(".py") and reference.line_number > 0
    assert (spec.freshness_policy is not None) == (spec.group_name == "publish")


def test_the_loaded_definitions_keep_every_check():
    graph = defs.resolve_asset_graph()
    assert {key.name for key in graph.asset_check_keys} == set(CHECKS)


@pytest.mark.parametrize("table", TABLE_ASSETS)
def test_a_table_asset_is_described_by_its_pandera_model(table):
    spec, model = _specs()[table], TABLES[table].to_schema()
    assert spec.description == model.description
    columns = spec.metadata[COLUMN_SCHEMA].columns
    assert [c.name for c in columns] == list(model.columns)
    assert all(c.description for c in columns)
