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


def run_size() -> int | None:
    """Partitions a run takes when runs write a partition store and can go side by side; None with the DuckDB
    file alone, whose single writer would make concurrent runs wait (one run then takes a whole range)."""
    if not os.environ.get(STORE_VARIABLE):
        return None
    return int(os.environ.get(RUN_SIZE_VARIABLE) or DEFAULT_RUN_SIZE)


def backfill_policy() -> dg.BackfillPolicy:
    """A batch is one step over context.partition_keys: one run for a whole backfill, or runs of run_size()."""
    size = run_size()
    return dg.BackfillPolicy.single_run() if size is None else dg.BackfillPolicy.multi_run(size)


# (Dagster marks backfill_policy as beta; it is what makes batches possible: its notice is not repeated each run.)
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


def chunk_tags(keys: list[str], size: int) -> list[dict[str, str]]:
    """The run tags of consecutive ranges of at most ``size`` of ``keys``."""
    return [{RANGE_START: keys[i], RANGE_END: keys[min(i + size, len(keys)) - 1]} for i in range(0, len(keys), size)]
