"""Questions: an open one puts no view forward; a rhetorical one asserts its opposite.

"難道盈利倍增的公司，不應享有較高估值嗎？" says such firms deserve a higher valuation, and
"這與電訊泡沫，豈可同日而語？" that the two are not alike: a judgement whose direction is the
reverse of its words read as a statement. The markers are data (lexicons/claims.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicons

_QUESTION = re.compile(r"[？?][”’」』）)\]】\"']*$")
_REVERSED = {"bullish": "bearish", "bearish": "bullish"}
_PUNCTUATION = re.compile(r"[，。！？；：、,.!?;:]")


@lru_cache(maxsize=1)
def _rhetorical() -> re.Pattern:
    markers = lexicons.terms(lexicons.load("claims")["rhetorical_markers"], "claims.rhetorical_markers")
    return re.compile(lexicons.alternation(markers))


def rhetorical(simplified: str) -> bool:
    """A question asked only to assert its answer (难道…吗？, 岂可…？)."""
    return bool(_QUESTION.search(simplified)) and bool(_rhetorical().search(simplified))


@lru_cache(maxsize=1)
def _spoken() -> re.Pattern:
    return re.compile(lexicons.load("claims")["spoken_question"])


def asks(simplified: str) -> bool:
    """A question that asks, puts no view forward; speech turned to text with no punctuation asks by its words
    ("这会不会是下一个2008")."""
    if not _PUNCTUATION.search(simplified) and _spoken().search(simplified):
        return True
    return bool(_QUESTION.search(simplified)) and not _rhetorical().search(simplified)


def asserted(stance: str, simplified: str) -> str:
    """The stance a unit's words take, reversed when they are a rhetorical question."""
    return _REVERSED.get(stance, stance) if rhetorical(simplified) else stance
