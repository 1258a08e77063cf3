"""Run the Dagster job over an articles folder, redoing only the files that changed.

The ledger records each file's fingerprint (ingest_log); the run compares the
folder with the last published ledger, brings the dynamic partitions in line
with the folder, and executes ``ledger_job`` for the range of stale partitions
(or only the corpus-level assets when files were just deleted). The sensor of
the Dagster UI makes the same comparison.
"""

from __future__ import annotations

import gc
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
from dagster._core.execution import execute_in_process as in_process
from dagster._core.instance.ref import InstanceRef

from pipeline.definitions import CORPUS_ASSETS, build_definitions
from pipeline.event_store import BATCH_SIZE, BATCH_VARIABLE
from pipeline.defs.partitions import ARTICLE_FILES, apply_requests, partition_requests, range_tags
from pipeline.defs.resources import DEFAULT_MAX_DROP, EVENT_LOG_VARIABLE, INSTANCE_CONFIG, OutputFolder
from pipeline.runlock import hold
from pipeline.sources import Plan, plan, scan
from pipeline.storage import held_files
from pipeline.work import prestart, shutdown, worker_count


def open_instance(out: Path) -> dg.DagsterInstance:
    """The persistent instance under ``out`` (SQLite): the one `make ui` opens, so the UI shows the
    partitions, runs and check results of `ledger run`.

    The configuration is read from deploy/local (Dagster skips a dagster.yaml whose folder name has
    glob characters, such as ``[a]``); a copy is left in the instance folder for `dagster dev`."""
    home = instance_home(out)
    os.environ[EVENT_LOG_VARIABLE] = str(home / "history" / "runs")
    os.environ.setdefault(BATCH_VARIABLE, BATCH_SIZE)
    return dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home), config_dir=str(INSTANCE_CONFIG.parent)))


def instance_home(out: Path) -> Path:
    """The instance folder under ``out`` with its configuration (kept if there is one)."""
    home = OutputFolder(path=str(out)).dagster_home
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        shutil.copyfile(INSTANCE_CONFIG, home / "dagster.yaml")
    return home


# The files' states as the last run's scan read them (sources.StateCache), in the working folder.
FILE_STATES = "file-states.json"


def plan_run(articles: Path, out: Path) -> Plan:
    """What to redo: files the published ledger holds are kept only if the working database holds
    them alike (a run stopped by a check, or killed, may have left it behind or emptied it)."""
    folder = OutputFolder(path=str(out))
    published = held_files(folder.published_db)
    working = held_files(folder.work_db)
    current = scan(articles, folder.work / FILE_STATES)
    return plan(current, {name: held for name, held in published.items() if working.get(name) == held})


def run_ledger_job(
    articles: Path,
    out: Path,
    instance: dg.DagsterInstance,
    log_level: str = "WARNING",
    workers: int = 0,
    max_drop: float = DEFAULT_MAX_DROP,
    wait: bool = False,
    notify=lambda message: None,
) -> tuple[dg.ExecuteInProcessResult, Plan]:
    """Plan and run under the output folder's lock (``runlock.RunLocked`` if another run has it)."""
    with hold(out, wait, notify), cycles_collected_less_often():
        return _run(articles, out, instance, log_level, workers, max_drop)


def _run(articles: Path, out: Path, instance: dg.DagsterInstance, log_level: str, workers: int, max_drop: float):
    work = plan_run(articles, out)
    if work.full:
        work_db = OutputFolder(path=str(out)).work_db
        for stale in (work_db, work_db.with_name(work_db.name + ".wal")):
            stale.unlink(missing_ok=True)
    prestart(worker_count(workers), len(work.stale))
    apply_requests(instance, partition_requests(instance.get_dynamic_partitions(ARTICLE_FILES.name), work))
    job = build_definitions(articles, out, workers, max_drop).resolve_job_def("ledger_job")
    options = {
        "instance": instance,
        "run_config": {"loggers": {"console": {"config": {"log_level": log_level.upper()}}}},
        "raise_on_error": False,
    }
    try:
        with partition_events_thinned() as counts, partitions_read_once(instance):
            # Read here, not first in the job's first step: 0.01 s against 0.13 s there (measured, 10,002 keys).
            instance.get_dynamic_partitions(ARTICLE_FILES.name)
            if work.stale:
                result = job.execute_in_process(tags=range_tags(work), **options)
            else:
                result = job.execute_in_process(asset_selection=CORPUS_ASSETS, **options)
    finally:
        shutdown()  # the pool's resource ends it with the run; this, if the run never got to start it
    result.partitions_materialized = {asset: n for (kind, asset), n in counts.items() if kind == MATERIALIZED}
    return result, work


# Python's cycle collector at its default thresholds (700, 10, 10) made 6-8 collections of the run's whole heap
# (0.1-0.17 s each) and 3,000 young ones when one article was added to 10,000: 1.0-1.3 s of the run's process; at
# these, 0.5 s, and the process's peak the same (measured). Garbage in cycles is still collected, less often.
GC_THRESHOLDS = (10_000, 10, 10)


@contextmanager
def cycles_collected_less_often() -> Iterator[None]:
    """The run at GC_THRESHOLDS; the caller's thresholds (a test's process) as they were after it."""
    previous = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


@contextmanager
def partitions_read_once(instance: dg.DagsterInstance) -> Iterator[None]:
    """While it is open, the instance reads each set of dynamic partitions once: Dagster reads the article
    files' (10,000 keys at 10,000 files, 10-30 ms each time) for each step's input data versions, some 0.6 s of
    a run that adds one file. The run's partitions are settled before it starts (``apply_requests``)."""
    read, kept = instance.get_dynamic_partitions, {}

    def once(partitions_def_name: str) -> list[str]:
        if partitions_def_name not in kept:
            kept[partitions_def_name] = tuple(read(partitions_def_name))
        return list(kept[partitions_def_name])

    instance.get_dynamic_partitions = once
    try:
        yield
    finally:
        del instance.get_dynamic_partitions


# A step over a range of partitions gives Dagster one event per partition and asset (14 a file), and
# execute_in_process keeps every event of the run in its result: 150,000 events, some 190 MB, held by the
# run's process to its end at 10,000 files. The result keeps the first KEPT_PER_ASSET of each asset's
# per-partition materialisations and observations (all are in the event log); they are all counted.
KEPT_PER_ASSET = 100
MATERIALIZED, OBSERVED = "ASSET_MATERIALIZATION", "ASSET_OBSERVATION"


@contextmanager
def partition_events_thinned() -> Iterator[Counter]:
    """While it is open, execute_in_process keeps only the first KEPT_PER_ASSET per-partition events of
    each asset and kind; yields their counts by (kind, asset name), filled as the run goes."""
    counts: Counter = Counter()
    everything = in_process.ExecuteRunWithPlanIterable

    class Thinned(everything):
        def __iter__(self):
            for event in super().__iter__():
                if event.event_type_value in (MATERIALIZED, OBSERVED) and event.partition is not None:
                    key = (event.event_type_value, event.asset_key.to_user_string())
                    counts[key] += 1
                    if counts[key] > KEPT_PER_ASSET:
                        continue
                yield event

    in_process.ExecuteRunWithPlanIterable = Thinned
    try:
        yield counts
    finally:
        in_process.ExecuteRunWithPlanIterable = everything
