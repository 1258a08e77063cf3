"""Events are stored as the JSON Dagster's serialize_value writes, a range's materialisations serialised once."""

import dagster as dg
import pytest
from dagster._core.storage.event_log import SqlEventLogStorage
from dagster._serdes import serialize_value

from pipeline.event_json import serialized
from pipeline.event_store import _COLUMNS, _TIMESTAMP
from pipeline.runner import open_instance

KEYS = ['a "1".txt', "二\\b.txt", "c.txt"]
FILES = dg.StaticPartitionsDefinition(KEYS)


@dg.multi_asset(
    specs=[dg.AssetSpec("counted"), dg.AssetSpec("summed")],
    partitions_def=FILES,
    backfill_policy=dg.BackfillPolicy.single_run(),
)
def counted(context: dg.AssetExecutionContext):
    for i, key in enumerate(context.partition_keys):  # as a step observes each file: texts and integers
        metadata = {"status": "kept" if i else 'refused "b\\二"', "n_chars": 10 * i}
        context.log_event(dg.AssetObservation("counted", partition=key, metadata=metadata | ({"id": key} if i else {})))
    yield dg.MaterializeResult(asset_key="counted", metadata={"partitions": len(context.partition_keys), "x": 0.0})
    yield dg.MaterializeResult(asset_key="summed", metadata={"chars": sum(map(len, context.partition_keys))})


@pytest.fixture(scope="module")
def logged(tmp_path_factory):
    """The event log entries of a run over every key, with the storage that stored them."""
    with open_instance(tmp_path_factory.mktemp("out")) as instance:
        job = dg.Definitions(assets=[counted]).resolve_implicit_global_asset_job_def()
        tags = {"dagster/asset_partition_range_start": KEYS[0], "dagster/asset_partition_range_end": KEYS[-1]}
        result = job.execute_in_process(instance=instance, tags=tags)
        assert result.success
        yield instance.all_logs(result.run_id), instance.event_log_storage


def _materialized(entries, asset: str) -> list:
    return [e for e in entries if e.dagster_event and e.dagster_event.is_step_materialization and _asset(e) == asset]


def _observed(entries) -> list:
    return [e for e in entries if e.dagster_event and e.dagster_event.is_asset_observation]


def _observed_with(entry, **metadata):
    """The observation ``entry`` with ``metadata`` in place of its own."""
    data = entry.dagster_event.event_specific_data
    observation = data.asset_observation._replace(metadata=metadata)
    return entry._replace(
        dagster_event=entry.dagster_event._replace(event_specific_data=data._replace(asset_observation=observation))
    )


def _asset(entry) -> str:
    return entry.dagster_event.asset_key.to_user_string()


def _with(entry, **metadata):
    """The materialisation ``entry`` with ``metadata`` in place of its own."""
    data = entry.dagster_event.event_specific_data
    materialization = data.materialization._replace(metadata=metadata)
    return entry._replace(
        dagster_event=entry.dagster_event._replace(event_specific_data=data._replace(materialization=materialization))
    )


CASES = {
    "the whole run": lambda entries: entries,
    "one asset's range": lambda entries: _materialized(entries, "counted"),
    "two assets' ranges interleaved": lambda entries: [
        e for pair in zip(_materialized(entries, "counted"), _materialized(entries, "summed")) for e in pair
    ],
    # equal as tuples and numbers, serialised differently: an int and a float, 0.0 and -0.0
    "a float where the first has an int": lambda entries: [
        _with(e, partitions=dg.MetadataValue.int(3) if i == 0 else dg.MetadataValue.float(3.0))
        for i, e in enumerate(_materialized(entries, "counted"))
    ],
    "a negative zero": lambda entries: [
        _with(e, x=dg.MetadataValue.float(0.0 if i != 1 else -0.0))
        for i, e in enumerate(_materialized(entries, "counted"))
    ],
    "other metadata in the middle": lambda entries: [
        _with(e, partitions=dg.MetadataValue.int(i == 1)) for i, e in enumerate(_materialized(entries, "counted"))
    ],
    "observations, one without a key the others have": _observed,
    "observations, a text where the first has an integer": lambda entries: [
        _observed_with(e, n=dg.MetadataValue.int(7) if i == 0 else dg.MetadataValue.text("7"))
        for i, e in enumerate(_observed(entries))
    ],
    "observations, a float among their values": lambda entries: [
        _observed_with(e, share=dg.MetadataValue.float(-0.0 if i else 0.5)) for i, e in enumerate(_observed(entries))
    ],
    "observations, a text that holds a mark": lambda entries: [
        _observed_with(e, note=dg.MetadataValue.text("\x00value 0\x00" if i == 1 else "x"))
        for i, e in enumerate(_observed(entries))
    ],
}


@pytest.mark.parametrize("case", CASES)
def test_each_event_is_serialised_as_serialize_value_writes_it(logged, case):
    entries = CASES[case](logged[0])
    assert len(_materialized(entries, "counted")) == len(KEYS) or len(_observed(entries)) == len(KEYS) or case == (
        "the whole run"
    )
    assert serialized(entries) == [serialize_value(e) for e in entries]


def test_a_row_is_the_row_dagster_writes(logged):
    entries, storage = logged
    assert {_asset(e) for e in _materialized(entries, "counted") + _materialized(entries, "summed")} == {
        "counted",
        "summed",
    }
    for entry in entries:
        row = SqlEventLogStorage._event_to_row(storage, entry)
        row["timestamp"] = _TIMESTAMP(row["timestamp"])  # as SQLAlchemy binds it
        assert storage._row(entry, serialize_value(entry)) == tuple(row[column] for column in _COLUMNS)


def test_a_files_observations_alike_but_for_their_values_are_serialised_whole_once(logged, monkeypatch):
    from pipeline import event_json

    entry = _observed(logged[0])[1]
    data = entry.dagster_event.event_specific_data
    entries = [
        entry._replace(
            dagster_event=entry.dagster_event._replace(
                event_specific_data=data._replace(
                    asset_observation=data.asset_observation._replace(
                        partition=f"{i}.txt",
                        metadata={**data.asset_observation.metadata, "n_chars": dg.MetadataValue.int(i)},
                    )
                )
            )
        )
        for i in range(20)
    ]
    whole = []

    def counted_serialize(value):
        whole.append(not isinstance(value, (str, int, float)))
        return serialize_value(value)

    monkeypatch.setattr(event_json, "serialize_value", counted_serialize)
    assert serialized(entries) == [serialize_value(e) for e in entries]
    assert sum(whole) == 1  # the template
