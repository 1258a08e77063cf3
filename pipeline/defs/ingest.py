"""The articles asset: read the files of its partitions, keep distinct articles, report every file."""

from collections.abc import Iterator
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.extraction.files import article_entries, name_note
from pipeline.extraction.records import Refusal
from pipeline.sources import fingerprint
from pipeline.work import read_file, start_all

from .batch import combined, export_partitions, import_partitions, materialized, observed_files, parts_of
from .corpus import Read, ingest_batch, settle_duplicates
from .partitions import PER_ARTICLE
from .resources import ArticlesFolder, ExtractionPool
from .tables import markdown_preview, store, table_specs


def _read_parts(
    context: dg.AssetExecutionContext, root: Path, entries: dict[str, Path], batch: list[str], workers: int
) -> Iterator[tuple]:
    """(what each file of a part gave, its fingerprint, the notes on kept files) for each part of the batch
    (``parts_of``), in order. A part's files are fingerprinted and their reading started on the pool before
    the caller gets the previous part, so the pool reads while the caller stores."""
    started = None
    for names in parts_of(batch):
        paths = {name: entries.get(name, root / name) for name in names}
        # Fingerprinted before it is read: a file changed while the run reads it is stale for the next run.
        prints = {name: fingerprint(paths[name]) for name in names}
        reading = start_all(read_file, [(str(root), name, str(paths[name])) for name in names], workers)
        following = (names, paths, prints, reading)
        if started is not None:
            yield _read(context, root, *started)
        started = following
    yield _read(context, root, *started)


def _read(context: dg.AssetExecutionContext, root: Path, names: list[str], paths: dict, prints: dict, reading):
    """A part's reading waited for, its refused and renamed files logged: (read, prints, notes)."""
    read = dict(zip(names, reading))
    notes = {name: note for name in names if (note := name_note(paths[name].relative_to(root).as_posix()))}
    for name, (result, _) in read.items():
        if isinstance(result, Refusal):
            context.log.warning(f"Refused {name}: {result.reason}")
        elif name in notes:
            context.log.warning(f"Kept {name}: {notes[name]}")
    return read, prints, notes


# What ingest_log's observation of each file holds (batch/file_summary.sql).
_FILE_COLUMNS = ["status", "reason", "format", "encoding", "article_id", "n_chars"]


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
    # A key is a file's shown name; non-UTF-8 names are found again through the folder's listing.
    entries = article_entries(root)

    def reread(name: str) -> Read:
        return read_file(str(root), name, str(entries.get(name, root / name)))

    with duckdb.get_connection() as conn:
        import_partitions(context, duckdb, conn)
        # In parts, as the other per-article steps: a part's rows see what the parts before it stored, as
        # a run of its files alone would after a run of theirs (an article's owner is the smallest name).
        metadata, log_metadata, chars = [], [], 0
        for read, prints, notes in _read_parts(context, root, entries, batch, pool.count):
            article_rows, replaced, log_rows = ingest_batch(conn, read, prints, reread, notes)
            metadata.append(store(conn, "articles", article_rows, replaced))
            log_metadata.append(store(conn, "ingest_log", log_rows, sorted(read)))
            settle_duplicates(conn, sorted(set(log_rows["article_id"].dropna()) | set(replaced)))
            chars += int(article_rows["n_chars"].sum()) if not article_rows.empty else 0
            # A part's files are settled (later parts' names are larger: no owner changes), so they are
            # observed now, stored while the pool reads the next part rather than all after the last.
            yield from observed_files(context, conn, "ingest_log", _FILE_COLUMNS, sorted(read))
        file_rows = conn.execute(
            "SELECT file_name, format, status, reason, article_id, encoding, n_bytes FROM ingest_log "
            "WHERE file_name IN (SELECT unnest(?::VARCHAR[])) ORDER BY file_name",
            [batch],
        ).df()
        # sentences' parts are not started ahead (Batch.start_ahead): their work is small, and their texts,
        # held beside this step's, made the run's peak (1,886 MiB at 10,000 articles).
        export_partitions(context, duckdb, conn)
    metadata, log_metadata = combined(metadata), combined(log_metadata)
    metadata.update(
        partitions=dg.MetadataValue.int(len(batch)),
        chars=dg.MetadataValue.int(chars),
    )
    log_metadata.update(
        files_seen=dg.MetadataValue.int(len(file_rows)),
        files_refused=dg.MetadataValue.int(int((file_rows["status"] == "refused").sum())),
        ingest_report=dg.MetadataValue.md(markdown_preview(file_rows, rows=50)),
    )
    yield materialized("articles", metadata)
    yield materialized("ingest_log", log_metadata)
