"""Markdown to text blocks: kinds, resolved markup, and page furniture marked with why."""

from __future__ import annotations

import pytest

from pipeline.extraction.markdown_blocks import is_css, markdown_blocks


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("标题一\n===\n\n正文第一段。", [("heading", "标题一", None), ("paragraph", "正文第一段。", None)]),
        (
            "## 二级标题\n\n- 第一项\n- 第二项",
            [("heading", "二级标题", None), ("list_item", "第一项", None), ("list_item", "第二项", None)],
        ),
        ("> 引用的话。", [("quote", "引用的话。", None)]),
        ("收益率\\_曲线 \\(注\\) \\*重点\\*", [("paragraph", "收益率_曲线 (注) *重点*", None)]),
        ("**加粗**与[链接文字](https://example.com/a)在句中。", [("paragraph", "加粗与链接文字在句中。", None)]),
        ("![图](https://example.com/a.png)", [("paragraph", "", "image")]),
        ("![](a.png) ![](b.png)", [("paragraph", "", "image")]),
        ("[只有链接](https://example.com/a)", [("paragraph", "只有链接", "link-only")]),
        ("[TOC]\n\n正文第一段。", [("paragraph", "[TOC]", "toc"), ("paragraph", "正文第一段。", None)]),
        ("[[_TOC_]]", [("paragraph", "[[TOC]]", "toc")]),
        ("[TOC 之后] 的说明。", [("paragraph", "[TOC 之后] 的说明。", None)]),  # words with it: no directive
        (
            "* [甲文](https://e.com/1)\n* [乙文](https://e.com/2)",
            [("list_item", "甲文", "link-only"), ("list_item", "乙文", "link-only")],
        ),
        (".a\\_b { color: red; } .c { margin: 0 }", [("paragraph", ".a_b { color: red; } .c { margin: 0 }", "css")]),
        ("```css\n.a { color: red }\n```", [("code", ".a { color: red }", "code")]),
        ("<style>.x { color: red }</style>", [("html", "<style>.x { color: red }</style>", "html")]),
        ("<div><p>网页片段里的文字。</p></div>", [("html", "网页片段里的文字。", None)]),
        (
            "| 资产 | 涨幅 |\n|---|---|\n| 黄金 | 5% |",
            [("table_row", "资产  涨幅", None), ("table_row", "黄金  5%", None)],
        ),
        ("    缩进四格的中文段落。", [("paragraph", "缩进四格的中文段落。", None)]),
        ("* * *", []),
        (
            "[![](http://e.com/head.png)\n\n**某研究**.\n\n某研究的简介。\n\n](#)\n\n正文。",
            [
                ("paragraph", "[", "account-card"),
                ("paragraph", "某研究.", "account-card"),
                ("paragraph", "某研究的简介。", "account-card"),
                ("paragraph", "](#)", "account-card"),
                ("paragraph", "正文。", None),
            ],
        ),
        ("原创 张三 [某账号](javascript:void\\(0\\);)", [("paragraph", "原创 张三 某账号", None)]),
        (
            "債券融資翻倍。[^a] 護城河變窄了。\n\n[^a]: 數據為作者整理，僅供參考。",
            [
                ("paragraph", "債券融資翻倍。 護城河變窄了。", None),
                ("footnote", "[^a] 數據為作者整理，僅供參考。", None),
            ],
        ),
        ("未定义的[^9]记号照写。", [("paragraph", "未定义的[^9]记号照写。", None)]),
    ],
    ids=[
        "setext-heading",
        "atx-and-list",
        "quote",
        "escapes",
        "inline-link-kept",
        "image",
        "images-only",
        "link-only",
        "toc-directive",
        "gitlab-toc",
        "toc-in-words",
        "link-list",
        "css-paragraph",
        "code-fence",
        "style-block",
        "html-text",
        "table",
        "indented-text",
        "rule",
        "account-card",
        "action-link-in-text",
        "footnote",
        "footnote-mark-undefined",
    ],
)
def test_blocks(markdown, expected):
    assert [(b.kind, b.text, b.junk) for b in markdown_blocks(markdown)] == expected


def test_an_action_link_names_the_account():
    (block,) = markdown_blocks("[某账号](javascript:void\\(0\\);)")
    assert (block.junk, block.action_links) == (None, ("某账号",))


@pytest.mark.parametrize(
    ("text", "css"),
    [
        (".a { color: red; }", True),
        ("@media (max-width: 600px) { .a { width: 100% } }", True),
        ("div.x > p:first-child { margin: 0 }", True),
        ("集合 {1, 2} 中有两个数。", False),
        ("比率:{稳定}", False),
        (".a { color: red; } 之后是正文。", False),
        ("美联储表示 {rate: 4.5%}", False),
        (".a { color: red; } }", False),
        (".a { color: red; ", False),
    ],
)
def test_css(text, css):
    assert is_css(text) is css


@pytest.mark.parametrize(
    ("heading", "first_cell"),
    [
        ("机构", "【华泰证券】盈利周期有望见底  4,800点"),  # who holds each row's view
        ("券商", "【华泰证券】盈利周期有望见底  4,800点"),
        ("公司", "华泰证券  盈利周期有望见底  4,800点"),  # what the views are about: the row as it is
    ],
)
def test_a_tables_first_column_of_holders_gives_each_row_its_holder(heading, first_cell):
    table = f"| {heading} | 核心观点 | 目标 |\n|---|---|---|\n| 华泰证券 | 盈利周期有望见底 | 4,800点 |\n"
    rows = [b.text for b in markdown_blocks(table) if b.kind == "table_row"]
    assert rows == [f"{heading}  核心观点  目标", first_cell]
