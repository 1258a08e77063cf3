"""Period arithmetic at the edges of the calendar: bounded by limits.yaml, never an overflow."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extraction.limits import LIMITS
from pipeline.extraction.periods import resolve_period

RELATIVE = ["明年", "去年", "前年", "今年", "上季度", "本季度", "上月", "本月", "上周", "本周", "昨天", "今天",
            "明年三季度", "去年上半年", "年底", "年初", "今年以来", "九九九九年", "2030年", "Q4"]
EDGES = [date(1, 1, 1), date(1, 12, 31), date(9999, 1, 1), date(9999, 12, 31), date(1899, 12, 31), date(2101, 1, 1)]


@pytest.mark.parametrize("published", EDGES, ids=str)
@pytest.mark.parametrize("period", RELATIVE)
def test_a_publication_date_outside_the_bounds_resolves_nothing(period, published):
    assert resolve_period(period, published) is None


@pytest.mark.parametrize(
    ("period", "published", "expected"),
    [
        ("明年", date(2100, 12, 31), None),  # 2101: past the bound
        ("明年三季度", date(2100, 6, 1), None),
        ("去年", date(1900, 1, 1), None),  # 1899
        ("上季度", date(1900, 2, 1), None),
        ("上月", date(1900, 1, 15), None),
        ("上周", date(1900, 1, 3), None),  # Monday 1899-12-25
        ("昨天", date(1900, 1, 1), None),
        ("九九九九年", date(2025, 5, 1), None),
        ("2030年以来", date(2025, 5, 1), None),  # "since" a year after publication
        ("明年", date(2099, 12, 31), (date(2100, 1, 1), date(2100, 12, 31))),
        ("去年", date(1901, 1, 1), (date(1900, 1, 1), date(1900, 12, 31))),
        ("上季度", date(2100, 12, 31), (date(2100, 7, 1), date(2100, 9, 30))),
        ("上季度", date(1900, 4, 1), (date(1900, 1, 1), date(1900, 3, 31))),
        ("上月", date(2100, 1, 31), (date(2099, 12, 1), date(2099, 12, 31))),
        ("昨天", date(1900, 1, 2), (date(1900, 1, 1), date(1900, 1, 1))),
        ("今年以来", date(2100, 12, 31), (date(2100, 1, 1), date(2100, 12, 31))),
        ("2/29", date(2100, 3, 1), None),  # 2100 is not a leap year
        ("2/29", date(2096, 3, 1), (date(2096, 2, 29), date(2096, 2, 29))),
    ],
)
def test_periods_at_the_bounds(period, published, expected):
    assert resolve_period(period, published) == expected


def test_the_bounds_are_those_of_limits_yaml():
    assert (LIMITS.earliest_year, LIMITS.latest_year) == (1900, 2100)
    assert resolve_period("今年", date(LIMITS.earliest_year, 6, 1)) == (date(1900, 1, 1), date(1900, 12, 31))
    assert resolve_period("今年", date(LIMITS.latest_year + 1, 6, 1)) is None
