"""Entity pages: mentions, figures and claims of each entity; the entities index."""

from __future__ import annotations

import pandas as pd

from .ledger import Ledger
from .markup import PAGE_ROWS, esc, figure_value, link, md, shown_of, table

KIND_ZH = {
    "company": "公司", "index": "指数", "person": "人物", "region": "国家/地区",
    "asset": "资产", "institution": "机构", "product": "产品",
}


def entity_page(ledger: Ledger, entity: pd.Series) -> str:
    entity_id = entity["entity_id"]
    mentions = ledger.rows_of("mentions", "entity_id", entity_id)
    figures = ledger.rows_of("figures", "entity_id", entity_id)
    sentence_keys = set(zip(mentions["article_id"], mentions["sentence_no"]))
    # Only the articles that mention the entity can hold its claims.
    claims = [
        c for a in mentions["article_id"].unique() for c in ledger.records_of("claims", "article_id", a)
        if (c.article_id, c.sentence_no) in sentence_keys
    ]
    parts = [
        f"# {md(entity['name'])}",
        "",
        f"{KIND_ZH.get(entity['kind'], esc(entity['kind']))} · 别名: {md(entity['aliases'])}",
        "",
        f"## 提及 ({len(mentions)})",
        "",
    ]
    per_article = mentions.groupby("article_id").size().sort_values(ascending=False, kind="stable")
    parts += [shown_of(len(per_article)), ""]
    per_article = per_article.head(PAGE_ROWS)
    parts.append(
        table(["文章", "次数"], [[link(f"../articles/{a}.html", esc(ledger.titles.get(a))), str(n)] for a, n in per_article.items()])
        if len(per_article)
        else "_无_"
    )
    parts += ["", f"## 数据点 ({len(figures)})", "", shown_of(len(figures)), ""]
    figures = figures.head(PAGE_ROWS)
    if len(figures):
        parts.append(
            table(
                ["原文", "数值", "指标", "时期"],
                [
                    [link(f"../articles/{f.article_id}.html#f{f.start}", esc(f.quote)), esc(figure_value(f.low, f.high, f.unit)), esc(f.metric or ""), esc(f.period or "")]
                    for f in figures.itertuples()
                ],
                searchable=False,
            )
        )
    parts += ["", f"## 论断 ({len(claims)})", "", shown_of(len(claims)), ""]
    claims = claims[:PAGE_ROWS]
    if claims:
        parts.append(
            table(
                ["论断", "说话人", "立场"],
                [[link(f"../articles/{c.article_id}.html#s{c.sentence_no}", esc(c.text)), esc(c.speaker), esc(c.stance)] for c in claims],
                searchable=False,
            )
        )
    parts.append("")
    return "\n".join(parts)


def entities_index(ledger: Ledger) -> str:
    counts = ledger.mentions.groupby("entity_id").size()
    entities = ledger.entities.assign(n=ledger.entities["entity_id"].map(counts).fillna(0).astype(int))
    entities = entities.sort_values(["n", "entity_id"], ascending=[False, True])
    rows = [[link(f"{e.entity_id}.html", esc(e.name)), KIND_ZH.get(e.kind, esc(e.kind)), str(e.n)] for e in entities.itertuples()]
    return "\n".join(["# 实体", "", table(["实体", "类别", "提及"], rows, "ledger-table sortable filterable"), ""])
