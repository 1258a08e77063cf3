"""Narratives over time as inline SVG, drawn at build time: a weekly timeline per narrative
and a narrative × week heat map. Bars are coloured by the week's stance balance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .charts import FONT
from .markup import esc

BAR_WIDTH = 18
GAP = 4
PLOT_HEIGHT = 120
MARGIN_LEFT, MARGIN_TOP, MARGIN_BOTTOM = 44, 14, 34
CELL, NAME_WIDTH = 22, 170
MAX_WEEKS = 52  # the most recent weeks shown
# Stance balance -> colour: bullish green, bearish red, mixed grey.
BULLISH, BEARISH, MIXED = "#2e7d32", "#c62828", "#757575"
BALANCE_EDGE = 0.2  # a balance beyond this either way colours the bar


@dataclass(frozen=True)
class Week:
    start: date
    share: float  # weighted share of the week's articles, 0..1
    balance: float  # bullish - bearish over the narrative's claims, -1..1
    n_articles: int


def colour(balance: float) -> str:
    return BULLISH if balance > BALANCE_EDGE else BEARISH if balance < -BALANCE_EDGE else MIXED


def timeline_svg(weeks: list[Week], name: str) -> str:
    """Weekly bars of a narrative's share of articles; empty when it has no dated week."""
    weeks = sorted(weeks, key=lambda w: w.start)[-MAX_WEEKS:]
    if not weeks:
        return ""
    top = max(max(w.share for w in weeks), 0.01)
    width = MARGIN_LEFT + len(weeks) * (BAR_WIDTH + GAP) + GAP
    height = MARGIN_TOP + PLOT_HEIGHT + MARGIN_BOTTOM
    base = MARGIN_TOP + PLOT_HEIGHT
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" style="max-width:{width}px;width:100%" role="img" '
        f'font-family="{FONT}" font-size="11" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{esc(name)}:每周文章占比(颜色为多空平衡)</title>",
        f'<text x="{MARGIN_LEFT - 6}" y="{MARGIN_TOP + 8}" text-anchor="end" fill="#555">{top:.0%}</text>',
        f'<text x="{MARGIN_LEFT - 6}" y="{base}" text-anchor="end" fill="#555">0</text>',
        f'<line x1="{MARGIN_LEFT}" y1="{base}" x2="{width}" y2="{base}" stroke="#999"/>',
    ]
    for i, week in enumerate(weeks):
        x = MARGIN_LEFT + GAP + i * (BAR_WIDTH + GAP)
        bar = max(week.share / top * PLOT_HEIGHT, 1.0)
        tip = f"{week.start:%Y-%m-%d} 当周:{week.n_articles} 篇,占比 {week.share:.0%},多空平衡 {week.balance:+.2f}"
        parts.append(
            f'<rect x="{x}" y="{base - bar:.1f}" width="{BAR_WIDTH}" height="{bar:.1f}" fill="{colour(week.balance)}">'
            f"<title>{esc(tip)}</title></rect>"
        )
        if i % max(1, len(weeks) // 8) == 0:  # at most about eight date labels
            parts.append(
                f'<text x="{x + BAR_WIDTH / 2}" y="{base + 14}" text-anchor="middle" fill="#555">'
                f"{week.start:%m-%d}</text>"
            )
    parts.append(
        f'<text x="{width - 2}" y="{height - 4}" text-anchor="end" fill="#555">周(周一起) · 绿多 红空 灰中性</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def heat_map(rows: dict[str, list[Week]], names: dict[str, str], hrefs: dict[str, str]) -> str:
    """Narratives (rows) × weeks (columns), a cell as dark as the narrative's share that week."""
    starts = sorted({w.start for weeks in rows.values() for w in weeks})[-MAX_WEEKS:]
    if not starts or not rows:
        return ""
    column = {start: i for i, start in enumerate(starts)}
    order = sorted(rows, key=lambda n: (-sum(w.share for w in rows[n]), names.get(n, n)))
    top = max((w.share for weeks in rows.values() for w in weeks), default=0) or 1.0
    width = NAME_WIDTH + len(starts) * CELL + 4
    height = 30 + len(order) * CELL
    parts = [
        f'<svg class="heat-map" viewBox="0 0 {width} {height}" style="max-width:{width}px;width:100%" role="img" '
        f'font-family="{FONT}" font-size="11" xmlns="http://www.w3.org/2000/svg">',
        "<title>叙事 × 周:每周文章占比</title>",
    ]
    step = max(1, len(starts) // 8)
    for start, i in column.items():
        if i % step == 0:
            parts.append(
                f'<text x="{NAME_WIDTH + i * CELL + CELL / 2}" y="20" text-anchor="middle" fill="#555">'
                f"{start:%m-%d}</text>"
            )
    for row, narrative in enumerate(order):
        y = 26 + row * CELL
        parts.append(
            f'<a href="{esc(hrefs.get(narrative, ""))}"><text x="{NAME_WIDTH - 6}" y="{y + 15}" text-anchor="end">'
            f"{esc(names.get(narrative, narrative)[:14])}</text></a>"
        )
        for week in rows[narrative]:
            if week.start not in column:
                continue
            opacity = 0.12 + 0.88 * week.share / top
            tip = (
                f"{names.get(narrative, narrative)} · {week.start:%Y-%m-%d}:{week.n_articles} 篇,占比 {week.share:.0%}"
            )
            parts.append(
                f'<rect x="{NAME_WIDTH + column[week.start] * CELL}" y="{y}" width="{CELL - 2}" height="{CELL - 2}" '
                f'fill="#3f51b5" fill-opacity="{opacity:.2f}"><title>{esc(tip)}</title></rect>'
            )
    parts.append("</svg>")
    return "".join(parts)
