"""A plan's target: a year to come and a level to reach (到2027年，全省算力总规模超过50 EFLOPS), a forecast in
the plan's voice though it carries no word of forecasting."""

from __future__ import annotations

import re

_TARGET = re.compile(
    r"^\s*(?:[-*•·]\s*)?(?:到|至|力争到|力争在)\s*20\d\d\s*年(?:底|末|前)?[，,]?[^。；;]{0,40}?"
    r"(?:达到|超过|突破|降至|降到|提升至|提高到|提高至|提升到|控制在|不低于|不高于|低于|高于)"
)


_DONE = re.compile(r"已|了")  # 到2025年底已达到…: a level reached, data


def plan_target(simplified: str) -> bool:
    """Whether a unit states a level to reach by a year, not one already reached."""
    return bool(_TARGET.search(simplified)) and not _DONE.search(simplified)
