"""The site's downloads: every published table as gzipped CSV and as Parquet, and the whole ledger."""

from __future__ import annotations

import gzip
import hashlib
import shutil
from pathlib import Path

from .index_pages import DOWNLOADS, LEDGER_DOWNLOAD


def export_downloads(
    conn, exports: Path, staged: Path, docs: Path, kept: Path, before: dict[str, str], digests: dict[str, str]
) -> list[tuple[str, Path | None]]:
    """(path in the docs folder, file in ``exports``, or None when ``docs`` holds it as it would be
    written) of each download. A table whose digest is the one in ``before`` (table -> digest, the last
    export's) is not exported again; ``digests`` receives each table's digest. CSV and the DuckDB file
    are gzipped (a fifth to a third of their size; gzip stamps no time, so the bytes stay the run's);
    Parquet is ZSTD-compressed (claims at 10,000 articles: 3.4 MB, 4.9 with Parquet's default Snappy).
    A CSV is gzipped in parts kept in ``kept`` (see ``csv_parts``); with no ``before`` (the first export
    by this code) none is kept from an earlier export."""
    if not before:
        shutil.rmtree(kept, ignore_errors=True)
    files = []
    with conn:
        for name in DOWNLOADS:
            digests[name] = table_digest(conn, name)
            paths = [f"data/{name}.{suffix}" for suffix in ("csv.gz", "parquet")]
            if before.get(name) == digests[name] and all((docs / p).is_file() for p in paths):
                files += [(path, None) for path in paths]
                continue
            csv, parquet = exports / f"{name}.csv.gz", exports / f"{name}.parquet"
            with csv.open("wb") as file:
                for part in csv_parts(conn, name, kept / name):
                    file.write(part.read_bytes())
            quoted = str(parquet).replace("'", "''")
            conn.execute(f"COPY (SELECT * FROM {name} ORDER BY ALL) TO '{quoted}' (FORMAT parquet, COMPRESSION zstd)")
            files += [(paths[0], csv), (paths[1], parquet)]
    ledger = exports / LEDGER_DOWNLOAD
    ledger.write_bytes(gzip.compress(staged.read_bytes(), compresslevel=6, mtime=0))
    return [*files, (f"data/{LEDGER_DOWNLOAD}", ledger)]


def csv_parts(conn, name: str, folder: Path) -> list[Path]:
    """The table's rows as CSV (ordered by all columns), in gzip members whose concatenation is one gzip
    file (RFC 1952: gzip, zcat, Python and DuckDB read it whole): the header, then the rows whose first
    column starts with each character, in order (ORDER BY ALL sorts by that column first). A part whose
    rows and columns are unchanged keeps its member file in ``folder``: the per-article tables' first
    column starts with a hash of the article, so adding one rewrites a sixteenth of their rows (the claims'
    CSV took 2.2 s of CPU whole)."""
    folder.mkdir(parents=True, exist_ok=True)
    columns = _columns(conn, name)
    first, kind = columns.split(",", 1)[0].split(" ", 1)
    # Only a text column sorts as its first characters do; a table led by another is one part.
    part = f'left(t."{first}", 1)' if kind == "VARCHAR" else "NULL"
    found = conn.execute(
        f"SELECT {part}, count(*), sum(hash(t)::HUGEINT) FROM {name} t GROUP BY 1 ORDER BY 1 NULLS LAST"
    ).fetchall()
    wanted = [(None, hashlib.sha256(f"{columns}|header".encode()).hexdigest(), "LIMIT 0", "true")]
    for key, rows, total in found:
        where = f"WHERE {part} IS NULL" if key is None else f"WHERE {part} = '{key.replace(chr(39), chr(39) * 2)}'"
        digest = hashlib.sha256(f"{columns}|{key!r}|{rows}|{total}".encode()).hexdigest()
        wanted.append((key, digest, f"{where} ORDER BY ALL", "false"))
    members = []
    for _, digest, clause, header in wanted:
        member = folder / f"{digest}.csv.gz"
        if not member.is_file():
            written = member.with_suffix(".part")
            quoted = str(written).replace("'", "''")
            conn.execute(
                f"COPY (SELECT * FROM {name} t {clause}) TO '{quoted}' (FORMAT csv, COMPRESSION gzip, HEADER {header})"
            )
            written.replace(member)
        members.append(member)
    for stale in set(folder.iterdir()) - set(members):
        stale.unlink()
    return members


def _columns(conn, name: str) -> str:
    return conn.execute(
        "SELECT string_agg(column_name || ' ' || data_type, ',' ORDER BY column_index) FROM duckdb_columns() "
        "WHERE table_name = ? AND schema_name = 'main' AND database_name = current_database()",
        [name],
    ).fetchall()[0][0]


def table_digest(conn, name: str) -> str:
    """The rows of a table, in any order, and its columns: what its downloads are written from."""
    rows, total = conn.execute(f"SELECT count(*), sum(hash(t)::HUGEINT) FROM {name} t").fetchall()[0]
    return hashlib.sha256(f"{_columns(conn, name)}|{rows}|{total}".encode()).hexdigest()
