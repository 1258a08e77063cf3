"""Per-partition Parquet storage, for runs on several processes or machines.

A DuckDB file takes one writer, so runs of different partition ranges cannot share one. With a store
(a local folder, or an fsspec URL such as ``s3://bucket/ledger``), each per-article step also writes its
tables' rows of each partition it ran to ``<store>/<table>/_part=<digest of the file name>/``, and the
corpus-level run gathers every partition back into its working database (DuckDB's ``read_parquet``
over the folder) before it builds the ledger.
"""

from __future__ import annotations

import hashlib
from functools import cache

import duckdb
import fsspec

from schemas import REGISTRY, STEP_TABLES

from .sql import query

PART, PART_CHARS = "_part", 32  # the hive column of a partition's folder, and its length in hex digits
REJECTED = "rejected_rows"
# How each per-article table's rows hang on a file (the sections of parts/rows_of_file.sql and parts/gathered.sql).
KINDS = {
    "ingest_log": "ingest_log",
    **{name: "article" for name, table in REGISTRY.items() if table.key == "article_id"},
    "claim_figures": "claim",
    "claim_narratives": "claim",
    "entities": "entity",
}
PER_ARTICLE_STEPS = sorted({REGISTRY[name].step for name in KINDS})


@cache
def _sections(name: str) -> dict[str, str]:
    """kind -> statement of parts/<name>.sql."""
    return {
        kind: statement.strip()
        for kind, statement in (part.split("\n", 1) for part in query(f"parts/{name}").split("-- kind: ")[1:])
    }


def part_id(file_name: str) -> str:
    """A partition's folder name: its key may hold any character, so a digest of it."""
    return hashlib.sha256(file_name.encode("utf-8")).hexdigest()[:PART_CHARS]


def _folders(step: str) -> dict[str, tuple[str, str]]:
    """The folders a step writes: table folder -> (table, kind). Its rejected rows get a folder of their own."""
    folders = {name: (name, KINDS[name]) for name in STEP_TABLES[step]}
    folders[f"{REJECTED}.{step}"] = (REJECTED, "rejected")
    return folders


class PartitionStore:
    """The store at ``url`` as DuckDB and fsspec see it."""

    def __init__(self, url: str):
        self.fs, root = fsspec.core.url_to_fs(url)
        protocols = [self.fs.protocol] if isinstance(self.fs.protocol, str) else list(self.fs.protocol)
        self.local = "file" in protocols
        self.root = root.rstrip("/")
        # DuckDB reads and writes other file systems through fsspec (no extension to download).
        self.url = self.root if self.local else f"{protocols[0]}://{self.root.lstrip('/')}"
        self._protocol = protocols[0]

    def connect(self, conn: duckdb.DuckDBPyConnection) -> None:
        if not self.local and not conn.filesystem_is_registered(self._protocol):
            conn.register_filesystem(self.fs)

    def _partition_folders(self, folder: str) -> list[str]:
        path = f"{self.root}/{folder}"
        return self.fs.ls(path, detail=False) if self.fs.isdir(path) else []

    def export(self, conn: duckdb.DuckDBPyConnection, step: str, files: list[str]) -> None:
        """Replace the rows of the partitions ``files`` in every folder of ``step``."""
        self.connect(conn)
        conn.execute(query("parts/batch_files"), {"files": files})
        parts = {part_id(name) for name in files}
        self.fs.makedirs(self.root, exist_ok=True)
        for folder, (table, kind) in _folders(step).items():
            stale = [p for p in self._partition_folders(folder) if p.rsplit("=", 1)[-1] in parts]
            if stale:
                self.fs.rm(stale, recursive=True)
            select = _sections("rows_of_file")[kind].replace("{table}", table)
            params = {"tables": STEP_TABLES[step]} if kind == "rejected" else {}
            quoted = f"{self.url}/{folder}".replace("'", "''")
            conn.execute(
                f"COPY (SELECT *, substr(sha256(_file), 1, {PART_CHARS}) AS {PART} FROM ({select})) TO '{quoted}' "
                f"(FORMAT parquet, PARTITION_BY ({PART}), OVERWRITE_OR_IGNORE)",
                params,
            )
        conn.execute("DROP TABLE batch_files")

    def prune(self, files: list[str]) -> int:
        """Drop the partitions of files that are no longer partitions; how many folders went."""
        keep = {part_id(name) for name in files}
        gone = [
            path
            for step in PER_ARTICLE_STEPS
            for folder in _folders(step)
            for path in self._partition_folders(folder)
            if path.rsplit("=", 1)[-1] not in keep
        ]
        if gone:
            self.fs.rm(gone, recursive=True)
        return len(gone)

    def gather(self, conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
        """Make the per-article tables of ``conn`` hold every partition's rows (the log first: it says which
        file owns each article); returns the rows gathered per table."""
        from pipeline import storage

        from .corpus import settle_duplicates

        self.connect(conn)
        counts: dict[str, int] = {}
        for name, kind in KINDS.items():
            storage.create_table(conn, name)
            counts[name] = self._insert(conn, name, name, kind)
            if name == "ingest_log":
                ids = [i for (i,) in conn.execute("SELECT DISTINCT article_id FROM ingest_log").fetchall() if i]
                settle_duplicates(conn, ids)
        storage.ensure_table(conn, REJECTED)
        conn.execute(f"DELETE FROM {REJECTED} WHERE table_name IN (SELECT unnest(?::VARCHAR[]))", [list(KINDS)])
        counts[REJECTED] = sum(self._insert(conn, REJECTED, f"{REJECTED}.{s}", "rejected") for s in PER_ARTICLE_STEPS)
        return counts

    def load(self, conn: duckdb.DuckDBPyConnection, files: list[str]) -> None:
        """Bring what the store holds for the partitions ``files`` into a run's own, empty file, so that a run
        of later steps alone (re-running one step from the UI) finds what earlier runs stored."""
        self.connect(conn)
        parts = [part_id(name) for name in files]
        for name, kind in KINDS.items():
            self._insert(conn, name, name, kind, parts)
        for step in PER_ARTICLE_STEPS:
            self._insert(conn, REJECTED, f"{REJECTED}.{step}", "rejected", parts)

    def _insert(
        self, conn: duckdb.DuckDBPyConnection, table: str, folder: str, kind: str, parts: list[str] | None = None
    ) -> int:
        """Insert a folder's rows (of the partitions ``parts`` only, if given) into ``table``."""
        if not self._partition_folders(folder):
            return 0
        pattern = f"{self.url}/{folder}/*/*.parquet".replace("'", "''")
        rows = f"read_parquet('{pattern}', hive_partitioning = true)"
        if parts is not None:
            rows = f"(SELECT * FROM {rows} WHERE {PART} IN (SELECT unnest($parts::VARCHAR[])))"
        select = _sections("gathered")[kind].replace("{rows}", rows)
        columns = ", ".join(f'"{c}"' for c in REGISTRY[table].model.to_schema().columns)
        sort = ", ".join(REGISTRY[table].sort)
        return conn.execute(
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM ({select}) ORDER BY {sort}",
            {} if parts is None else {"parts": parts},
        ).fetchall()[0][0]
