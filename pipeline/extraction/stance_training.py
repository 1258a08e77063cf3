"""Training of the stance model (models/stance.json) from the project's own invented claims.

    python -m pipeline.extraction.stance_training     (make stance-model)

The training claims are the required claims of the invented unseen articles numbered below TRAINED_BELOW
(tests/data/claims_unseen); the articles from it on stay unseen by the model, so its scores there are
held out. Deterministic: the same claims give the same file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from .script import to_simplified
from .stance import stance_of
from .stance_model import MODEL_PATH, word_grams

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "claims_unseen" / "gold.jsonl"
TRAINED_BELOW = 1000
NGRAM_RANGE = (1, 3)
MIN_CLAIMS = 3  # an n-gram in fewer training claims than this says more about one text than about the field
RULE_WEIGHT = 3.0
STRENGTH = 2.0  # the inverse of the regularisation (scikit-learn's C)
_NUMBER = re.compile(r"^u(\d+)_")


def trained_on(article: str) -> bool:
    """Whether the model learnt from an unseen article's claims (by its file name, uNNN_…)."""
    number = _NUMBER.match(article)
    return number is not None and int(number[1]) < TRAINED_BELOW


def training_claims(gold: Path = GOLD) -> list[tuple[str, str]]:
    """(Simplified quote, stance) of each required claim of the training articles, in the gold's order."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        (to_simplified(r["quote"]), r["stance"]) for r in rows if r.get("required", True) and trained_on(r["article"])
    ]


def _significant(x: float) -> float:
    return float(f"{x:.6g}")


def _with_rules(matrices: list, texts: list[str], labels: list[str]):
    """The n-gram and word matrices side by side, with the lexicon's stance of each text as columns of their own."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    ruled = np.array([[RULE_WEIGHT * (stance_of(t) == label) for label in labels] for t in texts])
    return hstack([*matrices, csr_matrix(ruled)]).tocsr()


def fit(claims: list[tuple[str, str]]):
    """scikit-learn's fitted logistic regression and the TF-IDF vectorisers of the claims (characters, words)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [text for text, _ in claims]
    labels = sorted({stance for _, stance in claims})
    vectorizers = (
        TfidfVectorizer(analyzer="char", ngram_range=NGRAM_RANGE, min_df=MIN_CLAIMS, sublinear_tf=True),
        TfidfVectorizer(analyzer=word_grams, min_df=MIN_CLAIMS, sublinear_tf=True),
    )
    matrix = _with_rules([v.fit_transform(texts) for v in vectorizers], texts, labels)
    fitted = LogisticRegression(C=STRENGTH, max_iter=5000).fit(matrix, [stance for _, stance in claims])
    return fitted, vectorizers


def predict_proba(fitted, vectorizers, texts: list[str]):
    """scikit-learn's probabilities, one row a text, one column a class (fitted.classes_)."""
    return fitted.predict_proba(_with_rules([v.transform(texts) for v in vectorizers], texts, list(fitted.classes_)))


def _terms(vectorizer, coef, first: int) -> dict[str, list[float]]:
    """Each term of a vectoriser: its idf and its coefficient per class (its column: ``first`` plus its index)."""
    return {
        term: [_significant(vectorizer.idf_[i])] + [_significant(x) for x in coef[:, first + i]]
        for term, i in sorted(vectorizer.vocabulary_.items())
    }


def model_data(fitted, vectorizers, claims: int) -> dict:
    """The model's data: classes, n-grams and words with their idf and coefficients, the lexicon stance's
    coefficients."""
    labels = [str(label) for label in fitted.classes_]
    coef = fitted.coef_
    chars, words = vectorizers
    n, m = len(chars.vocabulary_), len(words.vocabulary_)
    return {
        "about": "stance model: see pipeline/extraction/stance_model.py; written by make stance-model",
        "training": {"claims": claims, "articles_below": TRAINED_BELOW},
        "classes": labels,
        "ngram_range": list(NGRAM_RANGE),
        "rule_weight": RULE_WEIGHT,
        "intercept": [_significant(x) for x in fitted.intercept_],
        "rule_coef": {label: [_significant(x) for x in coef[:, n + m + j]] for j, label in enumerate(labels)},
        "features": _terms(chars, coef, 0),
        "words": _terms(words, coef, n),
    }


_TERMS = ("features", "words")


def _lines(terms: dict) -> str:
    return ",\n".join(f"{json.dumps(term, ensure_ascii=False)}: {json.dumps(v)}" for term, v in terms.items())


def dumps(data: dict) -> str:
    """The model as JSON, one term a line, so that a retrained model's diff reads."""
    head = json.dumps({k: v for k, v in data.items() if k not in _TERMS}, ensure_ascii=False)
    blocks = ", ".join(f'"{key}": {{\n{_lines(data[key])}\n}}' for key in _TERMS)
    return f"{head[:-1]}, {blocks}}}\n"


def main() -> int:
    claims = training_claims()
    MODEL_PATH.parent.mkdir(exist_ok=True)
    data = model_data(*fit(claims), len(claims))
    MODEL_PATH.write_text(dumps(data), encoding="utf-8")
    grams, words = len(data["features"]), len(data["words"])
    print(f"stance model: {len(claims)} claims, {grams} n-grams, {words} words -> {MODEL_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
