"""The unit of a bare level (美元兑日元升至150, 恒指收报17,500, 金价站上2000), named by a cue before it.

candidates.py keeps a bare number only right after a level verb; here it becomes a
figure when it ends its phrase (a punctuation mark, a direction word, or a word such as
附近, 上方, 关口; not a counted or time word: 在5个交易日内, 从3天前) and the nearest
level cue before it names its unit (figure_rules.yaml bare_levels): a currency pair (in
the currency the market quotes it in: 150 yen a dollar, 7.2 yuan a dollar, 1.08 dollars
a euro), a currency's rate (人民币汇率: yuan a dollar) or an index word (points) in its
sentence, or a price unit (美元/盎司: dollars) a little before it. Otherwise it is dropped.
A move in 基点 after a currency pair is in that pair's pips, not in basis points of a rate.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from .candidates import BARE, Amount
from .layout import Layout

if TYPE_CHECKING:
    from .figure_rules import Rules

INDEX_UNIT = "pt"
_INDEX_PRODUCTS = ("基金", "ETF", "etf", "期货", "期权")
INDEX_SPAN = (1e3, 1e5)  # where an index's level lies: a scaled amount in it after an index word may be one
PIP_WORD = "基点"
# Between a currency pair and a move in 基点, a word of an interest rate, a bond or a reserve ratio makes
# it that rate's basis points (人民币兑美元走弱，央行降息25个基点), not the pair's pips.
_RATE_WORDS = ("利率", "收益率", "利差", "息", "债", "准", "LPR")


def name_levels(rules: Rules, scan: str, amounts: list[Amount], layout: Layout) -> list[Amount]:
    """The amounts with each bare level given its unit, or dropped when no cue names one."""
    if not any(a.unit == BARE or a.unit is None for a in amounts):
        return amounts
    cues = list(rules.level_cue.finditer(scan))
    ends = [m.end() for m in cues]
    named = []
    for amount in amounts:
        if amount.unit is None and INDEX_SPAN[0] <= amount.low <= amount.high < INDEX_SPAN[1]:
            before = bisect_right(ends, amount.start)
            cue = cues[before - 1] if before else None
            # 恒指二万七关口, 台股守得住两万六: a level said in 万 after an index in its clause is points, not money
            if (
                cue
                and cue.group("index")
                and cue.start() >= layout.clause_start(amount.start)
                and not scan.startswith(_INDEX_PRODUCTS, cue.end())  # 指数基金累计投入6.3万: money
            ):
                amount = replace(amount, unit=INDEX_UNIT)
        if amount.unit != BARE:
            named.append(amount)
            continue
        if not rules.level_end.match(scan, amount.end):
            continue  # 恒指在5个交易日内: a count or a time, not a level
        unit = _unit(rules, layout, cues, bisect_right(ends, amount.start), amount.start)
        if unit:
            named.append(replace(amount, unit=unit))
    return named


def name_pips(rules: Rules, scan: str, amounts: list[Amount], layout: Layout) -> list[Amount]:
    """A move in 基点 after a currency pair in its sentence is in pips: a ten-thousandth of the currency the
    pair is quoted in (人民币兑美元…上涨85个基点 is 0.0085 yuan), a hundredth of the yen."""
    if PIP_WORD not in scan:
        return amounts
    cues = [m for m in rules.level_cue.finditer(scan) if m.group("quote")]
    ends = [m.end() for m in cues]
    named = []
    for amount in amounts:
        before = bisect_right(ends, amount.start)
        pair = cues[before - 1] if before and amount.unit == "pp" else None
        if (
            pair
            and scan.endswith(PIP_WORD, amount.start, amount.end)
            and layout.sentence(pair.start()) == layout.sentence(amount.start)
            and not any(word in scan[pair.end() : amount.start] for word in _RATE_WORDS)
        ):
            code = _quoted_in(rules, pair)
            # the amount is in percentage points, a hundred basis points (pips) each
            per_point = 100 * (1e-2 if code == "JPY" else 1e-4)
            amount = replace(amount, low=amount.low * per_point, high=amount.high * per_point, unit=code)
        named.append(amount)
    return named


def _unit(rules: Rules, layout: Layout, cues: list, before: int, start: int) -> str | None:
    """The unit the nearest of cues[:before] (those ending before start) names, if it reaches start."""
    sentence = layout.sentence(start)
    for i in range(before - 1, -1, -1):
        cue = cues[i]
        if start - cue.end() > rules.price_reach:
            return None  # cues further back reach no further
        if cue.group("price"):
            return rules.cues[cue.group("price")]
        if layout.sentence(cue.start()) != sentence:
            continue
        if cue.group("rate"):
            # 人民币汇率 is quoted in yuan a dollar; the dollar's own rate names no unit
            code = rules.cues[cue.group("rate")]
            if code != "USD":
                return code
            continue
        return _quoted_in(rules, cue) if cue.group("quote") else INDEX_UNIT
    return None


def _quoted_in(rules: Rules, pair) -> str:
    """The currency a pair's level is in: the one later in the market's base order (or unlisted), else the second."""
    base, quote = rules.cues[pair.group("base")], rules.cues[pair.group("quote")]
    rank = {code: i for i, code in enumerate(rules.fx_bases)}
    unlisted = len(rules.fx_bases)
    return base if rank.get(base, unlisted) > rank.get(quote, unlisted) else quote
