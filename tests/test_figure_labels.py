"""Qualifier, direction and metric of a figure (figure_labels.py), read through extract_figures."""

import pytest

from pipeline.extraction.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("利润约50亿元。", "50亿元", "approx"),
        ("股价下跌近 4%。", "4%", "nearly"),
        ("接近2万亿美元。", "2万亿美元", "nearly"),
        ("超过 70% 的公司盈利。", "70%", "over"),
        ("逾300亿元资金流出。", "300亿元", "over"),
        ("日均成交5000亿元以上。", "5000亿元", "over"),
        ("成交萎缩到8000亿元以下。", "8000亿元", "under"),
        ("不到3%的份额。", "3%", "under"),
        ("指数在三千点附近。", "三千点", "approx"),
        ("净利润1亿元左右。", "1亿元", "approx"),
        ("最近反弹约百分之六。", "百分之六", "approx"),
        ("近日利润增长10%。", "10%", None),
        ("外资卖超新台币3,000亿元。", "新台币3,000亿元", None),
        ("信用违约交换价差扩大至120个基点。", "120个基点", None),
        ("公司计划投资300多亿美元。", "300多亿美元", "over"),
        ("不超过10%的仓位。", "10%", "under"),
        # a comparison with an amount a noun phrase names is no bound on it; a share "of" something keeps its bound
        ("每股盈利高于市场预期的2.10美元。", "2.10美元", None),
        ("交付量低於去年的181萬輛。", "181萬輛", None),
        ("已完成超过全年目标的一半。", "一半", "over"),
        ("持股比例超過總股本的5%。", "5%", "over"),
    ],
)
def test_qualifier(text, quote, qualifier):
    (figure,) = extract_figures(text)
    assert (figure.quote, figure.qualifier) == (quote, qualifier)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("纳指下跌 3%。", "down"),
        ("指数上涨百分之四。", "up"),
        ("目标上调至四千点。", "up"),
        ("成交萎缩到1万亿元。", "down"),
        ("经历了 40% 的回撤。", "down"),
        ("纳指 3% 的波动。", None),
        ("公司裁掉5000人。", None),
        ("股价翻倍。", "up"),
        ("增量只有对手的5分之1。", None),
        ("日均成交額較去年放大了四成。", "up"),
        ("明年资本开支会比今年高出一成。", "up"),
        ("贸易逆差缩小至300亿美元。", "down"),
    ],
)
def test_direction(text, direction):
    (figure,) = extract_figures(text)
    assert figure.direction == direction
