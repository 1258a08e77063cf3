"""The articles asset: read the files of its partitions, keep distinct articles, report every file."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.extraction.files import article_entries, name_note
from pipeline.extraction.records import Refusal
from pipeline.sources import fingerprint
from pipeline.work import read_file, run_all

from .batch import export_partitions, import_partitions, materialized, observe_files
from .corpus import Read, ingest_batch, settle_duplicates
from .partitions import PER_ARTICLE
from .resources import ArticlesFolder, ExtractionPool
from .tables import markdown_preview, store, table_specs


def _read_batch(context: dg.AssetExecutionContext, root: Path, batch: list[str], workers: int):
    """(what each file gave, its fingerprint, the notes on kept files, how to read a file again)."""
    # A key is a file's shown name; non-UTF-8 names are found again through the folder's listing.
    entries = article_entries(root)
    paths = {name: entries.get(name, root / name) for name in batch}
    # Fingerprinted before it is read: a file changed while the run reads it is stale for the next run.
    prints = {name: fingerprint(paths[name]) for name in batch}
    read = dict(zip(batch, run_all(read_file, [(str(root), name, str(paths[name])) for name in batch], workers)))
    notes = {name: note for name in batch if (note := name_note(paths[name].relative_to(root).as_posix()))}
    for name, (result, _) in read.items():
        if isinstance(result, Refusal):
            context.log.warning(f"Refused {name}: {result.reason}")
        elif name in notes:
            context.log.warning(f"Kept {name}: {notes[name]}")

    def reread(name: str) -> Read:
        return read_file(str(root), name, str(entries.get(name, root / name)))

    return read, prints, notes, reread


@dg.multi_asset(name="articles", specs=table_specs("articles", "ingest", ["working_ledger"]), **PER_ARTICLE)
def articles(
    context: dg.AssetExecutionContext,
    articles_folder: ArticlesFolder,
    duckdb: DuckDBResource,
    pool: ExtractionPool,
):
    """Decode each file of the batch, strip site junk, detect the script, keep a Simplified copy.

    Writes ``articles`` and ``ingest_log`` (every file with its status and reason)
    for the files of the partitions run; the same text under several names is
    stored once, owned by the smallest name.
    """
    root = articles_folder.root
    if not root.is_dir():
        raise dg.Failure(f"The articles folder {root} does not exist.")
    batch = sorted(context.partition_keys)
    read, prints, notes, reread = _read_batch(context, root, batch, pool.count)
    with duckdb.get_connection() as conn:
        import_partitions(context, duckdb, conn)
        article_rows, replaced, log_rows = ingest_batch(conn, read, prints, reread, notes)
        metadata = store(conn, "articles", article_rows, replaced)
        log_metadata = store(conn, "ingest_log", log_rows, batch)
        settle_duplicates(conn, sorted(set(log_rows["article_id"].dropna()) | set(replaced)))
        file_rows = conn.execute(
            "SELECT file_name, format, status, reason, article_id, encoding, n_bytes FROM ingest_log "
            "WHERE file_name IN (SELECT unnest(?::VARCHAR[])) ORDER BY file_name",
            [batch],
        ).df()
        observe_files(context, conn, "ingest_log", ["status", "reason", "format", "encoding", "article_id", "n_chars"])
        export_partitions(context, duckdb, conn)
    metadata.update(
        partitions=dg.MetadataValue.int(len(batch)),
        chars=dg.MetadataValue.int(int(article_rows["n_chars"].sum()) if not article_rows.empty else 0),
    )
    log_metadata.update(
        files_seen=dg.MetadataValue.int(len(file_rows)),
        files_refused=dg.MetadataValue.int(int((file_rows["status"] == "refused").sum())),
        ingest_report=dg.MetadataValue.md(markdown_preview(file_rows, rows=50)),
    )
    yield materialized("articles", metadata)
    yield materialized("ingest_log", log_metadata)
