"""Quality gate of the claim extractor: floors pinned at the measured scores, so a regression fails.

Three tables: the development gold of the bundled articles (scored by the gold's own
scorer), the team's invented unseen articles (same scorer; and apart, those the stance
model did not learn from), and the invented one-sentence table. To raise a floor, measure
(`make bench`) and pin the new value.
"""

from __future__ import annotations

import json

import pytest

from .claim_gold import SENTENCES, SETS, score_sentences, score_set

FLOORS = {
    # measured 2026-12-07 (the unseen set with rounds 11 to 403: 1625 articles), truncated to three decimals; the dev
    # type and stance floors fell when a condition opening a scenario became a unit of its own: two claims more
    # found (recall .900 -> .909), their labels not all right; its stance again (.726 -> .721) when the stance model,
    # retrained with new lexicon words, turned one dev claim right and one wrong
    "dev": {"f1": 0.879, "type": 0.855, "stance": 0.721, "hedge": 0.925, "speaker": 1.0, "attribution": 0.941},
    # the unseen set's stance is partly scored on the stance model's own training claims (articles below u1000):
    # its held-out part (u1000 on) is the stance model's measure
    "unseen": {"f1": 0.803, "type": 0.759, "stance": 0.747, "hedge": 0.902, "speaker": 0.903, "attribution": 0.773},
    "unseen_held_out": {
        "f1": 0.779, "type": 0.746, "stance": 0.695, "hedge": 0.889, "speaker": 0.860, "attribution": 0.713
    },
}
SENTENCE_FLOORS = {
    "precision": 0.978,
    "recall": 0.974,
    "type_accuracy": 0.928,
    "stance_accuracy": 0.850,
    "hedge_accuracy": 0.980,
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_claims_keep_their_measured_scores(name):
    gold_path, _ = SETS[name]
    if not gold_path.is_file():
        pytest.skip(f"no claim gold at {gold_path}")
    result = score_set(name)
    measured = {
        "f1": result["detection"]["f1"],
        "type": result["type_accuracy"],
        "stance": result["stance_accuracy"],
        "hedge": result["hedge_accuracy"],
        "speaker": result["speaker_accuracy"],
        "attribution": result["attribution_recall"],
    }
    below = {k: round(v, 4) for k, v in measured.items() if v < FLOORS[name][k]}
    assert below == {}, f"{name}: below the floors {FLOORS[name]}"


def test_claims_keep_their_measured_scores_on_the_sentence_table():
    rows = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]
    measured = score_sentences(rows)
    below = {k: round(v, 4) for k, v in measured.items() if v < SENTENCE_FLOORS[k]}
    assert below == {}
