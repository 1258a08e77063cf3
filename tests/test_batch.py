"""Batches of a per-article step: worked through in parts of bounded size."""

from __future__ import annotations

import pytest

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
