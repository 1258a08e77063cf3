"""Candidate figures: one regex scan of the Simplified text, each match read into one or two amounts.

A candidate is kept only when it carries a unit (美元, %, 点, GW, 人, 倍 ...), a currency
sign or word before it (US$, 新台币), or a scale (万/亿/兆 inside the numeral, or K/M/B/T
after it) that makes it an amount of at least 10,000. Bare numbers (2026, 500, 200) are
years, names or enumerations and are dropped, except as one end of a range or right
after a level verb (升至150: levels.py keeps it if a cue names its unit). A currency
written before the number governs it, even over a generic 元 after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .lexicons import alternation
from .numerals import (
    AND_A_HALF,
    APPROX_MARKS,
    ARABIC,
    CHINESE_NUMERAL,
    DIGITS,
    MIXED_NUMERAL,
    NUMERAL_CHARS,
    parse_fraction,
    parse_numeral,
    trailing_scale,
)
from .units import UnitLexicon

if TYPE_CHECKING:
    from .figure_rules import Rules

SPACE = "[ \u00a0\u3000]?"
BARE = "bare"  # a number with no unit and no scale: kept only as one end of a range
LOCAL = "local"  # 元 with no currency before it: the yuan of the text's market (currency.py)
MIN_BARE_AMOUNT = 1e4  # a bare scaled number below this (4K) is not an amount
SKIP_REACH = 16  # how far a skip span (罗素2000, 京公网安备 ...) may reach before or after a number
LEVEL_VERB_REACH = 8  # longest level verb and qualifier before a bare level (回落至约 150)
MOVE_VERB_REACH = 4  # longest direction word before a move (减少, 大幅增加)
RATE_UNITS = ("%", "pp")  # a range of rates after a verb (增长20%至25%) is a range, not a move and a level
_BIG_UNIT = re.compile("[万亿兆]")
_RATE_PARTS = "(?:厘|个百分点|百分点|点子|个基点|基点)"  # units a fraction may be of (units.yaml measures)
_MINUS = ("-", "−", "负")
_HAN = re.compile("[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Amount:
    """One side of a candidate, before it becomes a Figure."""

    start: int
    end: int
    low: float
    high: float
    unit: str | None  # None: a bare scaled amount whose currency is implied; LOCAL: 元
    scaled_alone: bool  # its scale is written on it (万亿, B), so a range partner may borrow it
    direction: str | None = None
    qualifier: str | None = None  # from 多/余 inside the numeral (300多亿)
    label: tuple[int, int] | None = None  # a table row's label (营业收入 of 营业收入（亿元）): its subject


def scan_amounts(scan: str, rules: Rules) -> list[Amount]:
    """Every amount of the half-width Simplified text, in text order, outside skip spans."""
    return [
        _signed(a, scan)
        for m in rules.candidate.finditer(scan)
        for a in _read(m, scan, rules)
        if not _skipped(rules, scan, a)
    ]


def _signed(amount: Amount, scan: str) -> Amount:
    """A value written below zero ("回报为-3.5%", "负百分之二", "实际利率为负0.5%"): the sign is part of
    it and says it fell; a plus sign ("(+14% YoY)") says it rose. A dash between numbers or after a letter
    (2-3%, 2026-11, A-1) is no sign, nor is a plus after a benchmark's name (T+180bp, SOFR+185bp)."""
    sign = scan[amount.start - 1 : amount.start]
    before = scan[amount.start - 2 : amount.start - 1]
    if sign not in (*_MINUS, "+") or (before.isalnum() and not _HAN.match(before)) or before in NUMERAL_CHARS + "正":
        return amount
    if sign == "+":
        return replace(amount, start=amount.start - 1, direction="up")
    low, high = -amount.high, -amount.low
    return replace(amount, start=amount.start - 1, low=low, high=high, direction="down")


def candidate_pattern(units: UnitLexicon, word_figures, range_separators) -> str:
    numeral = (
        f"(?:(?<![{NUMERAL_CHARS}几数第]){AND_A_HALF}"  # first: else 两 of 两个半 would be read alone
        f"|(?<![A-Za-z\\d.,/]){MIXED_NUMERAL}|(?<![{NUMERAL_CHARS}几数第]){CHINESE_NUMERAL})"
    )
    separator = alternation(range_separators)

    # A currency right after a numeral is that number's unit, and after 兑 it names an
    # exchange-rate pair (美元兑日元150): in neither place is it a prefix.
    prefix = f"(?:(?<![\\d{NUMERAL_CHARS}兑])(?P<p{{n}}>{units.prefix_pattern()}){SPACE})?"
    marks = f"(?P<m{{n}}>[{APPROX_MARKS}](?![额下头空]))?"

    def amount(n: int) -> str:
        return (
            f"{prefix.format(n=n)}(?P<n{n}>{numeral})(?P<s{n}>{units.scale_pattern()})?"
            f"(?:{marks.format(n=n)}{SPACE}(?P<u{n}>{units.measure_pattern()}))?"
        )

    bare_numeral = f"(?:{ARABIC}|{CHINESE_NUMERAL})"
    # The denominator of X分之Y is a whole number, read once, never the tail of a longer one.
    denominator = f"(?<![\\d.,/{NUMERAL_CHARS}])(?>{bare_numeral})"
    return (
        f"(?P<word>{alternation(word_figures)})"
        f"|百分之(?P<pct>{bare_numeral})(?:{SPACE}(?:{separator}){SPACE}(?:百分之)?(?P<pct2>{bare_numeral}))?"
        # a fraction, of a rate's unit too (四分之一个百分点; Hong Kong's 四分一厘, with no 之)
        f"|(?P<den>{denominator})(?:分之|分(?=[一二三四五六七八九]{_RATE_PARTS}))(?P<num>{bare_numeral})"
        f"(?P<part>{_RATE_PARTS})?"
        f"|{amount(1)}(?:{SPACE}(?P<sep>{separator}){SPACE}{amount(2)})?"
    )


def _read(m: re.Match, scan: str, rules: Rules) -> list[Amount]:
    """The figures one candidate match holds: none, one, or two (a change from one level to another)."""
    if m.group("word"):
        spec = rules.word_figures[m.group("word")]
        value = float(spec["value"])
        direction, qualifier = spec.get("direction"), spec.get("qualifier")
        return [Amount(m.start(), m.end(), value, value, spec["unit"], False, direction, qualifier)]
    if m.group("den"):
        if parse_numeral(m.group("den"))[0] == 0:
            return []  # 零分之一 is not a fraction
        value = parse_fraction(m.group("den"), m.group("num"))
        if m.group("part"):
            measure = rules.units.measures[m.group("part")]
            value *= measure.factor
            return [Amount(m.start(), m.end(), value, value, measure.code, False)]
        return [Amount(m.start(), m.end(), value, value, "ratio", False)]
    if m.group("pct"):
        low = parse_numeral(m.group("pct"))[0]
        high = parse_numeral(m.group("pct2"))[0] if m.group("pct2") else parse_numeral(m.group("pct"))[1]
        return [Amount(m.start(), m.end(), low, high, "%", False)] if low <= high else []
    first = _amount(m, 1, rules)
    if not m.group("sep"):
        return _keep(first, scan, rules)
    second = _amount(m, 2, rules)
    if first is None or second is None:
        return _keep(first, scan, rules) + _keep(second, scan, rules)
    breaker = scan[max(0, first.start - 1) : first.start] in rules.range_breakers or _move_to_level(m, scan, rules)
    # a yuan (元) ends a range whose other end names its currency (港幣2.8億元至3.2億元)
    units = {first.unit, second.unit}
    yuan = LOCAL in units and units - {LOCAL} <= rules.units.local.codes | {LOCAL}
    compatible = first.unit in (None, BARE) or second.unit in (None, BARE) or first.unit == second.unit or yuan
    # 上涨1.2%至3,050: a range writes its unit on the second end or both; a unit on the first alone is a move,
    # and the bare number after it the level it reached (levels.py names its unit)
    compatible = compatible and not (m.group("u1") and second.unit == BARE)
    if breaker or not compatible:
        return _keep(first, scan, rules) + _keep(second, scan, rules)
    low = first.low
    if not first.scaled_alone and m.group("u1") is None:
        # 2-3万亿, 175–185B, 40到50%: the first end borrows the second's scale and unit.
        low *= _scale_of(m, 2, rules.units)
    if low > second.high:
        return _keep(first, scan, rules) + _keep(second, scan, rules)
    # US$64–72B: the unit written on either end (the second's first) is the range's; with
    # none, a scaled end makes it an amount of implied currency, else it stays bare (1999 到 2002).
    written = [u for u in (second.unit, first.unit) if u not in (None, BARE, LOCAL)] or [
        u for u in (second.unit, first.unit) if u == LOCAL
    ]
    unit = written[0] if written else (None if None in (first.unit, second.unit) else BARE)
    merged = Amount(
        first.start, second.end, low, second.high, unit, True, qualifier=first.qualifier or second.qualifier
    )
    return _keep(merged, scan, rules)


def _move_to_level(m: re.Match, scan: str, rules: Rules) -> bool:
    """Whether X至Y is a move and the level it reached: a signed verb right before X, both ends
    with their own unit, and that unit not a rate (减少3,215口至2.1万口, 上涨15元至1,150元;
    but 成长20%至25% is a range of growth)."""
    if not (m.group("u1") and m.group("u2")) or rules.units.measures[m.group("u1")].code in RATE_UNITS:
        return False
    before = rules.direction.finditer(scan, max(0, m.start() - MOVE_VERB_REACH), m.start())
    last = None
    for last in before:
        pass
    return bool(last and last.end() == m.start() and rules.directions[last.group()])


def _amount(m: re.Match, n: int, rules: Rules) -> Amount | None:
    units = rules.units
    numeral = m.group(f"n{n}")
    try:
        low, high = parse_numeral(numeral)
    except (ValueError, KeyError):
        return None
    measure = units.measures.get(m.group(f"u{n}") or "")
    prefix = units.currency_prefixes.get(m.group(f"p{n}") or "")
    if prefix and measure and measure.code not in units.currency_codes:
        prefix = None  # 美元 3%: the percentage is not an amount of dollars
    scale = units.scales.get(m.group(f"s{n}") or "", 1.0)
    factor = scale * (measure.factor if measure else 1.0)
    unit = prefix or (measure.code if measure else None)
    if not prefix and measure and measure.surface in units.local.surfaces:
        unit = LOCAL
    chinese_only = not any(ch.isdigit() for ch in numeral)
    floor = units.chinese_numeral_min.get(unit or "")
    if chinese_only and floor is not None and high < floor:
        return None  # 一次, 两家, 一点: counting words, not measurements
    scaled = scale != 1.0 or bool(_BIG_UNIT.search(numeral))
    if unit is None and not (scaled and high * factor >= MIN_BARE_AMOUNT):
        unit = BARE
    start = m.start(f"p{n}") if prefix else m.start(f"n{n}")
    end = max(m.end(f"n{n}"), m.end(f"s{n}"), m.end(f"u{n}"))
    if measure and measure.digit_after and (place := _next_place(m.string, end)) is not None:
        low, high, end = low + place / 10, high + place / 10, end + 1
    elif measure and measure.half_after and _HALF_AFTER.match(m.string, end):
        low, high, end = low + 0.5, high + 0.5, end + 1
    some = bool(measure and measure.some_after and _SOME_AFTER.match(m.string, end))
    end += some
    mark = next((ch for ch in (numeral + (m.group(f"m{n}") or "")) if ch in APPROX_MARKS), None)
    qualifier = "over" if mark or some else None  # every approximate mark (多, 余, 几) means more than
    return Amount(start, end, low * factor, high * factor, unit, scaled, qualifier=qualifier)


# 半 ending the numeral (一倍半以上, 一成半左右), not starting a word (三成半导体公司)
_HALF_AFTER = re.compile(r"半(?![\u4e00-\u9fff])|半(?=[以左上下多的至到或])")
# 几 ending the numeral (兩成幾的水準, 九成幾), not starting a word (三成几乎腰斩, 几成定局)
_SOME_AFTER = re.compile(r"几(?![\u4e00-\u9fff])|几(?=[以左上下的嘅至到或])")


def _next_place(scan: str, at: int) -> int | None:
    """The digit right after a unit that takes one (一成二), when it ends the numeral (not 两成三成)."""
    digit = DIGITS.get(scan[at : at + 1])
    if not digit or scan[at + 1 : at + 2] in (*NUMERAL_CHARS, "成", "点", "."):
        return None
    return digit


def _keep(amount: Amount | None, scan: str, rules: Rules) -> list[Amount]:
    """The amount, if any; a bare one only right after a level verb (升至150), for levels.py to name its unit."""
    if amount is None:
        return []
    if amount.unit == BARE and not (
        scan[amount.start - 1 : amount.start] in rules.level_verb_ends
        and rules.level_verb.search(scan, max(0, amount.start - LEVEL_VERB_REACH), amount.start)
    ):
        return []
    return [amount]


def _scale_of(m: re.Match, n: int, units: UnitLexicon) -> float:
    measure = units.measures.get(m.group(f"u{n}") or "")
    return (
        units.scales.get(m.group(f"s{n}") or "", 1.0)
        * trailing_scale(m.group(f"n{n}"))
        * (measure.factor if measure else 1.0)
    )


def _skipped(rules: Rules, scan: str, amount: Amount) -> bool:
    """Whether a skip span (a name, a date, an idiom) overlaps the amount."""
    for m in rules.skip.finditer(scan, max(0, amount.start - SKIP_REACH), amount.end + SKIP_REACH):
        if m.start() >= amount.end:
            return False
        if m.end() > amount.start:
            return True
    return False
