"""Checks of what a run publishes: the ledger file opens read-only and holds every table; the site's
pages link to files it holds and its search index loads."""

from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd

from pipeline.publishing import LEDGER
from pipeline.sitegen.site_check import broken_links, sample_pages, search_index_problems
from schemas import TABLES

from .resources import OutputFolder
from .tables import markdown_preview


def held_tables(path: Path) -> dict[str, int]:
    """Table -> rows of the DuckDB file at ``path``, opened read-only as readers open it."""
    with duckdb.connect(str(path), read_only=True) as conn:
        names = [name for (name,) in conn.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


@dg.asset_check(
    asset="ledger_db",
    blocking=True,
    description="The staged ledger file (the published one, when the check runs alone) opens read-only and "
    "holds every table of the registry.",
)
def ledger_opens_read_only(context: dg.AssetCheckExecutionContext, output_folder: OutputFolder) -> dg.AssetCheckResult:
    staged = output_folder.staging(context.run.run_id) / LEDGER
    path = staged if staged.is_file() else output_folder.published_db
    try:
        held = held_tables(path)
    except (duckdb.Error, OSError) as error:
        return dg.AssetCheckResult(passed=False, description=f"{path} does not open read-only: {error}")
    missing = sorted(set(TABLES) - set(held))
    return dg.AssetCheckResult(
        passed=not missing,
        description=f"missing tables: {', '.join(missing)}" if missing else None,
        metadata={
            "path": dg.MetadataValue.path(str(path)),
            "tables": dg.MetadataValue.int(len(held)),
            "missing": dg.MetadataValue.int(len(missing)),
        },
    )


@dg.asset_check(
    asset="site",
    description="The published pages' internal links (all pages, or an evenly spread sample of "
    "site_check.SAMPLE_PAGES on a large site) lead to files the site holds.",
)
def site_links_resolve(output_folder: OutputFolder) -> dg.AssetCheckResult:
    root = output_folder.public.resolve()
    pages = sample_pages(root)
    broken = broken_links(root, pages)
    return dg.AssetCheckResult(
        passed=bool(pages) and not broken,
        metadata={
            "pages_checked": dg.MetadataValue.int(len(pages)),
            "broken_links": dg.MetadataValue.int(len(broken)),
            "sample": dg.MetadataValue.md(markdown_preview(pd.DataFrame(broken, columns=["page", "link"]), rows=50)),
        },
    )


@dg.asset_check(
    asset="site",
    description="The published search index loads: its manifest parses and counts pages, every bucket file it "
    "counts is there, and each shard's first and last page records open as the browser opens them.",
)
def search_index_loads(output_folder: OutputFolder) -> dg.AssetCheckResult:
    problems = search_index_problems(output_folder.public.resolve())
    return dg.AssetCheckResult(
        passed=not problems,
        description="; ".join(problems[:5]) or None,
        metadata={"problems": dg.MetadataValue.int(len(problems))},
    )
