"""Quality gate: extract_figures against the hand-labelled gold of the bundled articles."""

from pathlib import Path

from pipeline.extraction.figures import extract_figures
from pipeline.extraction.scoring import load_gold, prediction_rows, score

PRECISION_FLOOR = 0.97
RECALL_FLOOR = 0.95

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
GOLD = ROOT / "tests" / "gold" / "seeds.jsonl"


def _predictions():
    rows = []
    for path in sorted(ARTICLES.glob("*.txt")):
        rows += prediction_rows(path.name, extract_figures(path.read_text(encoding="utf-8")))
    return rows


def test_quotes_are_exact_substrings():
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for figure in extract_figures(text):
            assert text[figure.start:figure.end] == figure.quote


def test_gold_precision_and_recall():
    result = score(load_gold(GOLD), _predictions())
    missed = [(g["article"], g["quote"]) for g in result.false_negatives]
    spurious = [(p["article"], p["quote"], p["unit"], p["low"]) for p in result.false_positives]
    assert result.precision >= PRECISION_FLOOR, spurious
    assert result.recall >= RECALL_FLOOR, missed
