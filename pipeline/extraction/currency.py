"""The currency a figure implies when it names none (a bare 万亿/亿/B amount)."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .candidates import Amount
from .layout import Layout

if TYPE_CHECKING:
    from .figure_rules import Rules


class CurrencyCues:
    """What implies the currency of a bare scaled amount, gathered once per article.

    First rule that applies:
      1. the nearest figure with an explicit currency in the same sentence (before it, else after it);
      2. the nearest currency cue before it in the article, so a cue in its own sentence or
         paragraph wins over any earlier one: a currency word (美元, usd, 人民币 ...) or a
         market word (A股 -> CNY; 美国/美股/美债 -> USD; 港股 -> HKD ...; units.yaml market_context);
      3. the first cue in the article (an amount in a title, before any cue);
      4. otherwise "unitless".
    """

    def __init__(self, rules: Rules, scan: str, amounts: list[Amount], layout: Layout):
        self.layout = layout
        found = [(m.start(), rules.cues[m.group()]) for m in rules.cue.finditer(scan)]
        self.positions = [position for position, _ in found]
        self.codes = [code for _, code in found]
        # Per sentence, the starts and currencies of its figures that name one (amounts are in text order).
        self.named: dict[int, tuple[list[int], list[str]]] = {}
        for a in amounts:
            if a.unit in rules.units.currency_codes:
                starts, units = self.named.setdefault(layout.sentence(a.start), ([], []))
                starts.append(a.start)
                units.append(a.unit)

    def implied_currency(self, amount: Amount) -> str:
        starts, units = self.named.get(self.layout.sentence(amount.start), ((), ()))
        if units:
            i = bisect_left(starts, amount.start)  # named figures starting before this one
            return units[i - 1] if i else units[0]
        i = bisect_left(self.positions, amount.start)
        if i:
            return self.codes[i - 1]
        return self.codes[0] if self.codes else "unitless"
