"""extract_figures on invented sentences: what is a figure, its value, unit and labels."""

from datetime import date

import pytest

from pipeline.extraction.figures import extract_figures


def _values(text):
    return [(f.quote, f.low, f.high, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某基金本月流入三百二十亿美元。", [("三百二十亿美元", 3.2e10, 3.2e10, "USD")]),
        ("营收达到45.6亿元。", [("45.6亿元", 4.56e9, 4.56e9, "CNY")]),
        ("公司计划投入$12B扩产。", [("$12B", 1.2e10, 1.2e10, "USD")]),
        ("估值约３００亿港元。", [("３００亿港元", 3e10, 3e10, "HKD")]),
        ("指数上涨百分之十二。", [("百分之十二", 12, 12, "%")]),
        ("利润增长3.5%。", [("3.5%", 3.5, 3.5, "%")]),
        ("股价下跌 7% 至 9%。", [("7% 至 9%", 7, 9, "%")]),
        ("毛利率提升2个百分点。", [("2个百分点", 2, 2, "pp")]),
        ("央行降息25bp。", [("25bp", 0.25, 0.25, "pp")]),
        ("联储加息50个基点。", [("50个基点", 0.5, 0.5, "pp")]),
        ("指数跌破三千二百点。", [("三千二百点", 3200, 3200, "pt")]),
        ("大盘可能再跌一两百点。", [("一两百点", 100, 200, "pt")]),
        ("年发电量达到9万亿千瓦时。", [("9万亿千瓦时", 9e12, 9e12, "kWh")]),
        ("新增装机120GW。", [("120GW", 1.2e11, 1.2e11, "W")]),
        ("新增装机五百万千瓦。", [("五百万千瓦", 5e9, 5e9, "W")]),
        ("公司裁员1.2万人。", [("1.2万人", 1.2e4, 1.2e4, "person")]),
        ("市盈率是同行的3倍。", [("3倍", 3, 3, "x")]),
        ("交易所今年提保12次。", [("12次", 12, 12, "event")]),
        ("超过三分之一的公司亏损。", [("三分之一", 1 / 3, 1 / 3, "ratio")]),
        ("利润只剩一半。", [("一半", 0.5, 0.5, "ratio")]),
        ("外资卖超新台币3,000亿元。", [("新台币3,000亿元", 3e11, 3e11, "TWD")]),
        ("公司计划投资300多亿美元。", [("300多亿美元", 3e10, 3e10, "USD")]),
        ("Meta上调至US$64–72B。", [("US$64–72B", 6.4e10, 7.2e10, "USD")]),
        ("市场份额只有四成。", [("四成", 40, 40, "%")]),
        ("股价三年翻倍。", [("翻倍", 2, 2, "x")]),
        ("出货量为美国的2.5倍。", [("2.5倍", 2.5, 2.5, "x")]),
        ("总资产48兆3,641亿新台币。", [("48兆3,641亿新台币", 4.83641e13, 4.83641e13, "TWD")]),
        ("营收预计为 30–32B 美元。", [("30–32B 美元", 3e10, 3.2e10, "USD")]),
        ("保证金从10%提到12%。", [("10%", 10, 10, "%"), ("12%", 12, 12, "%")]),
        # Traditional script: the quote stays as written.
        ("今年發行了4-5萬億美元國債。", [("4-5萬億美元", 4e12, 5e12, "USD")]),
        ("成交額跌到一兆兩千億元。", [("一兆兩千億元", 1.2e12, 1.2e12, "CNY")]),
        ("公司裁掉兩萬人。", [("兩萬人", 2e4, 2e4, "person")]),
        ("漲幅達百分之三十。", [("百分之三十", 30, 30, "%")]),
    ],
)
def test_values(text, expected):
    assert _values(text) == [tuple(pytest.approx(v) if isinstance(v, float) else v for v in row) for row in expected]


@pytest.mark.parametrize(
    "text",
    [
        "罗素2000创新高。",
        "二零二五年是关键一年。",
        "S&P 500 成分股。",
        "G2 博弈仍在继续。",
        "他给出四条理由。",
        "可分两种情况讨论。",
        "这是一个问题。",
        "这是一场风暴。",
        "过去10年科技股领涨。",
        "两个月内完成。",
        "第二个矛盾更尖锐。",
        "1/28 之后开始回调。",
        "11月和12月是淡季。",
        "三季度情绪饱满。",
        "mag7 的回购很大。",
        "京公网安备 11011402013531号",
        "1. 市场观点",
        "Kospi 200 期货熔断。",
        "标普五百期货走弱。",
        "2026 年的计划。",
        "千万不要追高。",
        "市场十分拥挤。",
        "一点点风险都会放大。",
        "两家公司都没回应。",
        "指数一度转跌。",
        "他们已经成为主流。",
        "數百億資金",
        "英伟达的H100芯片。",
        "零分之一",
        "1999 到 2002 年的教训。",
        "美元2025年走势偏弱。",
        "10年期国债期货走强。",
    ],
)
def test_not_figures(text):
    assert extract_figures(text) == []


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
    ],
)
def test_direction(text, direction):
    (figure,) = extract_figures(text)
    assert figure.direction == direction


@pytest.mark.parametrize(
    ("text", "subject", "metric"),
    [
        ("苹果下跌 3%。", "苹果", "跌幅"),
        ("今年以来港股基金净流入120亿美元。", "港股基金", "资金流入"),
        ("Google给了2026 capex 90B美元。", "Google", "capex"),
        ("某券商把目标上调至三千六百点。", "某券商", "目标点位"),
        ("CME这边保证金从10%提到12%。", "CME", "保证金比例"),
    ],
)
def test_subject_and_metric(text, subject, metric):
    figure = extract_figures(text)[0]
    assert (figure.subject, figure.metric) == (subject, metric)


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
        # No cue at all: the amount is kept but its unit is unknown.
        ("总量达到3万亿。", "unitless"),
    ],
)
def test_implied_currency(text, unit):
    assert extract_figures(text)[-1].unit == unit


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
