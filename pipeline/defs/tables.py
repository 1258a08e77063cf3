"""Store a table through its Pandera model and describe it for the Dagster UI."""

from __future__ import annotations

import json
from collections.abc import Iterable

import dagster as dg
import duckdb
import pandas as pd

from pipeline import storage
from schemas import REGISTRY, STEP_TABLES
from schemas.validate import split_valid

PREVIEW_ROWS = 5
PREVIEW_CHARS = 40
# Dagster's standard keys: the UI's row-count column and columns tab read them.
ROW_COUNT, COLUMN_SCHEMA = "dagster/row_count", "dagster/column_schema"
PREVIEW = "preview"


def input_fingerprint(conn: duckdb.DuckDBPyConnection) -> str:
    """Identifies the input set; stands in for a run id so identical runs give identical rows."""
    return storage.scalar(conn, "SELECT coalesce(sha256(string_agg(sha256, ',' ORDER BY sha256)), '') FROM articles")[
        :16
    ]


def store(conn: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame, keys: list[str] | None = None) -> dict:
    """Validate ``frame``, write the passing rows, keep the failing ones in rejected_rows.

    With ``keys``, only the rows whose batch key (the registry's ``key``) is in
    ``keys`` are replaced; else the whole table is. Row order in the table then
    depends on the order of runs; every reader sorts (ORDER BY), so the
    contents, and the site, are the same as after a full run.

    Returns the materialisation metadata (``table_metadata``).
    """
    table = REGISTRY[name]
    key = None if keys is None else table.key
    columns = list(table.model.to_schema().columns)
    frame = pd.DataFrame(frame, columns=columns) if frame.empty else frame
    frame = frame.sort_values(list(table.sort), kind="stable").reset_index(drop=True)
    split = split_valid(table.model, frame)
    if key is None:
        storage.replace_rows(conn, name, split.valid)
    else:
        storage.ensure_table(conn, name)
        conn.execute(f'DELETE FROM {name} WHERE "{key}" IN (SELECT unnest(?::VARCHAR[]))', [keys])
        storage.append_rows(conn, name, split.valid[columns])
    _record_rejects(conn, name, split.rejected, key, keys)
    return table_metadata(name, split.valid, split.rejected)


def table_metadata(name: str, rows: pd.DataFrame, rejected: pd.DataFrame | None = None) -> dict:
    """What the UI shows of a stored table: its rows (count and preview), columns and rejected rows."""
    metadata = {
        ROW_COUNT: dg.MetadataValue.int(len(rows)),
        COLUMN_SCHEMA: dg.MetadataValue.table_schema(column_schema(name)),
        PREVIEW: dg.MetadataValue.md(markdown_preview(rows)),
    }
    if rejected is not None:
        metadata["rejected_count"] = dg.MetadataValue.int(len(rejected))
        if len(rejected):
            metadata["rejected_preview"] = dg.MetadataValue.md(markdown_preview(rejected[["reason"]]))
    return metadata


def _record_rejects(
    conn: duckdb.DuckDBPyConnection,
    name: str,
    rejected: pd.DataFrame,
    key: str | None = None,
    keys: list[str] | None = None,
) -> None:
    """Replace the rejected rows of ``name`` (only those of ``keys``, when a batch is stored)."""
    storage.ensure_table(conn, "rejected_rows")
    if key is None:
        conn.execute("DELETE FROM rejected_rows WHERE table_name = ?", [name])
    else:
        conn.execute(
            f"DELETE FROM rejected_rows WHERE table_name = ? AND json_extract_string(row_json, '$.{key}') IN (SELECT "
            "unnest(?::VARCHAR[]))",
            [name, keys],
        )
    if rejected.empty:
        return
    run_id = input_fingerprint(conn) if storage.table_exists(conn, "articles") else ""
    rows = pd.DataFrame(
        {
            "table_name": name,
            "row_json": [
                json.dumps(row, ensure_ascii=False, default=str, sort_keys=True)
                for row in rejected.drop(columns="reason").to_dict("records")
            ],
            "reason": rejected["reason"],
            "run_id": run_id,
        }
    )
    storage.append_rows(conn, "rejected_rows", rows)


def record_failures(conn: duckdb.DuckDBPyConnection, name: str, article_ids: list[str], failed: dict[int, str]) -> None:
    """Keep, in rejected_rows under the article-keyed table ``name``, the articles whose step raised
    (``failed``: position in ``article_ids`` -> reason). Call after storing the batch, which clears
    the batch's earlier rows."""
    if not failed:
        return
    rows = pd.DataFrame(
        {
            "table_name": name,
            "row_json": [json.dumps({"article_id": article_ids[i]}) for i in sorted(failed)],
            "reason": [failed[i] for i in sorted(failed)],
            "run_id": input_fingerprint(conn),
        }
    )
    storage.append_rows(conn, "rejected_rows", rows)


def column_schema(name: str) -> dg.TableSchema:
    """The table's columns for the UI, read from its Pandera model (the one description of the table)."""
    columns = REGISTRY[name].model.to_schema().columns.values()
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=column.name,
                type=str(column.dtype),
                description=column.description or column.title,
                constraints=dg.TableColumnConstraints(nullable=column.nullable, unique=column.unique),
            )
            for column in columns
        ]
    )


def table_specs(step: str, group: str, deps: Iterable[str]) -> list[dg.AssetSpec]:
    """One asset per table ``step`` writes (the registry's ``step``), described by its Pandera model: the
    model's description and columns show in the UI before the first run."""
    return [
        dg.AssetSpec(
            name,
            description=REGISTRY[name].model.to_schema().description,
            group_name=group,
            kinds={"duckdb"},
            deps=list(deps),
            metadata={COLUMN_SCHEMA: column_schema(name)},
        )
        for name in STEP_TABLES[step]
    ]


def preview_cell(value) -> str:
    """A cell as a reader writes it: empty for a missing value, numbers in full, one line, clipped."""
    if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return format(value, ",.15g")
    return str(value).replace("\n", " ")[:PREVIEW_CHARS]


def markdown_preview(frame: pd.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """The first rows as a Markdown table, long texts clipped so the UI stays readable."""
    if frame.empty:
        return "_no rows_"
    head = frame.head(rows).map(preview_cell)
    # Without disable_numparse, tabulate reads "670000000000" back as a number and prints 6.7e+11.
    return head.to_markdown(index=False, disable_numparse=True)
