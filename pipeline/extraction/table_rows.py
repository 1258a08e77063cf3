"""Figures in a table's rows, and in a forecast's compact list: numbers that take a unit written once.

A broker's forecast table reaches us as lines of cells parted by spaces (a PDF's text, or a
Markdown table as ingest renders it): 营业收入（亿元）  238.6  412.3  565.0. Each number of such a
row is a figure in the label's unit (238.6亿元), read by the same rules as one written in the
text ("1" + the unit: 亿元 a hundred million yuan, 倍 a multiple, % a percentage). A label whose
brackets hold no unit (2025A, a code) makes no figures, nor does a row holding anything but numbers.

A forecast's years are often given in one list whose last number alone carries the unit
(归母净利润分别为32.5/41.8/52.3亿元, PE分别为25/20/16倍): each number before it is a figure in
the same unit and scale.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .candidates import BARE, Amount, scan_amounts

if TYPE_CHECKING:
    from .figure_rules import Rules

_CELL_NUMBER = r"[-+]?\d[\d,]*(?:\.\d+)?"
_ROW = re.compile(
    r"^[ \t\u3000]*(?P<label>[^\s|\d][^\s|]{0,23}?[（(](?P<unit>[^（）()\s\d]{1,6})[)）])"
    rf"(?P<cells>(?:[ \t\u3000]+{_CELL_NUMBER})+)[ \t\u3000]*$",
    re.MULTILINE,
)
_NUMBER = re.compile(_CELL_NUMBER)
# A table's unit declared above it (单位：百万元, 金额单位：亿元), for its plain rows: a label and two numbers or more.
_DECLARED = re.compile(r"(?:金额|金額)?[单單]位\s*[:：]\s*(?P<unit>[^\s，,。；;)）]{1,6})")
_PLAIN_ROW = re.compile(
    rf"[ \t\u3000]*(?P<label>[^\s|\d（(：:][^\s|（(：:]{{0,15}}?)"
    rf"(?P<cells>(?:[ \t\u3000]+{_CELL_NUMBER}){{2,}})[ \t\u3000]*"
)
LINE = re.compile(r"^.*$", re.MULTILINE)  # each line once, an empty one too
TABLE_END = re.compile(r"\s*(?:资料来源|資料來源|来源|來源|数据来源|數據來源|注|註)\s*[:：]")
_RATES = ("率", "比", "倍", "%", "％")
_TABLE_REACH = 2000  # characters below a declaration a table may run
# 32.5/41.8/52.3亿元: two to six numbers parted by slashes, the last one followed by its unit
_SLASH_LIST = re.compile(r"(?<![\d./])(?:\d[\d,]*(?:\.\d+)?/){1,5}(?P<last>\d[\d,]*(?:\.\d+)?)(?![\d/])")
_UNIT_REACH = 24  # enough for a number and its scale and unit
_PAIRED = re.compile(r"/(?=\d)")


def with_table_amounts(scan: str, rules: Rules, amounts: list[Amount]) -> list[Amount]:
    """The amounts with every table row's numbers added, and none read from a label's unit (百万元)."""
    cells, units = [], []
    for row in _ROW.finditer(scan) if "(" in scan or "（" in scan else ():
        unit = unit_of(row.group("unit"), rules)
        if unit is None:
            continue
        units.append(row.span("unit"))
        label = (row.start("label"), row.start("unit") - 1)  # the name before its bracketed unit
        for number in _NUMBER.finditer(scan, row.start("cells"), row.end("cells")):
            cells.append(replace(scaled(unit, number, unit.low), label=label))
    for declared in _DECLARED.finditer(scan) if "位" in scan else ():
        if (unit := unit_of(declared.group("unit"), rules)) is None:
            continue
        units.append(declared.span("unit"))
        for row in _rows_below(scan, declared.end()):
            for number in _NUMBER.finditer(scan, row.start("cells"), row.end("cells")):
                cells.append(replace(scaled(unit, number, unit.low), label=row.span("label")))
    if not cells and not units:
        return amounts
    kept = [a for a in amounts if not any(start <= a.start < end for start, end in units)]
    return sorted(kept + cells, key=lambda a: a.start)


def _rows_below(scan: str, at: int) -> list[re.Match]:
    """The plain rows (a label and numbers) of the table under a unit's declaration, up to the blank line or the
    source line that ends it; a row of a rate (毛利率, 市盈率) keeps no amount of money."""
    rows, seen = [], False
    below = scan.find("\n", at)
    if below < 0:
        return rows  # the declaration ends the text: no table under it
    for line in LINE.finditer(scan, below + 1, min(len(scan), at + _TABLE_REACH)):
        if not line.group().strip():
            if seen:
                break
            continue
        if TABLE_END.match(line.group()):
            break
        if (row := _PLAIN_ROW.fullmatch(scan, line.start(), line.end())) is not None:
            seen = True
            if not row.group("label").endswith(_RATES):
                rows.append(row)
    return rows


def unit_of(written: str, rules: Rules) -> Amount | None:
    """What one of the unit means, if the rules read "1" + it as one whole figure with a unit."""
    # the longest currency word first (新台币 before 台币); few units are read, only under a table's label
    prefixes = sorted(rules.units.currency_prefixes, key=len, reverse=True)
    prefix = next((p for p in prefixes if written.startswith(p) and len(p) < len(written)), "")
    text = prefix + "1" + written[len(prefix) :]  # 新台币亿元: the currency's word before the number, its scale after
    found = scan_amounts(text, rules)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(text) or found[0].unit == BARE:
        return None
    return found[0]


def with_listed_amounts(scan: str, rules: Rules, amounts: list[Amount]) -> list[Amount]:
    """The amounts with each slash list's numbers (32.5/41.8/52.3亿元) in the unit its last one carries, and
    the second of a pair whose ends carry their own units (45GW/110GWh)."""
    if "/" not in scan:
        return amounts
    listed = []
    for found in _SLASH_LIST.finditer(scan):
        last = found.start("last")
        tail = scan_amounts(scan[last : last + _UNIT_REACH], rules)
        if not tail or tail[0].start != 0 or tail[0].unit == BARE or tail[0].low != tail[0].high:
            continue
        value = float(found.group("last").replace(",", ""))
        if not value:
            continue
        factor = tail[0].low / value
        for number in _NUMBER.finditer(scan, found.start(), last):
            listed.append(scaled(tail[0], number, factor))
        listed.append(replace(tail[0], start=last, end=last + tail[0].end))
    ends = {a.end for a in amounts}
    for slash in _PAIRED.finditer(scan):
        # 45GW/110GWh: an amount with its unit, a slash, and a number with its own unit (a storage plant's
        # power and energy); a scale alone (800G/1.6T) names a product, not an amount
        tail = scan_amounts(scan[slash.end() : slash.end() + _UNIT_REACH], rules) if slash.start() in ends else []
        if tail and tail[0].start == 0 and tail[0].unit not in (None, BARE):
            listed.append(replace(tail[0], start=slash.end() + tail[0].start, end=slash.end() + tail[0].end))
    if not listed:
        return amounts
    covered = {a.start for a in listed}
    return sorted([a for a in amounts if a.start not in covered] + listed, key=lambda a: a.start)


def scaled(unit: Amount, number: re.Match, factor: float) -> Amount:
    # twelve digits: 41.8 × 1e8 is 4.18e9, not 4.1799999999e9
    value = float(f"{float(number.group().replace(',', '').lstrip('+')) * factor:.12g}")
    # a cell below zero (月增率 -3.5) says it fell, as a signed number in the text does (candidates._signed)
    direction = "down" if value < 0 else unit.direction
    return replace(unit, start=number.start(), end=number.end(), low=value, high=value, direction=direction)
