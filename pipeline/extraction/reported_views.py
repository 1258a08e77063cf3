"""Reported speech: a speaker's sentence cut into the views it strings together, and the parts of a unit."""

from __future__ import annotations

import re

from . import claim_kinds
from .claim_units import QUOTE_CLOSES, QUOTE_OPENS, Unit, is_conditional, only_topic, subject_cuts

_EXPLAINS = re.compile(r"原因(?:是|在于)|是因为|是由于")
# A clause that only says the one before still holds ("…，这一点没有改变"): no view of its own.
_STILL_HOLDS = re.compile(
    r"^\s*(?:这一点|这点|这一|这个|此)(?:判断|看法)?(?:并|也|始终|一直|依然|仍然)?(?:没有改变|没变|未变|不变|没有变|成立)"
)


def views(units: list[Unit], said_from: int, framed_at: int | None = None) -> list[Unit]:
    """A reported speaker's unit cut where a clause with its own subject begins a view of its own after
    one ("X表示，通胀回落慢于预期，现在讨论降息仍为时过早"): news strings a source's views into one
    sentence. A frame opening a clause after a view cuts too ("…供不应求，我们判断…")."""
    found = []
    for unit in units:
        text, start = unit.simplified, 0
        at = framed_at - unit.start if framed_at is not None else 0
        if 0 < at < len(text) and text[:at].rstrip()[-1:] in "，,；;":
            before = text[:at].rstrip(" ，,；;")
            # a view by its own words, not a move its stance word describes ("合约价连续三个月上涨")
            stands = not (only_topic(before) or is_conditional(before)) and claim_kinds.own_view(before)
            if stands and claim_kinds.is_view(text[at:]):
                found.append(piece(unit, 0, at))
                start = at
        elif 0 < at < len(text) and _quoted(text[:at]):
            found.append(piece(unit, 0, at))  # "“……，”X表示": the quotation before its speaker's frame
            start = at
        for cut in subject_cuts(text, max(0, said_from - unit.start)):
            said, rest = text[max(start, said_from - unit.start) : cut], text[cut:]
            # the clauses after 原因是 are the cause's parts ("主要原因是赤字太大，市场担心供给增加，…"): one view;
            # so is a clause that only says the one before still holds
            own = not (_EXPLAINS.search(said) or _STILL_HOLDS.match(rest))
            if own and claim_kinds.is_view(said) and claim_kinds.is_view(rest):
                found.append(piece(unit, start, cut))
                start = cut
        found.append(piece(unit, start, len(text)))
    return found


def _quoted(before: str) -> bool:
    """Whether the words before a frame are the end of a quotation that opens their unit or began before it
    ("“需求依然强劲，”X表示"), not a term quoted inside them ("所谓的“软着陆”，X认为")."""
    text = before.rstrip(" ，,")
    return text[-1:] in QUOTE_CLOSES and max(text.rfind(mark) for mark in QUOTE_OPENS if mark != '"') <= 0


def clamp(offset: int, unit: Unit) -> int:
    return min(len(unit.simplified), max(0, offset))


def piece(unit: Unit, start: int, end: int) -> Unit:
    """Part of a unit, without the punctuation around it."""
    text = unit.simplified
    while end > start and text[end - 1] in "，,；;：: ":
        end -= 1
    return Unit(unit.start + start, unit.start + end, unit.text[start:end], text[start:end])
