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
        # No cue at all: the amount is kept but its unit is unknown.
        ("总量达到3万亿。", "unitless"),
    ],
)
def test_implied_currency(text, unit):
    assert extract_figures(text)[-1].unit == unit
