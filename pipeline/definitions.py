"""The Dagster code location: what ``pipeline/defs/`` holds (dg's defs-folder layout: assets, checks, the
job, the sensor, the executor), bound to the resources of one articles folder and one output folder."""

from __future__ import annotations

import warnings
from datetime import timedelta
from functools import cache
from pathlib import Path

import dagster as dg

from pipeline.defs.resources import DEFAULT_MAX_DROP, build_resources, configured_paths
from pipeline.defs.sensors import CORPUS_ASSETS

__all__ = ["CORPUS_ASSETS", "build_definitions", "defs"]


# Who answers for the ledger in the UI's catalogue, and how stale a published asset may grow before the UI flags it
# (the sensor runs within a minute of a change; a day without a run means it or the folder stopped).
OWNERS = ["team:narrative-desk"]
PUBLISHED_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(days=1))


@cache
def _defs_folder() -> dg.Definitions:
    loaded = dg.load_from_defs_folder(path_within_project=Path(__file__).resolve().parent)
    # Code references (the UI's link to each asset's source) are taken from the asset functions. Dagster marks
    # them beta and map_asset_specs preview; they are its documented ways, so the notices are not repeated.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dg.BetaWarning)
        warnings.simplefilter("ignore", dg.PreviewWarning)
        return _with_references(loaded).map_asset_specs(func=_described)


def _with_references(loaded: dg.Definitions) -> dg.Definitions:
    return dg.Definitions(
        assets=dg.with_source_code_references(list(loaded.assets or [])),
        asset_checks=loaded.asset_checks,
        jobs=loaded.jobs,
        sensors=loaded.sensors,
        schedules=loaded.schedules,
        resources=loaded.resources,
        executor=loaded.executor,
    )


def _described(spec: dg.AssetSpec) -> dg.AssetSpec:
    freshness = PUBLISHED_FRESHNESS if spec.group_name == "publish" else None
    return spec.replace_attributes(owners=OWNERS, freshness_policy=freshness)


def build_definitions(
    articles_dir: Path | None = None,
    out_dir: Path | None = None,
    workers: int = 0,
    max_drop: float = DEFAULT_MAX_DROP,
    store: str | None = None,
) -> dg.Definitions:
    """The definitions with their resources; folders and store not given come from the environment (see
    ``configured_paths``, ``build_resources``)."""
    articles_dir, out_dir = configured_paths(articles_dir, out_dir)
    return _defs_folder().with_resources(build_resources(articles_dir, out_dir, workers, max_drop, store))


defs = build_definitions()
