"""Site generation pieces: escaping, number display, charts, article text rendering."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import duckdb
import markdown
import pandas as pd
import pytest

from pipeline.sitegen.article_pages import render_text
from pipeline.sitegen.charts import LOG_SPREAD, Bar, range_bars
from pipeline.sitegen.labels import DATE_SOURCE_ZH, FIELDS, FORMAT_ZH, ORIGIN_ZH, UNIT_ZH, label_css, speaker_label
from schemas.common import DATE_SOURCES, FILE_FORMATS, NARRATIVE_ORIGINS, UNIT_CODES
from pipeline.sitegen.ledger import TITLE_MAX_CHARS, site_title
from pipeline.sitegen.ledger import load as load_ledger
from pipeline.sitegen.html_layout import heading_ids, unindented
from pipeline.sitegen.markup import esc, figure_value, md, number
from pipeline.sitegen.page_shell import plain_title
from pipeline import storage
from schemas import SITE_ORDER

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize(
    "value, shown",
    [
        (8.9e10, "890亿"),
        (1.75e11, "1,750亿"),
        (3.5e12, "3.5万亿"),
        (30000, "3万"),
        (6400, "6,400"),
        (0.5, "0.5"),
        (-2.5e8, "-2.5亿"),
    ],
)
def test_numbers_read_as_a_chinese_reader_writes_them(value, shown):
    assert number(value) == shown


@pytest.mark.parametrize(
    "low, high, unit, shown",
    [
        (1.75e11, 1.85e11, "USD", "1,750亿–1,850亿 美元"),
        (28, 28, "%", "28%"),
        (0.25, 0.25, "pp", "0.25 个百分点"),
        (30000, 30000, "person", "3万 人"),
        (2, 2, "x", "2 倍"),
        (4, 4, "unitless", "4"),
    ],
)
def test_figure_values_carry_readable_units(low, high, unit, shown):
    assert figure_value(low, high, unit) == shown


@pytest.mark.parametrize(
    "raw, escaped",
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('a "quote" & more', "a &quot;quote&quot; &amp; more"),
        (None, ""),
    ],
)
def test_html_escaping(raw, escaped):
    assert esc(raw) == escaped


@pytest.mark.parametrize("raw", ["*粗体*", "[链接](x)", "# 标题", "a|b", "_x_"])
def test_markdown_escaping_leaves_no_active_syntax(raw):
    escaped = md(raw)
    assert all(f"\\{ch}" in escaped for ch in raw if ch in "*[]()#|_")


def _bars(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_range_bars_draw_a_bar_per_range_and_a_dot_per_value():
    svg = range_bars(
        [
            Bar("Alphabet", 1.75e11, 1.85e11, "a.html#f1"),
            Bar("Amazon", 2e11, 2e11, "b.html#f2"),
            Bar("<Meta>", 1.15e11, 1.35e11, "c.html#f3"),
        ],
        "USD",
    )
    root = _bars(svg)
    assert len(root.findall(f".//{SVG}rect")) == 2
    assert len(root.findall(f".//{SVG}circle")) == 1
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert labels[0] == "Amazon"  # largest first
    assert "<Meta>" in labels  # escaped in the markup, restored by the XML parser
    assert "对数" not in svg


def test_range_bars_switch_to_a_log_axis_for_wide_spreads():
    svg = range_bars(
        [Bar("big", 1e12, 1e12, "#"), Bar("small", 1e12 / (LOG_SPREAD * 10), 1e12 / (LOG_SPREAD * 10), "#")], "USD"
    )
    assert "对数坐标" in svg


def test_range_bars_need_a_positive_value():
    assert range_bars([Bar("zero", 0, 0, "#")], "%") == ""


def _rows(frame: pd.DataFrame) -> list:
    return list(frame.itertuples(index=False))


def _claim(start, end, sentence_no=0, speaker="author", stance="bearish", claim_type="judgement", hedge="certain"):
    return {
        "claim_id": f"a:c{start}",
        "article_id": "a",
        "sentence_no": sentence_no,
        "start": start,
        "end": end,
        "speaker": speaker,
        "stance": stance,
        "claim_type": claim_type,
        "hedge": hedge,
    }


def _badges(claim, show_speaker):
    return f'<span class="tags">{claim.speaker if show_speaker else ""}</span>'


def test_article_text_escapes_and_anchors_sentences_and_figures():
    text = "纳指<b>下跌</b>2%。\n电网是瓶颈。"
    sentences = pd.DataFrame({"sentence_no": [0, 1], "start": [0, 15], "end": [14, 21]})
    figures = pd.DataFrame({"start": [11], "end": [13], "low": [2.0], "high": [2.0], "unit": ["%"], "metric": ["跌幅"]})
    claims = pd.DataFrame([_claim(15, 20, sentence_no=1)])
    html = render_text(text, _rows(sentences), _rows(figures), _rows(claims), _badges)
    assert "&lt;b&gt;下跌&lt;/b&gt;" in html and "<b>" not in html
    assert '<mark class="figure" id="f11" title="2% · 跌幅">2%</mark>' in html
    assert 'id="s0"' in html and 'id="s1"' in html
    assert "</p>\n<p>" in html  # the line break between the sentences is a paragraph break
    # The labels are drawn by the stylesheet from the claim's classes, on the badges right after it.
    assert (
        '<span class="claim bearish judgement certain" id="c15">电网是瓶颈</span><span class="tags">author</span>。'
        in html
    )


def test_several_claims_of_a_sentence_each_get_their_span_and_the_speaker_shows_where_it_changes():
    text = "美联储预计降息,高盛认为美股上涨3%,市场会走强。\n电网是瓶颈。"

    def at(part: str) -> tuple[int, int]:
        return text.index(part), text.index(part) + len(part)

    second = text.index("\n") + 1
    sentences = pd.DataFrame({"sentence_no": [0, 1], "start": [0, second], "end": [second - 1, len(text)]})
    figures = pd.DataFrame(
        {"start": [at("3%")[0]], "end": [at("3%")[1]], "low": [3.0], "high": [3.0], "unit": ["%"], "metric": [None]}
    )
    claims = pd.DataFrame(
        [
            _claim(*at("美联储预计降息"), speaker="美联储", claim_type="forecast", hedge="likely"),
            _claim(
                *at("高盛认为美股上涨3"), speaker="高盛", stance="bullish"
            ),  # cuts the figure 3%: widened to hold it
            _claim(*at("市场会走强"), speaker="高盛", stance="bullish", hedge="possible"),
            _claim(*at("电网是瓶颈"), sentence_no=1, speaker="高盛"),  # a new paragraph names its speaker again
        ]
    )
    html = render_text(text, _rows(sentences), _rows(figures), _rows(claims), _badges)
    assert html.count('<span class="claim ') == 4
    assert (
        '<span class="claim bearish forecast likely" id="c0">美联储预计降息</span><span class="tags">美联储</span>,'
        in html
    )
    assert (
        '<span class="claim bullish judgement certain" id="c8">高盛认为美股上涨'
        '<mark class="figure" id="f16" title="3%">3%</mark></span>'
        '<span class="tags">高盛</span>,'
    ) in html
    assert (
        '<span class="claim bullish judgement possible" id="c19">市场会走强</span><span class="tags"></span>。' in html
    )
    assert (
        f'<span class="claim bearish judgement certain" id="c{second}">电网是瓶颈</span>'
        '<span class="tags">高盛</span>。' in html
    )
    assert html.startswith('<p><span id="s0">') and '<span id="s1">' in html


def test_claims_that_overlap_or_leave_their_sentence_are_kept_well_formed():
    text = "甲认为乙会涨。"
    sentences = pd.DataFrame({"sentence_no": [0], "start": [0], "end": [7]})
    claims = pd.DataFrame([_claim(0, 5), _claim(3, 6, stance="bullish"), _claim(4, 40, stance="neutral")])
    html = render_text(text, _rows(sentences), [], _rows(claims), _badges)
    assert html.count('<span class="claim ') == 1  # the ones overlapping the first are not marked
    assert html.count("<span") == html.count("</span>")


@pytest.mark.parametrize("field", list(FIELDS))
def test_every_code_of_a_claim_field_has_one_label_and_a_stylesheet_rule(field):
    _, _, codes, labels = FIELDS[field]
    assert list(labels) == list(codes)
    css = label_css()
    for code, label in labels.items():
        assert f".{code}" in css and label in css


def test_every_unit_code_has_a_label_and_no_label_is_of_an_unknown_code():
    assert list(UNIT_ZH) == UNIT_CODES


def test_every_file_format_and_date_source_has_a_label():
    assert list(FORMAT_ZH) == FILE_FORMATS
    assert list(DATE_SOURCE_ZH) == DATE_SOURCES
    assert list(ORIGIN_ZH) == NARRATIVE_ORIGINS


@pytest.mark.parametrize(
    ("speaker", "byline", "shown"),
    [
        ("author", "三文鱼", "三文鱼"),
        ("author", None, "作者"),
        ("unnamed", "三文鱼", "匿名来源"),
        ("洪灏", "三文鱼", "洪灏"),
    ],
)
def test_speakers_are_shown_as_readers_know_them(speaker, byline, shown):
    assert speaker_label(speaker, byline) == shown


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<div>\n    <p>电网</p>\n\n  </div>", "<div>\n<p>电网</p>\n</div>"),
        (
            "<p>a</p>   \n   <pre>x\n    y</pre>\n  <p>b</p>",
            "<p>a</p>\n<pre>x\n    y</pre>\n<p>b</p>",
        ),  # code keeps its indentation
        ("<span>看 多</span>", "<span>看 多</span>"),  # spaces within a line stay
        ("<p>a" + " " * 5000 + "b</p>", "<p>a" + " " * 5000 + "b</p>"),  # a long run of blanks, read once
        ("<p>a" + " \t" * 2500 + "\n  b</p>", "<p>a\nb</p>"),
        ("<p>a</p>\n<p>b</p>", "<p>a</p>\n<p>b</p>"),  # nothing to take out
        ("<p>a</p>\n\n<p>b</p>", "<p>a</p>\n<p>b</p>"),
        ("<p>电\u3000\n\u3000网</p>", "<p>电\u3000\n网</p>"),  # an ideographic space before a break stays
    ],
)
def test_pages_lose_indentation_but_not_code_or_inline_spaces(html, expected):
    assert unindented(html) == expected


HOSTILE_TITLES = [
    "</title><script>alert('x')</script>纳指",
    '<img src=x onerror="alert(1)">美元',
    "&lt;script&gt;已编码&lt;/script&gt;",
    "&amp;lt;b&amp;gt;双重编码",
    "&#60;svg onload=alert(1)&#62;数字实体",
    "[点我](javascript:alert(1)) *粗* _斜_ `码` \\ # | ~ !",
    "两行\n# 第二行\n---",
    'it\'s "quoted"',
]


@pytest.mark.parametrize("raw", HOSTILE_TITLES)
def test_a_markdown_heading_shows_the_title_as_written(raw):
    """What a reader sees of ``# md(title)`` is the title itself, on one line, with no element but the heading."""
    rendered = markdown.markdown(f"# {md(raw)}", extensions=["md_in_html", "tables", "attr_list"])
    assert rendered.startswith("<h1>") and rendered.endswith("</h1>") and rendered.count("<") == 2
    assert plain_title(rendered) == " ".join(raw.split())


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("&lt;/title&gt;&lt;script&gt;", "</title><script>"),  # entities decoded once
        ("&amp;lt;b&amp;gt;", "&lt;b&gt;"),
        ("<code>x</code> 与  <em>y</em>\n", "x 与 y"),  # markup dropped, white space collapsed
    ],
)
def test_page_titles_become_plain_text(heading, text):
    assert plain_title(heading) == text


@pytest.mark.parametrize(
    "texts",
    [
        ["AI的窄门", "数据点 (3)", "原文"],
        ["3", "数据点 (3)", "原文"],  # a section's id taken by the title
        ["原文", "数据点 (0)", "原文"],  # no Latin letter or digit: no id but a count
        ["Ünïcödé 标题-with_dashes", "数据点 (12)", "原文"],
        ['A & B < C > "D"', "_1", "原文"],
        [HOSTILE_TITLES[5], "数据点 (1)", "原文"],
    ],
)
def test_headings_written_as_html_get_the_ids_markdown_gives_them(texts):
    page = "\n\n".join(f"{'#' if i == 0 else '##'} {md(text)}" for i, text in enumerate(texts))
    rendered = markdown.markdown(page, extensions=["md_in_html", "tables", "attr_list", "toc"])
    assert heading_ids(texts) == re.findall(r'<h[12] id="([^"]*)">', rendered)


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("短标题", "短标题"),
        ("字" * TITLE_MAX_CHARS, "字" * TITLE_MAX_CHARS),
        ("字" * 100_000, "字" * (TITLE_MAX_CHARS - 1) + "…"),
        (None, None),
    ],
)
def test_site_titles_are_clipped(title, shown):
    assert site_title(title) == shown


def test_pages_read_clipped_titles():
    """A 100 KB title is repeated on every row listing its article, and each copy is segmented for search."""
    conn = duckdb.connect()
    for name in SITE_ORDER:
        storage.create_table(conn, name)
    conn.execute("INSERT INTO articles (article_id, title) VALUES ('a', ?), ('b', '短标题')", ["字" * 100_000])
    ledger = load_ledger(conn)
    assert ledger.titles == {"a": "字" * (TITLE_MAX_CHARS - 1) + "…", "b": "短标题"}
