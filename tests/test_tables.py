"""What a stored table tells the Dagster UI: the standard row count, its Pandera columns, a readable preview."""

from __future__ import annotations

import math

import duckdb
import pandas as pd
import pytest

from pipeline.defs.tables import COLUMN_SCHEMA, ROW_COUNT, column_schema, markdown_preview, preview_cell, store
from schemas import REGISTRY


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, ""),
        (math.nan, ""),
        (pd.NA, ""),
        (670000000000.0, "670,000,000,000"),
        (0.25, "0.25"),
        (-3.5, "-3.5"),
        (12, "12"),
        ("第一行\n第二行", "第一行 第二行"),
        ("长" * 100, "长" * 40),
    ],
)
def test_preview_cells_read_as_written(value, shown):
    assert preview_cell(value) == shown


def test_the_preview_has_no_nan_and_no_exponent():
    frame = pd.DataFrame({"label": ["营收", "利润"], "value": [670000000000.0, math.nan], "unit": ["元", None]})
    preview = markdown_preview(frame)
    assert "670,000,000,000" in preview
    assert "nan" not in preview.lower() and "e+" not in preview and "None" not in preview


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_the_column_schema_is_the_pandera_models(name):
    model_columns = REGISTRY[name].model.to_schema().columns
    schema = column_schema(name)
    assert [c.name for c in schema.columns] == list(model_columns)
    for column in schema.columns:
        assert column.type == str(model_columns[column.name].dtype)
        assert column.constraints.nullable == model_columns[column.name].nullable


@pytest.mark.parametrize("name", ["figures", "claims", "articles"])
def test_store_reports_the_standard_keys(name):
    conn = duckdb.connect()
    metadata = store(conn, name, pd.DataFrame())
    assert metadata[ROW_COUNT].value == 0
    assert metadata[COLUMN_SCHEMA].value == column_schema(name)
