"""The currency a bare amount implies (currency.py), read through extract_figures."""

import pytest

from pipeline.extraction.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # A currency named once governs the bare amounts of its sentence or list.
        ("公司融资300亿美元，其中260亿来自发债。", "USD"),
        ("规划了500亿usd，Google给 90B，Meta给 60B。", "USD"),
        # Otherwise the nearest market cue decides.
        ("A股近期放量，单日成交达到2万亿。", "CNY"),
        ("美国今年发了3万亿的国债。", "USD"),
        ("港股成交额达到3000亿。", "HKD"),
        # No cue at all: the amount is kept but its unit is unknown, unless 兆 says Taiwan.
        ("总量达到3万亿。", "unitless"),
        ("總量達到3兆。", "TWD"),
        # An amount scaled in English with no cue before it is in dollars, whatever market comes later.
        ("Alphabet的capex指引上调到175-185B。韩国散户本周净买入1.2万亿韩元。", "KRW"),
        ("同比增长74%，微软本季capex约35B。", "USD"),
    ],
)
def test_implied_currency(text, unit):
    assert extract_figures(text)[-1].unit == unit


def test_an_english_scale_before_any_cue_is_dollars():
    figures = extract_figures("Alphabet的capex指引上调到175-185B。韩国散户本周净买入1.2万亿韩元。")
    assert [f.unit for f in figures] == ["USD", "KRW"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # 元 is the yuan of the market the text is about, the nearest cue first.
        ("台股成交值達4,500億元。", ["TWD"]),
        ("臺股成交值達4,500億元。", ["TWD"]),
        ("櫃買指數走強，上櫃公司營收300億元。", ["TWD"]),
        ("港股大市成交额1,050亿元。", ["HKD"]),
        ("恒指收跌，成交額1,050億元。", ["HKD"]),
        ("據金管局數據，銀行體系結餘減少至450億元。", ["HKD"]),
        ("A股两市成交额1.2万亿元。", ["CNY"]),
        ("台股走弱；A股两市成交额1.2万亿元。", ["CNY"]),  # the nearer cue wins
        ("成交值4,500億元，台股今日大漲。", ["TWD"]),  # no cue before it: the first after it
        ("台積電營收新台幣7,596億元，淨利3,000億元。", ["TWD", "TWD"]),
        # A country name or a foreign currency does not say whose yuan it is.
        ("中國需求回升，台股營收50億元。", ["TWD"]),
        ("台股上漲，中國市場營收50億元。", ["TWD"]),
        ("美股大涨，公司营收50亿元。", ["CNY"]),
        # No cue at all: CNY, unless the numeral is written with 兆 (Taiwan usage).
        ("公司营收50亿元。", ["CNY"]),
        ("總市值12兆7,050億元。", ["TWD"]),
        # A currency word right after 元 names its yuan.
        ("A股走强。台积电营收3,000亿元新台币。", ["TWD"]),
        ("台股方面，融資1,000億元人民幣。", ["CNY"]),
        # A currency written before the number still governs it.
        ("台股外資匯出人民币30亿元。", ["CNY"]),
    ],
)
def test_local_yuan(text, units):
    assert [f.unit for f in extract_figures(text)] == units
