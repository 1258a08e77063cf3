"""Narratives over time: how strongly each one runs, day by day and week by week.

For a period (a day, or a week from its Monday) and a narrative: the articles
published in it that carry the narrative and their share of the period's
articles, weighted by how strongly each carries it; the claims that carry it
and their share of the period's claims; and the stance balance of those
claims (bullish minus bearish, over the narrative's claims). Articles without
a date have no place on a timeline.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from schemas.common import PERIODS

STANCE_SIGN = {"bullish": 1, "bearish": -1, "neutral": 0}


@dataclass(frozen=True)
class TimelineRow:
    narrative_id: str
    period: str  # day | week
    period_start: date
    n_articles: int
    article_share: float  # weighted share of the period's articles
    n_claims: int
    claim_share: float
    stance_balance: float  # (bullish - bearish) / the narrative's claims in the period


def period_start(day: date, period: str) -> date:
    return day - timedelta(days=day.weekday()) if period == "week" else day


def timeline(
    published: dict[str, date | None],
    article_weights: dict[str, dict[str, float]],
    claims: list[tuple[str, str]],
    claim_narratives: dict[str, set[str]],
    claim_ids: list[str] | None = None,
) -> list[TimelineRow]:
    """Rows for every narrative and period it appears in.

    ``published``: article id -> date; ``article_weights``: narrative id -> {article id: weight
    in [0, 1]}; ``claims``: (article id, stance) per claim, in the order of ``claim_ids``;
    ``claim_narratives``: claim id -> the narratives it carries.
    """
    claim_ids = claim_ids if claim_ids is not None else [str(i) for i in range(len(claims))]
    rows: list[TimelineRow] = []
    for period in PERIODS:
        articles_in: dict[date, int] = defaultdict(int)
        for day in published.values():
            if day is not None:
                articles_in[period_start(day, period)] += 1
        claims_in: dict[date, int] = defaultdict(int)
        carried: dict[tuple[str, date], list[int]] = defaultdict(list)  # (narrative, period) -> stance signs
        for claim_id, (article_id, stance) in zip(claim_ids, claims):
            day = published.get(article_id)
            if day is None:
                continue
            start = period_start(day, period)
            claims_in[start] += 1
            for narrative in claim_narratives.get(claim_id, ()):
                carried[(narrative, start)].append(STANCE_SIGN.get(stance, 0))
        weights: dict[tuple[str, date], list[float]] = defaultdict(list)
        for narrative, by_article in article_weights.items():
            for article_id, weight in by_article.items():
                day = published.get(article_id)
                if day is not None and weight > 0:
                    weights[(narrative, period_start(day, period))].append(weight)
        for narrative, start in sorted(set(weights) | set(carried)):
            signs = carried.get((narrative, start), [])
            rows.append(TimelineRow(
                narrative_id=narrative,
                period=period,
                period_start=start,
                n_articles=len(weights.get((narrative, start), [])),
                article_share=round(sum(weights.get((narrative, start), [])) / articles_in[start], 6),
                n_claims=len(signs),
                claim_share=round(len(signs) / claims_in[start], 6) if claims_in[start] else 0.0,
                stance_balance=round(sum(signs) / len(signs), 6) if signs else 0.0,
            ))
    return rows


def trend(rows: list[TimelineRow], narrative_id: str, week: date) -> float:
    """The change in a narrative's weekly article share from the week before ``week`` to it."""
    share = {r.period_start: r.article_share for r in rows if r.narrative_id == narrative_id and r.period == "week"}
    return round(share.get(week, 0.0) - share.get(week - timedelta(weeks=1), 0.0), 6)
