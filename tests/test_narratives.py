"""Narratives: the taxonomy, keyword tagging (both scripts), article weights, stance groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extraction.claims import extract_claims
from pipeline.extraction.entities import find_mentions, load_gazetteer
from pipeline.extraction.narratives import (
    article_weights,
    load_taxonomy,
    tag_claims,
    taxonomy_keywords,
)
from pipeline.extraction.records import Claim
from pipeline.extraction.script import to_simplified
from pipeline.extraction.sentences import split_sentences

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
REQUIRED = {
    "software-disruption", "capex-payback", "power-bottleneck", "supply-chain-concentration",
    "ai-bubble-volatility", "circular-financing", "capital-rotation", "g2-rivalry", "jobs-deflation",
    "fed-liquidity", "gold-bitcoin-hedges", "a-share-hk-outlook", "earnings-vs-valuation", "hyperscaler-arms-race",
}


def claim(text: str, stance: str = "neutral", start: int = 0) -> Claim:
    return Claim(0, start, start + len(text), text, "judgement", "author", "certain", stance)


def test_taxonomy_covers_the_required_narratives_in_both_languages():
    taxonomy = load_taxonomy()
    assert REQUIRED <= {n.narrative_id for n in taxonomy}
    assert all(n.name_zh and n.name_en and n.description for n in taxonomy)
    assert len({n.narrative_id for n in taxonomy}) == len(taxonomy)
    assert {"缺电", "spv", "hbm"} <= taxonomy_keywords()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SaaS公司按席位收费的模式正被AI智能体颠覆。", "software-disruption"),
        ("資本開支吞噬自由現金流,回購恐將暫停。", "capex-payback"),
        ("数据中心并网要排队多年,变压器严重短缺。", "power-bottleneck"),
        ("新增40GW装机仍难满足算力用电。", "power-bottleneck"),  # a unit glued to its number
        ("HBM与CoWoS产能集中在少数供应商手里。", "supply-chain-concentration"),
        ("卖波动策略让市场更脆弱,一旦负反馈就是深V。", "ai-bubble-volatility"),
        ("科技巨头通过SPV把债务放在表外。", "circular-financing"),
        ("资金离开美国,转向韩国股市与日本股市。", "capital-rotation"),
        ("中美科技脱钩加剧,出口管制持续收紧。", "g2-rivalry"),
        ("AI替代人工导致裁员潮,通缩压力上升。", "jobs-deflation"),
        ("美聯儲降息同時縮表,美債收益率上行。", "fed-liquidity"),
        ("交易所上调白银保证金,比特币迎来减半。", "gold-bitcoin-hedges"),
        ("年末A股进入收官阶段,成交量明显缩量。", "a-share-hk-outlook"),
        ("业绩超预期但股价下跌,市场交易的是二阶导。", "earnings-vs-valuation"),
        ("超级云厂商陷入囚徒困境式的军备竞赛。", "hyperscaler-arms-race"),
    ],
)
def test_a_claim_is_tagged_with_its_narrative(text, expected):
    tags = tag_claims([claim(text)])
    assert expected in {n for _, n, _ in tags}
    assert all(0 < score <= 1 for _, _, score in tags)


@pytest.mark.parametrize(
    "text",
    ["今天天气很好,我们去公园散步。", "这家餐厅的菜很好吃。", "软件"],  # one weak keyword is not enough
)
def test_unrelated_text_carries_no_narrative(text):
    assert tag_claims([claim(text)]) == []


def test_tagging_uses_the_given_simplified_text():
    tags = tag_claims([claim("原文不含关键词")], simplified_of=lambda c: "美联储缩表")
    assert tags == [(0, "fed-liquidity", tags[0][2])]


def test_article_weights_are_shares_sorted_heaviest_first():
    claims = [claim("美联储降息,缩表放缓。"), claim("变压器短缺,电网老化。", start=20), claim("天气不错。", start=40)]
    tags = tag_claims(claims)
    weights = article_weights(claims, tags, n_chars=50)
    assert {n for n, _ in weights} == {"fed-liquidity", "power-bottleneck"}
    assert all(0 < w <= 1 for _, w in weights)
    assert weights == sorted(weights, key=lambda item: (-item[1], item[0]))
    assert article_weights(claims, [], n_chars=50) == []
    assert article_weights([], [], n_chars=0) == []


# A reader of each bundled article sees these narratives; each must be among
# the article's TOP narratives by weight (of 14). Since claims are views only,
# 001's SPV passage is mostly reported figures (circular-financing 5th, 0.061),
# and since a comparison of two countries' power supply is a reported fact, its
# G2 frame rests on five short claims (g2-rivalry 8th, 0.052 against 0.056 for
# 7th), hence 8.
TOP = 8
EXPECTED_TOP = {
    "000": {"capital-rotation", "software-disruption"},
    "001": {"circular-financing", "power-bottleneck", "g2-rivalry", "a-share-hk-outlook"},
    "002": {"supply-chain-concentration", "power-bottleneck", "hyperscaler-arms-race"},
    "003": {"capex-payback", "gold-bitcoin-hedges"},
}


def bundled_weights(path: Path) -> list[tuple[str, float]]:
    text = path.read_text(encoding="utf-8")
    simplified = to_simplified(text)
    entities, mentions = find_mentions(text, simplified, load_gazetteer())
    sentences = split_sentences(text, simplified)
    claims = extract_claims(sentences, mentions, entities, None)
    # As the pipeline does: each claim in the words of its sentence.
    return article_weights(claims, tag_claims(claims, lambda c: sentences[c.sentence_no].text_simplified), len(text))


@pytest.mark.parametrize("article, expected", sorted(EXPECTED_TOP.items()))
def test_bundled_articles_carry_the_narratives_a_reader_sees(article, expected):
    [path] = ARTICLES.glob(f"{article}_*.txt")
    top = {narrative_id for narrative_id, _ in bundled_weights(path)[:TOP]}
    assert expected <= top
