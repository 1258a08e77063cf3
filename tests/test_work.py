"""Per-article work: one article's failure is its own, in one process and on the pool."""

from __future__ import annotations

import pytest

from pipeline import work

GOOD = {
    "article_id": "0" * 16,
    "text_original": "分析师认为市场上涨。今年增长百分之五。",
    "text_simplified": "分析师认为市场上涨。今年增长百分之五。",
}
BROKEN = {"article_id": "1" * 16}  # no text: sentence_rows raises KeyError on it


@pytest.mark.parametrize(
    "workers",
    [1, pytest.param(2, marks=pytest.mark.e2e)],
    ids=["one-process", "pool"],  # the pool starts processes
)
def test_a_raising_article_gets_the_empty_result_and_a_reason(monkeypatch, workers):
    monkeypatch.setattr(work, "MIN_POOL_BATCH", 1)
    try:
        results, failed = work.run_each(work.sentence_rows, [(GOOD,), (BROKEN,), (GOOD,)], workers, [])
    finally:
        work.shutdown()
    assert results[1] == [] and results[0] == results[2] and len(results[0]) == 2
    assert failed == {1: "sentence_rows failed: KeyError: 'text_original'"}


def _loaded_before_any_article() -> tuple[bool, int]:
    """(jieba's dictionary loaded, the sentiment dictionary's matcher built) in the calling process."""
    import jieba

    from pipeline.extraction import stance

    return jieba.dt.initialized, stance._fallback.cache_info().currsize


@pytest.mark.e2e  # starts the pool's processes
def test_a_worker_starts_with_what_the_forkserver_loaded(monkeypatch):
    monkeypatch.setattr(work, "MIN_POOL_BATCH", 1)
    work.shutdown()  # a forkserver left by an earlier test would not be this one
    try:
        found = list(work.start_all(_loaded_before_any_article, [()] * 2, 2))
    finally:
        work.shutdown()
    assert found == [(True, 1)] * 2


def _forkserver_running() -> bool:
    from multiprocessing import forkserver

    return forkserver._forkserver._forkserver_pid is not None


@pytest.mark.parametrize(
    "workers, articles, started",
    [
        pytest.param(2, work.MIN_POOL_BATCH, True, marks=pytest.mark.e2e),  # starts the pool's forkserver
        (2, work.MIN_POOL_BATCH - 1, False),  # a small batch runs in the run's process
        (1, 10_000, False),  # one worker: no pool
    ],
)
def test_a_large_batch_starts_the_pool_before_its_first_part(workers, articles, started):
    work.shutdown()
    try:
        work.prestart(workers, articles)
        assert _forkserver_running() == started and (workers in work._POOLS) == started
    finally:
        work.shutdown()
    assert not _forkserver_running()
