"""Narratives over time: shares per day and week, stance balance, and the week-on-week trend."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extraction.timelines import period_start, timeline, trend

MON, TUE, NEXT_MON = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 9)


@pytest.mark.parametrize(
    "day, period, expected",
    [
        (date(2026, 11, 4), "week", MON),  # a Wednesday belongs to its Monday's week
        (MON, "week", MON),
        (date(2026, 11, 8), "week", MON),  # Sunday ends the week
        (date(2026, 11, 4), "day", date(2026, 11, 4)),
    ],
)
def test_period_start(day, period, expected):
    assert period_start(day, period) == expected


def rows():
    published = {"a": MON, "b": TUE, "c": NEXT_MON, "d": NEXT_MON, "undated": None}
    weights = {"power": {"a": 1.0, "c": 0.5, "d": 1.0, "undated": 1.0}, "gold": {"b": 1.0}}
    claims = [
        ("a", "bearish"),
        ("a", "bullish"),
        ("b", "bullish"),
        ("c", "bearish"),
        ("d", "bearish"),
        ("undated", "bullish"),
    ]
    carried = {"0": {"power"}, "1": set(), "2": {"gold"}, "3": {"power"}, "4": {"power"}, "5": {"power"}}
    return timeline(published, weights, claims, carried)


def test_weekly_shares_and_balance():
    week = {(r.narrative_id, r.period_start): r for r in rows() if r.period == "week"}
    first, second = week[("power", MON)], week[("power", NEXT_MON)]
    assert (first.n_articles, first.article_share) == (1, 0.5)  # one of the week's two articles
    assert (first.n_claims, first.claim_share, first.stance_balance) == (1, pytest.approx(1 / 3, abs=1e-6), -1.0)
    assert (second.n_articles, second.article_share) == (2, 0.75)  # weights 0.5 and 1 of two articles
    assert (second.n_claims, second.claim_share, second.stance_balance) == (2, 1.0, -1.0)
    assert week[("gold", MON)].stance_balance == 1.0
    assert ("gold", NEXT_MON) not in week  # a narrative absent from a period has no row


def test_undated_articles_have_no_place_on_a_timeline():
    assert all(r.n_articles <= 2 for r in rows())
    assert sum(r.n_claims for r in rows() if r.period == "day") == 4  # of five dated claims one carries none


def test_trend_is_the_change_in_weekly_share():
    assert trend(rows(), "power", NEXT_MON) == 0.25  # 0.5 -> 0.75: rising
    assert trend(rows(), "gold", NEXT_MON) == -0.5  # 0.5 -> nothing: fading
    assert trend(rows(), "unknown", NEXT_MON) == 0.0
