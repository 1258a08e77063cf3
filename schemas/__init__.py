"""Pandera models, one per ledger table, and the helpers that apply them.

The models are the single source of truth for each table: column types and
constraints (validated on every write and in the asset checks), and column
descriptions (written to DuckDB as COMMENT ON and shown on the site).
"""

from __future__ import annotations

from .registry import ARTICLE_ROWS, STEP_TABLES, REGISTRY, SITE_ORDER, TABLES, Table

__all__ = ["ARTICLE_ROWS", "REGISTRY", "SITE_ORDER", "STEP_TABLES", "TABLES", "Table"]
