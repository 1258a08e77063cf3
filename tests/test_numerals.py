"""Numerals to numbers: the table is the spec of pipeline/extraction/numerals.py."""

import re

import pytest

from pipeline.extraction.numerals import (
    CHINESE_NUMERAL,
    MIXED_NUMERAL,
    is_digit_string,
    parse_fraction,
    parse_numeral,
    to_half_width,
    trailing_scale,
)


@pytest.mark.parametrize(
    ("numeral", "low", "high"),
    [
        ("2", 2, 2),
        ("1.2", 1.2, 1.2),
        ("1,200", 1200, 1200),
        ("十", 10, 10),
        ("十五", 15, 15),
        ("二十八", 28, 28),
        ("一百二十", 120, 120),
        ("六千四百", 6400, 6400),
        ("一千零五", 1005, 1005),
        ("两千五", 2500, 2500),
        ("个半亿", 1.5e8, 1.5e8),  # Cantonese: one and a half
        ("两个半", 2.5, 2.5),
        ("八百九十亿", 8.9e10, 8.9e10),
        ("三千五百万", 3.5e7, 3.5e7),
        ("一亿两千万", 1.2e8, 1.2e8),
        ("一万亿", 1e12, 1e12),
        ("十万亿", 1e13, 1e13),
        ("百亿", 1e10, 1e10),
        ("2.3万亿", 2.3e12, 2.3e12),
        ("7千", 7000, 7000),
        ("48兆3,641億", 4.83641e13, 4.83641e13),
        ("三点五", 3.5, 3.5),
        ("三一〇〇", 3100, 3100),
        ("二零二五", 2025, 2025),
        ("两三百", 200, 300),
        ("三四", 3, 4),
        ("十五六万", 1.5e5, 1.6e5),
        ("兩三百", 200, 300),
        # 多/余 mark "more than" (the figure's qualifier); the value is read without them.
        ("300多亿", 3e10, 3e10),
        ("三百余万", 3e6, 3e6),
        ("十多万", 1e5, 1e5),
        ("十几亿", 1e9, 1e9),
        # A lone digit after a unit counts the next place down, before a scale too; not after 零.
        ("两万三", 2.3e4, 2.3e4),
        ("一亿二", 1.2e8, 1.2e8),
        ("千二亿", 1.2e11, 1.2e11),
        ("一千零二亿", 1.002e11, 1.002e11),
        ("一万零三", 10003, 10003),
        ("一万零三百", 10300, 10300),
        # A point after Chinese digits (full-width ． folded to .) and ○ as zero.
        ("十一.五", 11.5, 11.5),
        ("○.三", 0.3, 0.3),
        ("六.一八", 6.18, 6.18),
        ("十二.三四", 12.34, 12.34),  # digits after the point are never a range
        ("九九.九", 99.9, 99.9),  # digits one by one before the point
        ("一二.五", 12.5, 12.5),
        ("三点五亿", 3.5e8, 3.5e8),  # a scale after the decimals
        ("一千二百三十.五亿", 1.2305e11, 1.2305e11),
        ("二.五兆", 2.5e12, 2.5e12),
        # Digits read one by one before a big unit, in both scripts.
        ("二四八○亿", 2.48e11, 2.48e11),
        ("三○五○億", 3.05e11, 3.05e11),
        ("三四五六亿", 3.456e11, 3.456e11),
        ("一二○○万", 1.2e7, 1.2e7),
        ("二三亿", 2e8, 3e8),  # two neighbouring digits alone stay "two or three"
        # A space between Arabic digits and their scale.
        ("2.5 兆", 2.5e12, 2.5e12),
        ("80 億", 8e9, 8e9),
    ],
)
def test_parse_numeral(numeral, low, high):
    assert parse_numeral(numeral) == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("denominator", "numerator", "value"),
    [("三", "一", 1 / 3), ("五", "四", 0.8), ("10", "1", 0.1), ("四", "三", 0.75)],
)
def test_parse_fraction(denominator, numerator, value):
    assert parse_fraction(denominator, numerator) == pytest.approx(value)


@pytest.mark.parametrize(
    ("numeral", "scale"),
    [
        ("3万亿", 1e12),
        ("3萬億", 1e12),
        ("185", 1),
        ("二十万", 1e4),
        ("5千", 1e3),
        ("六千四百", 1),
        ("3千万", 1e7),
        ("3 千万", 1e7),
        ("2.5 兆", 1e12),
        ("两千万", 1e4),
        ("千万", 1e4),
        ("万", 1),
        ("一" + "万" * 2000, float("inf")),
    ],
)
def test_trailing_scale(numeral, scale):
    assert trailing_scale(numeral) == scale


@pytest.mark.parametrize(
    ("token", "expected"),
    [("二零二五", True), ("三一〇〇", True), ("二四八○", True), ("三四", False), ("二十", False), ("五", False)],
)
def test_is_digit_string(token, expected):
    assert is_digit_string(token) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("１２３％", "123%"), ("１．５", "1.5"), ("涨５％", "涨5%"), ("，。", "，。")],
)
def test_half_width_keeps_length(text, expected):
    assert to_half_width(text) == expected
    assert len(to_half_width(text)) == len(text)


@pytest.mark.parametrize(
    ("pattern", "text", "numeral"),
    [
        (MIXED_NUMERAL, "300多亿美元", "300多亿"),
        (MIXED_NUMERAL, "300多人", "300"),  # 多 before a measure is read by figures.py, not the numeral
        (CHINESE_NUMERAL, "三百余万元", "三百余万"),
        (CHINESE_NUMERAL, "三百余额", "三百"),
        (CHINESE_NUMERAL, "十一．五％".replace("．", "."), "十一.五"),
        (CHINESE_NUMERAL, "一.市场", "一"),  # a section number: no digit after the point
        (MIXED_NUMERAL, "80 億份", "80 億"),
        (MIXED_NUMERAL, "80 年", "80"),
    ],
)
def test_approx_marks_inside_numerals(pattern, text, numeral):
    assert re.match(pattern, text).group() == numeral
