"""The event log's batched writes store what Dagster's one-by-one writes store."""

import dagster as dg
import pytest

from pipeline.defs.batch import log_observations
from pipeline.event_store import BATCH_VARIABLE, SqliteEventLog
from pipeline.runner import open_instance

FILES = dg.DynamicPartitionsDefinition(name="files")
KEYS = ["a.txt", "b.txt", "c.txt"]


@dg.asset(partitions_def=FILES, backfill_policy=dg.BackfillPolicy.single_run())
def counted(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    log_observations(
        context,
        [dg.AssetObservation("counted", partition=k, metadata={"chars": len(k)}) for k in context.partition_keys],
    )
    return dg.MaterializeResult(metadata={"partitions": len(context.partition_keys)})


@dg.asset_check(asset=counted, blocking=True)
def counted_is_fine() -> dg.AssetCheckResult:
    return dg.AssetCheckResult(passed=True)


def _recorded(out, batch: str, monkeypatch) -> dict:
    """What the instance under ``out`` holds after a run over every key (event batches of ``batch``
    events; "0": each event stored alone)."""
    with open_instance(out) as instance:
        monkeypatch.setenv(BATCH_VARIABLE, batch)  # after open_instance, which turns batches on
        assert isinstance(instance.event_log_storage, SqliteEventLog)
        instance.add_dynamic_partitions(FILES.name, KEYS)
        job = dg.Definitions(assets=[counted], asset_checks=[counted_is_fine]).resolve_implicit_global_asset_job_def()
        tags = {"dagster/asset_partition_range_start": KEYS[0], "dagster/asset_partition_range_end": KEYS[-1]}
        result = job.execute_in_process(instance=instance, tags=tags)
        assert result.success
        key = dg.AssetKey("counted")
        logged = instance.all_logs(result.run_id)
        materialized = instance.fetch_materializations(key, limit=10).records
        observed = instance.fetch_observations(key, limit=10).records
        latest = instance.get_latest_materialization_event(key)
        check = instance.get_latest_asset_check_evaluation_record(dg.AssetCheckKey(key, "counted_is_fine"))
        return {
            "events": [(e.dagster_event_type, e.step_key, getattr(e.dagster_event, "partition", None)) for e in logged],
            "materialized": sorted(r.partition_key for r in materialized),
            "observed": sorted((r.partition_key, r.asset_observation.metadata["chars"].value) for r in observed),
            "partitions": sorted(instance.get_materialized_partitions(key)),
            "latest": (latest.dagster_event.partition, latest.asset_materialization.metadata["partitions"].value),
            "in_index": len(instance.fetch_materializations(key, limit=10).records),
            "check": check.event.dagster_event.event_specific_data.passed,
            "index": _index_rows(instance),
            "planned": sorted(
                r.partition_key
                for r in instance.event_log_storage.get_event_records(
                    dg.EventRecordsFilter(dg.DagsterEventType.ASSET_MATERIALIZATION_PLANNED, asset_key=key)
                )
            ),
        }


def _index_rows(instance) -> list[tuple]:
    """The index's asset events in order, each with the tags stored for it (by its id) and the shape of its
    timestamps (as SQLAlchemy writes them: microseconds always)."""
    with instance.event_log_storage.index_connection() as conn:
        found = conn.exec_driver_sql(
            "SELECT e.dagster_event_type, e.asset_key, e.partition, length(e.timestamp), t.key, "
            "length(t.event_timestamp), t.event_timestamp = e.timestamp FROM event_logs e "
            "LEFT JOIN asset_event_tags t ON t.event_id = e.id WHERE e.asset_key IS NOT NULL ORDER BY e.id, t.key"
        )
        return [tuple(row) for row in found]


@pytest.mark.parametrize("batch", ["1000", "2"])  # a batch of all events, and batches smaller than a step's
def test_batched_writes_store_what_single_writes_store(tmp_path, monkeypatch, batch):
    single = _recorded(tmp_path / "single", "0", monkeypatch)
    batched = _recorded(tmp_path / "batched", batch, monkeypatch)
    assert single["materialized"] == single["partitions"] == KEYS
    assert [p for p, _ in single["observed"]] == KEYS
    assert ("ASSET_MATERIALIZATION", '["counted"]', "a.txt", 26, "dagster/data_version", 26, 1) in single["index"]
    assert batched == single


def test_a_run_plans_each_asset_once_with_all_its_partitions(tmp_path):
    with open_instance(tmp_path / "out") as instance:
        instance.add_dynamic_partitions(FILES.name, KEYS)
        job = dg.Definitions(assets=[counted]).resolve_implicit_global_asset_job_def()
        tags = {"dagster/asset_partition_range_start": KEYS[0], "dagster/asset_partition_range_end": KEYS[-1]}
        assert job.execute_in_process(instance=instance, tags=tags).success
        planned = instance.event_log_storage.get_event_records(
            dg.EventRecordsFilter(dg.DagsterEventType.ASSET_MATERIALIZATION_PLANNED, asset_key=dg.AssetKey("counted"))
        )
    assert len(planned) == 1
    subset = planned[0].event_log_entry.dagster_event.event_specific_data.partitions_subset
    assert sorted(subset.get_partition_keys()) == KEYS
