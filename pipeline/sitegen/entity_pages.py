"""Entity pages: mentions, figures and claims of each entity; the entities index."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .claim_lists import FILTER_BAR, claim_table
from .ledger import Ledger
from .markup import PAGE_ROWS, esc, figure_value, link, md, shown_of, table

KIND_ZH = {
    "company": "公司",
    "index": "指数",
    "person": "人物",
    "region": "国家/地区",
    "asset": "资产",
    "institution": "机构",
    "product": "产品",
}


def entity_page(ledger: Ledger, entity: pd.Series) -> str:
    entity_id = entity["entity_id"]
    mentions = ledger.rows_of("mentions", "entity_id", entity_id)
    figures = ledger.rows_of("figures", "entity_id", entity_id)
    claims = entity_claims(ledger, entity_id)  # positions in ``claims``
    speaker_claims = len(ledger.rows_of("speaker_claims", "speaker_id", entity_id))
    parts = [
        f"# {md(entity['name'])}",
        "",
        f"{KIND_ZH.get(entity['kind'], esc(entity['kind']))} · 别名: {md(entity['aliases'])}",
        "",
        f"## 提及 ({len(mentions)})",
        "",
    ]
    # The articles by mentions, most first, ties by id (np.unique sorts the ids as groupby does).
    articles, counts = np.unique(mentions["article_id"].to_numpy(dtype=object), return_counts=True)
    most = np.argsort(-counts, kind="stable")[:PAGE_ROWS]
    parts += [shown_of(len(articles)), ""]
    parts.append(
        table(
            ["文章", "次数"],
            [
                [link(f"../articles/{a}.html", esc(ledger.titles.get(a))), str(n)]
                for a, n in zip(articles[most], counts[most])
            ],
        )
        if len(articles)
        else "_无_"
    )
    parts += ["", f"## 数据点 ({len(figures)})", "", shown_of(len(figures)), ""]
    figures = figures.head(PAGE_ROWS)
    if len(figures):
        parts.append(
            table(
                ["原文", "数值", "指标", "时期"],
                [
                    [
                        link(f"../articles/{f.article_id}.html#f{f.start}", esc(f.quote)),
                        esc(figure_value(f.low, f.high, f.unit)),
                        esc(f.metric or ""),
                        esc(f.period or ""),
                    ]
                    for f in figures.itertuples()
                ],
                searchable=False,
            )
        )
    parts += ["", f"## 论断 ({len(claims)})", ""]
    if speaker_claims:
        parts += [f"其本人的论断 ({speaker_claims} 条) 见{link(f'../speakers/{entity_id}.html', '说话人页')}。", ""]
    parts += ["提到它或以它为对象的论断。", "", shown_of(len(claims)), ""]
    if len(claims):
        parts += [FILTER_BAR, "", claim_table(ledger, ledger.claims.iloc[claims[:PAGE_ROWS]])]
    parts.append("")
    return "\n".join(parts)


def entity_claims(ledger: Ledger, entity_id: str) -> np.ndarray:
    """The positions (in ``claims``) of the claims about the entity or whose span holds a mention of it, in
    text order (the order of ``claims``: their positions, sorted). Positions, not rows: a page shows PAGE_ROWS."""
    none = np.array([], dtype=int)
    return np.union1d(ledger.claims_holding.get(entity_id, none), ledger.claims_about.get(entity_id, none))


def entities_index(ledger: Ledger) -> str:
    counts = ledger.mentions.groupby("entity_id").size()
    entities = ledger.entities.assign(n=ledger.entities["entity_id"].map(counts).fillna(0).astype(int))
    entities = entities.sort_values(["n", "entity_id"], ascending=[False, True])
    rows = [
        [link(f"{e.entity_id}.html", esc(e.name)), KIND_ZH.get(e.kind, esc(e.kind)), str(e.n)]
        for e in entities.itertuples()
    ]
    return "\n".join(["# 实体", "", table(["实体", "类别", "提及"], rows, "ledger-table sortable filterable"), ""])
