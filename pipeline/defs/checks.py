"""Asset checks: each table against its Pandera model, and the links between tables.

Severity: schema, span and foreign-key checks are ERROR and block publishing;
rows already rejected on write and refused input files are WARN (the ledger is
published without them, and they are listed in rejected_rows and the ingest report).
"""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline import storage
from schemas import TABLES
from schemas.validate import split_valid

from . import guard
from .sql import query
from .tables import markdown_preview


# The checks of the ledger as a whole hang on the step that stages it: a blocking one that fails
# stops the site, and with it the publishing of both.
WHOLE_LEDGER = "ledger_db"


def _schema_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=table,
        name=f"{table}_match_schema",
        blocking=True,
        description=f"{table} passes its Pandera model (lazy, all failures collected).",
    )
    def check(duckdb: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb.get_connection() as conn:
            split = split_valid(TABLES[table], storage.read_table(conn, table))
        metadata = {"failing_rows": dg.MetadataValue.int(len(split.rejected))}
        if not split.failure_cases.empty:
            cases = split.failure_cases[["column", "check", "failure_case", "index"]]
            metadata["failure_cases"] = dg.MetadataValue.md(markdown_preview(cases, rows=50))
        return dg.AssetCheckResult(passed=split.failure_cases.empty, metadata=metadata)

    return check


def _query_check(
    asset: str, name: str, sql_file: str, description: str, warn: bool = False
) -> dg.AssetChecksDefinition:
    """A check that passes when ``sql_file`` returns no rows; the rows it returns are the evidence.

    ERROR checks block publishing; WARN checks (``warn=True``) only report.
    """
    statement = query(sql_file)
    severity = dg.AssetCheckSeverity.WARN if warn else dg.AssetCheckSeverity.ERROR

    @dg.asset_check(asset=asset, name=name, blocking=not warn, description=description)
    def check(duckdb: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb.get_connection() as conn:
            bad = conn.execute(statement).df()
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
        "Every figure, claim, mention and sentence span holds its quote in text_original.",
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
