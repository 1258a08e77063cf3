"""Plain text hard-wrapped at a fixed width: a paragraph's lines joined again, nothing else touched.

Every line here is invented for the test.
"""

from __future__ import annotations

import pytest

from pipeline.extraction.ingest import read_article
from pipeline.extraction.wrapping import subtitles, unwrapped

WRAPPED = [
    "11月前20天出口同比增长3.1%，较上月回落。我们认为外需",
    "整体仍在放缓，但半导体出口依旧强劲，同比增长超过20%，AI相",
    "关需求仍是全球贸易中最确定的部分，预计四季度出口增速将小幅",
    "回落至2%左右。",
]
LATIN = [
    "The grid is the real bottleneck for AI data centres and",
    "utilities will spend more on it next year, say most of",
    "the analysts we asked in the last two weeks of the month,",
    "and after.",
]
POST = [  # a forum post that never ends a sentence, and its system line
    "庫存天數拉到一百二十天，比上季多了三成",
    "這種時候報價通常撐不住，下半年很可能回檔",
    "※ 發信站: 某站(bbs.example), 來自: 1.2.xx.xx",
]
COLUMN = [  # a newspaper's column scanned to text: an indent opens each paragraph, digits make lines short
    "  本周国际铜价延续强势，伦敦三个月期铜收",
    "于每吨10582.5美元，周内一度触及10790",
    "美元，年内累计涨幅达19.8%。同期美元指数下跌",
    "1.4%至95.62，为近三年来的最低水平。",
    "  分析人士认为，电网投资与数据中心建设",
    "带来的新增需求仍在释放，铜价回调的空间",
    "有限，年内有望上看每吨11500美元。",
] * 3
LONG = "鉅亨网记者王俊杰报道，外资今日发布展望，将加权指数明年底目标订在三万点，较目前约有一成半的上涨空间。"


@pytest.mark.parametrize(
    "lines, expected",
    [
        # a paragraph broken at a fixed width is one line again; the short last line ends it
        (WRAPPED, ["".join(WRAPPED)]),
        # a blank line ends a paragraph: the heading above a wrapped paragraph stays its own line
        (["【宏观】出口增速回落", "", *WRAPPED], ["【宏观】出口增速回落", "", "".join(WRAPPED)]),
        # lines that end their sentences are not joined, however long
        (
            [*WRAPPED, "海关数据显示，十月变压器出口金额同比增长四成。", "海外电网投资周期才刚刚开始。"],
            ["".join(WRAPPED)] + ["海关数据显示，十月变压器出口金额同比增长四成。", "海外电网投资周期才刚刚开始。"],
        ),
        # Latin words keep a space between them
        (LATIN, [" ".join(LATIN)]),
        # short lines (a list, a poem, a chat) have no width to wrap at
        (["黄金", "白银", "比特币"], ["黄金", "白银", "比特币"]),
        # a short last line ends its paragraph, punctuated or not: the line after it is not joined on
        (
            [*WRAPPED[:3], "回落至2%左右", "海关数据显示十月变压器出口金额同比增长四成"],
            ["".join(WRAPPED[:3]) + "回落至2%左右", "海关数据显示十月变压器出口金额同比增长四成"],
        ),
        # a text of long unwrapped paragraphs: a headline without punctuation is no wrapped line
        (["外资：台股明年上看三万点", LONG, LONG, LONG], ["外资：台股明年上看三万点", LONG, LONG, LONG]),
        # a list item opens a line of its own; a forum's records (a post's header, a quotation, a push) are lines
        (
            [*WRAPPED[:3], "2. 变压器出口景气延续，订单能见度已经覆盖到后年"],
            ["".join(WRAPPED[:3]), "2. 变压器出口景气延续，订单能见度已经覆盖到后年"],
        ),
        (
            ["#4 阿凯爸 2026-11-18 23:31", "引用：fish0927 >> 可以拿一成资金玩个股就好", "谢谢建议，我再想想呀", "好"],
            ["#4 阿凯爸 2026-11-18 23:31", "引用：fish0927 >> 可以拿一成资金玩个股就好", "谢谢建议，我再想想呀", "好"],
        ),
        (
            ["推 bigbird: 外资喊多就是要出货的意思 11/26 09:45", "推 chipchip: AI还没结束回档就买进来 11/26 09:52"] * 2,
            ["推 bigbird: 外资喊多就是要出货的意思 11/26 09:45", "推 chipchip: AI还没结束回档就买进来 11/26 09:52"] * 2,
        ),
        # a report's section label opens a paragraph that wraps like any other
        (
            [*WRAPPED[:3], "投资建议：维持行业推荐评级，建议投资者重点关注换流阀和", "特高压变压器龙头。"],
            ["".join(WRAPPED[:3]), "投资建议：维持行业推荐评级，建议投资者重点关注换流阀和特高压变压器龙头。"],
        ),
        # width is drawn width: an analyst's line of an e-mail address is no wider than the Chinese wrapped below
        # it, nor does a curly quote make a line narrower
        (
            ["分析員：李明　(852) 3xxx 6625　ming.li@broker.example.com", "", *WRAPPED],
            ["分析員：李明　(852) 3xxx 6625　ming.li@broker.example.com", "", "".join(WRAPPED)],
        ),
        (
            [*WRAPPED[:3], "投资建议：维持行业“推荐”评级，建议重点关注换流阀和", "特高压变压器龙头。"],
            ["".join(WRAPPED[:3]), "投资建议：维持行业“推荐”评级，建议重点关注换流阀和特高压变压器龙头。"],
        ),
        # an indent opens each paragraph: a line without one goes on the paragraph after a shorter line (a decimal
        # opening it is no list item), under a rule of dashes that is no measure of the width
        (
            ["——————————————————————————————————", *COLUMN],
            ["——————————————————————————————————"] + ["".join(COLUMN[:4]), "".join(COLUMN[4:7])] * 3,
        ),
        # a post that never ends a sentence: its lines are its sentences, however alike their lengths
        (POST, POST),
        ([], []),
    ],
)
def test_hard_wrapped_lines_are_joined_and_nothing_else(lines, expected):
    assert unwrapped(lines) == expected


def test_a_wrapped_text_file_is_read_with_its_sentences_whole(tmp_path):
    (tmp_path / "note.txt").write_text("晨会纪要\n\n" + "\n".join(WRAPPED) + "\n", encoding="utf-8")
    article = read_article(tmp_path / "note.txt", tmp_path)
    assert "我们认为外需整体仍在放缓" in article.text_original


SRT = [
    "【字幕檔】股市阿倫",
    "",
    "1",
    "00:00:01,200 --> 00:00:04,800",
    "哈囉大家好我是阿倫",
    "",
    "2",
    "00:00:05,000 --> 00:00:09,600",
    "先講結論我認為台積電長期的趨勢",
    "沒有改變",
    "",
    "3",
    "00:00:10,000 --> 00:00:15,500",
    "但是短線漲太多了",
]


def test_a_subtitle_files_cues_are_a_spoken_line_for_each_sentence():
    # a cue with no mark at its end ends its sentence; its own lines are one
    assert subtitles(SRT) == [
        "【字幕檔】股市阿倫",
        "",
        "哈囉大家好我是阿倫",
        "先講結論我認為台積電長期的趨勢 沒有改變",
        "但是短線漲太多了",
    ]
    # ... a cue that ends with a comma goes on into the next
    cues = ["1", "00:00:01,200 --> 00:00:04,800", "央行買金係長錢，", "", "2", "00:00:05,000 --> 00:00:09,600",
            "唔係炒短線", "", "3", "00:00:10,000 --> 00:00:15,500", "追高嘅風險回報唔係咁吸引"]  # fmt: skip
    assert subtitles(cues) == ["央行買金係長錢， 唔係炒短線", "追高嘅風險回報唔係咁吸引"]
    # two timed lines make no subtitle file
    assert subtitles(SRT[:9]) == SRT[:9]


def test_a_subtitle_files_lines_of_alike_width_are_not_read_as_a_wrapped_paragraph(tmp_path):
    lines = ["【字幕檔】某某頻道", ""]
    for n, words in enumerate(
        ["我認為台積電長期的趨勢沒有改變", "但是短線漲太多了現在追進去", "我會等回檔到季線附近再買"]
    ):
        lines += [str(n + 1), f"00:00:0{n},000 --> 00:00:0{n},900", words, ""]
    (tmp_path / "video.txt").write_text("\n".join(lines), encoding="utf-8")
    text = read_article(tmp_path / "video.txt", tmp_path).text_original
    assert "沒有改變\n但是短線" in text and "追進去\n我會等回檔" in text


def test_a_subtitle_files_cues_labelled_by_speaker_are_a_line_for_each_turn():
    cues = [
        "1", "00:00:01,200 --> 00:00:04,800", "[主持人] 林老師，今天這根紅K棒，", "是不是代表修正結束了？", "",
        "2", "00:00:05,000 --> 00:00:09,600", "[分析師 林宏明] 我覺得還不能這麼樂觀", "",
        "3", "00:00:10,000 --> 00:00:15,500", "[分析師 林宏明] 反彈的力道其實不強", "",
        "4", "00:00:15,500 --> 00:00:18,000", "- 那蔡老師呢？",
    ]  # fmt: skip
    assert subtitles(cues) == [
        "[主持人] 林老師，今天這根紅K棒， 是不是代表修正結束了？",
        "[分析師 林宏明] 我覺得還不能這麼樂觀",
        "[分析師 林宏明] 反彈的力道其實不強",
        "- 那蔡老師呢？",
    ]
