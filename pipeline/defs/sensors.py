"""The sensor that keeps the partitions equal to the articles folder and asks for runs of what changed."""

from __future__ import annotations

import hashlib
import json

import dagster as dg

from pipeline.sources import plan, scan
from pipeline.storage import held_files
from schemas import STEP_TABLES

from .partitions import ARTICLE_FILES, partition_requests, range_tags
from .resources import ArticlesFolder, OutputFolder

# What a run of deleted files only redoes: drop their rows, rank the candidates again, publish.
# (The assets of its unpartitioned steps: each step's name, and the tables it writes.)
CORPUS_STEPS = ("working_ledger", "narratives", "ledger_db", "site_pages", "site")
CORPUS_ASSETS = [
    dg.AssetKey(name) for name in dict.fromkeys(n for step in CORPUS_STEPS for n in (step, *STEP_TABLES.get(step, ())))
]


@dg.sensor(job_name="ledger_job", minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def article_files_sensor(
    context: dg.SensorEvaluationContext, articles_folder: ArticlesFolder, output_folder: OutputFolder
):
    """New or changed files: partitions added (a changed one re-added last) and one run for the range.
    Deleted files: partitions removed and a run of the corpus-level assets, which drop their rows.
    Files the ledger holds but this instance does not know: partitions added, no run.

    The cursor holds the fingerprints already asked for, so a run in flight is not asked for again;
    it starts from the published ledger's ingest_log.
    """
    if not articles_folder.root.is_dir():
        return dg.SkipReason(f"The articles folder {articles_folder.root} does not exist.")
    published = held_files(output_folder.published_db)
    asked = json.loads(context.cursor) if context.cursor else {name: fp for name, (fp, _) in published.items()}
    held = {name: (fp, published.get(name, (None, None))[1]) for name, fp in asked.items()}
    current = scan(articles_folder.root)
    work = plan(current, held)
    partitions = partition_requests(context.instance.get_dynamic_partitions(ARTICLE_FILES.name), work)
    if not work.stale and not work.deleted:
        # The ledger holds every file, but this instance may not know them (a new OUT/.dagster).
        return dg.SensorResult(
            skip_reason="The folder matches the ledger.",
            dynamic_partitions_requests=partitions,
            cursor=json.dumps(current, sort_keys=True),
        )
    run_key = hashlib.sha256(json.dumps(current, sort_keys=True).encode()).hexdigest()[:16]
    if work.stale:
        run = dg.RunRequest(run_key=run_key, tags=range_tags(work))
    else:
        run = dg.RunRequest(run_key=run_key, asset_selection=CORPUS_ASSETS)
    return dg.SensorResult(
        run_requests=[run],
        dynamic_partitions_requests=partitions,
        cursor=json.dumps(current, sort_keys=True),
    )
