"""The ledger's DuckDB tables: DDL and comments from the Pandera models, writes and reads."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pandera.pandas as pa

from schemas import TABLES

_SQL_TYPES = {"str": "VARCHAR", "string": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN"}


def sql_type(column: pa.Column) -> str:
    if column.metadata and "sql" in column.metadata:
        return column.metadata["sql"]
    dtype = str(column.dtype)
    if dtype.startswith("datetime64"):
        return "TIMESTAMP"
    if dtype.startswith("string"):
        return "VARCHAR"
    return _SQL_TYPES[dtype]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_ddl(name: str) -> list[str]:
    """CREATE TABLE plus COMMENT ON for one table (names come from our own registry)."""
    schema = TABLES[name].to_schema()
    columns = ", ".join(f'"{col}" {sql_type(spec)}' for col, spec in schema.columns.items())
    statements = [f"CREATE OR REPLACE TABLE {name} ({columns})"]
    statements.append(f"COMMENT ON TABLE {name} IS {_literal(schema.description or '')}")
    for col, spec in schema.columns.items():
        statements.append(f'COMMENT ON COLUMN {name}."{col}" IS {_literal(spec.description or "")}')
    return statements


def create_table(conn: duckdb.DuckDBPyConnection, name: str) -> None:
    for statement in table_ddl(name):
        conn.execute(statement)


def ensure_table(conn: duckdb.DuckDBPyConnection, name: str) -> None:
    if not table_exists(conn, name):
        create_table(conn, name)


def replace_rows(conn: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame) -> None:
    """Make ``name`` hold exactly ``frame`` (columns in the model's order)."""
    create_table(conn, name)
    columns = list(TABLES[name].to_schema().columns)
    conn.register("incoming_rows", frame[columns])
    try:
        conn.execute(f"INSERT INTO {name} BY NAME SELECT * FROM incoming_rows")
    finally:
        conn.unregister("incoming_rows")


def append_rows(conn: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame) -> None:
    if frame.empty:
        return
    conn.register("incoming_rows", frame)
    try:
        conn.execute(f"INSERT INTO {name} BY NAME SELECT * FROM incoming_rows")
    finally:
        conn.unregister("incoming_rows")


def read_table(conn: duckdb.DuckDBPyConnection, name: str, order_by: str | None = None) -> pd.DataFrame:
    order = f" ORDER BY {order_by}" if order_by else ""
    return conn.execute(f"SELECT * FROM {name}{order}").df()


def scalar(conn: duckdb.DuckDBPyConnection, query: str, params: list | None = None):
    """The single value of a query. DuckDB 2 keeps a result open until it is read to
    the end, which blocks the next statement, so the result is read whole."""
    return conn.execute(query, params or []).fetchall()[0][0]


def table_exists(conn: duckdb.DuckDBPyConnection, name: str) -> bool:
    return scalar(conn, "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]) > 0


def held_files(ledger: Path) -> dict[str, tuple[str | None, str | None]]:
    """file -> (fingerprint, article_id) of the files a published ledger holds ({} when there is none)."""
    if not ledger.is_file():
        return {}
    try:
        with duckdb.connect(str(ledger), read_only=True) as conn:
            rows = conn.execute("SELECT file_name, fingerprint, article_id FROM ingest_log").fetchall()
    except duckdb.Error:  # unreadable, or from a version without fingerprints: redo everything
        return {}
    return {name: (print_, article_id) for name, print_, article_id in rows}
