"""Claims in the scorer's format: each quote as the source file shows it, markup and all."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main as ledger_main
from pipeline.extraction.script import to_simplified
from pipeline.extraction.scorer_records import as_in_source, as_written


@pytest.mark.parametrize(
    "source, quote, start, expected",
    [
        # the file holds the quote: itself, the occurrence nearest the hint
        ("铜价将走高。铜价将走高。", "铜价将走高", 0, ("铜价将走高", 0)),
        ("铜价将走高。铜价将走高。", "铜价将走高", 5, ("铜价将走高", 6)),
        # emphasis, code marks and escapes in Markdown
        (
            "先说结论：**我不认为美元会走弱**。",
            "先说结论：我不认为美元会走弱",
            0,
            ("先说结论：**我不认为美元会走弱", 0),
        ),
        (
            "估值*仍然*偏低，`ETF`可以分批买入",
            "估值仍然偏低，ETF可以分批买入",
            0,
            ("估值*仍然*偏低，`ETF`可以分批买入", 0),
        ),
        # tags and entities in HTML; a line break inside the quote's stretch
        (
            "<p>我們認為<b>金價</b>仍有上行空間</p>",
            "我們認為金價仍有上行空間",
            0,
            ("我們認為<b>金價</b>仍有上行空間", 3),
        ),
        ("<p>AI&amp;電力&nbsp;是主線</p>", "AI&電力 是主線", 0, ("AI&amp;電力&nbsp;是主線", 3)),
        ("黄金短期\n仍有上涨空间", "黄金短期仍有上涨空间", 0, ("黄金短期\n仍有上涨空间", 0)),
        # a subtitle file's words across a cue's number and times
        (
            "1\n00:00:01,200 --> 00:00:04,800\n趨勢\n\n2\n00:00:05,000 --> 00:00:09,600\n沒有改變",
            "趨勢 沒有改變",
            0,
            ("趨勢\n\n2\n00:00:05,000 --> 00:00:09,600\n沒有改變", 32),
        ),
        # a table's row read with its cells apart
        ("| 黃金 | 增持 | 央行買盤支持 |", "黃金  增持  央行買盤支持", 0, ("黃金 | 增持 | 央行買盤支持", 2)),
        # not in the file at all: the quote and the hint as they were
        ("完全不同的一段话", "铜价将走高", 4, ("铜价将走高", 4)),
        ("", "", 0, ("", 0)),
    ],
)
def test_a_quote_is_found_as_the_file_shows_it(source, quote, start, expected):
    assert as_in_source(source, quote, start) == expected


def test_ledger_claims_quotes_a_saved_post_as_its_file_shows_it(capsys, tmp_path):
    post = tmp_path / "post.md"
    post.write_text(
        "# 日韩股市的这一波\n\n先说结论：我不认为这是**资金大规模逃离美国**，更像是一次再平衡。\n\n"
        "所以我的建议是，*想参与的朋友可以通过ETF分批上车*。\n",
        encoding="utf-8",
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>金價</title></head><body><article><h1>金價</h1>"
        "<p>筆者認為，<strong>金價的中期上升軌跡難以逆轉</strong>，回調就是買點。</p>"
        "<p>不過，<em>比特幣短期內恐怕仍要尋底</em>。</p></article></body></html>",
        encoding="utf-8",
    )
    assert ledger_main(["claims", str(post), str(page)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["article"] for r in records} == {"post.md", "page.html"}
    for record in records:
        raw = (tmp_path / record["article"]).read_text(encoding="utf-8")
        assert raw[record["start"] : record["end"]] == record["quote"]
    assert any("**" in r["quote"] for r in records)  # a view with a bold phrase is quoted with its marks


@pytest.mark.parametrize(
    "original, name, near, expected",
    [
        # a Traditional article: the name as it writes it
        ("分析師馮志遠表示，集資額有望創新高。", "冯志远", 10, "馮志遠"),
        ("鄭嘉倫指出，金價仍有上行空間。", "郑嘉伦", 6, "鄭嘉倫"),
        # written two ways: the occurrence before the claim, else the nearest after it
        ("顧問 鍾麗華：看好。鐘麗華認為黃金走強。", "钟丽华", 14, "鐘麗華"),
        ("顧問 鍾麗華：看好。鐘麗華認為黃金走強。", "钟丽华", 5, "鍾麗華"),
        ("鍾麗華認為黃金走強，顧問鐘麗華也看好。", "钟丽华", 0, "鍾麗華"),
        # a Simplified article, the guide's two anonymous speakers, a name the text lacks
        ("分析师冯志远表示，集资额有望创新高。", "冯志远", 10, "冯志远"),
        ("市場人士認為，集資額有望創新高。", "unnamed", 8, "unnamed"),
        ("集資額有望創新高。", "author", 0, "author"),
        ("高盛認為集資額有望創新高。", "摩根士丹利", 0, "摩根士丹利"),
    ],
)
def test_a_speaker_is_named_as_the_article_writes_it(original, name, near, expected):
    assert as_written(name, original, to_simplified(original), near) == expected


def test_ledger_claims_names_a_traditional_article_s_speaker_in_its_script(capsys, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("港股新股\n\n瑞信達主管馮志遠表示，明年港股集資額有機會突破三千億港元。\n", encoding="utf-8")
    assert ledger_main(["claims", str(story)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["speaker"] for r in records] == ["馮志遠"]
