"""The articles asset: read the folder, keep distinct articles, report every file."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipeline.extraction.ingest import read_corpus

from .resources import ArticlesFolder, OutputFolder
from .tables import markdown_preview, store


@dg.asset(group_name="ingest", kinds={"duckdb"})
def articles(
    context: dg.AssetExecutionContext, articles_folder: ArticlesFolder, output_folder: OutputFolder, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    """Decode every article file, strip site junk, detect the script, keep a Simplified copy.

    Writes ``articles`` and ``ingest_log`` (every file with its status and reason).
    """
    if not articles_folder.root.is_dir():
        raise dg.Failure(f"The articles folder {articles_folder.root} does not exist.")
    output_folder.work.mkdir(parents=True, exist_ok=True)
    corpus = read_corpus(articles_folder.root)
    for refusal in corpus.refusals:
        context.log.warning(f"Refused {refusal.file_name}: {refusal.reason}")
    article_rows = pd.DataFrame([vars(a) for a in corpus.articles])
    if not article_rows.empty:
        article_rows["published"] = pd.to_datetime(article_rows["published"])
        article_rows["ingested_at"] = pd.to_datetime(article_rows["ingested_at"], utc=True).dt.tz_localize(None)
    file_rows = pd.DataFrame([vars(f) for f in corpus.files])
    with duckdb.get_connection() as conn:
        metadata = store(conn, "articles", article_rows, ["article_id"])
        log_metadata = store(conn, "ingest_log", file_rows, ["file_name"])
    refused = file_rows[file_rows["status"] == "refused"] if not file_rows.empty else file_rows
    metadata.update(
        files_seen=dg.MetadataValue.int(len(file_rows)),
        files_refused=dg.MetadataValue.int(len(refused)),
        ingest_report=dg.MetadataValue.md(markdown_preview(file_rows, rows=50)),
        ingest_log_rejected=log_metadata["rejected_count"],
    )
    return dg.MaterializeResult(metadata=metadata)
