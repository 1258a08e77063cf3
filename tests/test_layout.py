"""Clause and sentence lookups (layout.py) by offset."""

import re

import pytest

from pipeline.extraction.layout import Layout, nearest_before, spans

TEXT = "甲涨了，乙跌了。丙平；丁"  # clauses: 甲涨了 | 乙跌了 | 丙平 | 丁


@pytest.mark.parametrize(
    ("offset", "clause", "sentence", "sentence_span"),
    [
        (0, (0, 3), 0, (0, 8)),
        (4, (4, 7), 0, (0, 8)),
        (8, (8, 10), 1, (8, 11)),
        (11, (11, 12), 2, (11, 12)),
    ],
)
def test_layout(offset, clause, sentence, sentence_span):
    layout = Layout(TEXT)
    assert (layout.clause_start(offset), layout.clause_end(offset)) == clause
    assert layout.sentence(offset) == sentence
    assert (layout.sentence_start(offset), layout.sentence_end(offset)) == sentence_span


@pytest.mark.parametrize(
    ("start", "expected"),
    [(0, None), (2, (0, 2)), (5, (0, 2)), (6, (4, 6)), (20, (4, 6))],
)
def test_nearest_before(start, expected):
    found = spans(re.compile("今年|去年"), "今年涨，去年跌", 0, 7)
    assert nearest_before(found, start) == expected
