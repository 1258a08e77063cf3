"""Resources: the articles folder and the output folder (the published ledger and site).

The database itself is dagster-duckdb's DuckDBResource, pointed at a private
working file inside the output folder; the published file is a copy of it.
"""

from __future__ import annotations

import os
from contextlib import ExitStack, contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import PrivateAttr

from pipeline.publishing import LEDGER, PUBLIC, staging_folder
from pipeline.runlock import acquire, release
from pipeline.storage import ensure_table
from schemas import TABLES

from .parquet_store import PartitionStore

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ARTICLES = PROJECT_ROOT / "data" / "articles"
DEFAULT_OUT = PROJECT_ROOT / "data"
DEFAULT_MAX_DROP = 0.2
INSTANCE_CONFIG = PROJECT_ROOT / "deploy" / "local" / "dagster.yaml"
# Where that instance's event log lives (its dagster.yaml reads it; `make ui` sets it too).
EVENT_LOG_VARIABLE = "LEDGER_EVENT_LOG"
# Where a user points the code location (the Dagster UI) at other folders; `ledger run` takes options.
ARTICLES_VARIABLE, OUT_VARIABLE = "LEDGER_ARTICLES", "LEDGER_OUT"
# A per-partition Parquet store (folder or fsspec URL) for concurrent runs; unset: the DuckDB file alone.
STORE_VARIABLE = "LEDGER_STORE"
# The asset whose run publishes: such a run holds the output folder's lock and its working database.
PUBLISHING_ASSET = "ledger_db"


def configured_paths(articles_dir: Path | None = None, out_dir: Path | None = None) -> tuple[Path, Path]:
    """The folders given, else those of the environment, else the project's data/ folder."""
    return (
        articles_dir or Path(os.environ.get(ARTICLES_VARIABLE) or DEFAULT_ARTICLES),
        out_dir or Path(os.environ.get(OUT_VARIABLE) or DEFAULT_OUT),
    )


class ArticlesFolder(dg.ConfigurableResource):
    """The folder of article files the run reads (never written)."""

    path: str = str(DEFAULT_ARTICLES)

    @property
    def root(self) -> Path:
        return Path(self.path).resolve()


class OutputFolder(dg.ConfigurableResource):
    """Where the run publishes ledger.duckdb and public/, and keeps its working files."""

    path: str = str(DEFAULT_OUT)
    # The share of the files with a published article that may lose it while still in the
    # folder (articles_not_lost); above it nothing is published.
    max_article_drop: float = DEFAULT_MAX_DROP

    @property
    def root(self) -> Path:
        return Path(self.path).resolve()

    @property
    def work(self) -> Path:
        return self.root / ".work"

    @property
    def work_db(self) -> Path:
        """The run's working DuckDB file (the published ledger is a copy of it)."""
        return self.work / LEDGER

    @property
    def published_db(self) -> Path:
        return self.root / LEDGER

    @property
    def dagster_home(self) -> Path:
        """The Dagster instance `ledger run` records its runs in and `make ui` opens (DAGSTER_HOME)."""
        return self.root / ".dagster"

    def staging(self, run_id: str) -> Path:
        """Where this run stages the ledger and the site it will publish together."""
        return staging_folder(self.root, run_id)

    @property
    def site_docs(self) -> Path:
        return self.work / "site" / "docs"

    @property
    def public(self) -> Path:
        return self.root / PUBLIC


class ExtractionPool(dg.ConfigurableResource):
    """How many processes the per-article work runs on (0: one per core)."""

    workers: int = 0

    @property
    def count(self) -> int:
        from pipeline.work import worker_count

        return worker_count(self.workers)

    def release(self) -> None:
        """End the pool's processes: called once the per-article work is over, so that their memory
        is free for the corpus-level steps (a later per-article step would start a new pool)."""
        from pipeline.work import shutdown

        shutdown()

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        # The pool lives at most as long as the run; its processes end with it.
        self.release()


class WorkingDatabase(DuckDBResource):
    """The run's working DuckDB file. A run holds its output folder's lock while it has this resource,
    so a run launched from the UI and a ``ledger run`` cannot interleave (re-entrant: ``ledger run``
    takes the lock first).

    With a ``store`` (see ``parquet_store``), only a run that publishes does so; a run of per-article
    steps alone works in a DuckDB file of its own, deleted at its end, and leaves its rows in the store,
    so such runs go on side by side."""

    lock_folder: str
    store: str = ""
    _own_file: Path | None = PrivateAttr(default=None)
    _loaded: bool = PrivateAttr(default=False)
    _held: ExitStack | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        selection = context.run.asset_selection if self.store and context.run else None
        if selection is not None and dg.AssetKey(PUBLISHING_ASSET) not in selection:
            self._own_file = Path(self.database).parent / "runs" / f"{context.run.run_id}.duckdb"
            self._own_file.parent.mkdir(parents=True, exist_ok=True)
            with duckdb.connect(str(self._own_file)) as conn:
                for name in TABLES:  # what working_ledger makes sure of in the shared file
                    ensure_table(conn, name)
            return
        acquire(Path(self.lock_folder))
        Path(self.database).parent.mkdir(parents=True, exist_ok=True)
        # A connection held while the run holds the lock: DuckDB opens a file once per process, so each step's
        # and check's connection shares it. Opening the file and checkpointing it at each close took 30-80 ms
        # of CPU a connection, some 35 a run.
        self._held = ExitStack()
        self._held.enter_context(super().get_connection())

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._own_file is None:
            if self._held is not None:
                self._held.close()  # the last connection: the file is checkpointed now
                self._held = None
            release(Path(self.lock_folder))
            return
        for path in (self._own_file, self._own_file.with_name(self._own_file.name + ".wal")):
            path.unlink(missing_ok=True)

    @contextmanager
    def get_connection(self):
        if self._own_file is None:
            with super().get_connection() as conn:
                yield conn
            return
        conn = duckdb.connect(str(self._own_file))
        try:
            yield conn
        finally:
            conn.close()

    def prepare(self, conn: duckdb.DuckDBPyConnection, files: list[str]) -> None:
        """Before a run's first step reads its own file, bring in what the store holds for its partitions."""
        if self._own_file is not None and not self._loaded:
            self.parts.load(conn, files)
            self._loaded = True

    @property
    def parts(self) -> PartitionStore | None:
        """The per-partition store, if the runs use one."""
        return PartitionStore(self.store) if self.store else None


def build_resources(
    articles_dir: Path = DEFAULT_ARTICLES,
    out_dir: Path = DEFAULT_OUT,
    workers: int = 0,
    max_drop: float = DEFAULT_MAX_DROP,
    store: str | None = None,
) -> dict:
    """The run's resources; ``store`` not given comes from the environment (``STORE_VARIABLE``)."""
    output = OutputFolder(path=str(out_dir), max_article_drop=max_drop)
    store = os.environ.get(STORE_VARIABLE, "") if store is None else store
    return {
        "articles_folder": ArticlesFolder(path=str(articles_dir)),
        "output_folder": output,
        "duckdb": WorkingDatabase(database=str(output.work_db), lock_folder=str(out_dir), store=store),
        "pool": ExtractionPool(workers=workers),
    }
