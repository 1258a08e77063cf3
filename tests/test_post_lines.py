"""Metadata lines of posts read into fields and taken out of the text."""

from __future__ import annotations

import pytest

from pipeline.extraction.dates import Dateline
from pipeline.extraction.post_lines import is_interface_bar, read_post_lines

BODY = "美联储在一月会议上维持利率不变，市场对三月降息的押注升至六成，美元指数随之走弱。"


@pytest.mark.parametrize(
    ("head", "accounts", "author", "source", "found_date"),
    [
        (
            ["原创 周明远 远山宏观笔记", "2026年01月29日 20:15 浙江"],
            ("远山宏观笔记",),
            "周明远",
            "远山宏观笔记",
            Dateline(2026, 1, 29),
        ),
        (["原创 周明远 远山宏观笔记"], (), "周明远", "远山宏观笔记", None),
        (["原创 周明远 远山宏观笔记 2026-01-29 20:15 浙江"], (), "周明远", "远山宏观笔记", Dateline(2026, 1, 29)),
        (["原創 林曉雯 港股夜讀 2026年1月29日 08:05 香港"], (), "林曉雯", "港股夜讀", Dateline(2026, 1, 29)),
        (["原创 远山宏观笔记"], ("远山宏观笔记",), None, "远山宏观笔记", None),
        (["远山宏观笔记", "1月29日"], ("远山宏观笔记",), None, "远山宏观笔记", Dateline(None, 1, 29)),
        (["以下文章来源于松涛研究所 ，作者李大海"], (), "李大海", "松涛研究所", None),
        (["原创 周明远 远山宏观笔记", "以下文章来源于松涛研究所 ，作者李大海"], (), "周明远", "松涛研究所", None),
        (["作者 李大海"], (), "李大海", None, None),
        (["作者：李大海"], (), "李大海", None, None),
        (["文化产业观察"], (), None, None, None),
    ],
    ids=[
        "original-account-date",
        "original-no-link",
        "original-date-place",
        "original-traditional-date-place",
        "account-only",
        "account-line",
        "origin",
        "origin-wins",
        "author-space",
        "author-colon",
        "not-an-author",
    ],
)
def test_head_lines(head, accounts, author, source, found_date):
    post = read_post_lines([*head, BODY], accounts)
    assert (post.author, post.source, post.dateline) == (author, source, found_date)
    blanked = [line for line, kept in zip(head, post.lines) if not kept]
    assert len(blanked) == (0 if author is source is found_date is None else len(head))
    assert post.lines[-1] == BODY


@pytest.mark.parametrize(
    ("head", "author"),
    [
        (["财经老K说市 V", "12-5 09:41 来自 iPhone 16 Pro Max"], "财经老K说市"),
        (["港股夜話 V", "微博認證：財經博主"], "港股夜話"),
        (["美股 V型反转在即", "12-5 09:41 来自 iPhone"], None),  # a headline, no account and its badge
        (["# 金价站稳4000美元", "", "**老钱挖金** ✅ 雪球认证：资深矿业投资者"], "老钱挖金"),  # below a title, in bold
        ([BODY, "财经老K说市 V"], None),  # below the first paragraph the badge names no one
    ],
)
def test_a_verified_account_heading_a_post_is_its_author_and_its_line_stays(head, author):
    post = read_post_lines([*head, BODY])
    assert post.author == author
    assert post.lines[0] == head[0]


def test_lines_past_the_head_are_text():
    lines = [BODY, "作者 李大海", "2026年01月29日"]
    assert read_post_lines(lines).lines == tuple(lines)


@pytest.mark.parametrize(
    ("line", "bar"),
    [
        ("视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看 分享 留言 收藏 听过", True),
        ("知道了", True),
        ("分享 留言", True),
        ("分享一个观点", False),
        ("现在看来，降息已成定局。", False),
    ],
)
def test_interface_bar(line, bar):
    assert is_interface_bar(line) is bar
