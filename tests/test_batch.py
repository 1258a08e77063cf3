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
