"""The SQLite event log of the local instance, with one engine per database file kept for the process
and asset events written in batches.

Dagster's SQLite event log opens a new engine, and commits with a full sync, for every event;
a run of 1,000 article partitions stores several events per partition and asset, which more
than doubled the run. WAL journaling (synchronous=NORMAL, safe against a crash of the process)
lets the UI read while a run writes.

A step that materialises a range of partitions emits one event per partition and asset (14 per
article file in all; the run's plan is one event per asset, see
``supports_partition_subset_in_asset_materialization_planned_events``); with ``BATCH_VARIABLE`` set
(``runner.open_instance``, ``ui.ui_environment``) Dagster hands each output's events, and the run's
planned events, over as one batch, which ``store_event_batch`` writes in one transaction per database
file instead of two or three each, serialising a range's materialisations of one asset once
(``pipeline.event_json``).
"""

from __future__ import annotations

from contextlib import contextmanager

from dagster._core.events import ASSET_CHECK_EVENTS, ASSET_EVENTS, EVENT_TYPE_TO_PIPELINE_RUN_STATUS
from dagster._core.storage.event_log import SqliteEventLogStorage
from dagster._core.storage.event_log.schema import SqlEventLogStorageTable
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from sqlalchemy import create_engine, event

from pipeline.event_json import serialized

# Dagster's switch for batched event writes, and the most events a batch holds (a step's outputs
# are batches of their partitions' events; this bounds what a batch keeps in memory).
BATCH_VARIABLE, BATCH_SIZE = "DAGSTER_EVENT_BATCH_SIZE", "2000"


class SqliteEventLog(SqliteEventLogStorage):
    """``SqliteEventLogStorage`` with cached engines, WAL journaling and batched writes (see the module
    docstring)."""

    @classmethod
    def from_config_value(cls, inst_data, config_value):
        return cls(inst_data=inst_data, **config_value)

    @contextmanager
    def _connect(self, shard: str):
        with self._db_lock:
            engines = self.__dict__.setdefault("_engines", {})
            if shard not in engines:
                engine = create_engine(
                    self.conn_string_for_shard(shard), connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}
                )
                event.listen(engine, "connect", _tune)
                if shard not in self._initialized_dbs:
                    self._initdb(engine)
                    self._initialized_dbs.add(shard)
                engines[shard] = engine
            with engines[shard].connect() as conn, conn.begin():
                yield conn

    def store_event_batch(self, events) -> None:
        """Store ``events`` as ``store_event`` stores each (the run's file; asset, check and run-status
        events mirrored in the index), in one transaction per file. The asset index keeps, per asset and
        event type, the last event's values: what storing them one by one leaves."""
        rows = [self._row(e, text) for e, text in zip(events, serialized(events))]  # each event serialised once
        with self.run_connection(events[0].run_id) as conn:
            conn.execute(SqlEventLogStorageTable.insert(), rows)
        mirrored = [i for i, e in enumerate(events) if _mirrored(e)]
        if not mirrored:
            return
        with self.index_transaction() as conn:
            table = SqlEventLogStorageTable
            inserted = conn.execute(
                table.insert().returning(table.c.id, sort_by_parameter_order=True), [rows[i] for i in mirrored]
            )
            ids = dict(zip(mirrored, (row[0] for row in inserted)))
            assets = [i for i in mirrored if events[i].dagster_event_type in ASSET_EVENTS]
            self._store_asset_event_tags(conn, [events[i] for i in assets], [ids[i] for i in assets])
            last = {(events[i].dagster_event.asset_key, events[i].dagster_event_type): i for i in assets}
            for i in sorted(last.values()):
                self._store_asset_event(conn, events[i], ids[i])
        for i in mirrored:  # after the index's transaction: these open connections of their own
            if events[i].dagster_event_type in ASSET_CHECK_EVENTS:
                self.store_asset_check_event(events[i], ids[i])

    def _row(self, entry, text: str) -> dict:
        """``_event_to_row(entry)`` with the event's JSON given (``event_json.serialized``)."""
        event = entry.dagster_event if entry.is_dagster_event else None
        return {
            "run_id": entry.run_id,
            "event": text,
            "dagster_event_type": event.event_type_value if event else None,
            "timestamp": self._event_insert_timestamp(entry),
            "step_key": event.step_key if event else entry.step_key,
            "asset_key": event.asset_key.to_string() if event and event.asset_key else None,
            "partition": event.partition if event and event.partition else None,
        }

    @property
    def supports_partition_subset_in_asset_materialization_planned_events(self) -> bool:
        # A run plans each asset once, naming its partitions, not once per partition: 12 events a file fewer
        # (44 % of a run's events; 2.2 s of CPU a thousand files), and none of the 120,000 planned events of
        # 10,000 files that Dagster 1.13 otherwise keeps alive for the whole process. What the UI then cannot
        # tell is which partitions a running or failed run holds: they show as they were before it (the run's
        # page shows it running or failed).
        return True

    def has_table(self, table_name: str) -> bool:
        # Dagster asks, with a new engine, for every asset event; a table, once there, stays.
        tables = self.__dict__.setdefault("_tables", set())
        if table_name not in tables and super().has_table(table_name):
            tables.add(table_name)
        return table_name in tables

    def _has_asset_key_col_on_connection(self, conn, column_name: str) -> bool:
        # Dagster reads the index table's columns again (a PRAGMA and its parsing) for every asset event;
        # they change only when the storage is migrated, which a running process does not do.
        columns = self.__dict__.setdefault("_asset_key_columns", {})
        if column_name not in columns:
            columns[column_name] = super()._has_asset_key_col_on_connection(conn, column_name)
        return columns[column_name]

    def dispose(self) -> None:
        for engine in self.__dict__.pop("_engines", {}).values():
            engine.dispose()
        super().dispose()


def _mirrored(entry) -> bool:
    """Whether ``store_event`` copies the event into the index shard."""
    kind = entry.dagster_event_type if entry.is_dagster_event else None
    return kind in ASSET_EVENTS or kind in ASSET_CHECK_EVENTS or kind in EVENT_TYPE_TO_PIPELINE_RUN_STATUS


def _tune(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
