"""Figures in a table whose column heads name the units: each number of a row takes its column's unit.

A monthly-revenue table reaches us as lines of cells parted by two spaces or more (a Markdown
table as ingest renders it, or a PDF's text): a head line such as 公司  12月营收（亿元）  月增率（%）,
then rows of a label and numbers (宏钧（2391）  1,284.6  12.4). A head names a column's unit in
brackets at its end, read like a row label's unit (table_rows.py); a column whose head names none
(股价, 代号) gives no figure. Columns are matched from the right, so a head with or without a name
for the label column reads alike; the rows run down to the first line that is none (words, a source
line), blank lines between them allowed. A row's numbers are its trailing cells: a fund's holdings
table puts a running number and a code before the name (1  6857 JP  东和精机  1,250,000  6.95), and
the name, the last cell before the numbers, labels them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .table_rows import LINE, TABLE_END, scaled, unit_of

if TYPE_CHECKING:
    from .candidates import Amount
    from .figure_rules import Rules

_CELL = re.compile(r"[^\s]+(?: [^\s]+)*")  # a single space stays inside a cell (2025 E)
_HEAD_UNIT = re.compile(r"[（(](?P<unit>[^（）()\s\d]{1,6})[)）]$")
_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_NONE = frozenset({"-", "—", "–", "--", "/", "N/A", "NA", "n.a."})  # a cell left empty keeps its place
_TABLE_REACH = 4000  # characters below its head a table may run


def with_column_amounts(scan: str, rules: Rules, amounts: list[Amount]) -> list[Amount]:
    """The amounts with the numbers of every table under a head that names units, in those units."""
    if "（" not in scan and "(" not in scan:
        return amounts
    taken = {a.start for a in amounts}
    cells, heads = [], []
    for line in LINE.finditer(scan):
        columns = _cells(scan, line.start(), line.end())
        found = [_HEAD_UNIT.search(scan[start:end]) for start, end in columns]
        units = [unit_of(m.group("unit"), rules) if m else None for m in found]
        if len(columns) < 2 or not any(units):
            continue
        heads += [(start, end) for (start, end), unit in zip(columns, units) if unit]
        for label, numbers in _rows_below(scan, line.end(), len(columns)):
            at = len(columns) - len(numbers)
            for (start, end), unit in zip(numbers, units[at:]):
                number = _NUMBER.fullmatch(scan, start, end)
                if unit and number and start not in taken:
                    cells.append(replace(scaled(unit, number, unit.low), label=_name(scan, label)))
    if not cells:
        return amounts
    kept = [a for a in amounts if not any(start <= a.start < end for start, end in heads)]
    return sorted(kept + cells, key=lambda a: a.start)


def _rows_below(scan: str, at: int, width: int) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The rows under a head of width cells (a label column or not): each row's label, the last cell that is no
    number, and its numbers (or empty marks), the cells after it."""
    rows = []
    for line in LINE.finditer(scan, at, min(len(scan), at + _TABLE_REACH)):
        if not line.group().strip():
            continue
        if TABLE_END.match(line.group()):
            break
        cells = _cells(scan, line.start(), line.end())
        lead = len(cells)
        while lead and (_NUMBER.fullmatch(text := scan[slice(*cells[lead - 1])]) or text in _NONE):
            lead -= 1
        if not (lead and lead < len(cells) and width <= len(cells) <= width + 1):
            break
        rows.append((cells[lead - 1], cells[lead:]))
    return rows


def _cells(scan: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a line's cells: words parted by two spaces or more, a tab or a full-width space."""
    return [m.span() for m in _CELL.finditer(scan, start, end)]


def _name(scan: str, label: tuple[int, int]) -> tuple[int, int]:
    """A row label without its bracketed code (宏钧（2391） is 宏钧)."""
    bracket = min((i for i in (scan.find("（", *label), scan.find("(", *label)) if i > label[0]), default=label[1])
    return label[0], bracket
