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
from functools import lru_cache

from dagster._core.events import (
    ASSET_CHECK_EVENTS,
    ASSET_EVENTS,
    EVENT_TYPE_TO_PIPELINE_RUN_STATUS,
    StepMaterializationData,
)
from dagster._core.storage.event_log import SqliteEventLogStorage
from dagster._core.storage.event_log.schema import AssetEventTagsTable, SqlEventLogStorageTable
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from sqlalchemy import create_engine, event
from sqlalchemy.dialects import sqlite

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
            _insert(conn, rows)
        mirrored = [i for i, e in enumerate(events) if _mirrored(e)]
        if not mirrored:
            return
        with self.index_transaction() as conn:
            ids = dict(zip(mirrored, _insert(conn, [rows[i] for i in mirrored])))
            assets = [i for i in mirrored if events[i].dagster_event_type in ASSET_EVENTS]
            self._store_asset_event_tags(conn, [events[i] for i in assets], [ids[i] for i in assets])
            last = {(_asset_of(events[i].dagster_event)[0], events[i].dagster_event_type): i for i in assets}
            for i in sorted(last.values()):
                self._store_asset_event(conn, events[i], ids[i])
        for i in mirrored:  # after the index's transaction: these open connections of their own
            if events[i].dagster_event_type in ASSET_CHECK_EVENTS:
                self.store_asset_check_event(events[i], ids[i])

    def _row(self, entry, text: str) -> tuple:
        """``_event_to_row(entry)`` with the event's JSON given (``event_json.serialized``), as the values
        of ``_COLUMNS``."""
        event = entry.dagster_event if entry.is_dagster_event else None
        key, partition = _asset_of(event) if event else (None, None)
        return (
            entry.run_id,
            text,
            event.event_type_value if event else None,
            _TIMESTAMP(_time(self, entry)),
            event.step_key if event else entry.step_key,
            _key_text(key) if key else None,
            partition or None,
        )

    def _store_asset_event_tags(self, conn, events, event_ids) -> None:
        # Dagster's rows, inserted as the event log's are (``_insert``): SQLAlchemy's executemany of a
        # step's tags cost more than SQLite's.
        rows = [
            (event_id, _key_text(_asset_of(event.dagster_event)[0]), key, value, _TIMESTAMP(_time(self, event)))
            for event_id, event in zip(event_ids, events)
            for key, value in self._tags_for_asset_event(event).items()
        ]
        if rows and self.has_table(AssetEventTagsTable.name):
            conn.exec_driver_sql(_TAGS_INSERT, rows)

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


# The event log's columns, inserted through SQLite's own executemany: SQLAlchemy's, with the ids given back
# (RETURNING), ran one statement a row and cost as much as all the rest of a step's events' storing.
_COLUMNS = ("run_id", "event", "dagster_event_type", "timestamp", "step_key", "asset_key", "partition")
_INSERT = f"INSERT INTO event_logs ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
_TAGS_INSERT = "INSERT INTO asset_event_tags (event_id, asset_key, key, value, event_timestamp) VALUES (?, ?, ?, ?, ?)"
# A timestamp as SQLAlchemy's DateTime writes it in SQLite (microseconds always written).
_TIMESTAMP = SqlEventLogStorageTable.c.timestamp.type.dialect_impl(sqlite.dialect()).bind_processor(sqlite.dialect())


def _time(storage: SqliteEventLog, entry):
    return storage._event_insert_timestamp(entry)


def _insert(conn, rows: list[tuple]) -> range:
    """Insert ``rows`` into the event log of ``conn``'s file; their ids, in order. In one transaction, which
    holds the file's write lock, SQLite gives each row without an id the largest id so far plus one
    (its rowid; the table declares no AUTOINCREMENT), so the rows' ids are the last one's and those
    just before it."""
    conn.exec_driver_sql(_INSERT, rows)
    last = conn.exec_driver_sql("SELECT last_insert_rowid()").scalar()
    return range(last - len(rows) + 1, last + 1)


def _asset_of(event) -> tuple:
    """(asset_key, partition) of a Dagster event; a materialisation's read from its data: the properties
    check the event's type on every read (five reads an event: 0.6 of 3.2 s profiled over 12,008)."""
    data = event.event_specific_data
    if isinstance(data, StepMaterializationData):
        return data.materialization.asset_key, data.materialization.partition
    return event.asset_key, event.partition


@lru_cache(maxsize=4096)
def _key_text(key) -> str:
    """An asset key as the event log writes it (``AssetKey.to_string``, a JSON dump: one per asset)."""
    return key.to_string()


def _mirrored(entry) -> bool:
    """Whether ``store_event`` copies the event into the index shard."""
    kind = entry.dagster_event_type if entry.is_dagster_event else None
    return kind in ASSET_EVENTS or kind in ASSET_CHECK_EVENTS or kind in EVENT_TYPE_TO_PIPELINE_RUN_STATUS


def _tune(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
