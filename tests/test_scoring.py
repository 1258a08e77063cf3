"""The scorer's matching rules, row by row."""

import pytest

from pipeline.extraction.scoring import matches, score


def _line(low, high=None, unit="USD", article="a.txt", quote="q", required=True):
    return {"article": article, "quote": quote, "low": low, "high": low if high is None else high,
            "unit": unit, "required": required}


@pytest.mark.parametrize(
    ("prediction", "gold", "expected"),
    [
        (_line(100), _line(100), True),
        (_line(100.9), _line(100), True),  # within 1%
        (_line(102), _line(100), False),
        (_line(100, unit="CNY"), _line(100), False),
        (_line(100, article="b.txt"), _line(100), False),
        (_line(0.5, unit="ratio"), _line(50, unit="%"), True),  # ratio r == 100·r %
        (_line(80, unit="%"), _line(0.8, unit="ratio"), True),
        (_line(2, 3), _line(2, 3), True),
        (_line(2, 3), _line(2, 4), False),
        (_line(0, unit="%"), _line(0, unit="%"), True),
    ],
)
def test_matches(prediction, gold, expected):
    assert matches(prediction, gold) is expected


@pytest.mark.parametrize(
    ("gold", "predictions", "tp", "fp", "fn"),
    [
        ([_line(1), _line(2)], [_line(1), _line(2)], 2, 0, 0),
        ([_line(1), _line(2)], [_line(1)], 1, 0, 1),
        ([_line(1)], [_line(1), _line(1)], 1, 1, 0),  # a gold line is matched at most once
        ([_line(1)], [_line(1), _line(9)], 1, 1, 0),
        ([_line(1, required=False)], [_line(1)], 0, 0, 0),  # optional: neither TP nor FP
        ([_line(1, required=False)], [], 0, 0, 0),  # optional: never a miss
        ([_line(1, quote="x", required=False), _line(1, quote="y")], [_line(1, quote="y")], 1, 0, 0),
    ],
)
def test_score_counts(gold, predictions, tp, fp, fn):
    result = score(gold, predictions)
    assert (len(result.true_positives), len(result.false_positives), len(result.false_negatives)) == (tp, fp, fn)


def test_score_rates():
    result = score([_line(1), _line(2), _line(3), _line(4)], [_line(1), _line(2), _line(3), _line(7)])
    assert (result.precision, result.recall, result.f1) == pytest.approx((0.75, 0.75, 0.75))


def test_empty_is_perfect():
    assert (score([], []).precision, score([], []).recall) == (1.0, 1.0)
