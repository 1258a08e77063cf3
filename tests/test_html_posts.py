"""Web pages of several posts side by side (a question's answers, a thread's replies) read whole, each post after the
lines that say whose it is; a news page beside a list of teasers left to trafilatura."""

from __future__ import annotations

import lxml.html
import pytest
import trafilatura

from pipeline.extraction.claims import article_claims
from pipeline.extraction.html_posts import posts_text
from pipeline.extraction.script import to_simplified
from tests.test_ingest_formats import ingest

HEAD = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{title} - 问答社区</title></head><body>
<header><nav><a href="/">首页</a> <a href="/hot">热榜</a> <a href="/login">登录</a></nav></header>"""
FOOT = """<footer><p>社区内容仅代表作者个人观点。 © 问答社区 京ICP备00000001号</p></footer></body></html>"""


def _answer(name: str, bio: str, votes: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<article class="answer-item">
<div class="writer"><a href="/u/{len(name)}">{name}</a><span class="bio">{bio}</span></div>
<div class="votes">{votes}</div>
<div class="content">{body}</div>
<div class="actions">发布于 2027-03-02 · <a>12 条评论</a> · <a>分享</a> · <a>收藏</a></div>
</article>"""


SIMPLIFIED = {
    "title": "铜价还能涨吗？",
    "question": ["手里有一些铜矿股，涨了快一倍。", "现在该止盈还是继续拿？"],
    "answers": [
        ("矿业老兵阿成", "有色行业研究十二年", "2,310 人赞同了该回答",
         ["短期看铜价还有上行空间，库存已经降到五年低位。", "我的建议是先减一半仓位，剩下的设好止损。"]),
        ("宏观小白鼠", "业余投资者", "845 人赞同了该回答",
         ["我觉得铜价明年会回落，新矿山陆续投产。", "追高风险很大，不建议现在加仓。"]),
    ],
}
TRADITIONAL = {
    "title": "台積電還能追嗎？",
    "question": ["持有台積電三年，最近漲太多了。", "請問大家會怎麼操作？"],
    "answers": [
        ("半導體觀察家", "晶圓代工產業分析師", "1,024 人贊同了該回答",
         ["先進製程的需求明年還會成長，股價仍有上漲空間。", "建議拉回再分批布局，不要一次買滿。"]),
        ("存股阿姨", "退休教師", "377 人贊同了該回答",
         ["本益比已經偏高，我認為短期會有修正。", "我會先賣掉三成，等回檔再買回來。"]),
    ],
}


def _qa_page(page: dict) -> str:
    question = "".join(f"<p>{p}</p>" for p in page["question"])
    answers = "".join(_answer(*a) for a in page["answers"])
    return (
        HEAD.format(title=page["title"])
        + f"""<main><div class="question"><h1>{page["title"]}</h1>{question}</div>
<div class="count">2 个回答 · 默认排序</div>{answers}<div class="more"><a href="?p=2">查看全部回答</a></div></main>
<aside><h3>相关问题</h3><ul><li><a href="/q/1">黄金还能买吗？</a></li></ul></aside>"""
        + FOOT
    )


@pytest.mark.parametrize("page", [SIMPLIFIED, TRADITIONAL], ids=["simplified", "traditional"])
def test_every_answer_is_read_after_its_writer(tmp_path, page):
    article = ingest(tmp_path, "qa.html", _qa_page(page))
    text = article.text_original
    kept = page["question"] + [p for answer in page["answers"] for p in answer[3]]
    assert all(p in text for p in kept), text
    for name, bio, votes, paragraphs in page["answers"]:
        # the writer's name on a line of its own, then their bio and the votes, then the answer
        assert f"\n{name}\n{bio}\n{votes}\n{paragraphs[0]}" in text
    for junk in ("首页", "登录", "发布于", "分享", "相关问题", "查看全部", "ICP"):
        assert junk not in text
    assert article.author is None  # the page names no author: the first answer's writer is not the page's
    claims = article_claims(article.text_original, article.text_simplified)
    speakers = {to_simplified(name) for name, *_ in page["answers"]}  # a speaker is named in Simplified
    for name, _, _, paragraphs in page["answers"]:
        theirs = [c for c in claims if any(c.text in p for p in paragraphs)]
        assert theirs and {c.speaker for c in theirs} == {to_simplified(name)}, (name, theirs)
    assert {c.speaker for c in claims} <= speakers | {"author"}


TEASERS = """<main><article class="story"><h1>美元指数跌破一百</h1>
<p>美元指数周三跌破一百关口，创下两年来新低，市场押注美联储六月降息。</p>
<p>分析人士认为，美元短期仍有下行压力，但欧元区经济疲软会限制跌幅。</p></article>
<section class="related"><h3>相关阅读</h3>
<article class="card"><h4><a href="/n/1">日元走强</a></h4><p>日元兑美元升至一百四十，为一年来最强。</p></article>
<article class="card"><h4><a href="/n/2">黄金再创新高</a></h4><p>现货黄金盘中突破每盎司三千二百美元。</p></article>
<article class="card"><h4><a href="/n/3">欧元区通胀回落</a></h4><p>欧元区三月通胀率回落至百分之二点一。</p></article>
</section></main>"""
SIBLING_CARDS = TEASERS.replace('</article>\n<section class="related"><h3>相关阅读</h3>\n', "</article>\n").replace(
    "</section></main>", "</main>"
)


@pytest.mark.parametrize("body", [TEASERS, SIBLING_CARDS], ids=["teasers-apart", "teasers-beside-the-story"])
def test_a_story_beside_teasers_is_no_page_of_posts(body):
    page = HEAD.format(title="美元指数跌破一百") + body + FOOT
    kept = trafilatura.extract(page)
    assert "美元指数周三跌破一百关口" in kept
    assert posts_text(lxml.html.fromstring(page), kept) is None


def test_answers_beside_a_story_they_do_not_hold_are_no_page_of_posts():
    """Posts the page's main text is not in (a thread of replies below a story) are left to trafilatura."""
    page = _qa_page(SIMPLIFIED)
    assert posts_text(lxml.html.fromstring(page), "美元指数周三跌破一百关口，创下两年来新低。") is None
    assert posts_text(lxml.html.fromstring(page), trafilatura.extract(page)) is not None


def _qa_item(asker: str, company: str, code: str, question: str, reply: str) -> str:
    return f"""<div class="qa-item">
<div class="ask"><span class="user">{asker}</span> 向 <a href="/c/{code}">{company}({code})</a> 提问：</div>
<p class="q">{question}</p>
<div class="reply"><span class="replier">{company}</span>：</div>
<p class="a">{reply}</p>
<div class="meta">回复时间：2027-11-17 16:05　<a href="#">赞(86)</a>　<a href="#">分享</a></div>
</div>"""


@pytest.mark.parametrize("script", [to_simplified, lambda text: text.translate(str.maketrans("问复", "問復"))])
def test_a_question_and_answer_platforms_items_are_read_with_who_asks_and_who_replies(tmp_path, script):
    """Posts alike that are no <article>s (<div class="qa-item">): each read whole, the line between its question and
    its reply ("华岳电子：") kept, as is a head's line of words around its links ("X 向 华岳电子(301638) 提问：")."""
    items = [
        ("投资者***63", "华岳电子", "301638", "请问公司订单情况如何？谢谢。", "您好！公司认为，AI服务器需求仍在增长。"),
        ("投资者***22", "川宁新材", "002957", "行业价格战何时结束？", "您好！公司判断，行业格局有望明年改善。"),
    ]
    page = (
        HEAD.format(title="互动问答")
        + '<div class="main"><div class="crumb">当前位置：首页 &gt; 互动问答</div>'
        + "".join(_qa_item(*item) for item in items)
        + "</div>"
        + FOOT
    )
    article = ingest(tmp_path, "qa.html", script(page))
    text = to_simplified(article.text_original)
    for asker, company, code, question, reply in items[1:]:  # (the first's head is the page's, which ingest trims)
        assert f"{asker} 向 {company}({code}) 提问：\n{question}\n{company}：\n{reply}" in text, text
    _, company, _, question, reply = items[0]
    assert f"{question}\n{company}：\n{reply}" in text
    assert "赞(86)" not in text and "分享" not in text
    claims = article_claims(article.text_original, article.text_simplified)
    assert [c.speaker for c in claims] == ["华岳电子", "川宁新材"]
