"""Bare levels (levels.py): a number with no unit after a level verb, named by a cue before it."""

import pytest

from pipeline.extraction.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A currency pair in the sentence: the level is in the second currency.
        ("美元兑日元升至150。", [("150", 150, "JPY")]),
        ("美元兌日圓一度升破150，創新高。", [("150", 150, "JPY")]),
        ("美元兑人民币中间价报7.1。", [("7.1", 7.1, "CNY")]),
        ("欧元/美元跌破1.05。", [("1.05", 1.05, "USD")]),
        # ... in the currency the market quotes it in, whichever way round it is written.
        ("离岸人民币兑美元一度升破7.20关口。", [("7.20", 7.2, "CNY")]),
        ("新台幣兌美元收在32.1。", [("32.1", 32.1, "TWD")]),
        ("英镑/美元跌至1.25。", [("1.25", 1.25, "USD")]),
        ("欧元兑日元升至160。", [("160", 160, "JPY")]),
        ("美元兑韩元报1,428.6。", [("1,428.6", 1428.6, "KRW")]),
        ("美元兑日元从140升至150。", [("140", 140, "JPY"), ("150", 150, "JPY")]),
        ("美元兑日元升至约150。", [("150", 150, "JPY")]),
        # An index word in the sentence: points.
        ("恒指收报17,500，跌1.2%。", [("17,500", 17500, "pt"), ("1.2%", 1.2, "%")]),
        ("加權指數收在一萬八千點。", [("一萬八千點", 18000, "pt")]),
        ("沪指站上3,100。", [("3,100", 3100, "pt")]),
        # A price unit named before, even a paragraph before.
        ("國際金價（美元/盎司）走高。\n金價站上2000，白銀報25。", [("2000", 2000, "USD"), ("25", 25, "USD")]),
        ("原油（美元/桶）：布伦特跌至78。", [("78", 78, "USD")]),
        # No cue, no verb, or a cue in another sentence: no figure.
        ("金价站上2000。", []),
        ("公司营收升至150。", []),
        ("美元兑日元走弱。市场报150家。", [("150家", 150, "count")]),
        ("美元兑日元走弱。盘中升至150。", []),
        ("恒指成分股有82只。", [("82只", 82, "count")]),
        ("美元兑日元回到2019年水平。", []),
        ("美元兑日元的150日均线。", []),
        # A number that a counted or time word follows is no level.
        ("恒指在5个交易日内累计下跌8%。", [("8%", 8, "%")]),
        ("美元兑日元在3周内升至150上方。", [("150", 150, "JPY")]),
        ("恒指从3天前的低位反弹。", []),
        ("沪指站上3000大关。", [("3000", 3000, "pt")]),
        ("美元兌日圓升至150，隨後回落。", [("150", 150, "JPY")]),
    ],
)
def test_bare_levels(text, expected):
    found = [(f.quote, f.low, f.unit) for f in extract_figures(text)]
    assert found == [(q, pytest.approx(v), u) for q, v, u in expected]
