"""Stances a claim takes from its context: a view that something lasts ("这一趋势难以逆转") has no
direction of its own words; it keeps the way of what lasts (lexicons/stance.yaml, ``lasting``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import lexicons
from .records import Claim
from .script import to_simplified
from .stance_rules import SIGN, rules


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = lexicons.load("stance")
    cases = lexicons.alternation(lexicons.terms(data.get("standing_cases"), "stance.standing_cases"))
    return (
        re.compile(rf"(?:{data['lasting']})[。！!…\s]*$"),
        re.compile(data["kept_steady"]),
        re.compile(data["points_back"]),
        re.compile(cases),
    )


def lasting_way(simplified: str, before: str | None) -> str | None:
    """The stance of a view that only says something lasts, given the stance of the claim before it
    (None when there is none); None when the view is not one of that kind or has words of its own."""
    lasting, kept, points_back, cases = _patterns()
    frame = lasting.search(simplified)
    if frame is None or kept.search(simplified):
        return None
    if next(rules().words.finditer(simplified, 0, frame.start()), None) is not None:
        return None  # the subject's own words (多头格局, 供过于求的格局) say which way it lasts
    if points_back.match(simplified) and before in SIGN:
        return before
    return "bullish" if cases.search(simplified, 0, frame.start()) else None


def carry(claims: list[Claim]) -> list[Claim]:
    """The claims, a neutral view that something lasts given the way of what lasts."""
    carried: list[Claim] = []
    before = None  # the last view of a thing's way; a cause ("其背后是…的担忧") is not what lasts
    for claim in claims:
        if claim.stance == "neutral" and claim.claim_type != "recommendation":
            way = lasting_way(to_simplified(claim.text), before)
            claim = replace(claim, stance=way) if way else claim
        carried.append(claim)
        before = claim.stance if claim.claim_type != "causal" else before
    return carried
