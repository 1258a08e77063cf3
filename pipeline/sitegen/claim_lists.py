"""Claim tables of the narrative, entity and speaker pages, and how a claim's speaker is shown.

Each row carries its claim's codes (``data-type``, ``data-stance``,
``data-hedge``) and the headers of those columns name the field they show:
site/javascripts/claim-filters.js builds the page's filters from them.
"""

from __future__ import annotations

import pandas as pd

from .labels import FIELDS, speaker_label
from .ledger import Ledger
from .markup import esc, link, table

# Where the filters of a page's claim lists go (the script fills it).
FILTER_BAR = '<div class="claim-filters"></div>'


def claim_table(ledger: Ledger, claims: pd.DataFrame | list, speaker: bool = True, article: bool = False) -> str:
    """The claims (a frame, or rows as named tuples) linked to their spans on the article pages, in order."""
    headers = [
        "论断",
        *(["说话人"] if speaker else []),
        "对象",
        *(_filter_header(key) for key in FIELDS),
        *(["文章"] if article else []),
    ]
    rows, attrs = [], []
    for c in claims.itertuples() if isinstance(claims, pd.DataFrame) else claims:
        codes = {key: getattr(c, column) for key, (column, *_) in FIELDS.items()}
        row = [link(f"../articles/{c.article_id}.html#c{c.start}", esc(c.text))]
        if speaker:
            row.append(speaker_html(c, ledger.speaker_ids.get(c.claim_id), ledger.bylines.get(c.article_id), "../"))
        row.append(_about(c, ledger))
        row += [esc(FIELDS[key][3].get(code, code)) for key, code in codes.items()]
        if article:
            row.append(link(f"../articles/{c.article_id}.html", esc(ledger.titles.get(c.article_id))))
        rows.append(row)
        attrs.append("".join(f' data-{key}="{esc(code)}"' for key, code in codes.items()))
    return table(headers, rows, "ledger-table claim-list", searchable=False, row_attrs=attrs)


def _filter_header(key: str) -> str:
    _, heading, codes, _ = FIELDS[key]
    return f'<span data-filter="{key}" data-codes="{" ".join(codes)}">{heading}</span>'


def _about(claim, ledger: Ledger) -> str:
    if claim.about_entity_id and claim.about_entity_id in ledger.entity_names:
        return link(f"../entities/{claim.about_entity_id}.html", esc(claim.about))
    return esc(claim.about or "")


def speaker_html(claim, speaker_id: str | None, byline: str | None, root: str) -> str:
    """The speaker of a claim: a link to their page (``speaker_id``) when named, else the byline, 作者 or 匿名来源."""
    label = esc(speaker_label(claim.speaker, byline))
    if speaker_id is None:
        return f'<span class="who">{label}</span>'
    return f'<a class="who" href="{root}speakers/{speaker_id}.html">{label}</a>'
