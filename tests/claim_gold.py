"""Claim gold sets and their scorer, for the quality gate and the bench.

The development gold of the bundled articles lives beside the repo
(../shared/gold, with its scorer score_claims.py); the invented unseen set is
in tests/data/claims_unseen. Systems are functions of an Article returning
prediction rows without "article".
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from pipeline.extraction.claims import article_claims
from pipeline.extraction.ingest import read_article
from pipeline.extraction.records import Article
from pipeline.extraction.scorer_records import as_in_source, scorer_record
from pipeline.extraction.stance_training import trained_on

ROOT = Path(__file__).resolve().parents[1]
SHARED_GOLD = ROOT.parent / "shared" / "gold"
SETS = {
    "dev": (SHARED_GOLD / "claims-seeds.jsonl", ROOT / "data" / "articles"),
    "unseen": (
        ROOT / "tests" / "data" / "claims_unseen" / "gold.jsonl",
        ROOT / "tests" / "data" / "claims_unseen" / "texts",
    ),
}
# the unseen articles the stance model did not learn from (stance_training.TRAINED_BELOW): its scores there
# are held out, where on the whole unseen set its stance is partly scored on what it learnt
HELD_OUT = "unseen_held_out"
SETS[HELD_OUT] = SETS["unseen"]
System = Callable[[Article], list[dict]]


@lru_cache(maxsize=1)
def scorer():
    """The gold's own scorer (score_claims.py), loaded from the shared gold folder."""
    spec = importlib.util.spec_from_file_location("score_claims", SHARED_GOLD / "score_claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ours(article: Article) -> list[dict]:
    texts = (article.text_original, article.text_simplified)
    return [scorer_record(c, None, texts) for c in article_claims(*texts, article.author)]


def score_set(name: str, system: System = ours) -> dict:
    """The scorer's result for ``system`` on gold set ``name``."""
    gold_path, folder = SETS[name]
    texts, predictions = _predicted(folder, system)
    if name == HELD_OUT:
        texts = {article: text for article, text in texts.items() if not trained_on(article)}
        predictions = [row for row in predictions if row["article"] in texts]
    module = scorer()
    return module.score([g for g in module.load(gold_path) if g["article"] in texts], predictions, texts)


@lru_cache(maxsize=8)  # the unseen set and its held-out part are one extraction
def _predicted(folder: Path, system: System) -> tuple[dict[str, str], list[dict]]:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in files}
    predictions = [
        {"article": p.name, **_in_source(row, texts[p.name])} for p in files for row in system(read_article(p, folder))
    ]
    return texts, predictions


def _in_source(row: dict, source: str) -> dict:
    """A prediction quoted as the file shows it, as `ledger claims` prints it (markup kept)."""
    quote, start = as_in_source(source, row["quote"], row.get("start") or 0)
    return {**row, "quote": quote, "start": start}


SENTENCES = ROOT / "tests" / "data" / "claim_sentences" / "sentences.jsonl"


def score_sentences(rows: list[dict]) -> dict[str, float]:
    """On invented one-sentence rows: detection precision and recall (a row is found when any
    claim comes out), and type, stance and hedge accuracy of the longest claim of each found row.
    A row is read as a sentence of a paragraph: one without closing punctuation gets a full
    stop, else the extractor would take the short line for a heading."""
    from pipeline.extraction.script import to_simplified

    found = hits = false = 0
    right = {"type": 0, "stance": 0, "hedge": 0}
    for row in rows:
        text = row["text"] if re.search(r"[。！？!?；;…．.”」』）)]$", row["text"]) else row["text"] + "。"
        claims = article_claims(text, to_simplified(text))
        if claims and not row["claim"]:
            false += 1
        if claims and row["claim"]:
            hits += 1
            longest = max(claims, key=lambda c: c.end - c.start)
            right["type"] += longest.claim_type == row["type"]
            right["stance"] += longest.stance == row["stance"]
            right["hedge"] += longest.hedge == row["hedge"]
        found += bool(row["claim"])
    return {
        "precision": hits / (hits + false),
        "recall": hits / found,
        **{f"{field}_accuracy": n / hits for field, n in right.items()},
    }
