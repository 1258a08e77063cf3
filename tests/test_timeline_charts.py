"""Timeline and heat-map SVG: well formed, one bar or cell per week, names escaped, colours by stance."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from pipeline.sitegen.timeline_charts import BEARISH, BULLISH, MIXED, Week, colour, heat_map, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"
MONDAY = date(2026, 9, 7)


def weeks(shares: list[float], balance: float = 0.0) -> list[Week]:
    return [Week(MONDAY + timedelta(weeks=i), s, balance, round(s * 10)) for i, s in enumerate(shares)]


def test_timeline_has_a_bar_per_week_and_is_tallest_where_the_share_is():
    svg = ET.fromstring(timeline_svg(weeks([0.1, 0.6, 0.3]), "稀土<涨价>"))
    bars = svg.findall(f"{SVG}rect")
    assert len(bars) == 3
    heights = [float(b.get("height")) for b in bars]
    assert heights.index(max(heights)) == 1
    assert svg.find(f"{SVG}title").text.startswith("稀土<涨价>")  # escaped in the markup, text when parsed


def test_timeline_of_no_dated_week_is_empty():
    assert timeline_svg([], "x") == ""
    assert heat_map({}, {}, {}) == ""


@pytest.mark.parametrize("balance, expected", [(0.8, BULLISH), (-0.5, BEARISH), (0.1, MIXED), (-0.2, MIXED)])
def test_colour_follows_the_stance_balance(balance, expected):
    assert colour(balance) == expected


def test_heat_map_rows_are_narratives_and_cells_weeks():
    rows = {"a": weeks([0.5, 0.0, 0.2]), "b": weeks([0.0, 0.9])}
    svg = ET.fromstring(heat_map(rows, {"a": "电网瓶颈", "b": "存储周期"}, {"a": "a.html", "b": "b.html"}))
    cells = svg.findall(f"{SVG}rect")
    assert len(cells) == 5
    names = [t.text for t in svg.iter(f"{SVG}text") if t.text in ("电网瓶颈", "存储周期")]
    assert names == ["存储周期", "电网瓶颈"]  # the larger total share first
    darkest = max(cells, key=lambda c: float(c.get("fill-opacity")))
    assert "存储周期" in darkest.find(f"{SVG}title").text
