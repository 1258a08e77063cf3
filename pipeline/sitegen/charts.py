"""Charts drawn at build time as inline SVG: nothing is fetched when a page is viewed."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .labels import UNIT_ZH
from .markup import esc, number

FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
ROW_HEIGHT = 26
LABEL_WIDTH = 160
PLOT_WIDTH = 400
VALUE_WIDTH = 130  # room right of the longest bar for its value
MAX_BARS = 15
# Beyond this ratio between the largest and smallest value a linear axis hides
# the small bars, so the axis becomes logarithmic.
LOG_SPREAD = 50


@dataclass(frozen=True)
class Bar:
    label: str
    low: float
    high: float
    href: str


def range_bars(bars: list[Bar], unit: str) -> str:
    """Horizontal bars from low to high (a dot for a single value), largest first."""
    bars = sorted(bars, key=lambda b: (-b.high, b.label))[:MAX_BARS]
    positive = [v for b in bars for v in (b.low, b.high) if v > 0]
    if not bars or not positive:
        return ""
    top = max(b.high for b in bars)
    logarithmic = top / min(positive) > LOG_SPREAD
    scale = _log_scale(min(positive), top) if logarithmic else (lambda v: max(v, 0) / top * PLOT_WIDTH)
    height = ROW_HEIGHT * len(bars) + 30
    width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH
    unit_label = UNIT_ZH.get(unit, unit)
    parts = [
        f'<svg class="range-bars" viewBox="0 0 {width} {height}" style="max-width:{width}px;width:100%" role="img" '
        f'font-family="{FONT}" font-size="12" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{esc(unit_label or unit)}{'(对数坐标)' if logarithmic else ''}</title>",
    ]
    for row, bar in enumerate(bars):
        y = row * ROW_HEIGHT + 8
        x0, x1 = LABEL_WIDTH + scale(bar.low), LABEL_WIDTH + scale(bar.high)
        value = number(bar.low) if bar.low == bar.high else f"{number(bar.low)}–{number(bar.high)}"
        parts.append(f'<a href="{esc(bar.href)}">')
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 13}" text-anchor="end">{esc(bar.label[:18])}</text>')
        if bar.low == bar.high:
            parts.append(f'<circle cx="{x0:.1f}" cy="{y + 9}" r="5" fill="#3f51b5"/>')
        else:
            parts.append(
                f'<rect x="{x0:.1f}" y="{y + 3}" width="{max(x1 - x0, 2):.1f}" height="12" rx="3" fill="#3f51b5"/>'
            )
        parts.append(f'<text x="{x1 + 8:.1f}" y="{y + 13}" fill="#555">{esc(value)}</text>')
        parts.append("</a>")
    axis_y = ROW_HEIGHT * len(bars) + 12
    parts.append(
        f'<line x1="{LABEL_WIDTH}" y1="{axis_y}" x2="{LABEL_WIDTH + PLOT_WIDTH}" y2="{axis_y}" stroke="#999"/>'
    )
    parts.append(
        f'<text x="{LABEL_WIDTH + PLOT_WIDTH}" y="{axis_y + 14}" text-anchor="end" fill="#555">'
        f"{esc(unit_label or unit)}{' · 对数坐标' if logarithmic else ''}</text>"
    )
    parts.append("</svg>")
    return "".join(parts)


def _log_scale(smallest: float, largest: float):
    low, high = math.log10(smallest) - 0.1, math.log10(largest)
    span = (high - low) or 1.0
    return lambda v: (math.log10(v) - low) / span * PLOT_WIDTH if v > 0 else 0.0
