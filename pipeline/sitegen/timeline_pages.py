"""Narratives over time on the site: a narrative's weekly timeline, the narrative × week heat map,
and the home page's list of narratives rising and fading in the latest week."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from pipeline.extraction.timelines import period_start

from .ledger import Ledger
from .markup import esc, link, table
from .timeline_charts import Week, heat_map, timeline_svg

MOVERS = 5  # narratives listed as rising and as fading
MIN_CHANGE = 0.005  # a change in weekly share smaller than half a point is no movement


def weeks_of(ledger: Ledger, narrative_id: str) -> list[Week]:
    rows = ledger.rows_of("narrative_timeline", "narrative_id", narrative_id)
    rows = rows[rows["period"] == "week"].sort_values("period_start")
    return [
        Week(pd.Timestamp(r.period_start).date(), r.article_share, r.stance_balance, r.n_articles)
        for r in rows.itertuples()
    ]


def timeline_section(ledger: Ledger, narrative_id: str, name: str) -> list[str]:
    svg = timeline_svg(weeks_of(ledger, narrative_id), name)
    if not svg:
        return ["## 时间线", "", "_文章均无日期,无法排出时间线。_", ""]
    return [
        "## 时间线",
        "",
        "每周带有该叙事的文章占当周文章的比例(按权重);颜色为当周论断的多空平衡。",
        "",
        f'<figure class="ledger-chart" markdown="0">{svg}</figure>',
        "",
    ]


def week_heat_map(ledger: Ledger, prefix: str = "") -> str:
    """All narratives × weeks; links relative to the page (``prefix``: the way to narratives/)."""
    names = ledger.narrative_names
    rows = {n: weeks_of(ledger, n) for n in names}
    rows = {n: weeks for n, weeks in rows.items() if weeks}
    svg = heat_map(rows, names, {n: f"{prefix}{n}.html" for n in rows})
    return f'<figure class="ledger-chart" markdown="0">{svg}</figure>' if svg else "_文章均无日期。_"


def latest_week(ledger: Ledger) -> date | None:
    dated = ledger.articles["published"].dropna()
    return period_start(pd.Timestamp(dated.max()).date(), "week") if len(dated) else None


def movers(ledger: Ledger) -> str:
    """Narratives whose weekly share of articles rose or fell most from the week before the latest."""
    week = latest_week(ledger)
    if week is None:
        return "_文章均无日期。_"
    weekly = ledger.narrative_timeline[ledger.narrative_timeline["period"] == "week"]
    share = {(r.narrative_id, pd.Timestamp(r.period_start).date()): r.article_share for r in weekly.itertuples()}
    before = week - timedelta(weeks=1)
    change = {n: share.get((n, week), 0.0) - share.get((n, before), 0.0) for n in ledger.narrative_names}
    change = {n: round(c, 6) for n, c in change.items() if abs(c) >= MIN_CHANGE}
    rising = sorted((n for n in change if change[n] > 0), key=lambda n: (-change[n], n))[:MOVERS]
    fading = sorted((n for n in change if change[n] < 0), key=lambda n: (change[n], n))[:MOVERS]
    rows = [
        [esc(label), _name_link(ledger, n), f"{change[n]:+.0%}", f"{share.get((n, week), 0.0):.0%}"]
        for label, group in (("升温", rising), ("降温", fading))
        for n in group
    ]
    if not rows:
        return f"_{week:%Y-%m-%d} 当周与前一周相比没有变化。_"
    return f"{week:%Y-%m-%d} 当周与前一周相比,文章占比变化最大的叙事:\n\n" + table(
        ["趋势", "叙事", "变化", "本周占比"], rows, searchable=False
    )


def _name_link(ledger: Ledger, narrative_id: str) -> str:
    return link(f"narratives/{narrative_id}.html", esc(ledger.narrative_names.get(narrative_id, narrative_id)))
