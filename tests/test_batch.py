"""Batches of a per-article step: worked through in parts of bounded size."""

from __future__ import annotations

from types import SimpleNamespace

import dagster as dg
import pytest

from pipeline import work
from pipeline.defs import batch
from pipeline.defs.batch import Batch


@pytest.mark.parametrize(
    ("n_articles", "part", "sizes"),
    [
        (0, 1000, [0]),  # an empty batch is still one part: its step stores nothing and drops what is gone
        (1, 1000, [1]),
        (1000, 1000, [1000]),
        (1001, 1000, [501, 500]),  # no small last part
        (10_001, 1000, [910] * 10 + [901]),
        (5, 2, [2, 2, 1]),
    ],
)
def test_parts_are_of_about_equal_size_and_hold_every_article_once(monkeypatch, n_articles, part, sizes):
    monkeypatch.setattr(batch, "PART_ARTICLES", part)
    articles = [{"article_id": f"{i:016x}"} for i in range(n_articles)]
    parts = list(Batch(None, None, articles).parts())
    assert [len(p.articles) for p in parts] == sizes
    assert [a for p in parts for a in p.articles] == articles


def _doubled(article: dict) -> int:
    if article["n"] == 3:
        raise ValueError("no three")
    return 2 * article["n"]


@pytest.mark.parametrize("n_articles", [0, 1, 5])
def test_worked_gives_each_part_its_results_with_the_next_part_already_read(monkeypatch, n_articles):
    monkeypatch.setattr(batch, "PART_ARTICLES", 2)
    articles = [{"article_id": f"{i:016x}", "n": i} for i in range(n_articles)]
    read = []  # the parts whose jobs were read, as each part's results are given

    def jobs_of(part):
        read.append(len(read))
        return [(a,) for a in part.articles]

    given = []
    for part, jobs, results, failed in Batch(None, None, articles).worked(_doubled, jobs_of, 1, -1):
        given.append((len(read), [a["n"] for a in part.articles], [j[0]["n"] for j in jobs], results, failed))
    parts = list(Batch(None, None, articles).parts())
    expected_read = [min(i + 2, len(parts)) for i in range(len(parts))]
    assert [g[0] for g in given] == expected_read
    assert [g[1] for g in given] == [g[2] for g in given] == [[a["n"] for a in p.articles] for p in parts]
    assert [r for g in given for r in g[3]] == [-1 if i == 3 else 2 * i for i in range(n_articles)]
    assert [g[4] for g in given if g[4]] == ([{1: "_doubled failed: ValueError: no three"}] if n_articles > 3 else [])


@pytest.mark.parametrize(
    ("ahead", "taken"),
    [
        (0, 0),  # nothing started ahead: every part's jobs are read here
        (1, 1),
        (2, 2),  # the two parts the step before starts (batch.AHEAD_PARTS)
        ("other", 0),  # work started for other articles is not this batch's
    ],
)
def test_worked_takes_up_the_parts_started_ahead_and_reads_the_rest(monkeypatch, ahead, taken):
    monkeypatch.setattr(batch, "PART_ARTICLES", 2)
    articles = [{"article_id": f"{i:016x}", "n": i} for i in range(5)]
    parts = list(Batch(None, None, articles).parts())
    started = parts[:ahead] if isinstance(ahead, int) else [Batch(None, None, [{"article_id": "f" * 16, "n": 9}])]
    try:
        for part in started:  # marked results, so that they can be told from this batch's own work
            marked = iter([10 * a["n"] for a in part.articles])
            work.put_ahead(_doubled, part.ids, [(a,) for a in part.articles], marked)
        read = []

        def jobs_of(part):
            read.append(part.ids)
            return [(a,) for a in part.articles]

        given = list(Batch(None, None, articles).worked(_doubled, jobs_of, 1, -1))
    finally:
        work.shutdown()
    assert read == [part.ids for part in parts[taken:]]
    assert [[j[0]["n"] for j in jobs] for _, jobs, _, _ in given] == [[a["n"] for a in p.articles] for p in parts]
    taken_ahead = {a["n"] for p in parts[:taken] for a in p.articles}
    expected = [10 * i if i in taken_ahead else (-1 if i == 3 else 2 * i) for i in range(5)]
    assert [r for _, _, results, _ in given for r in results] == expected


def _halved(article: dict) -> float:
    return article["n"] / 2


def _context(selection) -> SimpleNamespace:
    """An asset's context in a run whose asset selection is ``selection`` (None: every asset); "direct": an
    asset called directly, outside a run."""
    step = None if selection == "direct" else SimpleNamespace(dagster_run=SimpleNamespace(asset_selection=selection))
    return SimpleNamespace(op_execution_context=SimpleNamespace(_step_execution_context=step))


@pytest.mark.parametrize(
    ("selection", "workers", "started"),
    [
        (None, 2, 2),  # every asset: the next step's first two parts of three
        (frozenset(), 2, 2),  # ... as ledger run's execute_in_process of the whole job gives it
        (frozenset({dg.AssetKey("mentions")}), 2, 2),  # one of the step's tables is selected
        (frozenset({dg.AssetKey("claims")}), 2, 0),  # the run does not execute the step
        ("direct", 2, 0),  # no run
        (None, 1, 0),  # no pool: the step reads and works its parts itself
    ],
)
def test_start_ahead_starts_the_next_steps_first_parts_on_the_pool(monkeypatch, selection, workers, started):
    monkeypatch.setattr(batch, "PART_ARTICLES", 2)
    monkeypatch.setattr(work, "MIN_POOL_BATCH", 1)
    monkeypatch.setattr(work, "start_each", lambda function, jobs, workers: iter([function(*job) for job in jobs]))
    articles = [{"article_id": f"{i:016x}", "n": i} for i in range(5)]
    step = Batch(_context(selection), None, articles)
    try:
        step.start_ahead("entities", _halved, lambda part: [(a,) for a in part.articles], workers)
        parts = list(step.parts())
        ahead = [work.take_ahead(_halved, part.ids) for part in parts]
    finally:
        work.shutdown()
    assert [a is not None for a in ahead] == [i < started for i in range(len(parts))]
    for part, found in zip(parts, ahead):
        if found is not None:
            assert found[0] == [(a,) for a in part.articles] and list(found[1]) == [a["n"] / 2 for a in part.articles]
