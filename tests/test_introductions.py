"""Who a later pronoun or "该行" means: a titled person or a firm a clause opens with. Sentences invented."""

from __future__ import annotations

import pytest

from pipeline.extraction import introductions
from pipeline.extraction.script import to_simplified


@pytest.mark.parametrize(
    "text, expected",
    [
        ("另一邊廂,卓景資本能源策略師Rahul Menon則相對樂觀。", "Rahul Menon"),
        ("首席经济学家钟启明对此持不同看法。", "钟启明"),
        ("不过,北岸投资策略主管林可欣的观点截然相反。", "林可欣"),
        ("本土券商青禾證券則相對謹慎,該行預計指數將區間震盪。", "本土券商青禾证券"),  # an organisation
        ("北辰证券分析师赵明川则看多,远山资本却持不同看法。", "远山资本"),  # the last one brought in
        ("與之相對,北嶺銀行的策略團隊更為樂觀。", "北岭银行的策略团队"),  # a firm's team, a comparative mood
        ("国务院总理主持召开国务院常务会议,研究部署扩大有效投资。", "国务院常务会议"),  # what 会议指出 means
        ("市场则相对乐观。", None),  # no titled person
        ("另一家投信的研究主管則比較保守,", "unnamed"),  # an indefinite one is anonymous
        ("不过,也有一位基金经理则相对乐观。", "unnamed"),
        ("首席策略师的看法是,股市会涨。", None),  # a title with no name
        ("分析师也提到了这一点。", None),
        # a titled person making a speech, the setting between them and the speech
        ("滙信銀行首席經濟師梁雅文昨日在一個投資論壇上發表演講。", "梁雅文"),
        # the name one goes by, or a friend's name or nickname
        ("他叫邝立民，在某省电网公司做调度。", "邝立民"),
        ("一位名叫韋嘉禾的工程師告訴我們，", "韦嘉禾"),
        ("周末和一个做私募的朋友老谭喝茶，", "老谭"),
        ("和一位老同事麦启文吃饭，", "麦启文"),
        ("他叫大家不要追高。", None),  # 叫 asking someone, no name
        ("朋友圈里都在转这篇文章。", None),
    ],
)
def test_a_titled_person_opening_a_clause_is_introduced(text, expected):
    """Whom a later "他表示" means although no verb of speech framed them."""
    assert introductions.introduced(to_simplified(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("同行嘅係做基金嘅舊同學Ken哥——溢豐資產投資總監葉啟鏗。", {"Ken哥": "叶启铿"}),
        ("佢叫阿芬（全名李慧芬），喺東京住咗十五年。", {"阿芬": "李慧芬"}),
        ("老王（王建国）在电网公司做调度。", {"老王": "王建国"}),
        ("騰訊（00700）升咗三成。", {}),  # a stock's code, no name
        ("大摩（摩根士丹利）认为美元见顶。", {}),  # a firm's short name, no person
        ("Ken哥——就系咁，话完就走。", {}),  # no title brings a name in after the dash
        # the short form a record defines in brackets and quotation marks
        ('創新科技及工業局局長麥德倫先生（"局長"）向委員簡介措施。', {"局长": "麦德伦"}),
        ("公司董事长王大明（以下简称“王董”）表示，", {"王董": "王大明"}),
        ("华屹证券股份有限公司（以下简称“保荐机构”）认为，", {}),  # a firm's, no person's
        ("该指标（即“PUE”）不高于1.3。", {}),
    ],
)
def test_a_nickname_and_the_full_name_given_it(text, expected):
    assert introductions.aliases(to_simplified(text)) == expected
