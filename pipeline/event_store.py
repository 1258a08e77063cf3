"""The SQLite event log of the local instance, with one engine per database file kept for the process.

Dagster's SQLite event log opens a new engine, and commits with a full sync, for every event;
a run of 1,000 article partitions stores several events per partition and asset, which more
than doubled the run. WAL journaling (synchronous=NORMAL, safe against a crash of the process)
lets the UI read while a run writes.
"""

from __future__ import annotations

from contextlib import contextmanager

from dagster._core.storage.event_log import SqliteEventLogStorage
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from sqlalchemy import create_engine, event


class SqliteEventLog(SqliteEventLogStorage):
    """``SqliteEventLogStorage`` with cached engines and WAL journaling (see the module docstring)."""

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


def _tune(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
