"""Site generation: ledger tables in, MkDocs pages out (no dagster, no database)."""
