"""The job that materialises everything, and the executor every run of this code location uses."""

import dagster as dg

# A run covers a range of article partitions plus the corpus-level assets.
ledger_job = dg.define_asset_job(
    "ledger_job",
    selection=dg.AssetSelection.all(),
    description="Ingest and extract the article partitions of the run, then check and publish the whole ledger "
    "and site.",
)


@dg.definitions
def jobs() -> dg.Definitions:
    # One process: every step opens the same DuckDB file read-write; the per-article
    # steps spread their articles over a process pool instead (pipeline.work).
    return dg.Definitions(jobs=[ledger_job], executor=dg.in_process_executor)
