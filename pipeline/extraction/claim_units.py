"""Claim units: a sentence cut where one view ends and the next begins.

A sentence loses its list label ("2)", "一、"); a lead-in before a colon
("理由有三条:", "更现实的是:") is dropped and what it introduces starts anew; a
contrast (但是, 然而) or a new coordinated action (并, 此外) starts a new unit,
since the view after it stands on its own. Offsets stay offsets into
the article's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicons
from .records import Sentence

_OPEN, _CLOSE = "“「『（(【《\"", "”」』）)】》\""
_CLAUSE_END = "，,；;：:"
_COLON = "：:"
_TRAILING = "，,；;：:。！!…．.、 \t"
# A clause before a colon that ends so only frames what follows ("更现实的是:", "理由有四条:").
_LEAD_IN_END = re.compile(r"(?:是|在于|如下|[一二三四五六七八九十两几\d]+(?:条|点|个|方面)|看|说|讲|而言|来看|来说)$")
MIN_UNIT = 4
# A lead-in's ending is read from this many last characters of its clause (bounded cost).
LEAD_IN_TAIL = 16


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    text: str
    simplified: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = lexicons.load("claims")
    starters = lexicons.terms(data.get("contrasts"), "claims.contrasts") + lexicons.terms(data.get("unit_starters"), "claims.unit_starters")
    return re.compile(data["list_label"]), re.compile(rf"\s*(?:{lexicons.alternation(starters)})")


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause: cut after a comma, semicolon or colon outside quotes and brackets."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN and not (ch == '"' and depth):
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif ch in _CLAUSE_END and depth == 0:
            spans.append((start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def split_units(sentence: Sentence) -> list[Unit]:
    label, starter = _patterns()
    simplified = sentence.text_simplified
    offset = match.end() if (match := label.match(simplified)) else 0
    units: list[tuple[int, int]] = []
    current: list[int] | None = None  # [start, end] of the unit being built
    lead_in_end: int | None = None
    for start, end in clauses(simplified[offset:]):
        start, end = start + offset, end + offset
        piece = simplified[start:end]
        if lead_in_end is not None:
            # What a lead-in ("理由有四条:") introduces stands apart from what came before it.
            if current is not None and current[1] > current[0]:
                units.append(tuple(current))
            current, lead_in_end = None, None
        elif current is not None and starter.match(piece) and _long_enough(simplified, current):
            units.append(tuple(current))
            current = None
        if piece[-1:] in _COLON and _LEAD_IN_END.search(piece[-LEAD_IN_TAIL:-1].strip()):
            lead_in_end = end
            if current is not None:
                units.append(tuple(current))
            current = None
            continue
        if current is None:
            current = [start, end]
        else:
            current[1] = end
    if current is not None:
        units.append(tuple(current))
    return [u for u in (_trimmed(sentence, s, e) for s, e in units) if u is not None]


def _long_enough(simplified: str, span: list[int]) -> bool:
    return len(simplified[span[0]:span[1]].strip(_TRAILING)) >= MIN_UNIT


def _trimmed(sentence: Sentence, start: int, end: int) -> Unit | None:
    text = sentence.text_simplified
    while start < end and text[start] in _TRAILING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if start >= end:
        return None
    return Unit(sentence.start + start, sentence.start + end, sentence.text[start:end], text[start:end])
