"""Claim units: where one view of a sentence ends and the next begins."""

from __future__ import annotations

import pytest

from pipeline.extraction.claim_units import clauses, is_conditional, split_units
from pipeline.extraction.reported_views import subject_cuts
from pipeline.extraction.records import Sentence
from pipeline.extraction.script import to_simplified


def units(text: str) -> list[str]:
    return [u.text for u in split_units(Sentence(0, 10, 10 + len(text), text, to_simplified(text)))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("黄金短期仍有上涨空间,但是白银的波动会越来越大。", ["黄金短期仍有上涨空间", "但是白银的波动会越来越大"]),
        ("策略师维持增持观点,并把目标上调至4200点。", ["策略师维持增持观点", "并把目标上调至4200点"]),
        ("盈利增长强劲,预计明年增长两成。", ["盈利增长强劲", "预计明年增长两成"]),  # a forecast opens its own unit
        ("港股长期看好,短期仍需消化涨幅。", ["港股长期看好", "短期仍需消化涨幅"]),  # so does a time frame
        ("理由有两点:盈利增长强劲;", ["盈利增长强劲"]),  # the lead-in is dropped
        ("更现实的是:缩表并不容易。", ["缩表并不容易"]),
        ("逻辑链:资本开支先吃掉现金流。", ["逻辑链:资本开支先吃掉现金流"]),  # no lead-in ending: one unit
        ("2) 估值仍有吸引力。", ["估值仍有吸引力"]),  # the list label goes
        ("（三）外資持續回補台股,但是漲幅有限。", ["外資持續回補台股", "但是漲幅有限"]),
        (
            "他说:“市场不会崩溃,但是波动会加大。”",
            ["“市场不会崩溃,但是波动会加大。”"],
        ),  # the frame leads in; quotes stay whole
        # a clause with its own subject and modal is a view of its own
        (
            "外资回补主要是看好伺服器出货,台股有望挑战两万五千点。",
            ["外资回补主要是看好伺服器出货", "台股有望挑战两万五千点"],
        ),
        ("銅價仍在築底,庫存大概率要到明年才回落。", ["銅價仍在築底", "庫存大概率要到明年才回落"]),
        (  # the writer's preference after a judgement
            "至於金礦股，管理層的成本控制參差,我寧願直接持有實金。",
            ["至於金礦股，管理層的成本控制參差", "我寧願直接持有實金"],
        ),
        (  # ... and one going on in the same vein with its own subject (亦会, 也会)
            "聯儲局明年上半年會再減息兩次,港元拆息亦會隨之回落。",
            ["聯儲局明年上半年會再減息兩次", "港元拆息亦會隨之回落"],
        ),
        (  # ... and so is one saying there is no need
            "監管層並未要求銀行限制貸款,市場沒有必要過度解讀。",
            ["監管層並未要求銀行限制貸款", "市場沒有必要過度解讀"],
        ),
        ("如果订单放缓,估值可能先受压。", ["如果订单放缓,估值可能先受压"]),  # a condition waits for its consequence
        ("风险的意思是,利润可能被压缩。", ["风险的意思是,利润可能被压缩"]),  # a copula waits for its complement
        ("央行不会急于降息,甚至可能按兵不动。", ["央行不会急于降息,甚至可能按兵不动"]),  # 甚至 goes on
        ("需求回暖,就可能带动价格。", ["需求回暖,就可能带动价格"]),
        ("时间窗口大概率要拖到年底。", ["时间窗口大概率要拖到年底"]),  # 时间 opens a text, not a byline
        ("由于年末考核临近,资金大概率偏向防守。", ["由于年末考核临近,资金大概率偏向防守"]),  # a cause waits
        # a concession waits for what holds despite it, after a conclusion's 所以 too
        ("所以即使產能翻倍,能交貨的產能可能只增加一半。", ["所以即使產能翻倍,能交貨的產能可能只增加一半"]),
        # a time alone after the writer's frame waits for what then happens, a span of years too
        ("我相信三到五年內,面板級封裝會成為主流。", ["我相信三到五年內,面板級封裝會成為主流"]),
        ("我认为两个季度以内,库存就会见底。", ["我认为两个季度以内,库存就会见底"]),
        ("在庫存下降的背景下,銅價有望走高。", ["在庫存下降的背景下,銅價有望走高"]),  # so does a setting
        # a topic set against the last one with 对…则 is a view of its own
        ("我比较看好高端制造,对消费板块则相对谨慎。", ["我比较看好高端制造", "对消费板块则相对谨慎"]),
        ("如果需求回暖,則價格會上漲。", ["如果需求回暖,則價格會上漲"]),  # 则 of a consequence goes on
        # the means a subject has wait for what it does with them, even before a starter
        ("國內企業憑藉成本優勢,有望持續拿到份額。", ["國內企業憑藉成本優勢,有望持續拿到份額"]),
        ("龙头依靠渠道优势,预计明年市占率继续提升。", ["龙头依靠渠道优势,预计明年市占率继续提升"]),
        # a contrast opens a unit after anything
        ("由于订单饱满,但是毛利率仍在下滑。", ["由于订单饱满", "但是毛利率仍在下滑"]),
        # ... but 只是 that corrects a denial goes on with it ("not cancelled, only delayed")
        ("需求没有消失,只是推迟到明年。", ["需求没有消失,只是推迟到明年"]),
        ("訂單並沒有取消，只是遞延。", ["訂單並沒有取消，只是遞延"]),
        ("订单非常饱满,只是产能跟不上。", ["订单非常饱满", "只是产能跟不上"]),
        # 有机会 is a modal too
        ("芯片库存已回到正常水平,下游需求有机会逐季回暖。", ["芯片库存已回到正常水平", "下游需求有机会逐季回暖"]),
        ("車用晶片庫存已回到健康水準,廠商營收有機會回升。", ["車用晶片庫存已回到健康水準", "廠商營收有機會回升"]),
        # 而且 adds a point; one with its own subject and modal is a view of its own
        ("估值已經回到合理區間,而且明年獲利大概率恢復成長。", ["估值已經回到合理區間", "而且明年獲利大概率恢復成長"]),
        ("内需仍然偏弱,而且可能继续放缓。", ["内需仍然偏弱,而且可能继续放缓"]),  # the same subject goes on
        # a condition after a part that can stand opens its scenario; 毕竟 gives a reason of its own
        ("GPU寿命只有五年,一旦技术加速迭代,资产可能缩水。", ["GPU寿命只有五年", "一旦技术加速迭代,资产可能缩水"]),
        ("估值已經不便宜,如果獲利不如預期,股價恐大幅修正。", ["估值已經不便宜", "如果獲利不如預期,股價恐大幅修正"]),
        ("违约率大概率仍然很低,毕竟租户都是巨头。", ["违约率大概率仍然很低", "毕竟租户都是巨头"]),
        # a condition goes on over a clause that brings nothing about; a habit (通常) is no condition
        ("如果美联储明年降息,美元走弱,黄金可能会走强。", ["如果美联储明年降息,美元走弱,黄金可能会走强"]),
        ("若內地政策收緊,或人民幣明顯貶值,南向資金可能放緩。", ["若內地政策收緊,或人民幣明顯貶值,南向資金可能放緩"]),
        (
            "租约通常是15年,而GPU寿命只有5年,一旦技术迭代加速,资产可能缩水。",
            ["租约通常是15年,而GPU寿命只有5年", "一旦技术迭代加速,资产可能缩水"],
        ),
        # whose view comes next opens it, after a clause of what they did
        ("她坦言已经减仓,在她看来,比特币起不到对冲作用。", ["她坦言已经减仓", "在她看来,比特币起不到对冲作用"]),
    ],
)
def test_split_units(text, expected):
    assert units(text) == expected


def test_units_keep_offsets_into_the_article():
    text = "黄金短期仍有上涨空间,但是白银的波动会越来越大。"
    sentence = Sentence(3, 100, 100 + len(text), text, text)
    for unit in split_units(sentence):
        assert text[unit.start - 100 : unit.end - 100] == unit.text


def test_clauses_do_not_cut_inside_brackets():
    assert clauses("甲,乙(丙,丁),戊") == [(0, 2), (2, 9), (9, 10)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("賺了不少😂 但說實話", ["賺了不少😂", " 但說實話"]),  # an emoji before a space ends a clause
        ("性價比不高🙅‍♀️ 我覺得會震盪", ["性價比不高🙅‍♀️", " 我覺得會震盪"]),  # ... one joined of several, too
        ("千万别借钱‼️ 要量力而为", ["千万别借钱‼️", " 要量力而为"]),
        ("涨了☀️ 跌了", ["涨了☀️", " 跌了"]),  # a variation selector after it is part of the emoji
        ("看好👍后市", ["看好👍后市"]),  # inside a clause
        ("（看好😂 后市）,跌了", ["（看好😂 后市）,", "跌了"]),  # inside brackets: no cut
        ("看好） 后市", ["看好） 后市"]),  # a closing mark with nothing open, before a space: no cut
        # a comma or colon between digits is a number's or a time's, no clause's end
        ("金价挑战4,500美元,可能性较大", ["金价挑战4,500美元,", "可能性较大"]),
        ("10:30公布数据:预计走强", ["10:30公布数据:", "预计走强"]),
    ],
)
def test_an_emoji_before_a_space_ends_a_clause(text, expected):
    assert [text[s:e] for s, e in clauses(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("如果订单放缓,估值会受压", True),
        ("當美聯儲降息時,美元會走弱", True),
        ("一旦外資賣超,跌幅恐怕不小", True),
        ("外资回补主要是看好出货", False),  # 主要是 holds 要是
        ("当前估值并不算贵", False),
        ("这当然是好消息", False),
        ("市场相当乐观", False),
    ],
)
def test_is_conditional(text, expected):
    assert is_conditional(to_simplified(text)) is expected


@pytest.mark.parametrize(
    "text, after",
    [
        ("通膨回落的速度低於預期,現在討論降息仍為時過早。", ["現在討論降息仍為時過早。"]),
        ("消费已出现疲态,央行最终仍会被迫降息。", ["央行最终仍会被迫降息。"]),
        ("铜价短期承压,但是长期需求依然强劲。", []),  # a contrast opens a unit of its own already
        ("订单充足,也将在明年集中交付。", []),  # 也 goes on with the same subject
        ("电网投资加速,这将利好设备商。", []),  # 这 points back: one view
        # a demonstrative opens a noun phrase: a subject of its own
        ("商社股的上涨已由股东回报驱动,这一格局难以逆转。", ["这一格局难以逆转。"]),
        ("通膨已經見頂,這種趨勢在明年仍會延續。", ["這種趨勢在明年仍會延續。"]),
        ("如果关税升级,出口企业利润将被压缩。", []),  # a condition waits for its consequence
        ("由于需求回暖,面板价格将上涨。", []),  # a cause frames the next clause
        ("明年下半年开始,冷板的单价大概率会下降两到三成。", []),  # a time a stretch starts from frames it
        # 而 setting a subject of its own against the last; 而且 and 而是 go on
        ("日本企業的股東回報改善是真實的,而韓國的估值仍然偏低。", ["而韓國的估值仍然偏低。"]),
        ("日本企業的股東回報改善是真實的,而且估值仍然偏低。", []),
    ],
)
def test_subject_cuts(text, after):
    """Where a clause with its own subject may begin a view of its own."""
    simplified = to_simplified(text)
    assert [text[cut:] for cut in subject_cuts(simplified)] == after
