"""extract_figures end to end: periods, quotes, and long runs read in one pass."""

from datetime import date

import pytest

from pipeline.extraction.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "period", "start", "end"),
    [
        ("今年以来流入50亿美元。", "今年以来", date(2026, 1, 1), date(2026, 3, 15)),
        ("三季度平均每日成交1万亿元。", "三季度", date(2026, 7, 1), date(2026, 9, 30)),
        ("2025年利润增长12%。", "2025年", date(2025, 1, 1), date(2025, 12, 31)),
        ("上周流出20亿美元。", "上周", date(2026, 3, 2), date(2026, 3, 8)),
        ("近期上涨5%。", "近期", None, None),
        ("Google给了2027 capex 80B，Meta给 60B。", "2027", date(2027, 1, 1), date(2027, 12, 31)),
    ],
)
def test_period(text, period, start, end):
    figure = extract_figures(text, published=date(2026, 3, 15))[-1]
    assert (figure.period, figure.period_start, figure.period_end) == (period, start, end)


def test_quote_is_the_original_text():
    text = "劉總說今年發了2-3萬億的國債，美國市場承壓。"
    for figure in extract_figures(text):
        assert text[figure.start:figure.end] == figure.quote


# Long runs read by patterns that once backtracked over them at every start (n² steps or 2^n):
# each must still give what its short form gives, and in one pass.
N = 3000


@pytest.mark.parametrize(
    ("text", "count", "quote_chars", "units"),
    [
        ("1" * N + "美元", 1, N + 2, {"USD"}),  # a digit run and its unit: one figure
        ("5" * N + "分之一", 1, N + 3, {"ratio"}),
        ("三百二十五" * (N // 5) + "亿元", 1, N + 2, {"CNY"}),
        ("12%" * (N // 3), N // 3, 3, {"%"}),  # number-and-percent repeated
        ("3万亿，" * (N // 4), N // 4, 3, {"unitless"}),  # bare amounts, no currency cue
        ("美元：" + "3万亿，" * (N // 4), N // 4, 3, {"USD"}),  # ... each taking the cue before it
        ("A" + "1" * N + "美元", 0, 0, set()),  # a run glued to a word is no number, from no start inside it
        ("第" + "三" * N + "名", 0, 0, set()),  # an ordinal
        ("几" + "5" * N + "分之一", 0, 0, set()),
        ("2" * N + "年", 0, 0, set()),  # a year
        ("预计" * N + "上涨5%", 1, 2, {"%"}),  # a chain of reporting verbs before the subject
    ],
    ids=["digits-unit", "fraction", "chinese-numeral", "percent-repeated", "bare-amounts", "cued-amounts",
         "glued-run", "ordinal", "vague", "year", "reporting-verbs"],
)
def test_long_runs(text, count, quote_chars, units):
    figures = extract_figures(text, text)
    assert len(figures) == count
    assert {len(f.quote) for f in figures} == ({quote_chars} if count else set())
    assert {f.unit for f in figures} == units
