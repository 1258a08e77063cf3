"""A snapshot of the Dagster graph: every asset with what it depends on, every check with the asset it
hangs on and whether it blocks. A change to the graph shows here as a change of this file."""

from __future__ import annotations

import pytest

from pipeline.definitions import OWNERS, defs
from pipeline.defs.checks import ALL_CHECKS

ASSET_DEPS = {
    "working_ledger": [],
    "articles": ["working_ledger"],
    "sentences": ["articles"],
    "entities": ["sentences"],
    "figures": ["entities", "sentences"],
    "claims": ["entities", "figures"],
    "narrative_tags": ["claims"],
    "narratives": ["narrative_tags", "working_ledger"],
    "ledger_db": ["narratives"],
    "site_pages": ["ledger_db"],
    "site": ["site_pages"],
}

CHECKS = {  # check -> (asset, blocking)
    "articles_match_schema": ("articles", True),
    "every_file_ingested": ("articles", False),
    "sentences_match_schema": ("sentences", True),
    "figures_match_schema": ("figures", True),
    "entities_match_schema": ("entities", True),
    "claims_match_schema": ("claims", True),
    "narrative_tags_match_schema": ("narrative_tags", True),
    "narratives_match_schema": ("narratives", True),
    "spans_trace_to_text": ("ledger_db", True),
    "foreign_keys_resolve": ("ledger_db", True),
    "no_rows_rejected": ("ledger_db", False),
    "articles_not_lost": ("ledger_db", True),
}


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
        for check in ALL_CHECKS
        for spec in check.check_specs
    }
    assert found == CHECKS


def test_the_job_resolves_over_every_asset():
    job = defs.resolve_job_def("ledger_job")
    assert {n.name for n in job.graph.node_defs} >= {name for name in ASSET_DEPS}


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
