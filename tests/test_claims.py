"""Claims: which sentences assert, and their type, speaker, hedge, stance and figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extraction.claims import extract_claims, link_figures
from pipeline.extraction.entities import find_mentions, load_gazetteer
from pipeline.extraction.records import Claim, Figure
from pipeline.extraction.script import to_simplified
from pipeline.extraction.sentences import split_sentences

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def claims_of(text: str, author: str | None = None) -> list[Claim]:
    simplified = to_simplified(text)
    entities, mentions = find_mentions(text, simplified, load_gazetteer())
    return extract_claims(split_sentences(text, simplified), mentions, entities, author)


@pytest.mark.parametrize(
    "text, claim_type, speaker, hedge, stance",
    [
        ("高盛首席策略师 John Smith 认为,明年标普500有望再涨一成。", "forecast", "John Smith", "likely", "neutral"),
        ("分析师李四表示,芯片需求依然强劲。", "attribution", "李四", "certain", "bullish"),
        ("由于电力短缺,数据中心建设被迫放缓。", "causal", "author", "certain", "bearish"),
        ("投资者应该卖出软件股,转向防御板块。", "recommendation", "author", "certain", "bearish"),
        ("美联储可能在十二月降息。", "observation", "author", "possible", "neutral"),
        ("预计明年AI资本开支大概率继续扩张。", "forecast", "author", "likely", "bullish"),
        ("黄金价格肯定还会继续上涨。", "forecast", "author", "certain", "bullish"),
        ("英偉達股價大跌,市場擔憂AI泡沫。", "observation", "author", "certain", "bearish"),
        ("市场不会崩溃,流动性依然充裕。", "forecast", "author", "certain", "bullish"),
        ("英伟达上季度营收创下新高。", "observation", "author", "certain", "bullish"),
        ("Bessent也说过:缩表进程需要较长时间。", "attribution", "贝森特", "certain", "neutral"),
        ("微软CEO,爆料说数据中心缺电严重。", "attribution", "微软", "certain", "bearish"),
    ],
)
def test_claim_attributes(text, claim_type, speaker, hedge, stance):
    [claim] = claims_of(text)
    assert (claim.claim_type, claim.speaker, claim.hedge, claim.stance) == (claim_type, speaker, hedge, stance)
    assert (claim.start, claim.end, claim.text) == (0, len(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "页: [1]",
        "[1]",
        "读者评论",
        "【声明】",
        "京公网安备 11011402013531号",
        "京公網安備 11011402013531號",
        "![](https://example.com/chart.png)",
        "1. 本站所刊载文章仅代表作者观点,本站不为其版权负责。",
        "相关阅读：AI泡沫何时破裂",
        "作者:张三",
        "您觉得明年市场会怎么走?",  # a question to the audience
        "AI 供应链的集中风险",  # a heading: no closing punctuation, short
        "周末一起去公园散步吧。",  # no market content
        "太好了!",  # too short
    ],
)
def test_junk_and_non_assertions_are_not_claims(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "author, expected", [(None, "author"), ("", "author"), ("王五", "王五"), ("劉煜輝", "劉煜輝")]
)
def test_unattributed_claims_belong_to_the_author(author, expected):
    [claim] = claims_of("美股估值偏高,资金开始流出。", author)
    assert claim.speaker == expected


@pytest.mark.parametrize(
    "text, speakers",
    [
        # A pronoun with a speech cue points back to the paragraph's speaker.
        ("分析师赵六认为芯片股被高估。他还说,存储价格将回落。", ["赵六", "赵六"]),
        # A sentence after a semicolon continues its predecessor's speaker.
        ("策略师 Ann Lee 上调目标,理由有二:盈利强劲;估值仍有吸引力。", ["Ann Lee", "Ann Lee"]),
        # A new paragraph starts afresh.
        ("分析师赵六认为芯片股被高估。\n他还说,存储价格将回落。", ["赵六", "author"]),
        # An organisation acting is news, not a view: no speaker.
        ("CME上调了白银期货保证金。", ["author"]),
    ],
)
def test_speaker_carries_within_a_paragraph(text, speakers):
    assert [c.speaker for c in claims_of(text)] == speakers


@pytest.mark.parametrize(
    "claim_spans, figure_spans, expected",
    [
        ([(0, 10), (10, 20)], [(2, 4), (12, 15), (9, 11)], [(0, 0), (1, 1)]),  # (9, 11) straddles both
        ([(0, 10)], [], []),
        ([], [(1, 2)], []),
        ([(5, 9)], [(5, 9), (4, 6), (8, 10)], [(0, 0)]),
    ],
)
def test_link_figures_by_span_containment(claim_spans, figure_spans, expected):
    claims = [Claim(i, s, e, "x" * (e - s), "observation", "author", "certain", "neutral") for i, (s, e) in enumerate(claim_spans)]
    figures = [Figure(s, e, "1", 1.0, 1.0, "unitless") for s, e in figure_spans]
    assert link_figures(claims, figures) == expected


def bundled_claims() -> dict[str, list[Claim]]:
    return {path.name[:3]: claims_of(path.read_text(encoding="utf-8")) for path in sorted(ARTICLES.glob("*.txt"))}


def test_tim_moe_raising_the_kospi_target_is_his_forecast():
    [claim] = [c for c in bundled_claims()["000"] if "Tim Moe" in c.text]
    assert claim.speaker == "Tim Moe"
    assert claim.claim_type in {"forecast", "attribution"}
    assert "KOSPI" in claim.text


JUNK = re.compile(r"^页\s*[:：]|^\[\d+\]$|读者评论|【声明】|公[网網]安[备備]|!\[|所刊载|商家优惠|文章来自|^\d+\.$")


def test_no_bundled_claim_is_site_junk():
    for article, claims in bundled_claims().items():
        assert claims, article
        junk = [c.text for c in claims if JUNK.search(c.text)]
        assert junk == [], article
        assert all(not c.text.rstrip().endswith(("?", "？")) for c in claims)


def test_bundled_claims_are_ordered_and_distinct():
    for claims in bundled_claims().values():
        starts = [c.start for c in claims]
        assert starts == sorted(set(starts))


# One sentence naming a speaker thousands of times: each name's cue is looked for within its reach only.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("、".join(["英伟达"] * 3000) + "认为市场将上涨。", [("英伟达", "attribution")]),
        ("、".join(["英伟达"] * 3000) + "的股价在这一周内被市场普遍认为将上涨。", [("author", "observation")]),  # cue out of reach
    ],
    ids=["cue-after-the-last-name", "cue-out-of-reach"],
)
def test_long_sentences(text, expected):
    assert [(c.speaker, c.claim_type) for c in claims_of(text)] == expected
