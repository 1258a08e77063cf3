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
from schemas import ARTICLE_ROWS, TABLES

from .sql import query
from .tables import input_fingerprint

Read = tuple[Article | Refusal, int]  # what reading one file gives, and its size in bytes

def _pairs(conn: duckdb.DuckDBPyConnection, statement: str, params: list) -> list[tuple]:
    return conn.execute(statement, params).fetchall()


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
    old_ids = {
        i
        for (i,) in _pairs(
            conn,
            "SELECT article_id FROM ingest_log WHERE file_name IN (SELECT unnest(?::VARCHAR[])) AND article_id IS "
            "NOT NULL",
            [batch],
        )
    }
    holders: dict[str, list[str]] = defaultdict(list)
    for name in batch:
        if isinstance(read[name][0], Article):
            holders[read[name][0].article_id].append(name)
    ids = sorted(set(holders) | old_ids)
    for name, article_id in _pairs(
        conn,
        "SELECT file_name, article_id FROM ingest_log WHERE article_id IN (SELECT unnest(?::VARCHAR[])) AND "
        "file_name NOT IN (SELECT unnest(?::VARCHAR[]))",
        [ids, batch],
    ):
        holders[article_id].append(name)
    stored_owner = dict(
        _pairs(
            conn, "SELECT article_id, file_name FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        )
    )
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
            log.append(
                {"file_name": name, "status": REFUSED, "reason": result.reason, "article_id": None, "encoding": None}
            )
        else:  # ingested or duplicate: settle_duplicates decides
            note = (notes or {}).get(name)
            log.append(
                {
                    "file_name": name,
                    "status": INGESTED,
                    "reason": note,
                    "article_id": result.article_id,
                    "encoding": result.encoding,
                }
            )
        log[-1].update(format=file_format(name), n_bytes=n_bytes, fingerprint=prints[name])
    return article_frame(articles), replaced, pd.DataFrame(log)


def settle_duplicates(conn: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """The smallest file name holding a text owns it; the others are its duplicates (see ``ingest_batch``)."""
    conn.execute(query("settle_duplicates"), {"ids": article_ids})


def article_frame(articles: list[Article]) -> pd.DataFrame:
    frame = pd.DataFrame([vars(a) for a in articles])
    if not frame.empty:
        frame["published"] = pd.to_datetime(frame["published"])
        frame["ingested_at"] = pd.to_datetime(frame["ingested_at"], utc=True).dt.tz_localize(None)
    return frame


def _reconcile_statements() -> dict[str, str]:
    """Table -> the DELETE of reconcile.sql that drops its rows hanging on nothing."""
    statements = {}
    for part in query("reconcile").split("-- table: ")[1:]:
        table, statement = part.split("\n", 1)
        for name in ARTICLE_ROWS if table == "{table}" else [table]:
            statements[name] = statement.replace("{table}", name)
    return statements


def reconcile(conn: duckdb.DuckDBPyConnection, files: list[str]) -> dict[str, int]:
    """Drop the rows of files that are no longer partitions (``files``), and everything that hung on them.

    Returns how many rows each table lost.
    """
    for name in TABLES:
        storage.ensure_table(conn, name)
    return {
        table: conn.execute(statement, {"files": files} if "$files" in statement else {}).fetchall()[0][0]
        for table, statement in _reconcile_statements().items()
    }


def drop_orphans(conn: duckdb.DuckDBPyConnection, table: str) -> None:
    """Drop the rows of ``table`` whose parent row is gone (its statement of reconcile.sql)."""
    storage.ensure_table(conn, table)
    conn.execute(_reconcile_statements()[table])


def settle_rejects(conn: duckdb.DuckDBPyConnection) -> None:
    """Drop the rows set aside for articles no file holds any more, and stamp the others with the
    fingerprint of the whole input, as a full run would."""
    drop_orphans(conn, "rejected_rows")
    conn.execute("UPDATE rejected_rows SET run_id = ?", [input_fingerprint(conn)])
