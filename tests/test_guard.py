"""The publish guard: a run that lost track of the folder cannot publish an emptied ledger."""

from __future__ import annotations

import shutil

import dagster as dg
import pytest

from pipeline.definitions import CORPUS_ASSETS, build_definitions
from pipeline.defs.guard import unexplained_losses
from pipeline.publishing import current_release
from schemas import STEP_TABLES

from .conftest import ARTICLES, run_job
from .test_publishing import _published


@pytest.mark.parametrize(
    ("held", "with_article", "present", "lost"),
    [
        ({"a": "1", "b": "2"}, {"a", "b"}, {"a", "b"}, []),  # nothing lost (or edited: a new article)
        ({"a": "1", "b": "2"}, {"a"}, {"a"}, []),  # b was deleted: its article may go
        ({"a": "1", "b": "2"}, set(), {"a", "b"}, ["a", "b"]),  # partitions forgotten
        ({"a": "1", "b": "1"}, {"a"}, {"a", "b"}, ["b"]),  # one name of a shared text lost its article
        ({"a": None, "b": "2"}, {"b"}, {"a", "b"}, []),  # a refused file held no article
        ({"a": "1"}, {"b"}, {"a", "b"}, ["a"]),  # a file now refused counts as a loss
    ],
)
def test_unexplained_losses(held, with_article, present, lost):
    assert unexplained_losses(held, with_article, present) == lost


def _corpus_run_without_partitions(articles, out):
    """What the Dagster UI did: materialise the unpartitioned assets on an instance that knows no partitions."""
    job = build_definitions(articles, out).resolve_job_def("ledger_job")
    return job.execute_in_process(
        asset_selection=CORPUS_ASSETS, instance=dg.DagsterInstance.ephemeral(), raise_on_error=False
    )


def test_a_run_that_forgot_the_partitions_publishes_nothing_until_the_files_are_gone(tmp_path):
    articles, out = tmp_path / "articles", tmp_path / "out"
    shutil.copytree(ARTICLES, articles)
    assert run_job(articles, out).success
    before = _published(out)

    result = _corpus_run_without_partitions(articles, out)
    assert not result.success
    failed = [
        e.event_specific_data
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION" and not e.event_specific_data.passed
    ]
    assert [f.check_name for f in failed] == ["articles_not_lost"]
    assert failed[0].metadata["lost_with_files_present"].value == len(list(articles.iterdir()))
    assert "nothing is published" in failed[0].description
    materialized = {
        e.asset_key.to_user_string() for e in result.all_events if e.event_type_value == "ASSET_MATERIALIZATION"
    }
    # staged, never published
    assert materialized == {"working_ledger", *STEP_TABLES["narratives"], "ledger_db", "rejected_rows"}
    assert _published(out) == before

    # The next ordinary run notices what the working database lost and reads those files again.
    assert run_job(articles, out).success
    release, kept = _published(out)
    assert kept == before[1]

    # Files really deleted explain the loss: the same run then publishes the emptied ledger.
    for path in articles.iterdir():
        path.unlink()
    assert _corpus_run_without_partitions(articles, out).success
    assert current_release(out) != release and _published(out)[1] == ()
