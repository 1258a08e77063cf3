"""Narrative Ledger: a Dagster code location that turns Chinese market commentary into a ledger."""
