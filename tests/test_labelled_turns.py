"""Whose lines a thread's, a chat's and a call's labels and headers make them: invented files read as ingest reads
them (its junk rules drop a post's bare time), in both scripts."""

from __future__ import annotations

from itertools import groupby

import pytest

from pipeline.extraction.claims import article_claims
from pipeline.extraction.ingest import read_article
from pipeline.extraction.script import to_simplified, to_traditional

SCRIPTS = [to_simplified, to_traditional]


def speakers(tmp_path, text: str, name: str = "post.txt") -> list[tuple[str, str]]:
    """(speaker, claim) of each claim of an invented file."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    article = read_article(tmp_path / name, tmp_path)
    return [(c.speaker, c.text) for c in article_claims(article.text_original, article.text_simplified)]


def turns(tmp_path, text: str, name: str = "post.txt") -> list[str]:
    """The speaker of each run of an invented file's claims that one speaker holds."""
    return [who for who, _ in groupby(who for who, _ in speakers(tmp_path, text, name))]


THREAD = (
    "【讨论】退休金该放美债还是高股息？\n回复 12　|　浏览 3,405\n\n"
    "----------------------------------------\n"
    "稳稳存股人　（楼主）\n2026-08-02 21:40　#1\n"
    "我觉得美债殖利率明年还会往下，现在锁长天期比较划算。\n\n"
    "----------------------------------------\n"
    "北投老铁\n2026-08-02 22:05　#2\n"
    "长天期债的波动被很多人低估了，利率一反弹就是两成跌幅。\n（3人觉得赞）\n\n"
    "----------------------------------------\n"
    "Ivy_0617\n2026-08-02 22:31　#3\n"
    "引用 北投老铁 写道：\n「长天期债的波动被很多人低估了…」\n"
    "波动大没错，但持有到期就不怕，配息才是重点。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_name_over_its_posts_time_and_floor_writes_the_post_and_the_quoted_words_are_no_new_view(tmp_path, script):
    found = speakers(tmp_path, script(THREAD))
    # the poster's badge makes the first post the thread's own voice; the quoted line and the likes count hold none
    assert [who for who, _ in found] == ["author", "北投老铁", "Ivy_0617"]
    assert not any(words.startswith("「") or "人觉得赞" in to_simplified(words) for _, words in found)


CHAT = (
    "微信群聊「短线交流群」聊天记录\n\n"
    "09:12:05 老船长（群主）\n【盘前】隔夜美股大跌，今天大概率低开，别一开盘就冲。\n\n"
    "09:26:02 小豆芽\n机器人这波是真主线，资金都在里面。\n\n"
    "09:26:40 稳稳的幸福\n主线个毛，上周也这么说，结果三天就跌回去了。\n\n"
    "09:31:18 小豆芽\n你看着吧，明天还会继续涨。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_chat_exports_headers_of_a_time_and_any_handle_that_comes_back_are_their_senders(tmp_path, script):
    # a message's own tag under its header ("【盘前】") names no one
    assert turns(tmp_path, script(CHAT)) == ["老船长", "小豆芽", "稳稳的幸福", "小豆芽"]


VIDEO = (
    "# 纳指回调：上车还是下车？\n\n"
    "## 00:00 开场\n\n我认为这次是一次正常的技术性回调。\n\n"
    "## 01:20 估值\n\n科技股的估值已经回到了合理区间。\n\n"
    "## 03:05 结论\n\n我建议分批买入指数基金。\n"
)


def test_a_programmes_timed_headings_each_another_name_no_sender(tmp_path):
    assert turns(tmp_path, VIDEO, "script.md") == ["author"]


CALL = (
    "某科技2026年第二季度业绩电话会议纪要\n\n"
    "【主持人】下面有请首席财务官周岚介绍经营情况。\n\n"
    "【周岚】谢谢主持人，大家晚上好。\n第二季度公司实现营业收入86.4亿元。\n"
    "我们认为毛利率的压力是阶段性的，四季度现金流会明显回正。\n\n"
    "【陆承远】谢谢周总，也谢谢各位一直以来的关注。\n我个人判断，明年液冷的渗透率会超过一半。\n\n"
    "【提问者A】我想问一下毛利率的问题。\n我们觉得价格战会拖累整个行业的利润。\n\n"
    "【周岚】短期确实有压力，但我们预计明年毛利率能回到10%以上。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_calls_bracketed_labels_hand_the_turn_over_and_run_on_past_their_own_line(tmp_path, script):
    # a host's label among them makes them a dialogue's, not a digest's one line each; thanks and a question's lead
    # hold no view
    assert [who for who, _ in speakers(tmp_path, script(CALL))] == [
        "周岚",
        "周岚",
        "陆承远",
        "提问者A",
        "周岚",
        "周岚",
    ]


NOTES = (
    "# 美方拟收紧芯片出口规则\n\n"
    "> 【批注 周敏】标题党，改。\n\n"
    "本报记者 韩亦舟 综合报道\n\n"
    "分析人士认为，这一新规短期内会压制国产算力链的估值。\n\n"
    "> 【批注 周敏】这句要有出处。\n\n"
    "我们认为长期看国产替代的方向不会改变。\n"
)


def test_an_editors_bracketed_notes_that_come_back_hand_no_turn_over(tmp_path):
    found = turns(tmp_path, NOTES, "draft.md")
    assert "周敏" not in found and found[-1] == "author"


POSTS = (
    "韩国存储芯片ETF讨论区\n\n"
    "存储老周\n今天 09:05 · 来自雪球 · 长文\n"
    "我的核心观点：这一轮存储上行靠的是供给收缩，涨价周期至少还有两个季度。\n\n"
    "北纬看空派 专栏作者\n今天 11:02 · 来自Android\n"
    "存储是最典型的周期行业，明年新产能释放后合约价大概率掉头向下。\n\n"
    "首尔大叔\n昨天 22:48 · 来自雪球\n"
    "韩国散户今年对存储股特别狂热，这往往不是好信号。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_name_over_its_posts_time_and_where_it_was_sent_from_writes_the_post(tmp_path, script):
    # the site's badge after the name ("专栏作者") is no part of it; the first post's header, in the page's head,
    # is the thread's own voice
    assert turns(tmp_path, script(POSTS)) == [
        "author",
        "北纬看空派",
        "首尔大叔",
    ]


DCARD = (
    "#请益 存了40万，该买ETF还是比特币？\n匿名 · 某科技大学\n\n"
    "我觉得台股现在已经在高档了，这时候进场很容易套牢。\n\n"
    "B1 · 某某大学 · 阿凯定期定额\n新手就是市值型ETF定期定额，高股息的长期总报酬打不过市值型。\n"
    "爱心 146 · 4月12日 23:02\n\n"
    "B2 · 某金控 员工 · 理专下班了\n如果美国科技股修正，台股跟着回档一到两成都很正常。\n\n"
    "B3 · 匿名\n比特币迟早归零，别碰。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_floor_then_where_the_replier_is_from_then_their_handle_names_the_replier(tmp_path, script):
    found = turns(tmp_path, script(DCARD))
    assert found[1:] == ["阿凯定期定额", "理专下班了", "unnamed"]


VIDEO_COMMENTS = (
    "金价冲上新高，还能追吗？\n@老钱聊财经　粉丝286万\n\n"
    "作者文案：短期涨得太急，现在追高的性价比不高。\n\n"
    "全部评论（6432）　按热度排序\n\n"
    "阿哲不炒股\n金价肯定还会涨，美元迟早要贬\n10-21 · 广东　❤ 2.3万　回复\n\n"
    "老钱聊财经（作者）\n置顶｜补充一下：纯投资的话不建议买首饰，积存金和ETF更合适。\n10-21 · 浙江　❤ 9,876　回复\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_comment_under_its_writers_name_with_a_reply_button_after_its_likes_is_theirs(tmp_path, script):
    # the video's writer's own comment, by their badge, is the article's voice; its pin tag names no one
    assert [who for who, _ in speakers(tmp_path, script(VIDEO_COMMENTS))][-2:] == ["阿哲不炒股", "author"]


ANSWER_PAGE = (
    "# AI股是不是泡沫？\n\n"
    "我认为整体不算泡沫，但AI应用软件的估值已经很贵了。\n\n"
    "*编辑于 2026-11-17 09:12*\n\n"
    "赞同 2.3万 · 1846 条评论 · 收藏 · 分享\n\n"
    "## 评论区\n\n"
    "**深海鲸落**\n拥挤度到了这个位置，之后大概率还会回撤两成。\n11-16 · 赞 812 · 回复\n\n"
    "**老K在路上**（作者）\n回复 @深海鲸落：拥挤不等于见顶，只是赔率变差了。\n11-16 · 赞 540 · 回复\n\n"
    "**不吃香菜的基金经理**\n明年行业扩产太猛，利润率至少掉一半。\n11-17 · 赞 367 · 回复\n"
)


def test_an_answers_edit_time_names_no_one_and_its_comments_under_bold_names_are_theirs(tmp_path):
    assert turns(tmp_path, ANSWER_PAGE, "answer.md") == ["author", "深海鲸落", "author", "不吃香菜的基金经理"]


PARTNERS_CHAT = (
    "微信聊天记录\n群聊：「模型层闭门会」(86)\n导出时间：2026/03/22 23:58\n\n"
    "2026/03/22 21:03\n张以恒-启澜资本：\n210亿的估值，收入今年能到多少？我听到的数是不到3个亿\n\n"
    "2026/03/22 21:05\n邱蔓@北辰创投：\n[语音 0:52] 转文字：这个价格我觉得已经完全脱离基本面了。\n\n"
    "2026/03/22 21:08\n周启明 | 钧和资本：\n我判断两年之内国内基础模型公司会收敛到三家左右。\n\n"
    "2026/03/22 21:10\n张以恒-启澜资本：\n同意一半，生态这块是有价值的\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_chat_exports_sender_under_a_time_shown_with_their_firm_is_the_person(tmp_path, script):
    # a voice message's transcription ("转文字：") and the firm after a bar or a dash name no one
    found = turns(tmp_path, script(PARTNERS_CHAT))
    assert found == ["张以恒", "邱蔓", "周启明", "张以恒"]
