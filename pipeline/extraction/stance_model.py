"""A stance learned from the project's own invented claims, for the views whose way no lexicon word gives.

The lexicon (stance.py) reads a way only where it knows a word; many views carry theirs in words it lacks
(订单非常饱满, 别太当真). The model (models/stance.json, trained by ``make stance-model``, see
stance_training.py) is a logistic regression over a claim's character 1–3-grams and its jieba words and word
pairs (TF-IDF each) and the lexicon's own stance of it: a pair of words reaches past three characters (并非 利好,
难以 消化). It decides, when at least NO_WAY_SURE sure, a view in which the rules read nothing (no
word or frame: stance.unread); it turns what they read only when at least TURN_SURE sure, or COMPOSED_SURE where
their reading is composed (a word turned by a bad thing, an ending or a frame, so that it is not the plain sum of the
words' ways): on the held-out invented claims the model is right more often than such a composition. It never turns
a scenario naming both ways or a way a negation turned. An action advised (advice_way) is never its to turn.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .segmenting import tagged_words
from .stance import negated, stance_of
from .stance_rules import SIGN, rules

MODEL_PATH = Path(__file__).with_name("models") / "stance.json"
NO_WAY_SURE = 0.5
TURN_SURE = 0.8
COMPOSED_SURE = 0.7
_RUNS_OF_SPACE = re.compile(r"\s\s+")  # as scikit-learn's character analyser reads a text


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    ngram_range: tuple[int, int]
    rule_weight: float
    intercept: tuple[float, ...]
    rule_coef: dict[str, tuple[float, ...]]
    features: dict[str, tuple[float, ...]]  # n-gram -> (idf, one coefficient per class)
    words: dict[str, tuple[float, ...]]  # word or word pair -> the same


@lru_cache(maxsize=1)
def model() -> Model:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return Model(
        classes=tuple(data["classes"]),
        ngram_range=tuple(data["ngram_range"]),
        rule_weight=data["rule_weight"],
        intercept=tuple(data["intercept"]),
        rule_coef={k: tuple(v) for k, v in data["rule_coef"].items()},
        features={k: tuple(v) for k, v in data["features"].items()},
        words={k: tuple(v) for k, v in data["words"].items()},
    )


def ngrams(text: str, ngram_range: tuple[int, int]) -> Counter:
    """The character n-grams of a text, lower-cased and with runs of white space made one space."""
    text = _RUNS_OF_SPACE.sub(" ", text.lower())
    low, high = ngram_range
    return Counter(text[i : i + n] for n in range(low, high + 1) for i in range(len(text) - n + 1))


def word_grams(text: str) -> list[str]:
    """jieba's words of a text (white space left out) and each pair of neighbours, joined by a space."""
    words = [word for word, _ in tagged_words(text) if not word.isspace()]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def _weighted(counts: Counter, known: dict[str, tuple[float, ...]]) -> dict[str, float]:
    """TF-IDF of the known terms, scaled to unit length as scikit-learn's vectoriser does."""
    weighted = {term: (1 + math.log(count)) * known[term][0] for term, count in counts.items() if term in known}
    norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
    return {term: v / norm for term, v in weighted.items()}


@lru_cache(maxsize=4096)  # commentary repeats its set phrases
def probabilities(simplified: str) -> dict[str, float]:
    """Each stance's probability for a claim's Simplified text."""
    m = model()
    terms = [
        (_weighted(ngrams(simplified, m.ngram_range), m.features), m.features),
        (_weighted(Counter(word_grams(simplified)), m.words), m.words),
    ]
    ruled = m.rule_coef[stance_of(simplified)]
    scores = [
        m.intercept[k]
        + m.rule_weight * ruled[k]
        + sum(v * known[term][k + 1] for weighted, known in terms for term, v in weighted.items())
        for k in range(len(m.classes))
    ]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return {label: e / sum(exps) for label, e in zip(m.classes, exps)}


def _negated_way(simplified: str) -> bool:
    """Whether a word of a way the rules know is negated (不可能永远关门): n-grams do not scope a negation."""
    return any(negated(simplified, at, 0) for at, _, label in rules().words.finditer(simplified) if label in SIGN)


def _composed(simplified: str, ruled: str) -> bool:
    """Whether the rules' reading is not the plain sum of their words' ways (通胀回落, 冲击有限): they composed it."""
    balance = sum(SIGN[label] for *_, label in rules().words.finditer(simplified) if label in SIGN)
    return ruled != ("bullish" if balance > 0 else "bearish" if balance < 0 else "neutral")


def decided(simplified: str, ruled: str, read: bool) -> str:
    """The stance of a claim whose rules gave ``ruled`` (``read``: whether they read anything in it, a word or
    a frame): the model's where it is sure enough, else the rules'. A scenario naming both ways stays theirs
    (the words of its two ways make the model sure of one), and so does a way a negation turned."""
    probs = probabilities(simplified)
    best = max(probs, key=probs.get)
    if best == ruled:
        return ruled  # agreeing, the rules' reading need not be weighed
    sure = (COMPOSED_SURE if _composed(simplified, ruled) else TURN_SURE) if read else NO_WAY_SURE
    if probs[best] < sure:
        return ruled
    return ruled if rules().two_ways.search(simplified) or (read and _negated_way(simplified)) else best
