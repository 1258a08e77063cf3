"""Benchmark claim extraction: ours and two baselines, scored by the claim gold's own scorer.

Run: .venv/bin/python bench/bench_claims.py

Two gold sets: the development gold of the four bundled articles
(../shared/gold/claims-seeds.jsonl) and the team's invented unseen set
(tests/data/claims_unseen). Baselines:
  - every sentence a claim by the author (judgement, bullish, certain);
  - the same sentences with SnowNLP's sentiment as stance (> 0.6 bullish,
    < 0.4 bearish, else neutral), when the bench extra is installed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extraction.sentences import split_sentences  # noqa: E402
from tests.claim_gold import SETS, ours, score_set  # noqa: E402

ROWS = [
    (
        "detection P / R / F1",
        lambda r: f"{r['detection']['precision']:.2f} / {r['detection']['recall']:.2f} / {r['detection']['f1']:.2f}",
    ),
    ("type accuracy", lambda r: f"{r['type_accuracy']:.2f}"),
    ("stance accuracy", lambda r: f"{r['stance_accuracy']:.2f}"),
    ("hedge accuracy", lambda r: f"{r['hedge_accuracy']:.2f}"),
    ("speaker accuracy", lambda r: f"{r['speaker_accuracy']:.2f}"),
    ("attribution recall (named)", lambda r: f"{r['attribution_recall']:.2f}"),
]


def every_sentence(article, stance=lambda text: "bullish") -> list[dict]:
    return [
        {
            "quote": s.text,
            "start": s.start,
            "type": "judgement",
            "speaker": "author",
            "stance": stance(s.text_simplified),
            "hedge": "certain",
        }
        for s in split_sentences(article.text_original, article.text_simplified)
    ]


def snownlp_stance():
    if importlib.util.find_spec("snownlp") is None:
        return None
    from snownlp import SnowNLP

    def stance(text: str) -> str:
        value = SnowNLP(text).sentiments
        return "bullish" if value > 0.6 else "bearish" if value < 0.4 else "neutral"

    return lambda article: every_sentence(article, stance)


def main() -> None:
    systems = {
        "ours": ours,
        "every sentence, author": every_sentence,
        "every sentence, SnowNLP stance": snownlp_stance(),
    }
    for name, (gold_path, _) in SETS.items():
        if not gold_path.is_file():
            print(f"claims, {name}: no gold at {gold_path}")
            continue
        results = {system: score_set(name, extract) for system, extract in systems.items() if extract is not None}
        print(f"\nClaims, {name} gold: {gold_path.relative_to(ROOT.parent)}")
        print("| | " + " | ".join(results) + " |")
        print("|---|" + "---|" * len(results))
        for label, cell in ROWS:
            print(f"| {label} | " + " | ".join(cell(r) for r in results.values()) + " |")
    if systems["every sentence, SnowNLP stance"] is None:
        print("(SnowNLP is not installed: `make bench` installs the bench extra)")


if __name__ == "__main__":
    main()
