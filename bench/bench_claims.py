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

from pipeline.extraction.claims import article_claims  # noqa: E402
from pipeline.extraction.ingest import read_article  # noqa: E402
from pipeline.extraction.sentences import split_sentences  # noqa: E402

SHARED_GOLD = ROOT.parent / "shared" / "gold"
SETS = {
    "dev (bundled)": (SHARED_GOLD / "claims-seeds.jsonl", ROOT / "data" / "articles"),
    "unseen (invented)": (ROOT / "tests" / "data" / "claims_unseen" / "gold.jsonl", ROOT / "tests" / "data" / "claims_unseen" / "texts"),
}
ROWS = [
    ("detection P / R / F1", lambda r: f"{r['detection']['precision']:.2f} / {r['detection']['recall']:.2f} / {r['detection']['f1']:.2f}"),
    ("type accuracy", lambda r: f"{r['type_accuracy']:.2f}"),
    ("stance accuracy", lambda r: f"{r['stance_accuracy']:.2f}"),
    ("hedge accuracy", lambda r: f"{r['hedge_accuracy']:.2f}"),
    ("speaker accuracy", lambda r: f"{r['speaker_accuracy']:.2f}"),
    ("attribution recall (named)", lambda r: f"{r['attribution_recall']:.2f}"),
]


def scorer():
    spec = importlib.util.spec_from_file_location("score_claims", SHARED_GOLD / "score_claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ours(article) -> list[dict]:
    return [
        {"quote": c.text, "start": c.start, "type": c.claim_type, "speaker": c.speaker, "stance": c.stance, "hedge": c.hedge}
        for c in article_claims(article.text_original, article.text_simplified, article.author)
    ]


def every_sentence(article, stance=lambda text: "bullish") -> list[dict]:
    return [
        {"quote": s.text, "start": s.start, "type": "judgement", "speaker": "author", "stance": stance(s.text_simplified), "hedge": "certain"}
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
    score_claims = scorer()
    systems = {"ours": ours, "every sentence, author": every_sentence}
    snow = snownlp_stance()
    systems["every sentence, SnowNLP stance"] = snow
    for name, (gold_path, folder) in SETS.items():
        if not gold_path.is_file():
            print(f"{name}: no gold at {gold_path}")
            continue
        files = sorted(p for p in folder.iterdir() if p.is_file())
        texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in files}
        articles = {p.name: read_article(p, folder) for p in files}
        results = {}
        for system, extract in systems.items():
            if extract is None:
                continue
            predictions = [{"article": f, **row} for f, article in articles.items() for row in extract(article)]
            results[system] = score_claims.score(score_claims.load(gold_path), predictions, texts)
        print(f"\nClaims, {name}: {gold_path.relative_to(ROOT.parent)}")
        print("| | " + " | ".join(results) + " |")
        print("|---|" + "---|" * len(results))
        for label, cell in ROWS:
            print(f"| {label} | " + " | ".join(cell(r) for r in results.values()) + " |")
        if snow is None:
            print("(SnowNLP is not installed: `make bench` installs the bench extra)")


if __name__ == "__main__":
    main()
