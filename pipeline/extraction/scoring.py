"""Score predicted figures against gold lines under the gold guide's matching rules.

A prediction matches a gold line of the same article with the same unit code (a
ratio r and a percentage 100·r are the same) whose low and high each lie within
1% (relative) of the prediction's. Each gold line is matched at most once, a
same-quote line first. Optional gold lines (``required: false``) are neither
rewarded nor punished: a prediction matching one is neither TP nor FP.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from .records import Figure

TOLERANCE = 0.01


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    true_positives: tuple[tuple[Mapping, Mapping], ...]  # (prediction, gold)
    false_positives: tuple[Mapping, ...]
    false_negatives: tuple[Mapping, ...]


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def prediction_rows(article: str, figures: Iterable[Figure]) -> list[dict]:
    """Figures as scorer rows: the Figure's fields plus the article's file name."""
    return [{"article": article, **asdict(figure)} for figure in figures]


def matches(prediction: Mapping, gold: Mapping) -> bool:
    if prediction["article"] != gold["article"]:
        return False
    unit, low, high = _comparable(prediction)
    gold_unit, gold_low, gold_high = _comparable(gold)
    return unit == gold_unit and _close(low, gold_low) and _close(high, gold_high)


def score(gold: Iterable[Mapping], predictions: Iterable[Mapping]) -> Score:
    gold = list(gold)
    matched: set[int] = set()
    true_positives, false_positives = [], []
    for prediction in predictions:
        candidates = [i for i, line in enumerate(gold) if i not in matched and matches(prediction, line)]
        if not candidates:
            false_positives.append(prediction)
            continue
        # Prefer the line with the same quote, then a required line.
        best = min(
            candidates, key=lambda i: (gold[i].get("quote") != prediction.get("quote"), not _required(gold[i]), i)
        )
        matched.add(best)
        if _required(gold[best]):
            true_positives.append((prediction, gold[best]))
    false_negatives = [line for i, line in enumerate(gold) if i not in matched and _required(line)]
    tp, fp, fn = len(true_positives), len(false_positives), len(false_negatives)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, tuple(true_positives), tuple(false_positives), tuple(false_negatives))


def _required(line: Mapping) -> bool:
    return line.get("required", True) is not False


def _comparable(row: Mapping) -> tuple[str, float, float]:
    if row["unit"] == "ratio":
        return "%", 100 * float(row["low"]), 100 * float(row["high"])
    return row["unit"], float(row["low"]), float(row["high"])


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))
