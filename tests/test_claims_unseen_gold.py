"""The invented unseen claim set is well-formed: every gold quote is in its article once,
fields take the guide's values, named speakers appear in the text, the README's counts are
current."""
import importlib.util
import pathlib

import pytest

HERE = pathlib.Path(__file__).resolve().parent / "data" / "claims_unseen"
_spec = importlib.util.spec_from_file_location("claims_unseen_stats", HERE / "stats.py")
stats = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(stats)

GOLD = stats.load_gold()
TEXTS = stats.texts()
VALUES = {
    "type": {"forecast", "judgement", "causal", "recommendation"},
    "stance": {"bullish", "bearish", "neutral"},
    "hedge": {"certain", "likely", "possible"},
    "required": {True, False},
}


@pytest.mark.parametrize("row", GOLD, ids=lambda r: f"{r['article'][:3]}:{r['quote'][:12]}")
def test_gold_row(row):
    text = TEXTS[row["article"]]
    # The scorer takes a gold span at the quote's first occurrence: keep it the only one.
    assert text.count(row["quote"]) == 1
    assert len(row["quote"]) >= 6
    for field, allowed in VALUES.items():
        assert row[field] in allowed, field
    assert row["about"].strip()
    if row["speaker"] not in ("author", "unnamed"):
        assert row["speaker"] in text


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_every_article_has_required_claims_and_non_claims(name):
    spans = [TEXTS[name].find(g["quote"]) for g in GOLD if g["article"] == name and g["required"]]
    assert len(spans) >= 5
    claimless = [s for start, s in stats.sentences(TEXTS[name])
                 if not any(start <= p < start + len(s) for p in spans)]
    assert len(claimless) >= 3


def test_readme_counts_are_current():
    head = stats.readme(stats.counts(GOLD, TEXTS)).rsplit("Regenerate", 1)[0]
    assert (HERE / "README.md").read_text(encoding="utf-8").startswith(head)
