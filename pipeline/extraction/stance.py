"""Stance: which way a view points for its own subject, from stance words with negation and contrast.

The market-commentary lexicon (lexicons/stance.yaml) decides; the financial
sentiment dictionary of Yao et al. (2021), shipped by the cntext package,
counts for words the lexicon lacks. A negation earlier in the same clause
flips the word after it ("不会快速推进缩表"); after a contrast (但是, 然而)
only the second part counts, since that is what the speaker stands by.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

import yaml

from . import lexicons
from .lexicons import TermMatcher

SIGN = {"bullish": 1, "bearish": -1}
# The comment of a Chinese clause comes last ("消费复苏的基础并不牢固"): the last stance word
# weighs more than the subject's words before it.
LAST_WEIGHT = 1.5
NEGATION_REACH = 8  # characters before a stance word, inside its clause, where a negation applies
# The dictionary's four groups (formal and informal; positive and negative).
SENTIMENT_PACKAGE, SENTIMENT_FILE = "cntext", "io/data/zh_common_FinacialFormalUnformal.yaml"
SENTIMENT_GROUPS = {"正式-肯定情绪": "bullish", "非正式-肯定情绪": "bullish", "正式-否定情绪": "bearish", "非正式-否定情绪": "bearish"}
_CLAUSE = re.compile(r"[，,；;：:。！!？?]")


def sentiment_dictionary() -> dict[str, str]:
    """Word -> bullish/bearish from the shipped financial sentiment dictionary.

    Read as data from the installed package, which is never imported (its
    code pins libraries this project does not use). Empty when it is not
    installed, so the lexicon alone decides.
    """
    spec = importlib.util.find_spec(SENTIMENT_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(list(spec.submodule_search_locations)[0], SENTIMENT_FILE)
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))["Dictionary"]
    words: dict[str, str] = {}
    for group, label in SENTIMENT_GROUPS.items():
        for word in groups.get(group) or ():
            # Single characters are too ambiguous to count on their own.
            if isinstance(word, str) and len(word.strip()) > 1:
                words.setdefault(word.strip(), label)
    return words


@lru_cache(maxsize=1)
def _fallback() -> TermMatcher:
    return TermMatcher(sentiment_dictionary())


@lru_cache(maxsize=1)
def _rules() -> tuple[TermMatcher, TermMatcher, re.Pattern]:
    data = lexicons.load("stance")
    claims = lexicons.load("claims")
    labels = {w: label for label in SIGN for w in lexicons.terms(data.get(label), f"stance.{label}")}
    # Words that only look like negations (无疑, 不断, 未来) are matched, then ignored.
    negations = {w: "negation" for w in lexicons.terms(claims.get("negations"), "claims.negations")}
    negations.update({w: "none" for w in lexicons.terms(data.get("not_negations"), "stance.not_negations")})
    contrasts = lexicons.terms(claims.get("contrasts"), "claims.contrasts")
    alternation = "|".join(re.escape(w) for w in sorted(contrasts, key=len, reverse=True))
    return TermMatcher(labels), TermMatcher(negations), re.compile(rf"[，,；;]\s*(?:{alternation})")


def stance_words(simplified: str) -> list[tuple[int, int, str]]:
    return list(_rules()[0].finditer(simplified))


def _negated(simplified: str, start: int, floor: int) -> bool:
    window_start = max(floor, start - NEGATION_REACH)
    clause = [m.end() for m in _CLAUSE.finditer(simplified, window_start, start)]
    window_start = max([window_start] + clause)
    return any(label == "negation" for _, _, label in _rules()[1].finditer(simplified, window_start, start))


def stance_of(simplified: str, words: TermMatcher | None = None) -> str:
    """bullish, bearish or neutral, by the signed balance of stance words; the sentiment
    dictionary decides only a unit where the lexicon finds no stance word at all."""
    if words is None:
        found = stance_of(simplified, _rules()[0])
        if found == "neutral" and not stance_words(simplified):
            return stance_of(simplified, _fallback())
        return found
    _, _, contrast = _rules()
    last = None
    for last in contrast.finditer(simplified):
        pass
    cut = last.end() if last else 0
    balance = 0
    found = list(words.finditer(simplified, cut))
    for i, (start, _, label) in enumerate(found):
        sign = SIGN[label] * (LAST_WEIGHT if i == len(found) - 1 else 1)
        balance += -sign if _negated(simplified, start, cut) else sign
    if balance == 0 and last:
        return stance_of(simplified[: last.start()], words)
    return "bullish" if balance > 0 else "bearish" if balance < 0 else "neutral"
