"""The currency of a figure that does not name one: a bare 万亿/亿/B amount, or 元 (whose yuan?)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .candidates import LOCAL, Amount
from .layout import Layout

if TYPE_CHECKING:
    from .figure_rules import Rules

_YEN_OR_YUAN = ("¥", "￥")
_ENGLISH_SCALE = re.compile(r"\d\s*(?:[BbMTt]|bn|tn|billion|trillion|million)\b", re.ASCII)


class CurrencyCues:
    """What implies the currency of a figure, gathered once per article.

    元 (units.yaml local_currency) is the yuan of the market the text is about: the nearest
    cue of a yuan market (台股, 新台币 -> TWD; 港股, 恒指 -> HKD; A股, 人民币 -> CNY) before
    it, else the first after it, else the default (TWD for a numeral holding 兆, else CNY);
    a currency word right after it (3,000亿元新台币) comes first. A table row's label names what the
    row holds or measures (台湾晶圆, a holding; 香港, a region), not the money its text counts in, so a
    cue inside one is none.

    A bare scaled amount (175–185B, 2-3万亿, 260亿), first rule that applies:
      1. the nearest figure with a currency in the same sentence (before it, else after it);
      2. the nearest currency cue before it in the article, so a cue in its own sentence or
         paragraph wins over any earlier one: a currency word (美元, usd, 人民币 ...) or a
         market word (A股 -> CNY; 美国/美股/美债 -> USD; 港股 -> HKD ...; units.yaml market_context);
      3. an amount scaled in English (175–185B, 1.4tn) with no cue before it: USD, the currency such
         figures are written in, not whatever a later paragraph's market is;
      4. the first cue in the article (an amount in a title, before any cue);
      5. otherwise TWD for a numeral holding 兆 (Taiwan usage), else "unitless".
    """

    def __init__(self, rules: Rules, scan: str, amounts: list[Amount], layout: Layout):
        self.layout = layout
        self.scan = scan
        self.local = rules.units.local
        labels = {a.label for a in amounts if a.label}
        found = [
            (m.start(), m.group(), rules.cues[m.group()])
            for m in rules.cue.finditer(scan)
            if not any(start <= m.start() < end for start, end in labels)
        ]
        self.positions = [position for position, _, _ in found]
        self.codes = [code for _, _, code in found]
        yuan = [(p, code) for p, word, code in found if code in self.local.codes and word not in self.local.not_cues]
        self.yuan_positions = [position for position, _ in yuan]
        self.yuan_codes = [code for _, code in yuan]
        # Per sentence, the starts and currencies of its figures that name one (amounts are in text order).
        self.named: dict[int, tuple[list[int], list[str]]] = {}
        for a in amounts:
            unit = self._local_yuan(a) if a.unit == LOCAL else a.unit
            if unit in rules.units.currency_codes:
                starts, units = self.named.setdefault(layout.sentence(a.start), ([], []))
                starts.append(a.start)
                units.append(unit)

    def unit(self, amount: Amount) -> str:
        """The amount's unit code: as written, else as implied by the rules in the class docstring."""
        if amount.unit == LOCAL:
            return self._local_yuan(amount)
        if self.scan[amount.start : amount.start + 1] in _YEN_OR_YUAN and self._cue_before(amount) == "JPY":
            return "JPY"  # ¥ is the yen's sign as well as the yuan's: a story on Japan means the yen
        return amount.unit or self._implied(amount)

    def _cue_before(self, amount: Amount) -> str | None:
        i = bisect_left(self.positions, amount.start)
        return self.codes[i - 1] if i else None

    def _local_yuan(self, amount: Amount) -> str:
        after = bisect_left(self.yuan_positions, amount.end)
        if after < len(self.yuan_positions) and self.yuan_positions[after] == amount.end:
            return self.yuan_codes[after]  # 3,000亿元新台币, 1,000億元人民幣: the currency word right after it
        i = bisect_left(self.yuan_positions, amount.start)
        if i:
            return self.yuan_codes[i - 1]
        if self.yuan_codes:
            return self.yuan_codes[0]
        return self._by_scale(amount, self.local.default)

    def _by_scale(self, amount: Amount, otherwise: str) -> str:
        numeral = self.scan[amount.start:amount.end]
        return next((code for scale, code in self.local.scale_defaults.items() if scale in numeral), otherwise)

    def _implied(self, amount: Amount) -> str:
        starts, units = self.named.get(self.layout.sentence(amount.start), ((), ()))
        if units:
            i = bisect_left(starts, amount.start)  # named figures starting before this one
            return units[i - 1] if i else units[0]
        i = bisect_left(self.positions, amount.start)
        if i:
            return self.codes[i - 1]
        if _ENGLISH_SCALE.search(self.scan, amount.start, amount.end):
            return "USD"
        return self.codes[0] if self.codes else self._by_scale(amount, "unitless")
