"""Sentence splitting: where sentences end, table-driven."""

from __future__ import annotations

import pytest

from pipeline.extraction.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("金价走强。白银跟涨！", ["金价走强。", "白银跟涨！"]),
        ("涨幅为1.2%，U.S.数据偏弱。", ["涨幅为1.2%，U.S.数据偏弱。"]),  # a full stop inside a number or name
        # ... nor after an abbreviation before a name or a number; a full stop before a space ends one
        ("Long SGD vs. KRW，目标1,135。", ["Long SGD vs. KRW，目标1,135。"]),
        ("Mr. Tan 认为美元偏弱. 下一句。", ["Mr. Tan 认为美元偏弱.", "下一句。"]),
        ("标题\n正文第一句。", ["标题", "正文第一句。"]),  # a line break ends a sentence
        # a news flash's headline in lenticular brackets ends before its story
        (
            "10:02 【恒川证券：储能订单明年有望翻倍】恒川证券研报称，储能需求仍在加速。",
            ["10:02 【恒川证券：储能订单明年有望翻倍】", "恒川证券研报称，储能需求仍在加速。"],
        ),
        ("【台股早盤震盪走高】加權指數開高。", ["【台股早盤震盪走高】", "加權指數開高。"]),
        # a short label stays with what it labels, and a bracket inside a line ends nothing
        ("【某某证券】看好电网设备。", ["【某某证券】看好电网设备。"]),
        ("【风险提示】：需求不及预期。", ["【风险提示】：需求不及预期。"]),
        ("【Quick Take】領峰科技第三季業績：Beat", ["【Quick Take】領峰科技第三季業績：Beat"]),
        ("据报道【独家消息称公司将回购】属实。", ["据报道【独家消息称公司将回购】属实。"]),
    ],
)
def test_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_point_into_the_text():
    text = "09:31 【沪指高开0.3%】沪指高开0.32%。\n"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
