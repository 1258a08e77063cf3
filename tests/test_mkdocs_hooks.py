"""The MkDocs hooks: raw HTML kept out of the Markdown pipeline, and the search box in the header."""

from __future__ import annotations

import markdown
import pytest

from pipeline.sitegen.html_layout import unindented
from pipeline.sitegen.mkdocs_hooks import put_back, set_aside

EXTENSIONS = ["md_in_html", "tables", "attr_list", "toc"]  # mkdocs.yml's, and MkDocs' own toc


@pytest.mark.parametrize(
    "page",
    [
        '# 标题\n\n<table class="ledger-meta">\n<thead><tr><th></th></tr></thead>\n'
        "<tbody>\n<tr><td>作者</td></tr>\n</tbody>\n</table>\n\n## 原文\n",
        '# T\n\n<div class="article-text" markdown="0">\n'
        '<p><span id="s1">市场*上涨*。</span></p>\n</div>\n',
        '<div class="alt-script" hidden>缺電 &amp; _x_</div>\n\n正文 **粗**\n',
        '## 图\n\n<figure class="ledger-chart" markdown="0"><svg viewBox="0 0 1 1"><title>%</title></svg></figure>\n',
        "<div>a</div>\n<p>b</p>\n\n<table><tr><td>c</td></tr></table>\n",  # one block of two elements
        "<span>行内</span> 的段落\n\n<div>不闭合\n\n</div>\n",  # inline HTML and split blocks stay Markdown's
        "",
    ],
)
def test_raw_html_set_aside_renders_as_markdown_renders_it(page):
    text, blocks = set_aside(page)
    fast = put_back(markdown.markdown(text, extensions=EXTENSIONS), blocks)
    assert unindented(fast) == unindented(markdown.markdown(page, extensions=EXTENSIONS))


def test_only_whole_blocks_are_set_aside():
    _, blocks = set_aside("<div>a</div>\n\n<span>b</span>\n\n<div>c\n\n</div>\n\n<table><tr><td>d</td></tr></table>\n")
    assert blocks == ["<div>a</div>", "<table><tr><td>d</td></tr></table>"]


@pytest.mark.parametrize("text", ["<p>0</p>", "<p>-0</p>", "<p>\ue0000\ue000</p>", "<p>0000000000000000-0</p>"])
def test_a_page_cannot_pass_its_text_for_a_placeholder(text):
    _, blocks = set_aside("<div>x</div>")
    assert put_back(text, blocks) == text
