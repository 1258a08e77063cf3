"""Narrative pages: description, articles, claims by stance, figures; the narratives index."""

from __future__ import annotations

import numpy as np
import pandas as pd

from schemas.common import STANCES, TAXONOMY

from .charts import Bar, range_bars
from .claim_lists import FILTER_BAR, claim_table
from .labels import ORIGIN_ZH, STANCE_ZH
from .ledger import Ledger
from .markup import PAGE_ROWS, esc, figure_value, link, md, shown_of, table
from .timeline_pages import timeline_section, week_heat_map


def origin_note(ledger: Ledger, narrative: pd.Series) -> str:
    """Where the narrative comes from, and for a discovered one the taxonomy narrative it overlaps."""
    if narrative["origin"] == TAXONOMY:
        return "来源:分类 (叙事分类文件中预先列出)。"
    overlap = narrative["taxonomy_overlap"]
    seen = (
        f"与分类叙事 {link(f'{overlap}.html', esc(ledger.narrative_names.get(overlap, overlap)))} 的论断大半重合。"
        if isinstance(overlap, str)
        else "没有分类叙事覆盖它:可用 `ledger narratives suggest` 把它加入分类。"
    )
    return f"来源:发现 (从论断中聚类得出)。{seen}"


def narrative_claims(ledger: Ledger, narrative_id: str) -> tuple[np.ndarray, np.ndarray]:
    """The positions (in ``claims``) of the narrative's claims in text order, and their scores (looked up by
    position: a merge would hash every claim of the corpus again for each narrative; ``claims`` is in text
    order, so its positions sorted are too). Positions, not rows: the large narratives hold most claims of
    the corpus, and a page shows PAGE_ROWS of each stance."""
    tagged = ledger.rows_of("claim_narratives", "narrative_id", narrative_id)
    positions = ledger.claim_narrative_positions[tagged.index.to_numpy()]
    held = positions >= 0
    order = np.argsort(positions[held], kind="stable")
    return positions[held][order], tagged["score"].to_numpy()[held][order]


def best_claims(ledger: Ledger, positions: np.ndarray, scores: np.ndarray) -> pd.DataFrame:
    """The PAGE_ROWS claims of ``positions`` with the highest ``scores``, then by article and place in it (ties
    in text order, as a stable sort of the rows gives), as rows of ``claims`` with their score."""
    claims = ledger.claims
    order = np.lexsort((claims["start"].to_numpy()[positions], ledger.claim_article_ranks[positions], -scores))
    best = order[:PAGE_ROWS]
    return claims.iloc[positions[best]].assign(score=scores[best])


def narrative_page(ledger: Ledger, narrative: pd.Series) -> str:
    narrative_id = narrative["narrative_id"]
    positions, scores = narrative_claims(ledger, narrative_id)
    weights = ledger.rows_of("article_narratives", "narrative_id", narrative_id)
    weights = weights.sort_values(["weight", "article_id"], ascending=[False, True])
    parts = [f"# {md(narrative['name_zh'])}", ""]
    if narrative["origin"] == TAXONOMY:
        parts += [f"*{md(narrative['name_en'])}*", ""]
    parts += [md(narrative["description"]), "", origin_note(ledger, narrative), ""]
    parts += timeline_section(ledger, narrative_id, narrative["name_zh"])
    # The heaviest articles: a narrative of a large corpus has thousands (all in the downloads).
    parts += [f"## 文章 ({len(weights)})", "", shown_of(len(weights)), ""]
    parts.append(
        table(
            ["文章", "权重"],
            [
                [link(f"../articles/{w.article_id}.html", esc(ledger.titles.get(w.article_id))), f"{w.weight:.0%}"]
                for w in weights.head(PAGE_ROWS).itertuples()
            ],
        )
        if len(weights)
        else "_无_"
    )
    parts += ["", f"## 论断 ({len(positions)})", "", FILTER_BAR if len(positions) else "", ""]
    stances = ledger.claims["stance"].to_numpy()[positions]
    for stance in STANCES:
        of_stance = stances == stance
        n = int(of_stance.sum())
        if not n:
            continue
        parts += [f"### {STANCE_ZH[stance]} ({n})", "", shown_of(n), ""]
        parts += [claim_table(ledger, best_claims(ledger, positions[of_stance], scores[of_stance])), ""]
    # The figures of the claims, in the figures' order (a merge with the corpus's figures took as long).
    linked = ledger.claim_figures["figure_id"][np.isin(ledger.claim_figure_positions, positions)]
    figures = ledger.figures[ledger.figures["figure_id"].isin(linked)]
    parts += [f"## 数据点 ({len(figures)})", "", shown_of(len(figures)), ""]
    figures = figures.sort_values(["article_id", "start"]).head(PAGE_ROWS)
    if len(figures):
        rows = [
            [
                link(f"../articles/{f.article_id}.html#f{f.start}", esc(f.quote)),
                esc(figure_value(f.low, f.high, f.unit)),
                esc(f.subject or ""),
                esc(f.metric or ""),
            ]
            for f in figures.itertuples()
        ]
        parts.append(table(["原文", "数值", "主体", "指标"], rows, searchable=False))
        charts = unit_charts(figures)
        if charts:
            parts += ["", "### 同单位数据对比", "", *charts]
    parts.append("")
    return "\n".join(parts)


def unit_charts(figures: pd.DataFrame) -> list[str]:
    """One range-bar chart per unit shared by at least two of the figures."""
    charts = []
    for unit, group in figures.groupby("unit", sort=True):
        if len(group) < 2 or unit in ("unitless", "count"):
            continue
        bars = [
            Bar(f.subject or f.quote, f.low, f.high, f"../articles/{f.article_id}.html#f{f.start}")
            for f in group.itertuples()
        ]
        svg = range_bars(bars, unit)
        if svg:
            charts += [f'<figure class="ledger-chart" markdown="0">{svg}</figure>', ""]
    return charts


def narratives_index(ledger: Ledger) -> str:
    # Each tag's claim by position (a merge of the corpus's claims with their tags took a third of a second).
    positions = ledger.claim_narrative_positions
    held = positions >= 0
    tags = pd.DataFrame(
        {
            "narrative_id": ledger.claim_narratives["narrative_id"].to_numpy()[held],
            "stance": ledger.claims["stance"].to_numpy()[positions[held]],
        }
    )
    counts = tags.groupby(["narrative_id", "stance"]).size()
    article_counts = ledger.article_narratives.groupby("narrative_id").size()
    rows = []
    for n in ledger.narratives.sort_values(
        ["origin", "n_articles", "narrative_id"], ascending=[False, False, True]
    ).itertuples():
        by_stance = [str(counts.get((n.narrative_id, s), 0)) for s in STANCES]
        rows.append(
            [
                link(f"{n.narrative_id}.html", esc(n.name_zh)),
                ORIGIN_ZH[n.origin],
                str(article_counts.get(n.narrative_id, 0)),
                *by_stance,
                _seen(n.first_seen, n.last_seen),
            ]
        )
    parts = [
        "# 叙事",
        "",
        "分类叙事是预先列出的;发现的叙事是从论断中聚类得出的 (TF-IDF、LSA、HDBSCAN),以关键词命名。",
        "",
        table(["叙事", "来源", "文章", *STANCE_ZH.values(), "时间"], rows, "ledger-table sortable"),
        "",
        "## 叙事 × 周",
        "",
        "每周带有各叙事的文章占当周文章的比例。",
        "",
        week_heat_map(ledger),
        "",
        "## 候选叙事",
        "",
        "论断中反复出现、但未被任何叙事覆盖的关键词 (jieba TF-IDF),供扩充分类之用。",
        "",
    ]
    candidates = ledger.candidate_narratives
    parts.append(
        table(
            ["关键词", "得分", "文章数"],
            [[esc(c.phrase), f"{c.score:.3f}", str(c.n_articles)] for c in candidates.itertuples()],
        )
        if len(candidates)
        else "_无_"
    )
    parts.append("")
    return "\n".join(parts)


def _seen(first, last) -> str:
    if pd.isna(first):
        return "—"
    return f"{pd.Timestamp(first):%Y-%m-%d} 至 {pd.Timestamp(last):%Y-%m-%d}"
