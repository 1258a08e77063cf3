"""The subject of a figure (figure_subjects.py), read through extract_figures."""

import pytest

from pipeline.extraction.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "subject", "metric"),
    [
        ("苹果下跌 3%。", "苹果", "跌幅"),
        ("今年以来港股基金净流入120亿美元。", "港股基金", "资金流入"),
        ("Google给了2026 capex 90B美元。", "Google", "capex"),
        ("某券商把目标上调至三千六百点。", "某券商", "目标点位"),
        ("CME这边保证金从10%提到12%。", "CME", "保证金比例"),
        # A subject that ends a list of names keeps the names before it.
        ("微软、谷歌、亚马逊和Meta明年的资本开支合计约4,000亿美元。", "微软、谷歌、亚马逊和Meta", "capex"),
        # 到 opens a time frame, not a name: the subject follows it, not the forecaster before.
        ("北岭资本预计，到2028年欧洲数据中心用电将达45GW。", "欧洲数据中心", "电力供给"),
        # a holding taken: the thing held is the subject, not the clause
        ("白银拿长线仓位，回落到30美元附近再加。", "白银", None),
        # a judgement reported (她判断…) puts its subject after the verb
        ("她判断上证指数的波动区间在3200到3800点之间。", "上证指数", "指数点位"),
    ],
)
def test_subject_and_metric(text, subject, metric):
    figure = extract_figures(text)[0]
    assert (figure.subject, figure.metric) == (subject, metric)
