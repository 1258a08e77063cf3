"""The invented claim sentences: the table is well-formed (valid rows, the guide's values,
labels only on claims, unique texts, both scripts, enough rows per value, README counts
current), and the claim rules keep their measured accuracy on it."""
import collections
import importlib.util
import pathlib

import pytest

HERE = pathlib.Path(__file__).resolve().parent / "data" / "claim_sentences"
_spec = importlib.util.spec_from_file_location("claims_training_stats", HERE / "stats.py")
stats = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(stats)

ROWS = stats.load()
VALUES = {
    "type": {"forecast", "judgement", "causal", "recommendation"},
    "stance": {"bullish", "bearish", "neutral"},
    "hedge": {"certain", "likely", "possible"},
}
SCRIPTS = {"simplified", "traditional"}
MIN_PER_VALUE = 30


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["text"][:12])
def test_row(row):
    assert isinstance(row["text"], str) and row["text"].strip() == row["text"] and row["text"]
    assert row["claim"] in (True, False)
    assert row["script"] in SCRIPTS
    if row["claim"]:
        assert set(row) == {"text", "claim", "script", *VALUES}
        for field, allowed in VALUES.items():
            assert row[field] in allowed, field
    else:
        assert set(row) == {"text", "claim", "script"}


def test_no_duplicate_texts():
    dup = [t for t, n in collections.Counter(r["text"] for r in ROWS).items() if n > 1]
    assert not dup


def test_both_scripts_and_both_classes():
    assert {r["script"] for r in ROWS} == SCRIPTS
    assert {r["claim"] for r in ROWS} == {True, False}


def test_every_label_value_has_enough_rows():
    by_claim = collections.Counter(r["claim"] for r in ROWS)
    assert min(by_claim.values()) >= MIN_PER_VALUE
    assert min(collections.Counter(r["script"] for r in ROWS).values()) >= MIN_PER_VALUE
    claims = [r for r in ROWS if r["claim"]]
    for field, allowed in VALUES.items():
        c = collections.Counter(r[field] for r in claims)
        for value in allowed:
            assert c[value] >= MIN_PER_VALUE, (field, value, c[value])


def test_readme_counts_are_current():
    assert stats.report(ROWS) in (HERE / "README.md").read_text(encoding="utf-8")
