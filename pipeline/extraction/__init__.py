"""Plain-Python extraction: strings and frozen dataclasses in, records out.

Nothing in this package imports dagster or duckdb, so every rule can be tested
and reused (``ledger figures``) without an orchestrator or a database.
"""
