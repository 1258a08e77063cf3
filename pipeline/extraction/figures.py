"""Find the figures in an article: numbers with their unit, range, qualifier, direction, subject, metric and period.

How it works: the article's Simplified copy (full-width signs folded to ASCII, same
length) is scanned once by a few compiled regexes: candidate figures (candidates.py),
currency cues (currency.py), clause and sentence breaks (layout.py), and where a bare
number follows a level verb, level cues (levels.py); a bare scaled number after a noun of
counted people or things counts them (counts.py); a table's rows whose label names a
unit give it to their numbers (table_rows.py), as do its column heads (table_columns.py). Everything after
that is work on small windows: skip spans (names, registration numbers, idioms) around
each candidate, periods in the sentences that hold a figure, cue words near each figure
(figure_labels.py: qualifier, direction, metric; figure_subjects.py: subject). Most of
an article holds no figure, so the costly alternations never read it. The rules are data
(lexicons/figure_rules.yaml, lexicons/units.yaml), compiled once by figure_rules.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from . import figure_labels as labels
from .candidates import scan_amounts
from .counts import name_counts
from .currency import CurrencyCues
from .figure_rules import load_rules
from .figure_subjects import earlier_subject, subject, with_listed
from .layout import Layout, nearest_before, spans
from .levels import name_levels, name_pips
from .numerals import to_half_width
from .periods import resolve_period
from .records import Figure
from .script import to_simplified
from .table_columns import with_column_amounts
from .table_rows import with_listed_amounts, with_table_amounts


# what joins two figures of one pair ("8.7%和9.3%", a storage plant's "45GW/110GWh")
_JOINED = re.compile(r"\s*(?:和|与|及|以及|、|或|/)\s*")


def extract_figures(text: str, simplified: str | None = None, published: date | None = None) -> list[Figure]:
    rules = load_rules()
    scan = to_half_width(to_simplified(text) if simplified is None else simplified)
    amounts = scan_amounts(scan, rules)
    amounts = with_column_amounts(scan, rules, with_table_amounts(scan, rules, amounts))
    amounts = with_listed_amounts(scan, rules, amounts)
    if not amounts:
        return []
    layout = Layout(scan)
    amounts = name_pips(rules, scan, name_levels(rules, scan, amounts, layout), layout)
    amounts = name_counts(rules, scan, amounts)
    sentence_periods: dict[int, tuple[list[int], list[int]]] = {}
    cues = CurrencyCues(rules, scan, amounts, layout)
    figures: list[Figure] = []
    period_spans: list[tuple[int, int] | None] = []
    for index, amount in enumerate(amounts):
        next_start = amounts[index + 1].start if index + 1 < len(amounts) else None
        same_sentence = bool(figures) and layout.sentence(figures[-1].start) == layout.sentence(amount.start)
        previous = figures[-1] if same_sentence else None
        clause_start = layout.clause_start(amount.start)
        window_start = max(clause_start, previous.end if previous else 0)
        # A figure in a list inherits its neighbour's period and subject when it states none.
        sentence = layout.sentence(amount.start)
        if sentence not in sentence_periods:
            sentence_periods[sentence] = spans(
                rules.period, scan, layout.sentence_start(amount.start), layout.sentence_end(amount.start)
            )
        period_span = nearest_before(sentence_periods[sentence], amount.start)
        period_span = period_span or (period_spans[-1] if same_sentence else None)
        period_spans.append(period_span)
        found = amount.label or with_listed(
            rules, scan, subject(rules, scan, window_start, amount.start), layout.sentence_start(amount.start)
        )
        if found is None and not (previous and previous.subject):
            found = earlier_subject(rules, scan, layout, clause_start)
        resolved = resolve_period(scan[slice(*period_span)], published) if published and period_span else None
        figure = Figure(
            start=amount.start,
            end=amount.end,
            quote=text[amount.start : amount.end],
            low=amount.low,
            high=amount.high,
            unit=cues.unit(amount),
            qualifier=amount.qualifier or labels.qualifier(rules, scan, window_start, amount),
            direction=amount.direction
            or labels.direction(rules, scan, window_start, layout.clause_end(amount.end), next_start, amount),
            subject=text[slice(*found)] if found else (previous.subject if previous else None),
            period=text[slice(*period_span)] if period_span else None,
            period_start=resolved[0] if resolved else None,
            period_end=resolved[1] if resolved else None,
        )
        metric = labels.metric(rules, scan, clause_start, layout.clause_end(amount.end), figure)
        if previous and _JOINED.fullmatch(scan, previous.end, amount.start):
            # "分别增长8.7%和9.3%": the second of a pair shares the first's move and measure
            figure = replace(figure, direction=figure.direction or previous.direction)
            metric = metric or previous.metric
        figures.append(replace(figure, metric=metric))
    return figures
