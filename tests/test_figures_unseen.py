"""extract_figures on invented sentences in the style of Chinese market commentary.

None of these sentences is in data/articles: they probe forms the gold articles do not
hold (currency words before the number, 多/余 inside a numeral, tenors, chip and index
names, Traditional script), so the engine is checked for general rules, not for the
development set. Each row: sentence -> the figures, in text order, as
(quote, low, high, unit, qualifier, direction); an empty list means no figure.
"""

import pytest
import yaml

from pipeline.extraction.figure_rules import RULES
from pipeline.extraction.figures import extract_figures
from pipeline.extraction.script import to_simplified

ROWS = [
    # Currency words and signs before the number govern it, even over a generic 元.
    ("外資賣超新台幣3,000億元。", [("新台幣3,000億元", 3e11, 3e11, "TWD", None, None)]),
    ("北向资金净买入人民币120亿元。", [("人民币120亿元", 1.2e10, 1.2e10, "CNY", None, None)]),
    ("台积电三季度营收约新台币7,596亿元。", [("新台币7,596亿元", 7.596e11, 7.596e11, "TWD", "approx", None)]),
    ("港股通南向资金单日净流入HK$150亿。", [("HK$150亿", 1.5e10, 1.5e10, "HKD", None, None)]),
    ("日本央行持有日元5兆的ETF。", [("日元5兆", 5e12, 5e12, "JPY", None, None)]),
    ("Meta将2025年capex指引上调至US$64–72B。", [("US$64–72B", 6.4e10, 7.2e10, "USD", None, "up")]),
    ("三星电子市值蒸发约50万亿韩元。", [("50万亿韩元", 5e13, 5e13, "KRW", "approx", "down")]),
    ("比特币跌破6万美元。", [("6万美元", 6e4, 6e4, "USD", None, "down")]),
    ("黄金价格站上每盎司2,400美元。", [("2,400美元", 2400, 2400, "USD", None, "up")]),
    ("布伦特原油下跌2.1%至每桶78美元。", [("2.1%", 2.1, 2.1, "%", None, "down"), ("78美元", 78, 78, "USD", None, None)]),
    # 多/余 inside the numeral, 近 before a bare scale word.
    ("公司计划投资300多亿美元建厂。", [("300多亿美元", 3e10, 3e10, "USD", "over", None)]),
    ("近百亿资金涌入半导体板块。", [("百亿", 1e10, 1e10, "unitless", "nearly", None)]),
    ("A股全天成交额1.2万亿元，较上日缩量近千亿。", [
        ("1.2万亿元", 1.2e12, 1.2e12, "CNY", None, None), ("千亿", 1e11, 1e11, "CNY", "nearly", "down")]),
    ("该基金规模超５００亿元。", [("５００亿元", 5e10, 5e10, "CNY", "over", None)]),
    ("微软本财年资本开支预计达800亿美元。", [("800亿美元", 8e10, 8e10, "USD", None, None)]),
    ("亚马逊第三季度营收为1,589亿美元，同比增长11%。", [
        ("1,589亿美元", 1.589e11, 1.589e11, "USD", None, None), ("11%", 11, 11, "%", None, "up")]),
    # Qualifiers are words: 卖超 is not 超过, 违约 is not 约, 不超过 is under.
    ("日均成交约8000亿元左右。", [("8000亿元", 8e11, 8e11, "CNY", "approx", None)]),
    ("公司净利润不足5亿元。", [("5亿元", 5e8, 5e8, "CNY", "under", None)]),
    ("不超过10%的仓位。", [("10%", 10, 10, "%", "under", None)]),
    ("两市成交额连续第5天超过1万亿元。", [("1万亿元", 1e12, 1e12, "CNY", "over", None)]),
    # Rates: %, 个百分点, bp, 基点.
    ("欧洲央行降息25个基点至3.25%。", [("25个基点", 0.25, 0.25, "pp", None, "down"), ("3.25%", 3.25, 3.25, "%", None, None)]),
    ("美联储累计加息525个基点。", [("525个基点", 5.25, 5.25, "pp", None, "up")]),
    ("10年期美债收益率升至4.5%。", [("4.5%", 4.5, 4.5, "%", None, "up")]),
    ("30年期国债收益率下行5bp。", [("5bp", 0.05, 0.05, "pp", None, "down")]),
    ("信用違約交換價差擴大至120個基點。", [("120個基點", 1.2, 1.2, "pp", None, "up")]),
    ("毛利率下滑三四个百分点。", [("三四个百分点", 3, 4, "pp", None, "down")]),
    ("英伟达周四财报超预期，随后单日下跌3.5%。", [("3.5%", 3.5, 3.5, "%", None, "down")]),
    ("輝達下季毛利率預估為75%。", [("75%", 75, 75, "%", None, None)]),
    ("公司营收增长百分之十二。", [("百分之十二", 12, 12, "%", None, "up")]),
    ("融资余额增加5%–8%。", [("5%–8%", 5, 8, "%", None, "up")]),
    ("機構預估營收將成長20%至25%。", [("20%至25%", 20, 25, "%", None, "up")]),
    ("市场份额只有四成。", [("四成", 40, 40, "%", None, None)]),
    ("超过三分之一的公司亏损。", [("三分之一", 1 / 3, 1 / 3, "ratio", "over", None)]),
    # Index levels and point moves.
    ("沪深300指数周五收于4,123点。", [("4,123点", 4123, 4123, "pt", None, None)]),
    ("恒指早盘一度跌逾500点。", [("500点", 500, 500, "pt", "over", "down")]),
    ("上证指数失守三千点。", [("三千点", 3000, 3000, "pt", None, "down")]),
    ("大盘可能再跌两三百点。", [("两三百点", 200, 300, "pt", None, "down")]),
    ("罗素2000指数上涨1.2%。", [("1.2%", 1.2, 1.2, "%", None, "up")]),
    # Energy and power.
    ("今年全社会用电量预计增长6%至9.8万亿千瓦时。", [
        ("6%", 6, 6, "%", None, "up"), ("9.8万亿千瓦时", 9.8e12, 9.8e12, "kWh", None, None)]),
    ("全国新增光伏装机约２００吉瓦。", [("２００吉瓦", 2e11, 2e11, "W", "approx", "up")]),
    ("国家电网新增装机5000万千瓦。", [("5000万千瓦", 5e10, 5e10, "W", None, "up")]),
    ("新增需求约50GW。", [("50GW", 5e10, 5e10, "W", "approx", "up")]),
    ("数据中心年耗电量达到460TWh。", [("460TWh", 4.6e11, 4.6e11, "kWh", None, None)]),
    ("该园区年用电量约3亿度。", [("3亿度", 3e8, 3e8, "kWh", "approx", None)]),
    ("半導體產值達到2-3兆新台幣。", [("2-3兆新台幣", 2e12, 3e12, "TWD", None, None)]),
    # People, multiples, events.
    ("公司裁员1.2万人。", [("1.2万人", 1.2e4, 1.2e4, "person", None, None)]),
    ("特斯拉年内将裁减约1.4萬人。", [("1.4萬人", 1.4e4, 1.4e4, "person", "approx", None)]),
    ("市盈率约为同行的3倍。", [("3倍", 3, 3, "x", "approx", None)]),
    ("交易所两个月内上调保证金6次。", [("6次", 6, 6, "event", None, None)]),
    # Negative rows: names, chips, tenors, calendar words, durations, FX pairs.
    ("英伟达H20芯片出口受限。", []),
    ("标普500指数创新高。", []),
    ("G20峰会今日召开。", []),
    ("5G基站覆盖全国。", []),
    ("3nm制程良率提升。", []),
    ("24小时交易不停歇。", []),
    ("7×24小时交易。", []),
    ("第3季度表现亮眼。", []),
    ("2025财年业绩指引。", []),
    ("Q3业绩超预期。", []),
    ("3月议息会议临近。", []),
    ("10年期国债期货走强。", []),
    ("美元2025年走势偏弱。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_unseen_figures(text, expected):
    found = [(f.quote, f.low, f.high, f.unit, f.qualifier, f.direction) for f in extract_figures(text)]
    assert found == [(q, pytest.approx(lo), pytest.approx(hi), *rest) for q, lo, hi, *rest in expected]


@pytest.mark.parametrize(
    ("text", "subject", "metric"),
    [
        ("外資賣超新台幣3,000億元。", "外資", "净卖出"),
        ("英伟达周四财报超预期，随后单日下跌3.5%。", "英伟达", "跌幅"),
        ("沪深300指数周五收于4,123点。", "沪深300指数", "指数点位"),
        ("輝達下季毛利率預估為75%。", "輝達", "毛利率"),
        ("信用違約交換價差擴大至120個基點。", "信用違約交換價差", None),
        ("黄金价格站上每盎司2,400美元。", "黄金价格", "每盎司价格"),
        ("美联储累计加息525个基点。", "美联储", "利率"),
        ("10年期美债收益率升至4.5%。", "10年期美债", "收益率"),
        ("30年期国债收益率下行5bp。", "30年期国债", "收益率"),
        ("机构预计明年全球光伏新增需求约50GW。", "全球光伏", None),
        ("日本央行持有日元5兆的ETF。", "日本央行", None),
        ("毛利率下滑三四个百分点。", None, "毛利率"),
        ("新增需求约50GW。", None, None),
    ],
)
def test_unseen_subject_and_metric(text, subject, metric):
    figure = extract_figures(text)[0]
    assert (figure.subject, figure.metric) == (subject, metric)


def _rules() -> dict:
    return yaml.safe_load(RULES.read_text(encoding="utf-8"))


def _is_cut(subject: str, word: str, compounds: list[str]) -> bool:
    """Whether the subject starts or ends with word, not counting a compound word holding it (全社会 ends in 社会, not 会)."""
    starts = subject.startswith(word) and not any(subject.startswith(c) and c.startswith(word) and c != word for c in compounds)
    ends = subject.endswith(word) and not any(subject.endswith(c) and c.endswith(word) and c != word for c in compounds)
    return starts or ends


@pytest.mark.parametrize(("text", "expected"), [row for row in ROWS if row[1]], ids=[row[0] for row in ROWS if row[1]])
def test_subjects_are_not_fragments(text, expected):
    raw = _rules()
    stops = [*raw["subject_stops"], *raw["subject_reporting_verbs"], *raw["subject_lead_ins"]]
    for figure in extract_figures(text):
        if figure.subject is None:
            continue
        subject = to_simplified(figure.subject)
        assert len(subject) >= 2, (subject, text)
        assert not [w for w in stops if _is_cut(subject, w, raw["compound_words"])], (subject, text)
