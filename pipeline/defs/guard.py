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


def unexplained_losses(held: dict[str, str | None], kept: set[str], present: set[str]) -> dict[str, list[str]]:
    """Published articles (id -> their files) missing from the new ledger although a file of theirs is still present.

    ``held``: file -> article id in the published ledger; ``kept``: article ids
    of the new ledger; ``present``: the files of ``held`` that are still in the folder.
    """
    lost: dict[str, list[str]] = {}
    for name, article_id in sorted(held.items()):
        if article_id and article_id not in kept and name in present:
            lost.setdefault(article_id, []).append(name)
    return lost


@dg.asset_check(
    asset="narratives",
    blocking=True,
    description="The run does not drop more than the configured share of the published articles while their files are still in the folder.",
)
def articles_not_lost(articles_folder: ArticlesFolder, output_folder: OutputFolder, duckdb: DuckDBResource) -> dg.AssetCheckResult:
    held = {name: article_id for name, (_, article_id) in held_files(output_folder.published_db).items()}
    published = {a for a in held.values() if a}
    with duckdb.get_connection() as conn:
        kept = {row[0] for row in conn.execute("SELECT article_id FROM articles").fetchall()}
    present = {name for name in held if os.path.lexists(articles_folder.root / name)}
    lost = unexplained_losses(held, kept, present)
    share = len(lost) / len(published) if published else 0.0
    evidence = pd.DataFrame([{"article_id": a, "files_still_present": " | ".join(f)} for a, f in lost.items()])
    passed = share <= output_folder.max_article_drop
    return dg.AssetCheckResult(
        passed=passed,
        description=None if passed else (
            f"{len(lost)} of {len(published)} published articles would be dropped while their files are still in "
            f"{articles_folder.root} (over {output_folder.max_article_drop:.0%}); nothing is published"
        ),
        metadata={
            "published_articles": dg.MetadataValue.int(len(published)),
            "articles_in_run": dg.MetadataValue.int(len(kept)),
            "lost_with_files_present": dg.MetadataValue.int(len(lost)),
            "lost_share": dg.MetadataValue.float(round(share, 4)),
            "max_share": dg.MetadataValue.float(output_folder.max_article_drop),
            "sample": dg.MetadataValue.md(markdown_preview(evidence, rows=50)),
        },
    )
