"""The ingest report stays small however many files are refused and rows rejected."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.sitegen.index_pages import DATA_ROWS, DOWNLOADS, INGEST_FILE_ROWS, data_page, ingest_page
from pipeline.sitegen.ledger import Ledger
from pipeline.sitegen.markup import PAGE_ROWS


def _ledger(n_files: int, n_rejected: int, n_reasons: int = 3) -> Ledger:
    statuses = ["ingested", "refused", "duplicate"]
    log = pd.DataFrame(
        {
            "file_name": [f"评论/{i:06d}.txt" for i in range(n_files)],
            "format": ["text"] * n_files,
            "status": [statuses[i % 3] for i in range(n_files)],
            "article_id": [None if i % 3 == 1 else f"{i:016x}" for i in range(n_files)],
            "reason": [None if i % 3 == 0 else f"原因 {i % 3}" for i in range(n_files)],
            "encoding": ["utf-8"] * n_files,
            "n_bytes": [1000 + i for i in range(n_files)],
        }
    )
    row = {"article_id": "0123456789abcdef", "quote": "三千亿美元<b>", "low": -1.0, "unit": "USD"}
    rejected = pd.DataFrame(
        {
            "table_name": ["figures"] * n_rejected,
            "row_json": [json.dumps({**row, "start": i}, ensure_ascii=False) for i in range(n_rejected)],
            "reason": [f"Column 'low' failed check {i % n_reasons}" for i in range(n_rejected)],
        }
    )
    articles = pd.DataFrame({"article_id": [f"{i:016x}" for i in range(0, n_files, 3)]})
    articles = articles.assign(published=pd.NaT, published_from=None)
    return Ledger({"ingest_log": log, "articles": articles, "rejected_rows": rejected})


def _rows(page: str, heading: str) -> int:
    """Body rows of the tables under ``heading``, up to the next heading."""
    part = page.split(heading, 1)[1].split("\n#")[0]
    return part.count("<tr>") - part.count("<thead>")


@pytest.mark.parametrize(
    ("n_files", "n_rejected"),
    [(3, 0), (PAGE_ROWS, PAGE_ROWS), (INGEST_FILE_ROWS + 1, PAGE_ROWS + 1), (20_000, 20_000)],
)
def test_the_ingest_report_lists_a_bounded_number_of_rows(n_files, n_rejected):
    page = ingest_page(_ledger(n_files, n_rejected))
    assert f"本次运行共读取 {n_files} 个文件" in page
    assert f"## 未通过校验的行 ({n_rejected})" in page
    assert _rows(page, "# 导入报告") == min(n_files, INGEST_FILE_ROWS)
    if n_rejected:
        assert _rows(page, "### 示例") == PAGE_ROWS if n_rejected > PAGE_ROWS else n_rejected
    else:
        assert "没有。" in page
    for name, total, shown in [("ingest_log", n_files, INGEST_FILE_ROWS), ("rejected_rows", n_rejected, PAGE_ROWS)]:
        linked = f'href="data/{name}.csv.gz"' in page
        assert linked == (total > shown)
        if linked:
            assert f"另有 {total - shown} 条" in page
    assert len(page.encode()) < 200_000  # 20,000 of each made a 13.5 MB page before the cap


def test_refused_files_come_first_and_rejections_are_counted_by_reason():
    page = ingest_page(_ledger(INGEST_FILE_ROWS * 3, 5_000, n_reasons=4))
    files = page.split("## 未通过校验的行")[0]
    assert files.count("<td>拒绝</td>") == INGEST_FILE_ROWS  # a third are refused: they fill the list
    assert "<td>已导入</td>" not in files
    for reason in range(4):
        assert f"<td>Column &#x27;low&#x27; failed check {reason}</td><td>1,250</td>" in page
    assert "三千亿美元&lt;b&gt;" in page and "<b>" not in page


@pytest.mark.parametrize("n_figures", [0, 3, DATA_ROWS, DATA_ROWS + 1, 20_000])
def test_the_data_page_lists_a_bounded_number_of_figures(n_figures):
    figures = pd.DataFrame(
        {
            "article_id": ["0123456789abcdef"] * n_figures,
            "start": range(n_figures),
            "quote": [f"{i}亿美元" for i in range(n_figures)],
            "low": [float(i) for i in range(n_figures)],
            "high": [float(i) for i in range(n_figures)],
            "unit": ["USD"] * n_figures,
            "subject": [None] * n_figures,
            "metric": [None] * n_figures,
            "period": [None] * n_figures,
        }
    )
    articles = pd.DataFrame({"article_id": ["0123456789abcdef"], "title": ["标题"]})
    page = data_page(Ledger({"figures": figures, "articles": articles}))
    assert _rows(page, "# 数据点") == min(n_figures, DATA_ROWS)
    assert f"共 {n_figures} 个数据点" in page
    assert ("全部见下载" in page) == (n_figures > DATA_ROWS)
    assert 'href="ledger.duckdb.gz"' in page and all(f'href="{name}.csv.gz"' in page for name in DOWNLOADS)


def test_the_full_tables_are_downloads():
    assert {"ingest_log", "rejected_rows"} <= set(DOWNLOADS)


def test_each_file_shows_its_format_and_where_its_date_came_from():
    log = pd.DataFrame(
        {
            "file_name": ["a.md", "b.pdf", "c.html", "d.txt"],
            "format": ["markdown", "pdf", "html", "text"],
            "status": ["ingested", "ingested", "refused", "ingested"],
            "reason": [None, None, "the HTML page holds no article text", None],
            "article_id": ["a" * 16, "b" * 16, None, "d" * 16],
            "encoding": ["utf-8", "pdf", None, "utf-8"],
            "n_bytes": [10, 20, 30, 40],
        }
    )
    articles = pd.DataFrame(
        {
            "article_id": ["a" * 16, "b" * 16, "d" * 16],
            "published": pd.to_datetime(["2026-01-29", "2026-01-30", None]),
            "published_from": ["text_year_from_file_time", "pdf", None],
        }
    )
    page = ingest_page(
        Ledger(
            {
                "ingest_log": log,
                "articles": articles,
                "rejected_rows": pd.DataFrame(columns=["table_name", "row_json", "reason"]),
            }
        )
    )
    cells = [row.split("</td><td>") for row in page.split("<tr><td>")[1:]]
    assert [(row[1], row[4]) for row in cells] == [
        ("网页", "—"),
        ("Markdown", "2026-01-29 (正文日期行 (年份取自文件时间))"),
        ("PDF", "2026-01-30 (PDF 元数据)"),
        ("纯文本", "—"),
    ]
