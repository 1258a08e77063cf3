"""A view that something lasts keeps the way of what lasts: its own words, the view 这 points back to,
or a case that stands."""

from __future__ import annotations

import pytest

from pipeline.extraction import claims as claims_module
from pipeline.extraction.script import to_simplified
from pipeline.extraction.stance_carry import lasting_way


@pytest.mark.parametrize(
    "text, before, expected",
    [
        # 这 points back to the view before it
        ("这一走势短期内难以扭转", "bullish", "bullish"),
        ("這個局面恐怕很難逆轉", "bearish", "bearish"),
        ("此轮行情还没结束", "bullish", "bullish"),
        ("这一波还没有结束", "bearish", "bearish"),
        # a case that stands, named: the reassurance commentary gives
        ("芯片设备国产化的长期逻辑并没有改变", None, "bullish"),
        ("日股的長線故事沒有改變", "bearish", "bullish"),
        ("公司在封装环节的地位不会动摇", None, "bullish"),
        ("长期来看，减半和机构配置的逻辑都还在", "bearish", "bullish"),  # a case still standing
        # its own words decide, so this rule leaves it alone
        ("空头格局没有改变", "bullish", None),
        ("供應過剩的局面難以改變", "bullish", None),
        # not a view that something lasts
        ("这一趋势可能在明年逆转", "bullish", None),
        ("美联储将维持利率不变", "bullish", None),  # kept steady by decision: a plan
        ("董事會決定保持派息政策不變", None, None),
        # 这 with no view before, and no case named: no way to tell
        ("这一点不会改变", None, None),
        ("管理层的人选没有改变", "bullish", None),
    ],
)
def test_lasting_way(text, before, expected):
    assert lasting_way(to_simplified(text), before) == expected


@pytest.mark.parametrize(
    "article, quote, expected",
    [
        # the view before it, not the cause between ("其背后是…的担忧")
        (
            "分析师周明远表示，各国央行增持黄金的步伐明显加快，其背后是对美元资产安全性的担忧，这一趋势短期内不会改变。",
            "这一趋势短期内不会改变",
            "bullish",
        ),
        (
            "我們認為，面板報價將持續走弱。這一走勢在明年上半年難以扭轉。",
            "這一走勢在明年上半年難以扭轉",
            "bearish",
        ),
    ],
)
def test_lasting_view_in_an_article(article, quote, expected):
    found = claims_module.article_claims(article, to_simplified(article))
    assert [c.stance for c in found if c.text.endswith(quote)] == [expected]
