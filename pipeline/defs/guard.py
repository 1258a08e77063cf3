"""The publish guard: a run may not drop published articles whose files are still in the folder.

A run that lost track of its partitions (say, the corpus-level assets
materialised from the UI on an instance that knows none) reads as "every file
deleted"; publishing that would replace a full ledger with an empty one.
"""

from __future__ import annotations

import os

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipeline.storage import held_files

from .resources import ArticlesFolder, OutputFolder
from .tables import markdown_preview


def unexplained_losses(held: dict[str, str | None], with_article: set[str], present: set[str]) -> list[str]:
    """The files that gave an article to the published ledger, are still in the folder, and give none now.

    ``held``: file -> article id in the published ledger; ``with_article``: the
    files that have an article in the new ledger; ``present``: files in the folder.
    A deleted file explains its loss; an edited file keeps an article (a new one).
    """
    return sorted(
        name for name, article_id in held.items() if article_id and name in present and name not in with_article
    )


def articles_not_lost(
    articles_folder: ArticlesFolder, output_folder: OutputFolder, duckdb: DuckDBResource
) -> dg.AssetCheckResult:
    """The run does not take their article from more than the configured share of the published files
    still in the folder."""
    held = {name: article_id for name, (_, article_id) in held_files(output_folder.published_db).items()}
    publishing = [name for name, article_id in held.items() if article_id]
    with duckdb.get_connection() as conn:
        rows = conn.execute(
            "SELECT file_name FROM ingest_log WHERE article_id IN (SELECT article_id FROM articles)"
        ).fetchall()
    root = articles_folder.root  # resolved once: the property resolves the path again on every call
    present = {name for name in held if os.path.lexists(root / name)}
    lost = unexplained_losses(held, {row[0] for row in rows}, present)
    share = len(lost) / len(publishing) if publishing else 0.0
    passed = share <= output_folder.max_article_drop
    return dg.AssetCheckResult(
        passed=passed,
        description=None
        if passed
        else (
            f"{len(lost)} of the {len(publishing)} files with a published article would lose it while still in "
            f"{root} (over {output_folder.max_article_drop:.0%}); nothing is published"
        ),
        metadata={
            "published_files": dg.MetadataValue.int(len(publishing)),
            "lost_with_files_present": dg.MetadataValue.int(len(lost)),
            "lost_share": dg.MetadataValue.float(round(share, 4)),
            "max_share": dg.MetadataValue.float(output_folder.max_article_drop),
            "sample": dg.MetadataValue.md(markdown_preview(pd.DataFrame({"file_name": lost}), rows=50)),
        },
    )
