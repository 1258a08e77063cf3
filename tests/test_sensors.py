"""The folder sensor with a partition store: ranges run side by side, then one run that gathers and publishes
once they are all over; without a store, one run for the whole range."""

from __future__ import annotations

import dagster as dg
import pytest
from dagster._core.test_utils import create_run_for_test

from pipeline.definitions import CORPUS_ASSETS, defs
from pipeline.defs.partitions import RANGE_END, RANGE_START, RUN_SIZE_VARIABLE
from pipeline.defs.resources import STORE_VARIABLE, build_resources
from pipeline.defs.sensors import BATCH_TAG, PER_ARTICLE, article_files_sensor

SENSOR = "article_files_sensor"
FILES = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]


def _tick(instance, articles, out, cursor=None):
    with dg.build_sensor_context(
        instance=instance,
        resources=build_resources(articles, out),
        definitions=defs,
        cursor=cursor,
    ) as context:
        return article_files_sensor(context)


def _record(instance, request, status):
    return create_run_for_test(
        instance,
        job_name="ledger_job",
        status=status,
        tags={**request.tags, "dagster/sensor_name": SENSOR},
        asset_selection=frozenset(request.asset_selection or ()),
    )


@pytest.mark.parametrize(
    ("size", "ranges"),
    [
        ("2", [("a.txt", "b.txt"), ("c.txt", "d.txt"), ("e.txt", "e.txt")]),
        ("5", [("a.txt", "e.txt")]),
        ("9", [("a.txt", "e.txt")]),
    ],
)
def test_with_a_store_the_sensor_asks_for_ranges_then_one_publishing_run(tmp_path, monkeypatch, size, ranges):
    monkeypatch.setenv(STORE_VARIABLE, str(tmp_path / "store"))
    monkeypatch.setenv(RUN_SIZE_VARIABLE, size)
    articles, out = tmp_path / "articles", tmp_path / "out"
    articles.mkdir()
    for i, name in enumerate(FILES):
        (articles / name).write_text(f"第{i}篇：公司营收增长百分之{i + 10}。", encoding="utf-8")
    instance = dg.DagsterInstance.ephemeral()

    first = _tick(instance, articles, out)
    assert [(r.tags[RANGE_START], r.tags[RANGE_END]) for r in first.run_requests] == ranges
    assert all(r.asset_selection == PER_ARTICLE for r in first.run_requests)
    assert len({r.tags[BATCH_TAG] for r in first.run_requests}) == 1
    batch = first.run_requests[0].tags[BATCH_TAG]

    # All but the last range over (one failed): nothing to publish yet.
    statuses = [dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE][: len(ranges) - 1]
    runs = [_record(instance, r, s) for r, s in zip(first.run_requests, [*statuses, dg.DagsterRunStatus.STARTED])]
    assert not _tick(instance, articles, out, first.cursor).run_requests

    instance.report_run_failed(runs[-1])  # the last range is over too: one run gathers and publishes the batch
    publish = _tick(instance, articles, out, first.cursor).run_requests
    assert [(r.run_key, r.asset_selection) for r in publish] == [(f"{batch}:publish", CORPUS_ASSETS)]

    _record(instance, publish[0], dg.DagsterRunStatus.NOT_STARTED)  # asked for: not asked again
    assert not _tick(instance, articles, out, first.cursor).run_requests


def test_without_a_store_the_sensor_asks_for_one_run_of_the_range(tmp_path, monkeypatch):
    monkeypatch.delenv(STORE_VARIABLE, raising=False)
    monkeypatch.setenv(RUN_SIZE_VARIABLE, "2")  # ignored: one DuckDB file takes one writer
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in FILES:
        (articles / name).write_text("公司营收增长。", encoding="utf-8")
    result = _tick(dg.DagsterInstance.ephemeral(), articles, tmp_path / "out")
    assert [(r.tags, r.asset_selection) for r in result.run_requests] == [
        ({RANGE_START: "a.txt", RANGE_END: "e.txt"}, None)
    ]
