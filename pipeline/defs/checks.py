"""Asset checks: each table against its Pandera model, and the links between tables.

Severity: schema, span and foreign-key checks are ERROR and block publishing;
rows already rejected on write and refused input files are WARN (the ledger is
published without them, and they are listed in rejected_rows and the ingest report).
"""

from pathlib import Path

import pandas as pd

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline import storage
from schemas import TABLES
from schemas.validate import split_valid

from .guard import articles_not_lost
from .tables import markdown_preview

SQL = Path(__file__).parent / "sql"

# Which tables each asset writes; each gets one schema check.
ASSET_TABLES = {
    "articles": ["articles", "ingest_log"],
    "sentences": ["sentences"],
    "entities": ["entities", "mentions"],
    "figures": ["figures"],
    "claims": ["claims", "claim_figures"],
    "narrative_tags": ["claim_narratives", "article_narratives", "article_terms"],
    "narratives": ["narratives", "candidate_narratives"],
}


def _schema_check(asset: str, tables: list[str]) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=asset, name=f"{asset}_match_schema", blocking=True, description=f"{', '.join(tables)} pass their Pandera models (lazy, all failures collected).")
    def check(duckdb: DuckDBResource) -> dg.AssetCheckResult:
        failures, counts = [], {}
        with duckdb.get_connection() as conn:
            for table in tables:
                split = split_valid(TABLES[table], storage.read_table(conn, table))
                counts[f"{table}_failing_rows"] = len(split.rejected)
                if not split.failure_cases.empty:
                    failures.append(split.failure_cases.assign(table=table))
        metadata = {k: dg.MetadataValue.int(v) for k, v in counts.items()}
        if failures:
            cases = pd.concat(failures)[["table", "column", "check", "failure_case", "index"]]
            metadata["failure_cases"] = dg.MetadataValue.md(markdown_preview(cases, rows=50))
        return dg.AssetCheckResult(passed=not failures, metadata=metadata)

    return check


def _query_check(
    asset: str, name: str, sql_file: str, description: str, deps: list[str] = (), warn: bool = False
) -> dg.AssetChecksDefinition:
    """A check that passes when ``sql_file`` returns no rows; the rows it returns are the evidence.

    ERROR checks block publishing; WARN checks (``warn=True``) only report.
    """
    query = (SQL / sql_file).read_text(encoding="utf-8")
    severity = dg.AssetCheckSeverity.WARN if warn else dg.AssetCheckSeverity.ERROR

    @dg.asset_check(asset=asset, name=name, blocking=not warn, description=description, additional_deps=list(deps))
    def check(duckdb: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb.get_connection() as conn:
            bad = conn.execute(query).df()
        return dg.AssetCheckResult(
            passed=bad.empty,
            severity=severity,
            metadata={"failing_rows": dg.MetadataValue.int(len(bad)), "sample": dg.MetadataValue.md(markdown_preview(bad, rows=50))},
        )

    return check


ALL_CHECKS = [
    *(_schema_check(asset, tables) for asset, tables in ASSET_TABLES.items()),
    _query_check("narratives", "spans_trace_to_text", "untraceable_spans.sql", "Every figure, claim, mention and sentence span holds its quote in text_original.", ["figures", "claims", "entities", "sentences"]),
    _query_check("narratives", "foreign_keys_resolve", "orphans.sql", "Every id a row refers to exists in its table.", ["figures", "claims", "entities", "sentences"]),
    _query_check("narratives", "no_rows_rejected", "rejected_rows.sql", "No row of any table failed validation (WARN: rejected rows are kept aside, the rest is published).", ["figures", "claims", "entities", "sentences"], warn=True),
    _query_check("articles", "every_file_ingested", "refused_files.sql", "Every input file became an article or a known duplicate (WARN: refused files are listed in the ingest report).", warn=True),
    articles_not_lost,
]
