"""Which figures a claim states: those whose span lies inside the claim's (the claim_figures table)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .records import Claim, Figure, Span


def link_figures(claims: list[Claim], figures: list[Figure | Span]) -> list[tuple[int, int]]:
    """(claim index, figure index) for every figure whose span lies inside a claim's."""
    order = sorted(range(len(figures)), key=lambda i: (figures[i].start, figures[i].end, i))
    starts = [figures[i].start for i in order]
    pairs = []
    for claim_index, claim in enumerate(claims):
        for i in order[bisect_left(starts, claim.start) : bisect_right(starts, claim.end)]:
            if figures[i].end <= claim.end:
                pairs.append((claim_index, i))
    return pairs
