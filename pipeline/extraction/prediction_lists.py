"""A list of someone's predictions ("附：某某银行2027年十大预测（摘要）", "## 十大预测"): its numbered items are
forecasts, though they read as plain figures ("4. 美元兑人民币年底升至6.85；"), and the list's maker's when its
heading names one (lexicons/claims.yaml: prediction_list)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicons, speaker_names
from .records import Sentence
from .sentence_roles import numbered
from .speaker_rules import rules

OWN = ""  # a list that names no maker: the voice the item is in
MAX_LABEL = 4  # characters of a list label split from its line as a sentence of its own ("10.")


@lru_cache(maxsize=1)
def _heading() -> re.Pattern:
    return re.compile(lexicons.load("claims")["prediction_list"])


def maker(simplified: str) -> str | None:
    """Whose predictions a heading lists: the organisation or person it names before them, ``OWN`` when it names
    no one; None for any other heading."""
    found = _heading().fullmatch(simplified.strip())
    if found is None:
        return None
    who = (found["who"] or "").strip()
    named = who and (speaker_names.is_organisation(who) or rules().person.fullmatch(who))
    return who if named else OWN


def item(sentence: Sentence, previous: Sentence | None) -> bool:
    """Whether a sentence is a list's item: its line opens with a list label ("1.", "（二）"), which may stand
    before it as a sentence of its own."""
    if numbered(sentence.text_simplified):
        return True
    label = previous is not None and len(previous.text_simplified.strip()) <= MAX_LABEL
    return label and sentence.start - previous.end <= 1 and numbered(previous.text_simplified)
