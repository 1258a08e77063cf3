"""Home, data points and ingest report pages."""

from __future__ import annotations

import pandas as pd


from .file_names import file_label
from .timeline_pages import movers
from .labels import DATE_SOURCE_ZH, FORMAT_ZH
from .ledger import Ledger
from .markup import PAGE_ROWS, esc, figure_value, link, table

DOWNLOADS = [
    "figures",
    "claims",
    "narratives",
    "article_narratives",
    "narrative_timeline",
    "ingest_log",
    "rejected_rows",
]
LEDGER_DOWNLOAD = "ledger.duckdb.gz"
# The data page lists this many figures (sortable and filterable in the page); all are in the downloads.
DATA_ROWS = 1000


def home_page(ledger: Ledger) -> str:
    counts = [
        ("文章", len(ledger.articles), "articles/index.html"),
        ("数据点", len(ledger.figures), "data/index.html"),
        ("论断", len(ledger.claims), "narratives/index.html"),
        ("叙事", int(ledger.article_narratives["narrative_id"].nunique()), "narratives/index.html"),
        ("实体", len(ledger.entities), "entities/index.html"),
        ("具名说话人", int(ledger.speaker_claims["speaker_id"].nunique()), "speakers/index.html"),
    ]
    parts = ["# 叙事账本", "", "中文财经评论中的 AI 与市场叙事:谁在说什么、有多确定、用哪些数据。", ""]
    parts.append(
        '<div class="ledger-counts">'
        + "".join(
            f'<a class="count" href="{href}"><strong>{n:,}</strong><span>{label}</span></a>'
            for label, n, href in counts
        )
        + "</div>"
    )
    parts += [
        "",
        "## 本周升温与降温的叙事",
        "",
        movers(ledger),
        "",
        "## 叙事 × 文章",
        "",
        f"最新 {HEAT_MAP_ARTICLES} 篇文章中各叙事的权重。",
        "",
        heat_map(ledger),
        "",
        "## 被引用最多的数据点",
        "",
        most_cited(ledger),
        "",
        "## 最新文章",
        "",
        newest(ledger),
        "",
    ]
    return "\n".join(parts)


HEAT_MAP_ARTICLES = 20


def heat_map(ledger: Ledger) -> str:
    """Narratives × the newest articles (all articles are on the narrative pages)."""
    newest_ids = newest_articles(ledger, HEAT_MAP_ARTICLES)["article_id"]
    weights = ledger.article_narratives[ledger.article_narratives["article_id"].isin(newest_ids)]
    weights = weights.pivot_table(index="narrative_id", columns="article_id", values="weight", fill_value=0.0)
    if weights.empty:
        return "_无_"
    articles = [a for a in newest_ids if a in weights.columns]
    # Cut, then escape: a cut escaped title can end in half an entity.
    headers = ["叙事"] + [link(f"articles/{a}.html", esc(ledger.titles.get(a, a)[:12])) for a in articles]
    rows = []
    for narrative_id, row in weights.iterrows():
        cells = [
            f'<span class="heat" style="--w:{row[a]:.2f}" title="{row[a]:.0%}">{row[a]:.0%}</span>' if row[a] else ""
            for a in articles
        ]
        rows.append(
            [link(f"narratives/{narrative_id}.html", esc(ledger.narrative_names.get(narrative_id, narrative_id)))]
            + cells
        )
    return table(headers, rows, "ledger-table heat-map")


def most_cited(ledger: Ledger, top: int = 10) -> str:
    citations = ledger.claim_figures.groupby("figure_id").size().rename("n")
    figures = ledger.figures.merge(citations, left_on="figure_id", right_index=True, how="left").fillna({"n": 0})
    figures = figures.sort_values(["n", "figure_id"], ascending=[False, True]).head(top)
    rows = [
        [
            link(f"articles/{f.article_id}.html#f{f.start}", esc(f.quote)),
            esc(figure_value(f.low, f.high, f.unit)),
            esc(f.subject or ""),
            esc(f.metric or ""),
            str(int(f.n)),
        ]
        for f in figures.itertuples()
    ]
    return table(["原文", "数值", "主体", "指标", "引用"], rows) if rows else "_无_"


def newest_articles(ledger: Ledger, top: int):
    order = ["published", "ingested_at", "article_id"]
    return ledger.articles.sort_values(order, ascending=[False, False, True], na_position="last").head(top)


def newest(ledger: Ledger, top: int = 10) -> str:
    articles = newest_articles(ledger, top)
    rows = [
        [
            link(f"articles/{a.article_id}.html", esc(a.title)),
            esc(a.author or "—"),
            esc("—" if pd.isna(a.published) else pd.Timestamp(a.published).date()),
        ]
        for a in articles.itertuples()
    ]
    return table(["标题", "作者", "日期"], rows) if rows else "_无_"


def data_page(ledger: Ledger) -> str:
    rows = [
        [
            link(f"../articles/{f.article_id}.html#f{f.start}", esc(f.quote)),
            f'<span data-sort="{f.low!r}">{esc(figure_value(f.low, f.high, f.unit))}</span>',
            esc(f.unit),
            esc(f.subject or ""),
            esc(f.metric or ""),
            esc(f.period or ""),
            link(f"../articles/{f.article_id}.html", esc(ledger.titles.get(f.article_id))),
        ]
        for f in ledger.figures.head(DATA_ROWS).itertuples()
    ]
    total = len(ledger.figures)
    listed = f",此处列出前 {len(rows)} 个,全部见下载" if total > len(rows) else ""
    downloads = " · ".join(
        f'{name}: <a href="{name}.csv.gz" download>CSV (gzip)</a> / <a href="{name}.parquet" download>Parquet</a>'
        for name in DOWNLOADS
    )
    return "\n".join(
        [
            "# 数据点",
            "",
            f"共 {total} 个数据点{listed}。每一行链接到原句。点击表头排序,输入文字筛选。",
            "",
            f'下载: {downloads} · 整个账本: <a href="{LEDGER_DOWNLOAD}" download>{LEDGER_DOWNLOAD}</a>'
            " (gzip 压缩,解压后用 DuckDB 打开)",
            "",
            # Not searched: every row repeats a quote and a title the article pages hold.
            table(
                ["原文", "数值", "单位", "主体", "指标", "时期", "文章"],
                rows,
                "ledger-table sortable filterable",
                searchable=False,
            ),
            "",
        ]
    )


# The ingest report lists this many files; refused and duplicate files come first.
INGEST_FILE_ROWS = 1000
STATUS_ORDER = {"refused": 0, "duplicate": 1, "ingested": 2}


def _download(name: str) -> str:
    csv, parquet = f"data/{name}.csv.gz", f"data/{name}.parquet"
    return f'<a href="{csv}" download>{name}.csv.gz</a> / <a href="{parquet}" download>Parquet</a>'


def _more(shown: int, total: int, name: str) -> str:
    return (
        f"显示 {shown} / {total} 条,另有 {total - shown} 条,完整的表见下载 {_download(name)}。" if total > shown else ""
    )


def _date_cell(published, origin) -> str:
    if pd.isna(published):
        return "—"
    return f"{pd.Timestamp(published).date()} ({esc(DATE_SOURCE_ZH.get(origin, origin))})"


def ingest_page(ledger: Ledger) -> str:
    """The files the run saw and the rows that failed validation, of bounded size however many there are."""
    log = ledger.ingest_log
    status_zh = {"ingested": "已导入", "duplicate": "重复", "refused": "拒绝"}
    listed = log.assign(order=log["status"].map(STATUS_ORDER).fillna(len(STATUS_ORDER)))
    listed = listed.sort_values(["order", "file_name"], kind="stable").head(INGEST_FILE_ROWS)
    dates = ledger.articles.set_index("article_id")[["published", "published_from"]]
    listed = listed.join(dates, on="article_id")
    names = ledger.confusable_file_names
    rows = [
        [
            file_label(f.file_name, names),
            FORMAT_ZH.get(f.format, esc(f.format)),
            status_zh.get(f.status, esc(f.status)),
            esc(f.reason or ""),
            _date_cell(f.published, f.published_from),
            esc(f.encoding or ""),
            f"{f.n_bytes:,}",
        ]
        for f in listed.itertuples()
    ]
    rejected = ledger.rejected_rows
    parts = [
        "# 导入报告",
        "",
        f"本次运行共读取 {len(log)} 个文件:已导入 {int((log['status'] == 'ingested').sum())},"
        f"重复 {int((log['status'] == 'duplicate').sum())},拒绝 {int((log['status'] == 'refused').sum())}。",
        "",
        _more(len(listed), len(log), "ingest_log"),
        "",
        table(
            ["文件", "格式", "状态", "原因", "发布日期 (来源)", "编码", "字节"],
            rows,
            "ledger-table sortable filterable",
        ),
        "",
        f"## 未通过校验的行 ({len(rejected)})",
        "",
    ]
    if len(rejected):
        by_reason = rejected.groupby(["table_name", "reason"]).size().sort_values(ascending=False, kind="stable")
        parts += [
            _more(min(len(by_reason), PAGE_ROWS), len(by_reason), "rejected_rows"),
            "",
            table(
                ["表", "原因", "行数"],
                [[esc(t), esc(r), f"{n:,}"] for (t, r), n in by_reason.head(PAGE_ROWS).items()],
                searchable=False,
            ),
            "",
            "### 示例",
            "",
            _more(min(len(rejected), PAGE_ROWS), len(rejected), "rejected_rows"),
            "",
            table(
                ["表", "原因", "行"],
                [
                    [esc(r.table_name), esc(r.reason), f"<code>{esc(r.row_json[:300])}</code>"]
                    for r in rejected.head(PAGE_ROWS).itertuples()
                ],
                searchable=False,
            ),
        ]
    else:
        parts.append("没有。")
    parts.append("")
    return "\n".join(parts)
