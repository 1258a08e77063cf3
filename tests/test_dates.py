"""Datelines of a text and the year a dateline without one is given."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extraction.dates import Dateline, dateline, resolve


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026年01月29日 20:15 浙江", Dateline(2026, 1, 29)),
        ("2026-01-29", Dateline(2026, 1, 29)),
        ("2026/1/9 08:00", Dateline(2026, 1, 9)),
        ("2026.01.29 来源:某报", Dateline(2026, 1, 29)),
        ("1月29日", Dateline(None, 1, 29)),
        ("1月29号 上海", Dateline(None, 1, 29)),
        ("2026年1月29日，美联储宣布维持利率不变。", None),  # a sentence about a date
        ("本周四(1月29日)议息", None),  # the date is not at the start
        ("2026年", None),
        ("12345年1月2日", None),
        ("2026年1月29日" + "很长的一行" * 10, None),
    ],
)
def test_dateline(line, expected):
    assert dateline(line) == expected


@pytest.mark.parametrize(
    ("found", "text", "expected"),
    [
        (Dateline(2026, 1, 29), "", (date(2026, 1, 29), "text")),
        (
            Dateline(None, 1, 29),
            "去年2025年3月1日的会议和2025年6月1日的会议。",
            (date(2025, 1, 29), "text_year_from_text"),
        ),
        (Dateline(None, 1, 29), "2024年1月1日与2025年1月1日。", (date(2025, 1, 29), "text_year_from_text")),
        (Dateline(None, 1, 29), "正文里没有完整的日期。", (date(2019, 1, 29), "text_year_from_file_time")),
        (Dateline(None, 2, 30), "", None),
        (Dateline(2026, 13, 1), "", None),
        (Dateline(3000, 1, 1), "", None),
    ],
    ids=["full", "year-from-text", "year-tie-latest", "year-from-file", "no-such-day", "no-such-month", "out-of-range"],
)
def test_resolve(found, text, expected):
    assert resolve(found, text, file_year=2019) == expected
