"""The Dagster code location: what ``pipeline/defs/`` holds (dg's defs-folder layout: assets, checks, the
job, the sensor, the executor), bound to the resources of one articles folder and one output folder."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import dagster as dg

from pipeline.defs.resources import DEFAULT_MAX_DROP, build_resources, configured_paths
from pipeline.defs.sensors import CORPUS_ASSETS

__all__ = ["CORPUS_ASSETS", "build_definitions", "defs"]


@cache
def _defs_folder() -> dg.Definitions:
    return dg.load_from_defs_folder(path_within_project=Path(__file__).resolve().parent)


def build_definitions(
    articles_dir: Path | None = None, out_dir: Path | None = None, workers: int = 0, max_drop: float = DEFAULT_MAX_DROP
) -> dg.Definitions:
    """The definitions with their resources; folders not given come from the environment (see
    ``configured_paths``)."""
    articles_dir, out_dir = configured_paths(articles_dir, out_dir)
    return _defs_folder().with_resources(build_resources(articles_dir, out_dir, workers, max_drop))


defs = build_definitions()
