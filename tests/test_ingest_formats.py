"""Articles as people save them (exported Markdown posts, full web pages, PDF notes) read end to end:
exact title, author and source, date and its origin, no junk in any sentence, every span in text_original."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from pipeline.extraction import keyphrases
from pipeline.extraction.ingest import read_article
from pipeline.extraction.records import Article, Refusal
from pipeline.extraction.script import to_simplified, to_traditional
from pipeline.extraction.sentences import split_sentences
from tests.folder_reading import read_folder
from tests.pdf_maker import make_pdf
from tests.post_exports import COVER, CSS, IMAGE, junk_in, wechat_export

TITLE = "降息周期下的资产配置：债券还是黄金？"
PARAGRAPHS = [
    "美联储在一月会议上维持利率不变，市场对三月降息的押注升至六成，美元指数随之走弱。",
    "债券收益率\\_曲线\\_出现陡峭化，十年期国债收益率回落至4.1%，而两年期收益率下行更快。",
    "黄金价格再创新高，央行购金和实际利率下行共同推动了这轮上涨\\(见图\\)。",
]
KEPT = [p.replace("\\", "") for p in PARAGRAPHS]
FILE_TIME = 1_700_000_000  # 2023-11-14


def ingest(folder: Path, name: str, content: str | bytes) -> Article | Refusal:
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    os.utime(path, (FILE_TIME, FILE_TIME))
    return read_article(path, folder)


def assert_clean(article: Article) -> None:
    sentences = split_sentences(article.text_original, article.text_simplified)
    assert sentences
    for sentence in sentences:
        assert article.text_original[sentence.start : sentence.end] == sentence.text
        assert junk_in(sentence.text) is None, sentence.text


@pytest.mark.parametrize(
    ("options", "front_matter", "expected"),
    [
        ({}, "", (TITLE, "周明远", "松涛研究所", date(2026, 1, 29), "text")),
        ({"setext": False}, "", (TITLE, "周明远", "松涛研究所", date(2026, 1, 29), "text")),
        ({"origin": None}, "", (TITLE, "周明远", "远山宏观笔记", date(2026, 1, 29), "text")),
        (
            {"dateline": "_1月29日_", "origin": None},
            "",
            (TITLE, "周明远", "远山宏观笔记", date(2023, 1, 29), "text_year_from_file_time"),
        ),
        ({"dateline": "1月29日"}, "", (TITLE, "周明远", "松涛研究所", date(2023, 1, 29), "text_year_from_file_time")),
        (
            {},
            "---\ntitle: 前置元数据里的标题\npublished: 2026-02-01\n---\n",
            ("前置元数据里的标题", "周明远", "松涛研究所", date(2026, 2, 1), "front_matter"),
        ),
    ],
    ids=["setext", "atx", "own-post", "month-day", "month-day-plain", "front-matter-wins"],
)
def test_an_exported_post(tmp_path, options, front_matter, expected):
    article = ingest(tmp_path, "post.md", front_matter + wechat_export(TITLE, PARAGRAPHS, **options))
    assert isinstance(article, Article), article
    assert (article.title, article.author, article.source, article.published, article.published_from) == expected
    assert article.text_original.split("\n\n")[-len(KEPT) :] == KEPT
    assert_clean(article)


def test_a_month_day_takes_the_year_of_the_texts_dates(tmp_path):
    paragraphs = [*PARAGRAPHS, "回顾2025年12月10日的议息会议，当时的点阵图显示今年还有两次降息。"]
    article = ingest(tmp_path, "post.md", wechat_export(TITLE, paragraphs, dateline="1月29日"))
    assert (article.published, article.published_from) == (date(2025, 1, 29), "text_year_from_text")


def test_an_unknown_date_stays_null(tmp_path):
    article = ingest(tmp_path, "post.md", wechat_export(TITLE, PARAGRAPHS, dateline="浙江"))
    assert (article.published, article.published_from) == (None, None)


@pytest.mark.parametrize(
    "content",
    [
        CSS + "\n",
        f"{CSS}\n\n{COVER}\n\n[阅读原文](https://mp.weixin.qq.com/s/abc)\n",
        f"{COVER}\n\n{IMAGE}\n\n往期推荐\n\n[甲](https://e.com/1)\n\n知道了\n",
    ],
    ids=["css-only", "css-cover-link", "images-and-furniture"],
)
def test_a_file_with_no_article_is_refused(tmp_path, content):
    refusal = ingest(tmp_path, "junk.md", content)
    assert refusal == Refusal("junk.md", "no article text is left once site boilerplate is removed")


PAGE = f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>{TITLE} - 远山财经网</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="远山财经网">
<meta name="author" content="周明远">
<meta property="article:published_time" content="2026-01-29T20:15:00+08:00">
<style>.nav {{ color: #333; }}</style>
</head><body>
<header><nav><a href="/">首页</a> <a href="/macro">宏观频道</a> <a href="/gold">黄金频道</a></nav></header>
<main><article>
<h1>{TITLE}</h1>
<div class="meta">周明远 2026-01-29 20:15</div>
{"".join(f"<p>{p}</p>" for p in KEPT)}
</article>
<section class="comments"><h3>网友评论</h3><p>评论区的留言：写得好！</p></section>
<aside class="related"><h3>相关阅读</h3><ul>
<li><a href="/a">相关链接之一</a></li><li><a href="/b">相关链接之二</a></li></ul></aside>
</main>
<footer>版权所有 远山财经网 京ICP备12345678号</footer>
</body></html>
"""


def test_a_saved_web_page(tmp_path):
    article = ingest(tmp_path, "page.html", PAGE)
    assert (article.title, article.author, article.source, article.published, article.published_from) == (
        TITLE,
        "周明远",
        "远山财经网",
        date(2026, 1, 29),
        "html",
    )
    for word in ("首页", "宏观频道", "评论区", "相关链接", "ICP"):
        assert word not in article.text_original
    assert all(p in article.text_original for p in KEPT)
    assert_clean(article)


def test_a_pdf_note(tmp_path):
    pages = [[TITLE, "2026年01月29日", KEPT[0]], [KEPT[1], KEPT[2]], ["免责声明：本报告仅供本公司客户使用。"]]
    path = make_pdf(tmp_path / "note.pdf", pages, author="周明远")
    article = read_article(path, tmp_path)
    assert (article.title, article.author, article.published, article.published_from) == (
        TITLE,
        "周明远",
        date(2026, 1, 29),
        "text",
    )
    assert article.text_original.split("\n\n") == [TITLE, *KEPT]
    assert_clean(article)


def test_pdf_metadata_dates_a_note(tmp_path):
    path = make_pdf(tmp_path / "note.pdf", [[TITLE, KEPT[0]], [KEPT[1]]], created="20260130")
    article = read_article(path, tmp_path)
    assert (article.published, article.published_from, article.encoding) == (date(2026, 1, 30), "pdf", "pdf")


def test_an_exported_post_and_its_plain_text_are_one_article(tmp_path):
    """Once its junk is gone, an export holds the same text as the post typed out plainly."""
    post = ingest(tmp_path, "post.md", wechat_export(TITLE, PARAGRAPHS))
    plain = ingest(tmp_path, "post.txt", "\n\n".join([TITLE, *KEPT]) + "\n")
    assert post.article_id == plain.article_id


def test_every_format_in_one_folder(tmp_path):
    ingest(tmp_path, "a.md", wechat_export(TITLE, PARAGRAPHS))
    ingest(tmp_path, "b.html", PAGE.replace(KEPT[0], "网页版的第一段不同，美元指数随之走弱。"))
    make_pdf(tmp_path / "c.pdf", [[TITLE, KEPT[0]], [KEPT[2]]])
    ingest(tmp_path, "d.md", CSS)
    corpus = read_folder(tmp_path)
    assert [(r.file_name, type(r).__name__) for r in corpus.results] == [
        ("a.md", "Article"),
        ("b.html", "Article"),
        ("c.pdf", "Article"),
        ("d.md", "Refusal"),
    ]


MARKUP_WORDS = ["javascript", "void", "pdf", "word", "png", "jpeg", "wx_fmt", "mmbiz", "http", "css", "gh_3f2a9c1b7d"]


def test_markup_words_never_become_candidate_narratives():
    """Even a sentence that keeps some markup yields no markup word as a theme."""
    texts = [
        "点击javascript void链接下载pdf和word版本，图片为png与jpeg格式，wx_fmt参数来自mmbiz。",
        "账号gh_3f2a9c1b7d发布的http链接和css样式都不是主题，稀土出口管制才是。",
    ]
    words = keyphrases.uncovered_terms(texts, set())
    assert words, "the texts hold candidate words"
    assert not [w for w in words if w in MARKUP_WORDS]


def test_an_exported_post_yields_no_markup_candidates(tmp_path):
    article = ingest(tmp_path, "post.md", wechat_export(TITLE, PARAGRAPHS))
    words = keyphrases.uncovered_terms(
        [s.text for s in split_sentences(article.text_original, article.text_simplified)], set()
    )
    assert not [w for w in words if w in MARKUP_WORDS or junk_in(w)]


def test_article_rows_of_every_format_match_their_model(tmp_path):
    """The Article record and the articles model list the same columns, and real rows pass it."""
    from pipeline.defs.corpus import article_frame
    from schemas.articles import ArticlesSchema

    articles = [
        ingest(tmp_path, "a.md", wechat_export(TITLE, PARAGRAPHS)),
        ingest(tmp_path, "b.html", PAGE),
        read_article(make_pdf(tmp_path / "c.pdf", [[TITLE, KEPT[0]]], created="20260130"), tmp_path),
        ingest(tmp_path, "d.txt", "\n\n".join([TITLE, *KEPT[:2]])),
    ]
    frame = article_frame(articles)
    assert list(frame.columns) == list(ArticlesSchema.to_schema().columns)
    validated = ArticlesSchema.validate(frame)
    assert validated["published_from"].fillna("—").tolist() == ["text", "html", "pdf", "—"]


def test_a_date_without_its_source_fails_the_model(tmp_path):
    import pandera.errors

    from pipeline.defs.corpus import article_frame
    from schemas.articles import ArticlesSchema

    frame = article_frame([ingest(tmp_path, "a.md", wechat_export(TITLE, PARAGRAPHS))]).assign(published_from=None)
    with pytest.raises(pandera.errors.SchemaError, match="published_from is given exactly when published is"):
        ArticlesSchema.validate(frame)


@pytest.mark.parametrize(
    ("content", "refused"),
    [
        (("[" * 999 + "\n") * 20, True),
        (("![图](" * 100 + "\n") * 40, True),
        ("\n\n".join([*PARAGRAPHS] * 60) + "\n\n" + ("[链接](https://e.com/a) " * 10 + "\n\n") * 40, False),
        ("[[[" + "\n\n".join(KEPT), False),  # short: judged on what is left of it
    ],
    ids=["brackets", "image-openings", "link-heavy-post", "short"],
)
def test_a_long_text_of_markup_characters_is_refused_before_parsing(tmp_path, content, refused):
    result = ingest(tmp_path, "x.md", content)
    assert isinstance(result, Refusal) == refused
    if refused:
        assert "markup characters" in result.reason and "over the limit of 50 %" in result.reason



def test_a_markdown_file_of_one_email_field_is_read_whole(tmp_path):
    # an email's field alone (**From:** …): the pick of a title among head lines found none and used to crash
    path = tmp_path / "forward.md"
    path.write_text("**From:** Hengchuan Research <research@hengchuan.example>", encoding="utf-8")
    article = read_article(path, tmp_path)
    assert article.text_original == "From: Hengchuan Research research@hengchuan.example"


LEAD_PAGE = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>专访某某资本周启明</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/pe/">私募</a></div>
<div class="article"><h1>专访某某资本周启明：明年最大的风险是拥挤</h1>
<div class="{kind}">【导读】某某资本创始人周启明认为，红利资产的拥挤程度已经接近历史高位，明年要警惕风格切换。</div>
<div class="content"><p>某某资本成立于2014年，是国内较早以宏观对冲为主策略的私募机构之一，目前管理规模约62亿元。</p>
<p>近日，本网记者在上海对周启明进行了专访，以下为访谈内容。</p>
<p>记者：您怎么看当前的市场位置？</p>
<p>周启明：我觉得现在的市场处在估值修复走完一半的阶段，反弹能不能持续要打个问号。</p>
<p>周启明：明年最大的风险不是衰退，而是拥挤，一旦风格切换，踩踏会非常剧烈。</p></div></div>
<div class="footer">关于我们 | 联系我们</div></body></html>"""


@pytest.mark.parametrize("script", [to_simplified, to_traditional], ids=["simplified", "traditional"])
@pytest.mark.parametrize("kind", ["summary", "article-lead", "daodu"])
def test_a_pages_summary_over_its_story_is_read_first(tmp_path, script, kind):
    article = ingest(tmp_path, "page.html", script(LEAD_PAGE.format(kind=kind)))
    lines = to_simplified(article.text_original).split("\n")
    marked = kind != "daodu"  # a class that says nothing of a summary marks none
    assert lines[0].startswith("【导读】某某资本创始人周启明认为") == marked
    assert sum("红利资产的拥挤程度" in line for line in lines) == int(marked)
