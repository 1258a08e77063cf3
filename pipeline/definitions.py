"""The Dagster code location: assets, checks, the job that materialises everything, resources."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline.defs import extract, ingest, publish, working
from pipeline.defs.checks import ALL_CHECKS
from pipeline.defs.resources import DEFAULT_ARTICLES, DEFAULT_MAX_DROP, DEFAULT_OUT, build_resources
from pipeline.defs.sensors import CORPUS_ASSETS, article_files_sensor

ASSETS = [
    working.working_ledger,
    ingest.articles,
    extract.sentences,
    extract.entities,
    extract.figures,
    extract.claims,
    extract.narrative_tags,
    extract.narratives,
    publish.ledger_db,
    publish.site_pages,
    publish.site,
]

__all__ = ["ASSETS", "CORPUS_ASSETS", "build_definitions", "defs", "ledger_job"]

# One process: every step opens the same DuckDB file read-write; the per-article
# steps spread their articles over a process pool instead (pipeline.work).
# A run covers a range of article partitions plus the corpus-level assets.
ledger_job = dg.define_asset_job(
    "ledger_job",
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="Ingest and extract the article partitions of the run, then check and publish the whole ledger and "
        "site.",
)


def build_definitions(
    articles_dir: Path = DEFAULT_ARTICLES,
    out_dir: Path = DEFAULT_OUT,
    workers: int = 0,
    max_drop: float = DEFAULT_MAX_DROP,
) -> dg.Definitions:
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=ALL_CHECKS,
        jobs=[ledger_job],
        sensors=[article_files_sensor],
        resources=build_resources(articles_dir, out_dir, workers, max_drop),
        executor=dg.in_process_executor,
    )


defs = build_definitions()
