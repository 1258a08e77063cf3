"""Claim units: where one view of a sentence ends and the next begins."""

from __future__ import annotations

import pytest

from pipeline.extraction.claim_units import clauses, split_units
from pipeline.extraction.records import Sentence
from pipeline.extraction.script import to_simplified


def units(text: str) -> list[str]:
    return [u.text for u in split_units(Sentence(0, 10, 10 + len(text), text, to_simplified(text)))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("黄金短期仍有上涨空间,但是白银的波动会越来越大。", ["黄金短期仍有上涨空间", "但是白银的波动会越来越大"]),
        ("策略师维持增持观点,并把目标上调至4200点。", ["策略师维持增持观点", "并把目标上调至4200点"]),
        ("盈利增长强劲,预计明年增长两成。", ["盈利增长强劲", "预计明年增长两成"]),  # a forecast opens its own unit
        ("港股长期看好,短期仍需消化涨幅。", ["港股长期看好", "短期仍需消化涨幅"]),  # so does a time frame
        ("理由有两点:盈利增长强劲;", ["盈利增长强劲"]),  # the lead-in is dropped
        ("更现实的是:缩表并不容易。", ["缩表并不容易"]),
        ("逻辑链:资本开支先吃掉现金流。", ["逻辑链:资本开支先吃掉现金流"]),  # no lead-in ending: one unit
        ("2) 估值仍有吸引力。", ["估值仍有吸引力"]),  # the list label goes
        ("（三）外資持續回補台股,但是漲幅有限。", ["外資持續回補台股", "但是漲幅有限"]),
        ("他说:“市场不会崩溃,但是波动会加大。”", ["“市场不会崩溃,但是波动会加大。”"]),  # the frame leads in; quotes stay whole
    ],
)
def test_split_units(text, expected):
    assert units(text) == expected


def test_units_keep_offsets_into_the_article():
    text = "黄金短期仍有上涨空间,但是白银的波动会越来越大。"
    sentence = Sentence(3, 100, 100 + len(text), text, text)
    for unit in split_units(sentence):
        assert text[unit.start - 100:unit.end - 100] == unit.text


def test_clauses_do_not_cut_inside_brackets():
    assert clauses("甲,乙(丙,丁),戊") == [(0, 2), (2, 9), (9, 10)]
