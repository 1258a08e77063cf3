"""The CSV downloads in parts: one gzip file whose rows are the whole table's, and a changed row rewrites
only its part."""

from __future__ import annotations

import gzip

import duckdb
import pytest

from pipeline.sitegen.downloads import csv_parts

# (what the table holds, the column type that leads it, its rows)
TABLES = [
    ("ids led by a hex hash", "VARCHAR", [("0a:c1", 1), ("0a:c2", 2), ("f3:c1", 3), ("9b:c7", None)]),
    ("nulls and empty keys", "VARCHAR", [(None, 1), ("", 2), ("b", 3), (None, 4), ("a", 5)]),
    ("keys beyond ASCII and quotes", "VARCHAR", [("缺电", 1), ("資本", 2), ("'q", 3), ('"d', 4), ("z,x", 5)]),
    ("a number first: sorted as numbers", "BIGINT", [(10, 1), (9, 2), (100, 3), (-1, 4)]),
    ("no rows", "VARCHAR", []),
]


def _table(conn, kind: str, rows: list[tuple]) -> None:
    conn.execute(f"CREATE OR REPLACE TABLE t (k {kind}, v BIGINT)")
    if rows:
        conn.executemany("INSERT INTO t VALUES (?, ?)", rows)


def _whole(conn, tmp_path) -> bytes:
    target = tmp_path / "whole.csv"
    conn.execute(f"COPY (SELECT * FROM t ORDER BY ALL) TO '{target}' (FORMAT csv)")
    return target.read_bytes()


@pytest.mark.parametrize(("held", "kind", "rows"), TABLES, ids=[t[0] for t in TABLES])
def test_the_parts_read_as_one_file_of_the_whole_table(tmp_path, held, kind, rows):
    conn = duckdb.connect()
    _table(conn, kind, rows)
    parts = csv_parts(conn, "t", tmp_path / "parts")
    assert gzip.decompress(b"".join(p.read_bytes() for p in parts)) == _whole(conn, tmp_path)


def test_a_changed_row_rewrites_its_part_alone_and_stale_parts_go(tmp_path):
    conn = duckdb.connect()
    _table(conn, "VARCHAR", [("0a:c1", 1), ("0a:c2", 2), ("f3:c1", 3), ("9b:c7", 4)])
    first = {p.name: p.stat().st_mtime_ns for p in csv_parts(conn, "t", tmp_path / "parts")}
    conn.execute("UPDATE t SET v = 5 WHERE k = 'f3:c1'")
    second = csv_parts(conn, "t", tmp_path / "parts")
    kept = [p for p in second if first.get(p.name) == p.stat().st_mtime_ns]
    assert len(second) == 4 and len(kept) == 3  # the header, 0…, 9… kept; f… written again
    assert sorted(tmp_path.joinpath("parts").iterdir()) == sorted(second)
    assert gzip.decompress(b"".join(p.read_bytes() for p in second)) == _whole(conn, tmp_path)


def test_a_new_column_rewrites_every_part(tmp_path):
    conn = duckdb.connect()
    _table(conn, "VARCHAR", [("a", 1), ("b", 2)])
    first = {p.name for p in csv_parts(conn, "t", tmp_path / "parts")}
    conn.execute("ALTER TABLE t ADD COLUMN w VARCHAR DEFAULT 'x'")
    second = csv_parts(conn, "t", tmp_path / "parts")
    assert not first & {p.name for p in second}
    assert gzip.decompress(b"".join(p.read_bytes() for p in second)) == _whole(conn, tmp_path)
