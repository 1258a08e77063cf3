"""Keeping the working database consistent when only some files are (re)read.

Partitioned steps replace the rows of their own files and articles; what ties
files together (one article under several names, its owner being the smallest
file name) and what disappears with deleted files is settled here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import duckdb
import pandas as pd

from pipeline import storage
from pipeline.extraction.files import file_format
from pipeline.extraction.ingest import INGESTED, REFUSED
from pipeline.extraction.records import Article, Refusal
from schemas import TABLES

from .tables import input_fingerprint

Read = tuple[Article | Refusal, int]  # what reading one file gives, and its size in bytes

# Per-article tables and the column that ties their rows to an article.
ARTICLE_ROWS = {
    "sentences": "article_id", "figures": "article_id", "mentions": "article_id", "claims": "article_id",
    "article_narratives": "article_id", "article_terms": "article_id",
}


def _pairs(conn: duckdb.DuckDBPyConnection, query: str, params: list) -> list[tuple]:
    return conn.execute(query, params).fetchall()


def ingest_batch(
    conn: duckdb.DuckDBPyConnection,
    read: dict[str, Read],
    prints: dict[str, str],
    reread: Callable[[str], Read],
    notes: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, list[str], pd.DataFrame]:
    """(article rows to write, article ids they replace, ingest_log rows of the batch).

    ``notes`` are what to report about files that are kept (a name that had to
    be rewritten to be shown); they become the reason of their log rows.

    An article row comes from its owner, the smallest file name holding its
    text, wherever that file is; ``settle_duplicates`` then marks the other
    holders, inside or outside the batch, as its duplicates.
    """
    for name in ("ingest_log", "articles"):
        storage.ensure_table(conn, name)
    batch = sorted(read)
    old_ids = {i for (i,) in _pairs(conn, "SELECT article_id FROM ingest_log WHERE file_name IN (SELECT unnest(?::VARCHAR[])) AND article_id IS NOT NULL", [batch])}
    holders: dict[str, list[str]] = defaultdict(list)
    for name in batch:
        if isinstance(read[name][0], Article):
            holders[read[name][0].article_id].append(name)
    ids = sorted(set(holders) | old_ids)
    for name, article_id in _pairs(
        conn,
        "SELECT file_name, article_id FROM ingest_log WHERE article_id IN (SELECT unnest(?::VARCHAR[])) AND file_name NOT IN (SELECT unnest(?::VARCHAR[]))",
        [ids, batch],
    ):
        holders[article_id].append(name)
    stored_owner = dict(_pairs(conn, "SELECT article_id, file_name FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]))
    articles, replaced = [], []
    for article_id in ids:
        names = sorted(holders.get(article_id, []))
        if not names:  # no file holds this text any more
            replaced.append(article_id)
            continue
        owner = names[0]
        if owner in read:
            articles.append(read[owner][0])
            replaced.append(article_id)
        elif stored_owner.get(article_id) != owner:  # the owner changed to a file outside the batch: read it again
            again = reread(owner)[0]
            if isinstance(again, Article) and again.article_id == article_id:
                articles.append(again)
                replaced.append(article_id)
    log = []
    for name in batch:
        result, n_bytes = read[name]
        if isinstance(result, Refusal):
            log.append({"file_name": name, "status": REFUSED, "reason": result.reason, "article_id": None, "encoding": None})
        else:  # ingested or duplicate: settle_duplicates decides
            note = (notes or {}).get(name)
            log.append({"file_name": name, "status": INGESTED, "reason": note, "article_id": result.article_id, "encoding": result.encoding})
        log[-1].update(format=file_format(name), n_bytes=n_bytes, fingerprint=prints[name])
    return article_frame(articles), replaced, pd.DataFrame(log)


def settle_duplicates(conn: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """The smallest file name holding a text owns it; the others are its duplicates.

    An owner keeps the note its row was written with (see ``ingest_batch``).
    """
    conn.execute(
        """
        UPDATE ingest_log AS l SET
            status = CASE WHEN l.file_name = o.owner THEN 'ingested' ELSE 'duplicate' END,
            reason = CASE WHEN l.file_name <> o.owner THEN 'same text as ' || o.owner
                          WHEN starts_with(l.reason, 'same text as ') THEN NULL ELSE l.reason END
        FROM (SELECT article_id, min(file_name) AS owner FROM ingest_log
              WHERE article_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY article_id) AS o
        WHERE l.article_id = o.article_id
        """,
        [article_ids],
    )


def article_frame(articles: list[Article]) -> pd.DataFrame:
    frame = pd.DataFrame([vars(a) for a in articles])
    if not frame.empty:
        frame["published"] = pd.to_datetime(frame["published"])
        frame["ingested_at"] = pd.to_datetime(frame["ingested_at"], utc=True).dt.tz_localize(None)
    return frame


def reconcile(conn: duckdb.DuckDBPyConnection, files: list[str]) -> dict[str, int]:
    """Drop the rows of files that are no longer partitions, and everything that hung on them.

    Returns how many rows each table lost. Also restamps rejected rows with the
    fingerprint of the whole input, as a full run would.
    """
    for name in TABLES:
        storage.ensure_table(conn, name)
    gone = {}
    statements = {
        "ingest_log": ("DELETE FROM ingest_log WHERE file_name NOT IN (SELECT unnest(?::VARCHAR[]))", [files]),
        "articles": ("DELETE FROM articles WHERE article_id NOT IN (SELECT article_id FROM ingest_log WHERE status = 'ingested')", []),
        **{t: (f"DELETE FROM {t} WHERE {c} NOT IN (SELECT article_id FROM articles)", []) for t, c in ARTICLE_ROWS.items()},
        "claim_figures": ("DELETE FROM claim_figures WHERE claim_id NOT IN (SELECT claim_id FROM claims)", []),
        "claim_narratives": ("DELETE FROM claim_narratives WHERE claim_id NOT IN (SELECT claim_id FROM claims)", []),
        "entities": ("DELETE FROM entities WHERE entity_id NOT IN (SELECT entity_id FROM mentions)", []),
        "rejected_rows": (
            """DELETE FROM rejected_rows WHERE
                 json_extract_string(row_json, '$.article_id') NOT IN (SELECT article_id FROM ingest_log WHERE article_id IS NOT NULL)
                 OR (table_name = 'ingest_log' AND json_extract_string(row_json, '$.file_name') NOT IN (SELECT unnest(?::VARCHAR[])))""",
            [files],
        ),
    }
    for table, (query, params) in statements.items():
        gone[table] = conn.execute(query, params).fetchall()[0][0]
    conn.execute("UPDATE rejected_rows SET run_id = ?", [input_fingerprint(conn)])
    return gone
