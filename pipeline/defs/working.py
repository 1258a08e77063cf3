"""The working ledger's bookkeeping: before a run reads any file, the rows of files that are no longer
partitions (deleted files) go, with everything that hung on them."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.storage import scalar

from .corpus import reconcile
from .partitions import ARTICLE_FILES


@dg.asset(group_name="ingest", kinds={"duckdb"})
def working_ledger(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Bring the working database in line with the partition set: a deleted file's rows go, and so do its
    article's unless another file still holds the text (so it no longer counts as a holder either)."""
    files = context.instance.get_dynamic_partitions(ARTICLE_FILES.name)
    with duckdb.get_connection() as conn:
        removed = reconcile(conn, files)
        n_articles = scalar(conn, "SELECT count(*) FROM articles")
    if parts := getattr(duckdb, "parts", None):
        removed["partition_folders"] = parts.prune(files)
    return dg.MaterializeResult(
        metadata={
            "articles": dg.MetadataValue.int(n_articles),
            "rows_removed_with_deleted_files": dg.MetadataValue.json(removed),
        }
    )
