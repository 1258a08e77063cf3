"""A forecast's odds stated in a bracket after it (美元指数跌破95（机率：40%）), as year-ahead lists of
predictions give them: the line is a forecast, hedged by the size of its odds, though short as a heading."""

from __future__ import annotations

import re

_BRACKETED = re.compile(
    r"[（(【\[]\s*(?:发生)?(?:概率|机率|几率|可能性|机会)\s*[:：]?\s*(?:约|大约)?\s*(?P<pct>\d{1,3}(?:\.\d+)?)\s*%\s*[)）】\]]"
)
LIKELY_FROM = 60.0  # odds of three in five or more are likely, less possible (55% is a coin toss leaning)


def stated_odds(simplified: str) -> str | None:
    """The hedge a bracketed probability gives ("likely" from LIKELY_FROM %, else "possible"), if one is stated."""
    found = _BRACKETED.search(simplified)
    if found is None:
        return None
    return "likely" if float(found.group("pct")) >= LIKELY_FROM else "possible"
