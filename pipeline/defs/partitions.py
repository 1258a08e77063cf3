"""One dynamic partition per article file; its key is the file's path relative to the articles folder."""

from __future__ import annotations

import os
import warnings

import dagster as dg

from pipeline.sources import Plan

from .resources import STORE_VARIABLE

ARTICLE_FILES = dg.DynamicPartitionsDefinition(name="article_files")

# How many partitions a backfill run takes when runs write a partition store and can go side by side.
RUN_SIZE_VARIABLE, DEFAULT_RUN_SIZE = "LEDGER_PARTITIONS_PER_RUN", 100


def backfill_policy() -> dg.BackfillPolicy:
    """One run for a whole backfill (its batch is one step over context.partition_keys) with the DuckDB
    file alone, whose single writer would make concurrent runs wait; runs of RUN_SIZE_VARIABLE
    partitions with a partition store, which the run queue starts side by side."""
    if not os.environ.get(STORE_VARIABLE):
        return dg.BackfillPolicy.single_run()
    return dg.BackfillPolicy.multi_run(int(os.environ.get(RUN_SIZE_VARIABLE) or DEFAULT_RUN_SIZE))


# (Dagster marks backfill_policy as beta; it is what makes batches possible, so its notice is not repeated on every run.)
warnings.filterwarnings("ignore", message=".*backfill_policy.*", category=dg.BetaWarning)
PER_ARTICLE = {"partitions_def": ARTICLE_FILES, "backfill_policy": backfill_policy()}

RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"


def partition_requests(existing: list[str], work: Plan) -> list:
    """Make the partition set equal the folder, with the stale files last.

    Dagster runs a batch of dynamic partitions as a key range, in the order the
    keys were added; a changed file's key is therefore deleted and added again,
    so that new and changed files always form one range at the end.
    """
    have = set(existing)
    drop = sorted((have - set(work.current)) | (have & set(work.stale)))
    add = sorted(set(work.current) - have - set(work.stale)) + list(work.stale)
    requests = []
    if drop:
        requests.append(ARTICLE_FILES.build_delete_request(drop))
    if add:
        requests.append(ARTICLE_FILES.build_add_request(add))
    return requests


def apply_requests(instance: dg.DagsterInstance, requests: list) -> None:
    for request in requests:
        if isinstance(request, dg.DeleteDynamicPartitionsRequest):
            for key in request.partition_keys:
                instance.delete_dynamic_partition(ARTICLE_FILES.name, key)
        else:
            instance.add_dynamic_partitions(ARTICLE_FILES.name, list(request.partition_keys))


def range_tags(work: Plan) -> dict[str, str]:
    """The run tags that select the stale files (empty when nothing is stale)."""
    return {RANGE_START: work.stale[0], RANGE_END: work.stale[-1]} if work.stale else {}
