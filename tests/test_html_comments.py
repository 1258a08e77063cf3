"""Readers' comments below a saved web page's story: each read as its writer's name, a colon and its words under the
section's heading, times, likes and buttons left out; a reply nested in a comment after it. A page whose comments the
main text already holds, or with no section of comments alike, reads as before."""

from __future__ import annotations

import lxml.html
import pytest

from pipeline.extraction.claims import article_claims
from pipeline.extraction.html_comments import with_comments
from pipeline.extraction.script import to_simplified, to_traditional
from tests.test_ingest_formats import ingest

STORY = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>铜价再创新高</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/stock">股票</a></div>
<div class="article"><h1>铜价再创新高</h1>
<p>伦敦铜价本周上涨4.2%，收于每吨一万一千二百美元，创下历史新高。</p>
<p>某某期货研究员周立行认为，矿端供应偏紧的格局明年仍难缓解，铜价中枢还会上移。</p>
<p>也有分析人士指出，下游需求已经明显放缓，高铜价的持续性存疑。</p></div>
{comments}
<div class="footer">关于我们 | 联系我们 | 京ICP备00000001号</div></body></html>"""

COMMENTS = """<div class="comment-list" id="comments"><h3>网友评论（58）</h3>
<div class="cmt-item"><span class="uname">铜博士</span><span class="ctime">11-26 09:41</span>
<p>矿山品位年年下降，我判断铜价明年还要涨两成。</p><span class="zan">赞 214</span></div>
<div class="cmt-item"><span class="uname">路过的老韭菜</span><span class="ctime">11-26 09:52</span>
<p>涨成这样还追就是接盘，铜价年底前会回落。</p><span class="zan">赞 87</span>
<div class="cmt-item reply"><span class="uname">铜博士</span><span class="ctime">11-26 10:07</span>
<p>回复@路过的老韭菜：供需缺口是实打实的，回调就是机会。</p><span class="zan">赞 12</span></div></div>
<div class="cmt-item"><span class="uname">今天也要早睡</span><span class="ctime">11-26 10:30</span><p>看完了</p></div>
</div>"""

# a repost list and comments of a microblog's page: the words after the name's link and a colon, no paragraph
REPOSTS = """<div class="repost-list"><h3>转发 1286</h3>
<div class="repost"><a class="name" href="/u/1">财经夜航船</a>：我认为铜价明年还会创新高。//<a>@某某财经</a>
<span class="time">3-24 22:40</span> <span class="like">赞 212</span></div>
<div class="repost"><a class="name" href="/u/2">半山观潮</a>：马克一下 <span class="time">3-24 23:05</span></div>
</div>"""

# a portal's comments whose writers' class is a letter ("u"), its heading counting them in brackets, a time whose class
# says nothing of time after the words
SHORT_CLASS = """<div class="comments"><h3>网友评论（共 2 条）</h3>
<div class="cmt"><span class="u">老金不卖</span> <span class="t">2小时前</span><p>铜价回调就是上车机会，拿住别动。</p>
<span class="op">赞(86) 回复(12)</span></div>
<div class="cmt"><span class="u">理性看客</span>：现在追进去大概率站岗。
<span class="S_txt2">11月19日 23:12</span></div></div>"""

# an answer's comments as Zhihu shows them: no heading, the words after the name's span, a reply naming whom it answers
ANSWER_COMMENTS = """<div class="Comments">
<div class="CommentItem"><span class="UserLink">铜博士</span>：矿山品位年年下降，我判断铜价明年还要涨两成。
<span class="CommentItem-meta">11-26 · 上海 · 赞 56</span></div>
<div class="CommentItem"><span class="UserLink">某某期货</span>（作者） 回复
<span class="UserLink">铜博士</span>：需求已经放缓，铜价年底前会回落。
<span class="CommentItem-meta">11-26 · 浙江 · 赞 64</span></div>
</div>"""

# a stock page's comments under a post: the writer's name in bold before a colon, no class naming it
BOLD_NAMES = """<div class="comments">
<div class="comment"><b>铜价观察员</b>：回复@老刘：库存连降三周，铜价还有上行空间。 <span class="c-time">10:25</span>
<span class="c-like">赞 17</span></div>
<div class="comment"><b>老刘</b>：涨多了总要歇一歇，追高不划算。 <span class="c-time">10:31</span></div>
</div>"""

# a forum's replies: a header holding the writer's nickname, floor, time and place, the words, a footer of buttons,
# and the poster's reply nested under another class, its badge in a tag of its own
NESTED_HEADER = """<div class="reply_list">
<div class="reply_item"><div class="reply_user"><span class="nickname">矿山老兵</span> <span class="floor">1楼</span>
<span class="time">2026-05-02 21:15</span> <span class="ip">来自 云南</span></div>
<div class="reply_text">铜矿扩产周期长，三年内供给都紧。</div>
<div class="reply_foot"><span class="like">赞 67</span> <span class="reply">回复 12</span></div>
<div class="sub_reply"><span class="nickname">铜价观察员</span><span class="tag">楼主</span> 回复
<span class="nickname">矿山老兵</span>：同意，但需求端也在放缓。<span class="time">21:30</span></div></div>
<div class="reply_item"><div class="reply_user"><span class="nickname">短线客</span> <span class="floor">2楼</span>
<span class="time">2026-05-02 21:41</span> <span class="ip">来自 上海</span></div>
<div class="reply_text">明天大概率高开低走。</div></div>
</div>"""


@pytest.mark.parametrize("script", [to_simplified, to_traditional], ids=["simplified", "traditional"])
@pytest.mark.parametrize(
    "comments, lines",
    [
        (
            COMMENTS,
            [
                "网友评论（58）",
                "铜博士：矿山品位年年下降，我判断铜价明年还要涨两成。",
                "路过的老韭菜：涨成这样还追就是接盘，铜价年底前会回落。",
                "铜博士 回复@路过的老韭菜：供需缺口是实打实的，回调就是机会。",
                "今天也要早睡：看完了",
            ],
        ),
        (REPOSTS, ["转发 1286", "财经夜航船：我认为铜价明年还会创新高。//@某某财经", "半山观潮：马克一下"]),
        (
            ANSWER_COMMENTS,
            [
                "评论",
                "铜博士：矿山品位年年下降，我判断铜价明年还要涨两成。",
                "某某期货（作者） 回复 铜博士：需求已经放缓，铜价年底前会回落。",
            ],
        ),
        (
            SHORT_CLASS,
            ["网友评论（共 2 条）", "老金不卖：铜价回调就是上车机会，拿住别动。", "理性看客：现在追进去大概率站岗。"],
        ),
        (
            BOLD_NAMES,
            ["评论", "铜价观察员 回复@老刘：库存连降三周，铜价还有上行空间。", "老刘：涨多了总要歇一歇，追高不划算。"],
        ),
        (
            NESTED_HEADER,
            [
                "评论",
                "矿山老兵：铜矿扩产周期长，三年内供给都紧。",
                "铜价观察员（楼主） 回复 矿山老兵：同意，但需求端也在放缓。",
                "短线客：明天大概率高开低走。",
            ],
        ),
    ],
    ids=["comments", "reposts", "answer-comments", "short-class", "bold-names", "nested-header"],
)
def test_each_comment_is_a_line_of_its_writers_name_and_words(tmp_path, script, comments, lines):
    article = ingest(tmp_path, "page.html", script(STORY.format(comments=comments)))
    text = article.text_original
    assert "周立行认为" in to_simplified(text)  # the story as before, then its comments
    assert text.endswith("\n" + "\n".join(script(line) for line in lines))
    for junk in ("11-26", "赞 214", "3-24", "赞 212", "京ICP"):
        assert junk not in text


@pytest.mark.parametrize("script", [to_simplified, to_traditional], ids=["simplified", "traditional"])
def test_the_comments_views_are_their_writers(tmp_path, script):
    article = ingest(tmp_path, "page.html", script(STORY.format(comments=COMMENTS)))
    claims = article_claims(article.text_original, article.text_simplified)
    def speaker(words: str) -> str:
        return next(c.speaker for c in claims if words in to_simplified(c.text))

    assert speaker("我判断铜价明年还要涨两成") == "铜博士"  # a handle of a title's shape (博士) is a commenter's
    assert speaker("供需缺口是实打实的") == "铜博士"
    assert speaker("铜价年底前会回落") == "路过的老韭菜"
    assert speaker("矿端供应偏紧的格局明年仍难缓解") == "周立行"


@pytest.mark.parametrize("script", [to_simplified, to_traditional], ids=["simplified", "traditional"])
def test_comments_under_no_heading_are_their_writers_and_the_writers_reply_the_authors(tmp_path, script):
    article = ingest(tmp_path, "page.html", script(STORY.format(comments=ANSWER_COMMENTS)))
    claims = article_claims(article.text_original, article.text_simplified)
    speakers = {to_simplified(c.text): c.speaker for c in claims}
    assert speakers["矿山品位年年下降，我判断铜价明年还要涨两成"] == "铜博士"
    assert next(v for k, v in speakers.items() if "铜价年底前会回落" in k) == "author"
    assert not any("回复" in k or "铜博士：" in k for k in speakers)


@pytest.mark.parametrize(
    "comments",
    [
        # one comment alone is no section of comments alike
        """<div class="comments"><div class="cmt"><span class="user">铜博士</span><p>铜价还要涨。</p></div></div>""",
        # items that name no writer: a list of related links
        """<div class="comments-related"><div class="item"><a href="/1">金价再创新高</a></div>
<div class="item"><a href="/2">银价跟涨</a></div></div>""",
        # a section of no comments (its class and id say nothing of comments)
        """<div class="related"><div class="card"><span class="author">某某财经</span><p>金价再创新高。</p></div>
<div class="card"><span class="author">某某财经</span><p>银价跟涨。</p></div></div>""",
    ],
    ids=["one-comment", "no-names", "no-comments-section"],
)
def test_no_section_of_comments_alike_adds_nothing(comments):
    tree = lxml.html.fromstring(STORY.format(comments=comments))
    assert with_comments(tree, "铜价再创新高。") == "铜价再创新高。"


def test_comments_the_main_text_holds_as_lines_are_labelled_there_under_the_heading():
    tree = lxml.html.fromstring(STORY.format(comments=COMMENTS))
    kept = "\n".join(
        [
            "铜价再创新高。",
            "矿山品位年年下降，我判断铜价明年还要涨两成。",
            "赞 214",
            "涨成这样还追就是接盘，铜价年底前会回落。",
        ]
    )
    assert with_comments(tree, kept).split("\n") == [
        "铜价再创新高。",
        "网友评论（58）",
        "铜博士：矿山品位年年下降，我判断铜价明年还要涨两成。",
        "赞 214",
        "路过的老韭菜：涨成这样还追就是接盘，铜价年底前会回落。",
        "网友评论（58）",  # those it does not hold come after it, under the heading again
        "铜博士 回复@路过的老韭菜：供需缺口是实打实的，回调就是机会。",
        "今天也要早睡：看完了",
    ]


def test_a_comment_the_main_text_holds_within_a_line_is_not_read_twice():
    tree = lxml.html.fromstring(STORY.format(comments=COMMENTS))
    kept = "网友说：矿山品位年年下降，我判断铜价明年还要涨两成。"
    assert "矿山品位" not in with_comments(tree, kept)[len(kept) :]


# a stock forum's thread: the poster's story, then floors whose headers (floor, handle, badge, time) trafilatura
# drops while it keeps their words; the poster's own replies carry its badge
THREAD = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>铜价见底了吗</title></head><body>
<div class="post"><h1>铜价见底了吗？说说我对某某铜业的看法</h1>
<div class="post-meta"><span class="floor">楼主</span> <a class="user">江边老股民</a>
<span class="time">2025-11-06</span></div>
<div class="post-body"><p>持有这票两年了，今天认真写点东西。</p>
<p>先说数据：铜精矿加工费上周又降了两成，冶炼厂开工率明显下滑。</p>
<p>再说公司：三季报营收23.4亿元，同比下降31%，归母净利润亏损1.2亿元。</p>
<p>我个人认为铜价已经跌到了大部分矿山的现金成本线附近，再往下跌的空间不大了。</p>
<p>明年新产线投产，出货量有望翻倍，单位成本还能再降一截。</p></div></div>
<div class="reply-list">
<div class="reply"><div class="reply-meta"><span class="floor">2楼</span> <a class="user">韭菜也有春天</a>
<span class="time">2025-11-06 21:26</span></div>
<div class="reply-body">楼主太乐观了，海外几个矿山还在按原计划扩产，铜价明年大概率还要再探底一次。</div>
<div class="reply-tools">赞(58) 回复</div></div>
<div class="reply"><div class="reply-meta"><span class="floor">3楼</span> <a class="user">江边老股民</a>
<span class="tag">楼主</span> <span class="time">2025-11-06 21:40</span></div>
<div class="reply-body">回复 <a>@韭菜也有春天</a>：海外矿山今年已经有两家宣布减产了，供给收缩比你想的要快。</div>
<div class="reply-tools">赞(33) 回复</div></div>
<div class="reply"><div class="reply-meta"><span class="floor">4楼</span> <a class="user">价值投资老王</a>
<span class="time">2025-11-06 22:03</span></div>
<div class="reply-body">现在1.1倍PB已经接近上市以来的底部区域，但是别指望一年翻倍，耐心不够的别进。</div>
<div class="reply-tools">赞(74) 回复</div></div>
</div></body></html>"""


@pytest.mark.parametrize("script", [to_simplified, to_traditional], ids=["simplified", "traditional"])
def test_a_threads_floors_are_their_repliers_and_the_posters_replies_and_topics_the_authors(tmp_path, script):
    article = ingest(tmp_path, "thread.html", script(THREAD))
    claims = article_claims(article.text_original, article.text_simplified)

    def speaker(words: str) -> str:
        return next(c.speaker for c in claims if words in to_simplified(c.text))

    assert speaker("再往下跌的空间不大了") == "author"
    assert speaker("出货量有望翻倍") == "author"  # after "再说公司：", a turn to the next topic, no speaker's label
    assert speaker("铜价明年大概率还要再探底一次") == "韭菜也有春天"
    assert speaker("供给收缩比你想的要快") == "author"  # the poster's reply, by its badge
    assert speaker("别指望一年翻倍") == "价值投资老王"
