"""One dynamic partition per article file; its key is the file's path relative to the articles folder."""

from __future__ import annotations

import warnings

import dagster as dg

from pipeline.sources import Plan

ARTICLE_FILES = dg.DynamicPartitionsDefinition(name="article_files")

# A whole batch of partitions is one step over context.partition_keys, not one run per file.
# (Dagster marks backfill_policy as beta; it is what makes that possible, so its notice is not repeated on every run.)
warnings.filterwarnings("ignore", message=".*backfill_policy.*", category=dg.BetaWarning)
PER_ARTICLE = {"partitions_def": ARTICLE_FILES, "backfill_policy": dg.BackfillPolicy.single_run()}

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
