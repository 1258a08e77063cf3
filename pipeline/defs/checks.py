"""Asset checks: each table against its Pandera model, and the links between tables.

Severity: schema, span and foreign-key checks are ERROR and block publishing;
rows already rejected on write and refused input files are WARN (the ledger is
published without them, and they are listed in rejected_rows and the ingest report).
"""

from collections.abc import Iterator

import dagster as dg
import duckdb
import pandas as pd
import pandera.pandas as pa
from dagster_duckdb import DuckDBResource

from pipeline import storage
from schemas import ARTICLE_ROWS, TABLES
from schemas.validate import split_valid, unique_keys

from . import guard
from .partitions import ARTICLE_FILES, RANGE_END, RANGE_START
from .sql import query
from .tables import markdown_preview


# The checks of the ledger as a whole hang on the step that stages it: a blocking one that fails
# stops the site, and with it the publishing of both.
WHOLE_LEDGER = "ledger_db"


# Per-article tables whose rows only their own step writes, by article: a run that redoes some files
# checks the rows of those files' articles (the others are as the run that wrote them checked them) and
# the keys of the whole table, in SQL. The narratives step adds its rows to article_narratives for every
# article, so that table, like those without an article_id, is checked whole.
BY_ARTICLE = [name for name in ("articles", *ARTICLE_ROWS) if name != "article_narratives"]
# A run's rows of a per-article table are validated in parts of about CHECK_BYTES in pandas, and at most
# CHECK_VECTORS vectors (2,048 rows): a full run of 10,000 articles read its claims whole into pandas, 914 MiB
# in the run's process while the pool waited, and its articles (two texts each) 917 MiB.
CHECK_BYTES = 64 * 2**20
CHECK_VECTORS = 24
# Failure cases kept for the check's metadata (the UI shows the first 50).
SHOWN_CASES = 50


def _schema_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=table,
        name=f"{table}_match_schema",
        blocking=True,
        description=f"{table} passes its Pandera model (lazy, all failures collected): the rows of the run's "
        "files, or every row of a corpus-level table, and the keys of the whole table.",
    )
    def check(context: dg.AssetCheckExecutionContext, duckdb: DuckDBResource) -> dg.AssetCheckResult:
        files = _run_files(context) if table in BY_ARTICLE else None
        with duckdb.get_connection() as conn:
            if files is None:
                split = split_valid(TABLES[table], storage.read_table(conn, table))
                checked, failing, cases, duplicates = None, len(split.rejected), split.failure_cases, 0
            else:
                rows = conn.execute(query("checks/rows_of_files").format(table=table), {"files": files})
                checked, failing, cases = split_in_parts(TABLES[table], rows)
                duplicates = _duplicate_rows(conn, table)
        metadata = {"failing_rows": dg.MetadataValue.int(failing)}
        if checked is not None:
            metadata["rows_checked"] = dg.MetadataValue.int(checked)
            metadata["duplicate_key_rows"] = dg.MetadataValue.int(duplicates)
        if not cases.empty:
            shown = cases[["column", "check", "failure_case", "index"]]
            metadata["failure_cases"] = dg.MetadataValue.md(markdown_preview(shown, rows=SHOWN_CASES))
        return dg.AssetCheckResult(passed=cases.empty and not duplicates, metadata=metadata)

    return check


def split_in_parts(
    model: type[pa.DataFrameModel], rows: duckdb.DuckDBPyConnection, vectors: int = CHECK_VECTORS
) -> tuple[int, int, pd.DataFrame]:
    """(rows checked, rows failing, the first SHOWN_CASES of Pandera's failure cases) of a query's rows,
    validated in parts (``_parts``, at most ``vectors`` each); a case's index is its row's place in the whole
    result. A unique key is checked within each part only: the caller counts the whole table's duplicates in
    SQL."""
    checked, failing, cases = 0, 0, []
    for part in _parts(rows, vectors):
        split = split_valid(model, part)
        if not split.failure_cases.empty and sum(map(len, cases)) < SHOWN_CASES:
            cases.append(split.failure_cases.assign(index=split.failure_cases["index"] + checked))
        checked, failing = checked + len(part), failing + len(split.rejected)
    return checked, failing, pd.concat(cases, ignore_index=True).head(SHOWN_CASES) if cases else pd.DataFrame()


def _parts(rows: duckdb.DuckDBPyConnection, vectors: int) -> Iterator[pd.DataFrame]:
    """A query's rows as frames: the first vector alone, then as many vectors at once as hold about
    CHECK_BYTES at the first one's size, at most ``vectors``."""
    first = rows.fetch_df_chunk(1)
    if first.empty:
        return
    yield first
    size = max(1, int(first.memory_usage(deep=True).sum()))
    count = max(1, min(vectors, CHECK_BYTES // size))
    while len(part := rows.fetch_df_chunk(count)):
        yield part


def _run_files(context: dg.AssetCheckExecutionContext) -> list[str] | None:
    """The files of the run's partitions, or None when the run has none (the whole table is checked)."""
    if not context.op_execution_context.has_partition_key_range:
        return None
    return list(context.op_execution_context.partition_keys)


def _range_files(context: dg.AssetCheckExecutionContext) -> list[str] | None:
    """The files of the run's partition range (its tags, for a check of an asset without partitions), or None."""
    tags = context.run.tags
    if RANGE_START not in tags or RANGE_END not in tags:
        return None
    keys = context.instance.get_dynamic_partitions(ARTICLE_FILES.name)  # a range runs in the order keys were added
    return keys[keys.index(tags[RANGE_START]) : keys.index(tags[RANGE_END]) + 1]


def _duplicate_rows(conn, table: str) -> int:
    """Rows of ``table`` beyond the first of each value of a key its model declares unique."""
    total = 0
    for key in unique_keys(TABLES[table]):
        columns = ", ".join(f'"{column}"' for column in key)
        total += storage.scalar(
            conn, f"SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM {table} GROUP BY {columns})"
        )
    return int(total)


def _query_check(
    asset: str, name: str, sql_file: str, description: str, warn: bool = False, by_files: bool = False
) -> dg.AssetChecksDefinition:
    """A check that passes when ``sql_file`` returns no rows; the rows it returns are the evidence.

    ERROR checks block publishing; WARN checks (``warn=True``) only report. With ``by_files`` the statement
    takes ``$files``: the files of the run's partition range, or NULL for a run without one.
    """
    statement = query(sql_file)
    severity = dg.AssetCheckSeverity.WARN if warn else dg.AssetCheckSeverity.ERROR

    @dg.asset_check(asset=asset, name=name, blocking=not warn, description=description)
    def check(context: dg.AssetCheckExecutionContext, duckdb: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb.get_connection() as conn:
            bad = conn.execute(statement, {"files": _range_files(context)} if by_files else {}).df()
        return dg.AssetCheckResult(
            passed=bad.empty,
            severity=severity,
            metadata={
                "failing_rows": dg.MetadataValue.int(len(bad)),
                "sample": dg.MetadataValue.md(markdown_preview(bad, rows=50)),
            },
        )

    return check


ALL_CHECKS = [
    *(_schema_check(table) for table in TABLES),
    _query_check(
        WHOLE_LEDGER,
        "spans_trace_to_text",
        "untraceable_spans",
        "Every figure, claim, mention and sentence span holds its quote in text_original (in a run that redoes "
        "some files, the spans of their articles).",
        by_files=True,
    ),
    _query_check(WHOLE_LEDGER, "foreign_keys_resolve", "orphans", "Every id a row refers to exists in its table."),
    _query_check(
        "rejected_rows",
        "no_rows_rejected",
        "rejected_rows",
        "No row of any table failed validation (WARN: rejected rows are kept aside, the rest is published).",
        warn=True,
    ),
    _query_check(
        "ingest_log",
        "every_file_ingested",
        "refused_files",
        "Every input file became an article or a known duplicate (WARN: refused files are listed in the ingest "
        "report).",
        warn=True,
    ),
    dg.asset_check(asset=WHOLE_LEDGER, name="articles_not_lost", blocking=True)(guard.articles_not_lost),
]
