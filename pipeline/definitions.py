"""The Dagster code location: assets, checks, the job that materialises everything, resources."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline.defs import extract, ingest, publish
from pipeline.defs.checks import ALL_CHECKS
from pipeline.defs.resources import DEFAULT_ARTICLES, DEFAULT_OUT, build_resources

ASSETS = [
    ingest.articles,
    extract.sentences,
    extract.entities,
    extract.figures,
    extract.claims,
    extract.narratives,
    publish.ledger_db,
    publish.site_pages,
    publish.site,
]

# One process: every step opens the same DuckDB file read-write.
ledger_job = dg.define_asset_job("ledger_job", selection=dg.AssetSelection.all(), executor_def=dg.in_process_executor, description="Ingest, extract, check and publish the whole ledger and site.")


def build_definitions(articles_dir: Path = DEFAULT_ARTICLES, out_dir: Path = DEFAULT_OUT) -> dg.Definitions:
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=ALL_CHECKS,
        jobs=[ledger_job],
        resources=build_resources(articles_dir, out_dir),
        executor=dg.in_process_executor,
    )


defs = build_definitions()
