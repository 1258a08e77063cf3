"""Quality gate: extract_figures against the hand-labelled gold of the bundled articles."""

from pathlib import Path

from pipeline.extraction.figures import extract_figures
from pipeline.extraction.scoring import load_gold, prediction_rows, score

# The scores measured on the development gold (2026-12-02), pinned rather than floored a
# few points lower, so that any regression fails the build. Re-measure and update them
# when the gold or the extractor changes on purpose.
MEASURED_PRECISION = 1.0
MEASURED_RECALL = 1.0

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
    assert result.precision >= MEASURED_PRECISION, spurious
    assert result.recall >= MEASURED_RECALL, missed
