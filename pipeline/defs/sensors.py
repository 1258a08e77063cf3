"""The sensor that keeps the partitions equal to the articles folder and asks for runs of what changed."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict

import dagster as dg

from pipeline.sources import plan, scan
from pipeline.storage import held_files
from schemas import STEP_TABLES

from .parquet_store import PER_ARTICLE_STEPS
from .partitions import ARTICLE_FILES, chunk_tags, partition_requests, range_tags, run_size
from .resources import PUBLISHING_ASSET, ArticlesFolder, OutputFolder

# What a run of deleted files only redoes: drop their rows, rank the candidates again, publish.
# (The assets of its unpartitioned steps: each step's name, and the tables it writes.)
CORPUS_STEPS = ("working_ledger", "narratives", "ledger_db", "site_pages", "site")
CORPUS_ASSETS = [
    dg.AssetKey(name) for name in dict.fromkeys(n for step in CORPUS_STEPS for n in (step, *STEP_TABLES.get(step, ())))
]
# The assets of the per-article steps: the tables they write.
PER_ARTICLE = [dg.AssetKey(name) for step in PER_ARTICLE_STEPS for name in STEP_TABLES[step]]
# With a partition store, the runs asked for one change of the folder (its ranges, then its publishing run).
BATCH_TAG = "ledger/batch"
RECENT_RUNS = 200  # how far back the sensor looks for batches that still need their publishing run


@dg.sensor(job_name="ledger_job", minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def article_files_sensor(
    context: dg.SensorEvaluationContext, articles_folder: ArticlesFolder, output_folder: OutputFolder
):
    """New or changed files: partitions added (a changed one re-added last) and one run for the range.
    Deleted files: partitions removed and a run of the corpus-level assets, which drop their rows.
    Files the ledger holds but this instance does not know: partitions added, no run.

    The cursor holds the fingerprints already asked for, so a run in flight is not asked for again;
    it starts from the published ledger's ingest_log.

    With a partition store (``partitions.run_size``), the stale files are asked for in ranges of that many,
    which the run queue starts side by side; once they are all over, a later tick asks for the run that
    gathers and publishes them.
    """
    if not articles_folder.root.is_dir():
        return dg.SkipReason(f"The articles folder {articles_folder.root} does not exist.")
    published = held_files(output_folder.published_db)
    asked = json.loads(context.cursor) if context.cursor else {name: fp for name, (fp, _) in published.items()}
    held = {name: (fp, published.get(name, (None, None))[1]) for name, fp in asked.items()}
    current = scan(articles_folder.root)
    work = plan(current, held)
    partitions = partition_requests(context.instance.get_dynamic_partitions(ARTICLE_FILES.name), work)
    publish = _publishing_runs(context) if run_size() else []
    if not work.stale and not work.deleted:
        # The ledger holds every file, but this instance may not know them (a new OUT/.dagster).
        return dg.SensorResult(
            run_requests=publish,
            skip_reason=None if publish else "The folder matches the ledger.",
            dynamic_partitions_requests=partitions,
            cursor=json.dumps(current, sort_keys=True),
        )
    run_key = hashlib.sha256(json.dumps(current, sort_keys=True).encode()).hexdigest()[:16]
    size = run_size()
    if work.stale and size:
        runs = [
            dg.RunRequest(run_key=f"{run_key}:{i}", asset_selection=PER_ARTICLE, tags={**tags, BATCH_TAG: run_key})
            for i, tags in enumerate(chunk_tags(work.stale, size))
        ]
    elif work.stale:
        runs = [dg.RunRequest(run_key=run_key, tags=range_tags(work))]
    else:
        runs = [dg.RunRequest(run_key=run_key, asset_selection=CORPUS_ASSETS)]
    return dg.SensorResult(
        run_requests=publish + runs,
        dynamic_partitions_requests=partitions,
        cursor=json.dumps(current, sort_keys=True),
    )


def _publishing_runs(context: dg.SensorEvaluationContext) -> list[dg.RunRequest]:
    """A publishing run for each batch of range runs this sensor asked for that are all over and have none yet."""
    records = context.instance.get_run_records(
        dg.RunsFilter(tags={"dagster/sensor_name": article_files_sensor.name}), limit=RECENT_RUNS
    )
    batches: dict[str, list[dg.DagsterRun]] = defaultdict(list)
    for record in records:
        if BATCH_TAG in record.dagster_run.tags:
            batches[record.dagster_run.tags[BATCH_TAG]].append(record.dagster_run)
    return [
        dg.RunRequest(run_key=f"{batch}:publish", asset_selection=CORPUS_ASSETS, tags={BATCH_TAG: batch})
        for batch, runs in sorted(batches.items())
        if all(run.is_finished for run in runs)
        and not any(dg.AssetKey(PUBLISHING_ASSET) in (run.asset_selection or ()) for run in runs)
    ]
