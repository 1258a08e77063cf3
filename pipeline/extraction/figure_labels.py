"""A figure's qualifier (约, 超过, 以上), direction (上涨, 下跌) and metric (毛利率, 营收), from cue words near it.

Cue words are words, not characters: every cue search also reads the rules' compound
words (卖超, 违约, 委员会 ...), so a cue inside a longer word (超 in 卖超, 约 in 违约) is
not taken for the cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidates import Amount
from .records import Figure

if TYPE_CHECKING:
    from .figure_rules import Rules

UNSIGNED_UNITS = ("event",)  # a count of occurrences has no sign of its own (上调保证金38次)
QUALIFIER_REACH = 8
SHARE_UNITS = ("ratio", "x", "%", "pp")  # what a share or multiple "of" something (…的一半) is written in
DIRECTION_REACH = 12
AFTER_REACH = 6
METRIC_REACH = 15
# a level a move reached (回落至4.05%, 升到约3%): the figure is where it stands, not the size of the move
_REACHED = re.compile(r"(?:至|到)\s*(?:约|近|接近|大约)?\s*$")


def cues(rules: Rules, pattern: re.Pattern, scan: str, start: int, end: int) -> list[re.Match]:
    """The cue words of pattern in scan[start:end], reading compound words whole.

    The search starts a little before ``start`` so that a compound word straddling it
    (违|约 when the window opens on 约) is read whole and hides the cue inside it.
    """
    found = pattern.finditer(scan, max(0, start - rules.overhang), end)
    return [m for m in found if m.start() >= start]


def _last_value(found: list[re.Match], table: dict[str, str | None]) -> str | None:
    """The value of the last cue that has one; a masking word (None) hides only the cue inside it."""
    return next((table[m.group()] for m in reversed(found) if table[m.group()]), None)


def qualifier(rules: Rules, scan: str, window_start: int, amount: Amount) -> str | None:
    after = rules.qualifier_after.match(scan, amount.end)
    if after:
        return rules.qualifiers_after[after.group(1)]
    before = cues(rules, rules.qualifier_before, scan, max(window_start, amount.start - QUALIFIER_REACH), amount.start)
    if amount.unit not in SHARE_UNITS:
        # 高于市场预期的2.10美元: a comparison with the amount a noun phrase names, not a bound on it
        # (超过总量的一半 bounds the share)
        before = [m for m in before if "的" not in scan[m.end() : amount.start]]
    return _last_value(before, rules.qualifiers_before)


def direction(
    rules: Rules, scan: str, window_start: int, clause_end: int, next_start: int | None, amount: Amount
) -> str | None:
    if amount.unit in UNSIGNED_UNITS:
        return None
    found = _last_value(
        cues(rules, rules.direction, scan, max(window_start, amount.start - DIRECTION_REACH), amount.start),
        rules.directions,
    )
    if found:
        return found
    if next_start is not None and next_start < amount.end + AFTER_REACH:
        return None  # the words up to the next figure (从15%提到18%) describe that figure
    after = rules.direction.search(scan, amount.end, min(clause_end, amount.end + AFTER_REACH))
    return rules.directions[after.group()] if after else None


def metric(rules: Rules, scan: str, clause_start: int, clause_end: int, figure: Figure) -> str | None:
    words = [
        m
        for m in cues(rules, rules.metric, scan, max(clause_start, figure.start - METRIC_REACH), figure.start)
        if rules.metrics[m.group()]
    ]
    # 毛利率下滑3个百分点: a metric named by a noun beats one named by the direction verb after it.
    nouns = [m for m in words if m.group() not in rules.directions]
    before = (nouns or words or [None])[-1]
    words = rules.metric.finditer(scan, figure.end, min(clause_end, figure.end + AFTER_REACH + 2))
    after = next((m for m in words if rules.metrics[m.group()]), None)
    # a level before a move (毛利率已由38%跌至31%): the noun before names it, not the move's verb after
    level = after is not None and after.group() in rules.directions and bool(nouns)
    if before and (after is None or level or figure.start - before.end() <= after.start() - figure.end):
        return rules.metrics[before.group()]
    if after:
        return rules.metrics[after.group()]
    if figure.unit == "pt":
        return "指数点位"
    if figure.unit == "%" and figure.direction and not _REACHED.search(scan[max(0, figure.start - 6) : figure.start]):
        return "涨幅" if figure.direction == "up" else "跌幅"
    return None
