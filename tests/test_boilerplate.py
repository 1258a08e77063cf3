"""Junk lines, titles and authors: invented pages, and the bundled articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extraction import boilerplate
from pipeline.extraction.boilerplate import clean_lines, lexicon
from pipeline.extraction.head_lines import derive_title
from pipeline.extraction.ingest import read_article
from pipeline.extraction.records import Article

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"

P1 = "美联储本周维持利率不变,但声明措辞出现明显变化,市场开始押注年内两次降息。"
P2 = "通胀回落速度快于预期,劳动力市场降温,给了货币政策更多空间,债券收益率继续下行。"
BODY = f"{P1}\n\n{P2}"
HEADLINE = "美联储转向:降息的三条线索"


def clean(text: str):
    return clean_lines(text.split("\n"))


@pytest.mark.parametrize(
    ("text", "title", "junk"),
    [
        (
            f"今晚一起去吃火锅\n学会这招多赚十年\n好运来!\n\n{HEADLINE}\n\n{BODY}",
            HEADLINE,
            ["今晚一起去吃火锅", "学会这招多赚十年", "好运来!"],
        ),
        (f"黄金周旅游攻略大全\n{HEADLINE}\n{BODY}", HEADLINE, ["黄金周旅游攻略大全"]),
        (f"美联储还会降息吗?\n{BODY}", "美联储还会降息吗?", []),
        (f"{HEADLINE}\n八式太极拳\n{BODY}", HEADLINE, []),
        (
            f"首页\n财经\n登录 | 注册\n{HEADLINE}\n2025-12-03 10:24 来源:某某财经\n{BODY}",
            HEADLINE,
            ["首页", "财经", "登录 | 注册", "2025-12-03 10:24 来源:某某财经"],
        ),
        (f"今晚一起去吃火锅\n好运来!\n{BODY}", None, ["今晚一起去吃火锅", "好运来!"]),
        (f"小白也能学会的拳法\n\n降息周期\n\n{BODY}", "降息周期", ["小白也能学会的拳法"]),
        (BODY, None, []),
        (f"# {HEADLINE}\n\n{BODY}", HEADLINE, []),
    ],
    ids=[
        "junk-then-headline",
        "topic-word-junk",
        "question-headline",
        "line-after-title-kept",
        "site-menu-and-dateline",
        "slogans-no-headline",
        "short-headline",
        "no-head",
        "markdown-heading",
    ],
)
def test_the_title_is_the_headline_and_link_titles_before_it_go(text, title, junk):
    cleaned = clean(text)
    assert cleaned.title == title
    for line in junk:
        assert line not in cleaned.lines
    assert P1 in cleaned.lines and P2 in cleaned.lines
    if title:
        assert cleaned.lines[0].endswith(title)


@pytest.mark.parametrize(
    ("footer", "junk"),
    [
        (
            "【声明】\n1. 本站文章均由网络作者上传,不代表本站意见。\n2. 未经许可,不得转载。",
            ["【声明】", "1. 本站文章均由网络作者上传,不代表本站意见。", "2. 未经许可,不得转载。"],
        ),
        ("免责声明:\n本文仅供参考,不构成投资建议。", ["免责声明:", "本文仅供参考,不构成投资建议。"]),
        ("免责声明:本文观点仅代表作者本人,不构成投资建议。", ["免责声明:本文观点仅代表作者本人,不构成投资建议。"]),
        ("风险提示:市场有风险,投资需谨慎。", ["风险提示:市场有风险,投资需谨慎。"]),
        ("京公网安备 11000002000001号\n京ICP备12345678号-1", ["京公网安备 11000002000001号", "京ICP备12345678号-1"]),
        ("Copyright © 2025 Example Media", ["Copyright © 2025 Example Media"]),
        (
            "相关阅读\n美股三大指数集体收跌\n黄金再创新高\n\n读者评论\n\n商家优惠",
            ["相关阅读", "美股三大指数集体收跌", "黄金再创新高", "读者评论", "商家优惠"],
        ),
        ("文章来自网络ABC\n点击阅读原文", ["文章来自网络ABC", "点击阅读原文"]),
        (
            "喜欢就点个赞吧\n欢迎转发给朋友\n长按二维码关注我们",
            ["喜欢就点个赞吧", "欢迎转发给朋友", "长按二维码关注我们"],
        ),
        ("责任编辑:王五\n来源:某某财经", ["责任编辑:王五", "来源:某某财经"]),
        ("页:\n[1]", ["页:", "[1]"]),
        ("[1] [2] [3]\n上一页 1 2 3 下一页\n第2页", ["[1] [2] [3]", "上一页 1 2 3 下一页", "第2页"]),
        ("——————————\n* * *", ["——————————", "* * *"]),
        ("（完）\n-END-\n【全文完】", ["（完）", "-END-", "【全文完】"]),
        ("廣告　｜　回到頂部\n回复 引用 举报", ["廣告　｜　回到頂部", "回复 引用 举报"]),
        ("關於我們 | 使用協議 | 隱私政策 | 聯繫我們", ["關於我們 | 使用協議 | 隱私政策 | 聯繫我們"]),
        ("全部问答 | 已回复　　排序：最新 | 最热", ["全部问答 | 已回复　　排序：最新 | 最热"]),
        (
            "【熱門】｜【最新】｜【地產台】\n某某論壇　使用條款　｜　私隱政策　｜　聯絡我們",
            ["【熱門】｜【最新】｜【地產台】", "某某論壇　使用條款　｜　私隱政策　｜　聯絡我們"],
        ),
        (
            "AI摘要：本文认为，AI板块的调整尚未结束。\n以上内容由AI生成，仅供参考\nAI總結：本文認為電網設備的邏輯沒有變化。",
            [
                "AI摘要：本文认为，AI板块的调整尚未结束。",
                "以上内容由AI生成，仅供参考",
                "AI總結：本文認為電網設備的邏輯沒有變化。",
            ],
        ),
        ("▲液冷散熱是明年AI伺服器的標準配備。（圖／資料照）", ["▲液冷散熱是明年AI伺服器的標準配備。（圖／資料照）"]),
        ("（图：周立行认为铜价仍有上行空间。记者摄）", ["（图：周立行认为铜价仍有上行空间。记者摄）"]),
        (
            "关键词：人工智能；电力约束\n中图分类号：F124　　文献标识码：A\n基金项目：某某基金资助",
            ["关键词：人工智能；电力约束", "中图分类号：F124　　文献标识码：A", "基金项目：某某基金资助"],
        ),
        (
            "你收到這封信，是因為你訂閱了「慢慢理財」電子報。\n取消訂閱｜轉寄給朋友\n如果您不想再收到此类邮件，请点击这里",
            [
                "你收到這封信，是因為你訂閱了「慢慢理財」電子報。",
                "取消訂閱｜轉寄給朋友",
                "如果您不想再收到此类邮件，请点击这里",
            ],
        ),
        (
            "> 📊 圖表說明：折線圖，近五年的平均庫存天數。\n記得按讚、訂閱、開啟小鈴鐺\n*关注某某研究，每周一更新。*",
            [
                "> 📊 圖表說明：折線圖，近五年的平均庫存天數。",
                "記得按讚、訂閱、開啟小鈴鐺",
                "*关注某某研究，每周一更新。*",
            ],
        ),
        (
            "👉 关注【某某财经说】，每晚九点陪你复盘！",
            ["👉 关注【某某财经说】，每晚九点陪你复盘！"],
        ),
        (
            "免責聲明及分析員核證\n證券價格可升亦可跌，買賣證券未必能夠獲利。\n分析員確認其薪酬與本報告之建議並無關係。",
            ["證券價格可升亦可跌，買賣證券未必能夠獲利。", "分析員確認其薪酬與本報告之建議並無關係。"],
        ),
        (
            "鄭重聲明：網友發表的言論僅代表個人觀點，與本站立場無關。\n熱帖推荐\n"
            "· 储能板块午后拉升，龙头封板\n· 這三隻電網股被機構盯上了",
            [
                "鄭重聲明：網友發表的言論僅代表個人觀點，與本站立場無關。",
                "熱帖推荐",
                "· 储能板块午后拉升，龙头封板",
                "· 這三隻電網股被機構盯上了",
            ],
        ),
    ],
    ids=[
        "declaration-block",
        "disclaimer-heading",
        "disclaimer-line",
        "risk-line",
        "filing-numbers",
        "copyright",
        "link-lists-and-captions",
        "source-captions",
        "share-prompts",
        "page-labels",
        "pager-1",
        "pager-2",
        "dividers",
        "end-marks",
        "site-controls",
        "site-pages-bar",
        "sort-bar",
        "forum-sections-and-terms",
        "machine-summary",
        "photo-caption",
        "photo-caption-in-brackets",
        "paper-metadata",
        "newsletter-notices",
        "chart-captions-and-sign-offs",
        "account-to-follow",
        "disclaimer-heading-joined",
        "forum-statement-and-hot-threads",
    ],  # pager lines with long digit runs: test_pager_lines
)
def test_footers_are_removed(footer, junk):
    cleaned = clean(f"{HEADLINE}\n{BODY}\n\n{footer}")
    for line in junk:
        assert line not in cleaned.lines
    assert cleaned.lines[-1] == P2


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_risk_heading_drops_its_paragraph_and_keeps_the_pages_after_it(gap):
    risks = "海外需求不及预期；原材料价格大幅波动。"
    later = "我们认为，明年市场的主线是盈利兑现，电网投资周期才刚刚开始。"
    cleaned = clean(f"{HEADLINE}\n{P2}\n\n风险提示{gap}{risks}\n\n— 3 —\n\n{later}")
    assert "风险提示" not in cleaned.lines and risks not in cleaned.lines
    assert cleaned.lines[-1] == later


def test_a_disclaimer_after_the_risks_still_ends_the_article():
    cleaned = clean(f"{HEADLINE}\n{P2}\n\n風險提示\n匯率急升。\n\n免責聲明\n本報告僅供參考。\n本公司不承擔任何責任。")
    assert cleaned.lines[-1] == P2


def test_a_mid_article_section_named_like_a_footer_stays():
    paragraphs = "\n".join(f"第{n}段:{P1}" for n in range(20))
    cleaned = clean(f"{HEADLINE}\n{P2}\n风险提示\n{paragraphs}")
    assert "风险提示" in cleaned.lines
    assert len(cleaned.lines) == 23


@pytest.mark.parametrize(
    "markup",
    ["![]()", "![图表](https://example.com/a.png)", "![]() ![](b.png)", '<img src="a.png" alt="">', "[图片]"],
)
def test_empty_image_markup_is_removed(markup):
    cleaned = clean(f"{HEADLINE}\n{markup}\n{P1}\n{markup}\n{P2}")
    assert markup not in cleaned.text
    assert cleaned.lines[0] == HEADLINE and P1 in cleaned.lines and P2 in cleaned.lines


def test_a_paragraph_starting_with_a_date_stays():
    line = f"2025年12月3日,{P1}"
    assert line in clean(f"{HEADLINE}\n{line}").lines


def test_image_markup_inside_a_paragraph_is_text_and_stays():
    line = f"如图![](a.png)所示,{P1}"
    assert line in clean(f"{HEADLINE}\n{line}").lines


def test_a_dialogues_first_turns_are_its_body_and_its_first_line_its_title():
    lines = [
        "【人物專訪】在高息環境下找增長",
        "",
        "受訪者：林志豪（某資產管理投資總監）",
        "",
        "記：今年亞洲股市表現參差，你點睇明年？",
        "",
        "林：明年亞洲會比美國好。美元見頂回落，資金會重新流入新興市場。",
    ]
    cleaned = clean_lines(lines)
    assert cleaned.title == lines[0]
    assert lines[2] in cleaned.lines and lines[4] in cleaned.lines


@pytest.mark.parametrize(
    "export",
    [
        [
            "群聊記錄｜「銅博士交流群」（86人）",
            "",
            "阿傑-深圳有色 08:31",
            "早，倫敦銅隔夜衝到一萬一了",
            "",
            "老K 08:35",
            "這個位置追多我是不敢，庫存在回升",
        ],
        [
            "聊天记录导出｜铜博士交流群",
            "",
            "阿杰-深圳有色 08:31",
            "早，伦敦铜隔夜冲到一万一了",
            "",
            "老K 08:35",
            "这个位置追多我是不敢，库存在回升",
        ],
        # LINE's export: each line a time, a sender and the words, apart by tabs
        [
            "[LINE] 「銅博士交流群」的聊天記錄",
            "",
            "08:31\t阿傑\t早，倫敦銅隔夜衝到一萬一了",
            "08:33\t老K\t[貼圖]",
            "",
            "08:35\t老K\t這個位置追多我是不敢，庫存在回升",
        ],
    ],
)
def test_a_chats_messages_are_its_body_however_short_a_late_notice_its_first_paragraph(export):
    lines = [*export, "", "群主 09:55", f"提醒各位：本群仅供交流，不构成投资建议。{P1}"]
    cleaned = clean_lines(lines)
    assert cleaned.title == lines[0]
    assert {export[2], export[-1]} <= set(cleaned.lines)


@pytest.mark.parametrize(
    "stamp, kept",
    [
        # three datelines or more with a time stamp a record's entries (a chat export's messages): kept
        (["2027-03-02 09:01", "2027-03-02 09:04", "2027-03-02 09:10"], True),
        (["2027/3/2 21:15", "2027/3/2 21:17", "2027/3/2 21:30"], True),
        # one or two are a news item's date and its update, dropped; so are days without a time
        (["2027-03-02 09:01", "2027-03-02 09:04"], False),
        (["2027-03-02", "2027-03-03", "2027-03-04"], False),
    ],
)
def test_recurring_stamps_mark_a_records_entries(stamp, kept):
    messages = ["鋼鐵俠2019：銅價這個位置我不敢追，庫存在回升", "Amy_在路上：同意，等回調再說吧", "老K：還有一波"]
    messages = messages[: len(stamp)]
    lines = ["群聊：有色交流群", ""] + [line for pair in zip(stamp, messages) for line in (pair[0], pair[1], "")]
    cleaned = clean_lines(lines)
    assert set(messages) <= set(cleaned.lines)
    assert (set(stamp[1:]) <= set(cleaned.lines)) is kept
    assert not kept or not set(stamp[1:]) & {r.text for r in cleaned.removed}


def test_a_videos_captions_under_their_times_are_its_body():
    lines = [
        "【字幕稿】美元走弱之後 我最在意的兩件事｜老吳談投資 EP.31",
        "頻道：老吳談投資　訂閱 12萬",
        "0:04",
        "哈囉大家好 我是老吳",
        "0:09",
        "老實說 我覺得美元這一波還沒跌完",
        "",
        f"本頻道內容僅供參考，不構成投資建議。{P1}",
    ]
    cleaned = clean_lines(lines)
    assert cleaned.title == lines[0]
    assert {lines[3], lines[5]} <= set(cleaned.lines)


def test_a_marked_headline_however_long_is_no_paragraph_of_the_body():
    lines = ["读者来信｜AI泡沫破了，我手里的半导体基金要不要现在卖掉？", "", "作者：林知秋", "", P1]
    cleaned = clean_lines(lines, title_line=0)
    assert (cleaned.author, cleaned.title) == ("林知秋", lines[0])


@pytest.mark.parametrize(
    ("text", "author", "first_body_line"),
    [
        (f"{HEADLINE}\n作者:张三\n{BODY}", "张三", P1),
        (f"{HEADLINE}\n文 / 李四\n{BODY}", "李四", P1),
        (f"{HEADLINE}\n作者：周明远\u30002026-11-28 08:00\u3000来源：某某财经周刊\n{BODY}", "周明远", P1),
        (f"{HEADLINE}\n作者：價值老貓 發佈於 2026-11-30 21:14\n{BODY}", "價值老貓", P1),
        (f"{HEADLINE}\n作者：Mark Ellison\n{BODY}", "Mark Ellison", P1),
        (f"{HEADLINE}\n作者：存股阿伟 · 发布于 2026-10-02 · 来自某论坛\n{BODY}", "存股阿伟", P1),
        (f"{HEADLINE}\n某某財經　2026/03/08 10:20　｜　作者：林小萱　｜　瀏覽 3.4k\n{BODY}", "林小萱", P1),
        (f"{HEADLINE}\n撰文丨王小五,某某证券首席分析师\n{BODY}", "王小五", P1),
        (f"{HEADLINE}\n記者 洪雅琪／台中報導\u30002026-12-09 05:30\n{BODY}", "洪雅琪", P1),
        (f"{HEADLINE}\n本报记者 孙明远\n{BODY}", "孙明远", P1),
        (f"{HEADLINE}\n作者:微信文章AI大模型正在改变软件行业。\n{P2}", "微信文章", "AI大模型正在改变软件行业。"),
        (f"{HEADLINE}\n作者:某某研究院美联储的转向已经开始。\n{P2}", "某某研究院", "美联储的转向已经开始。"),
        (f"{HEADLINE}\n作者:赵六 美联储的转向已经开始。\n{P2}", "赵六", "美联储的转向已经开始。"),
        (f"王大伟系某某证券首席经济学家、研究所所长\n{BODY}", "王大伟", P1),
        (f"張大偉係某某證券首席經濟學家\n{BODY}", "張大偉", P1),
        (f"張大偉系某某證券首席經濟學家\n{BODY}", "張大偉", P1),
        (f"{HEADLINE}\n\n三文鱼\n\n{BODY}", "三文鱼", P1),
        (f"{HEADLINE}\n\n欧阳小明 \u00a0\n{BODY}", "欧阳小明", P1),
        (f"{HEADLINE}\n{BODY}", None, P1),
        (
            f"{HEADLINE}\n作者:美联储的转向已经开始并且会持续很久。\n{P2}",
            None,
            "作者:美联储的转向已经开始并且会持续很久。",
        ),
    ],
    ids=[
        "label",
        "slash-label",
        "label-wide-spaces-and-fields",
        "label-space-and-field-traditional",
        "label-latin-name",
        "label-dotted-fields",
        "label-as-a-field-after-outlet-and-time",
        "label-with-bio",
        "reporter-city-and-time",
        "reporter",
        "glued-script-change",
        "glued-source-word",
        "glued-space",
        "bio",
        "bio-traditional-variant-verb",
        "bio-traditional",
        "bare-name",
        "bare-name-nbsp",
        "none",
        "glued-undecidable",
    ],
)
def test_author_lines_give_the_author_and_leave_the_text(text, author, first_body_line):
    cleaned = clean(text)
    assert cleaned.author == author
    body = [line for line in cleaned.lines if line and line != HEADLINE]
    assert body[0] == first_body_line
    if author:
        assert not any(author in line for line in cleaned.lines)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (BODY, "美联储本周维持利率不变,但声明措辞出现明显变化"),
        ("短句一则。后文。", "短句一则"),
        (
            "这是一个没有任何标点而且非常非常长的句子它会被截断在三十个字的位置上吗",
            "这是一个没有任何标点而且非常非常长的句子它会被截断在三十个字…",
        ),
    ],
)
def test_a_text_without_headline_gets_its_first_sentence_as_title(text, title):
    assert derive_title(text) == title


def test_every_lexicon_group_is_filled():
    assert all(lexicon().__dict__.values())


def test_an_empty_lexicon_group_fails_loudly(tmp_path, monkeypatch):
    empty = tmp_path / "boilerplate.yaml"
    empty.write_text(boilerplate.LEXICON_PATH.read_text(encoding="utf-8") + "\nextra_group: []\n", encoding="utf-8")
    monkeypatch.setattr(boilerplate, "LEXICON_PATH", empty)
    lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="extra_group"):
            lexicon()
    finally:
        lexicon.cache_clear()


def _bundled(name_start: str) -> tuple[Article, list[str]]:
    path = next(ARTICLES.glob(f"{name_start}_*.txt"))
    article = read_article(path, ARTICLES)
    assert isinstance(article, Article)
    return article, path.read_text(encoding="utf-8").split("\n")


def test_bundled_002_title_author_and_no_junk():
    article, raw = _bundled("002")
    assert article.title == "AI 热潮遇上最古老的风险:瓶颈与基准利率"
    assert article.author == "三文鱼"
    for junk in raw[:6]:
        assert junk not in article.text_original.split("\n")
    assert not any(
        "声明" in line or line.startswith(("1. ", "2. ", "3. ", "4. ")) for line in article.text_original.split("\n")
    )
    for junk in ("读者评论", "商家优惠", "文章来自"):
        assert junk not in article.text_original
    assert article.text_original.startswith(article.title + "\n")


def test_bundled_001_author_script_and_footer():
    article, _ = _bundled("001")
    assert article.author == "劉煜輝"
    assert article.script == "traditional"
    assert "![]()" not in article.text_original
    assert "公網安備" not in article.text_original
    assert not article.text_original.startswith("劉煜輝系")


def test_bundled_003_pager_and_glued_author():
    article, _ = _bundled("003")
    assert article.title == "AI的窄门"
    assert article.author == "微信文章"
    lines = article.text_original.split("\n")
    assert "页:" not in lines and "[1]" not in lines
    assert "作者" not in article.text_original
    assert lines[1].startswith("AI大模型")


@pytest.mark.parametrize("name_start", ["000", "001", "002", "003"])
def test_bundled_kept_lines_are_substrings_of_raw_lines(name_start):
    article, raw = _bundled(name_start)
    for line in article.text_original.split("\n"):
        assert not line or any(line in raw_line for raw_line in raw)


# A page number is a run of digits read whole; split two ways at every digit, a run of n costs 2^n.
@pytest.mark.parametrize(
    ("line", "pager"),
    [
        ("上一页 12 13 下一页", True),
        ("下一页" + "1" * 60, True),
        ("下一页" + "1" * 60 + "x", False),
        ("1 2 3 4 5 尾页", True),
    ],
)
def test_pager_lines(line, pager):
    assert bool(lexicon().pager.fullmatch(line)) is pager


@pytest.mark.parametrize(
    "head, title",
    [
        (
            "恒岳新材料股份有限公司\n2026年年度股东大会会议纪要\n会议时间：2027年5月19日 14:30\n"
            "主持人：董事长宋若川\n出席人员：董事长宋若川，董事会秘书冯以澜，财务总监高永杰，独立董事三名及见证律师",
            "2026年年度股东大会会议纪要",
        ),
        # no line reads as a headline: the fields stay all the same
        ("播出日期：2026年12月9日（二）12:05\n主持人：邱佩瑜　來賓：大昇投顧分析師 戴宏明", None),
        # who attended and who wrote the record up are fields too, never the title
        ("日期：2028年5月12日\n公司出席：董事長 蕭家瑋、財務長 林佩蓉\n記錄整理：投資人關係處", None),
        # a role's label over who holds it, above a line that reads like a headline
        (
            "某某投信　人力資源處\n面試逐字紀錄（第二輪）\n應徵者：林柏宇（前職：某券商研究部助理分析師，年資 4 年）\n"
            "面試官A（研究部主管）　面試官B（科技基金經理人）　紀錄：人資處",
            "面試官A（研究部主管）　面試官B（科技基金經理人）　紀錄：人資處",
        ),
    ],
)
def test_a_records_head_fields_are_no_headline_and_stay_in_the_text(head, title):
    body = "本次年度股东大会审议通过全部议案。董事长在会议纪要所载的问答环节表示，全年订单饱满，产能利用率维持高位。"
    cleaned = clean(f"{head}\n\n{body}")
    assert cleaned.title == title
    fields = [line for line in head.split("\n") if "：" in line]
    assert all(line in cleaned.lines for line in fields)


def test_a_platforms_entry_header_is_no_title_and_the_head_above_it_names_the_page():
    cleaned = clean(
        "澄岳科技（301792）投资者问答记录\n\n"
        "投资者提问　用户 sh_inv***2b9　　2027-05-06 10:21　来自 App\n"
        "公司毛利率会不会下滑？\n"
        "董秘回复　2027-05-09 16:40\n"
        "您好！公司认为，随着单机柜功率提升，高压直流将是数据中心供电的发展方向。\n"
    )
    assert cleaned.title == "澄岳科技（301792）投资者问答记录"
    assert cleaned.lines[2].startswith("投资者提问")
