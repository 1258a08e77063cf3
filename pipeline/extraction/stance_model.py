"""A stance learned from the project's own invented claims, for the views whose way no lexicon word gives.

The lexicon (stance.py) reads a way only where it knows a word; many views carry theirs in words it lacks
(订单非常饱满, 别太当真). The model (models/stance.json, trained by ``make stance-model``, see
stance_training.py) is a logistic regression over a claim's character 1–3-grams (TF-IDF) and the lexicon's
own stance of it. It decides, when at least NO_WAY_SURE sure, a view in which the rules read nothing (no
word or frame: stance.unread); it turns what they read (a way, a two-sided frame) only when at least
TURN_SURE sure. An action advised (advice_way) is never its to turn.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .stance import stance_of

MODEL_PATH = Path(__file__).with_name("models") / "stance.json"
NO_WAY_SURE = 0.5
TURN_SURE = 0.8
_RUNS_OF_SPACE = re.compile(r"\s\s+")  # as scikit-learn's character analyser reads a text


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    ngram_range: tuple[int, int]
    rule_weight: float
    intercept: tuple[float, ...]
    rule_coef: dict[str, tuple[float, ...]]
    features: dict[str, tuple[float, ...]]  # n-gram -> (idf, one coefficient per class)


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
    )


def ngrams(text: str, ngram_range: tuple[int, int]) -> Counter:
    """The character n-grams of a text, lower-cased and with runs of white space made one space."""
    text = _RUNS_OF_SPACE.sub(" ", text.lower())
    low, high = ngram_range
    return Counter(text[i : i + n] for n in range(low, high + 1) for i in range(len(text) - n + 1))


@lru_cache(maxsize=4096)  # commentary repeats its set phrases
def probabilities(simplified: str) -> dict[str, float]:
    """Each stance's probability for a claim's Simplified text."""
    m = model()
    weighted = {
        gram: (1 + math.log(count)) * m.features[gram][0]
        for gram, count in ngrams(simplified, m.ngram_range).items()
        if gram in m.features
    }
    norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
    ruled = m.rule_coef[stance_of(simplified)]
    scores = [
        m.intercept[k] + m.rule_weight * ruled[k] + sum(v * m.features[g][k + 1] for g, v in weighted.items()) / norm
        for k in range(len(m.classes))
    ]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return {label: e / sum(exps) for label, e in zip(m.classes, exps)}


def decided(simplified: str, ruled: str, read: bool) -> str:
    """The stance of a claim whose rules gave ``ruled`` (``read``: whether they read anything in it, a word or
    a frame): the model's where it is sure enough, else the rules'."""
    probs = probabilities(simplified)
    best = max(probs, key=probs.get)
    return best if probs[best] >= (TURN_SURE if read else NO_WAY_SURE) else ruled
