"""Article pages: metadata, figures table, and the text with sentence anchors and highlights."""

from __future__ import annotations

from bisect import bisect_left

import pandas as pd

from pipeline.extraction.script import TRADITIONAL, to_traditional

from .ledger import Ledger
from .markup import esc, figure_value, link, md, table

# Starts the other-script copy, so the search hook can tell it from the text (a character no article uses).
ALT_SCRIPT_MARK = "\u2063"
STANCE_ZH = {"bullish": "看多", "bearish": "看空", "neutral": "中性"}


def article_path(article_id: str) -> str:
    return f"articles/{article_id}.md"


def article_page(ledger: Ledger, article: pd.Series) -> str:
    article_id = article["article_id"]
    figures = ledger.records_of("figures", "article_id", article_id)
    sentences = ledger.records_of("sentences", "article_id", article_id)
    claims = ledger.records_of("claims", "article_id", article_id)
    weights = sorted(ledger.records_of("article_narratives", "article_id", article_id), key=lambda w: (-w.weight, w.narrative_id))
    meta_rows = [
        ["作者", esc(article["author"] or "—")],
        ["来源", esc(article["source"] or "—")],
        ["发布日期", esc("—" if pd.isna(article["published"]) else pd.Timestamp(article["published"]).date())],
        ["文件", esc(article["file_name"])],
        ["字体", "繁体" if article["script"] == TRADITIONAL else "简体"],
        ["字数", f"{article['n_chars']:,}"],
        ["叙事", ", ".join(
            link(f"../narratives/{w.narrative_id}.html", f"{esc(ledger.narrative_names.get(w.narrative_id))} ({w.weight:.0%})")
            for w in weights
        ) or "—"],
    ]
    figure_rows = [
        [
            link(f"#f{f.start}", esc(f.quote)),
            esc(figure_value(f.low, f.high, f.unit)),
            esc(f.subject or ""),
            esc(f.metric or ""),
            esc(f.period or ""),
        ]
        for f in figures
    ]
    parts = [
        f"# {md(article['title'])}",
        "",
        table(["", ""], meta_rows, "ledger-meta"),
        "",
        f"## 数据点 ({len(figures)})",
        "",
        table(["原文", "数值", "主体", "指标", "时期"], figure_rows) if figure_rows else "_无_",
        "",
        "## 原文",
        "",
        '<div class="article-text" markdown="0">',
        render_text(article["text_original"], sentences, figures, claims, ledger.claim_tags, ledger.narrative_names),
        "</div>",
        "",
        # The other script, for search only: 缺电 then finds an article that writes 缺電.
        f'<div class="alt-script" hidden>{ALT_SCRIPT_MARK} {esc(_other_script(article))}</div>',
        "",
    ]
    return "\n".join(parts)


def _other_script(article: pd.Series) -> str:
    if article["script"] == TRADITIONAL:
        return article["text_simplified"]
    return to_traditional(article["text_original"])


def render_text(
    text: str,
    sentences: list,
    figures: list,
    claims: list,
    claim_tags: dict[str, list[str]],
    narrative_names: dict[str, str],
) -> str:
    """Paragraphs of escaped text; each sentence an anchor, each figure a highlight.

    ``sentences``, ``figures`` and ``claims`` are rows (named tuples) of the article, in text order.
    """
    claim_of = {row.sentence_no: row for row in claims}
    starts = [f.start for f in figures]  # each sentence reads its own figures, not the article's
    out = ["<p>"]
    cursor = 0
    for s in sentences:
        out.append(_gap(text[cursor:s.start]))
        claim = claim_of.get(s.sentence_no)
        classes = "sentence claim" if claim is not None else "sentence"
        stance = f' data-stance="{esc(claim.stance)}"' if claim is not None else ""
        out.append(f'<span class="{classes}" id="s{s.sentence_no}"{stance}>')
        out.append(_marked(text, s.start, s.end, figures[bisect_left(starts, s.start):bisect_left(starts, s.end)]))
        out.append("</span>")
        if claim is not None:
            out.append(_claim_badges(claim, claim_tags, narrative_names))
        cursor = s.end
    out.append(_gap(text[cursor:]))
    out.append("</p>")
    return "".join(out)


def _gap(between: str) -> str:
    # Line breaks between sentences become paragraph breaks.
    return "</p>\n<p>" if "\n" in between else esc(between)


def _marked(text: str, start: int, end: int, figures: list) -> str:
    pieces, cursor = [], start
    for f in figures:
        if f.start < cursor or f.end > end or f.start < start:
            continue
        pieces.append(esc(text[cursor:f.start]))
        title = figure_value(f.low, f.high, f.unit) + (f" · {f.metric}" if f.metric else "")
        pieces.append(f'<mark class="figure" id="f{f.start}" title="{esc(title)}">{esc(text[f.start:f.end])}</mark>')
        cursor = f.end
    pieces.append(esc(text[cursor:end]))
    return "".join(pieces)


def _claim_badges(claim, claim_tags: dict[str, list[str]], narrative_names: dict[str, str]) -> str:
    # The stance label comes from the stylesheet (data-stance of the sentence just before): with
    # thousands of claims, markup repeated per claim is a large share of the site.
    links = (link(f"../narratives/{n}.html", esc(narrative_names.get(n, n))) for n in claim_tags.get(claim.claim_id, []))
    return f'<span class="tags">{"".join(links)}</span>'


def articles_index(ledger: Ledger) -> str:
    figure_counts = ledger.figures.groupby("article_id").size()
    claim_counts = ledger.claims.groupby("article_id").size()
    articles = ledger.articles.sort_values(["published", "title"], ascending=[False, True], na_position="last")
    rows = [
        [
            link(f"{a.article_id}.html", esc(a.title)),
            esc(a.author or "—"),
            esc("—" if pd.isna(a.published) else pd.Timestamp(a.published).date()),
            "繁" if a.script == TRADITIONAL else "简",
            str(figure_counts.get(a.article_id, 0)),
            str(claim_counts.get(a.article_id, 0)),
        ]
        for a in articles.itertuples()
    ]
    return "\n".join(
        [
            "# 文章",
            "",
            f"共 {len(articles)} 篇。表格可排序、可筛选。",
            "",
            table(["标题", "作者", "日期", "字体", "数据点", "论断"], rows, "ledger-table sortable filterable"),
            "",
        ]
    )


