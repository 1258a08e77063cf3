"""Bare scaled amounts that count people or things (注册用户达1.2亿, 日活跃地址约1.1M), not money.

A scaled number with no unit (1.2亿, 1.1M) takes the currency its market implies (currency.py),
unless a noun of counted people or things, with a verb or qualifier, ends right before it
(figure_rules.yaml counted_nouns): then it counts them, as person or count.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .candidates import Amount
    from .figure_rules import Rules

COUNT_REACH = 16  # the longest noun, measure word, verb and qualifier before the number


def name_counts(rules: Rules, scan: str, amounts: list[Amount]) -> list[Amount]:
    """The amounts, each bare scaled one after a counted noun given that noun's unit."""
    named = []
    for amount in amounts:
        before = max(0, amount.start - COUNT_REACH)
        if amount.unit is None and (noun := rules.counted.search(scan, before, amount.start)):
            amount = replace(amount, unit=noun.lastgroup)
        named.append(amount)
    return named
