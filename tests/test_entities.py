"""Entities: gazetteer aliases in both scripts and English, titled names, subject resolution."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from pipeline.extraction import entities, lexicons
from pipeline.extraction.entities import KINDS, find_mentions, load_gazetteer, resolve_subject, slug
from pipeline.extraction.script import to_simplified

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def mentions_of(text: str) -> list[tuple[str, str]]:
    _, mentions = find_mentions(text, to_simplified(text), load_gazetteer())
    return [(m.entity_id, m.surface) for m in mentions]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("英伟达财报超预期", [("nvidia", "英伟达")]),
        ("輝達股價大漲", [("nvidia", "輝達")]),
        ("Nvidia 和 NVDA 同涨", [("nvidia", "Nvidia"), ("nvidia", "NVDA")]),
        ("标普五百指数、標普500与S&P 500", [("sp500", "标普五百指数"), ("sp500", "標普500"), ("sp500", "S&P 500")]),
        ("美联储与Fed,還有美聯儲", [("fed", "美联储"), ("fed", "Fed"), ("fed", "美聯儲")]),
        ("MSCI韩国指数走强", [("msci-korea", "MSCI韩国指数")]),
        ("Kospi 200期货熔断,KOSPI收跌", [("kospi-200", "Kospi 200"), ("kospi", "KOSPI")]),
        ("纳斯达克指数与纳指,卖出纳斯达克", [("nasdaq", "纳斯达克指数"), ("nasdaq", "纳指"), ("nasdaq", "纳斯达克")]),
        ("黄金、白銀、比特币和BTC", [("gold", "黄金"), ("silver", "白銀"), ("bitcoin", "比特币"), ("bitcoin", "BTC")]),
        ("台積電与SK Hynix扩产HBM", [("tsmc", "台積電"), ("sk-hynix", "SK Hynix"), ("hbm", "HBM")]),
        ("上期所和CME提高保证金", [("shfe", "上期所"), ("cme", "CME")]),
        ("日元走强,日经下跌", [("jpy", "日元"), ("nikkei", "日经")]),
        ("恒科与沪深300", [("hang-seng-tech", "恒科"), ("csi-300", "沪深300")]),
        # ASCII aliases need word boundaries; short tickers need capitals.
        ("metadata 里提到 Meta", [("meta", "Meta")]),
        ("a menu of Micron and MU", [("micron", "Micron"), ("micron", "MU")]),
        ("今天天气很好,我们去公园", []),
    ],
)
def test_gazetteer_mentions(text, expected):
    assert mentions_of(text) == expected


@pytest.mark.parametrize(
    "text, entity_id, kind, surfaces",
    [
        ("摩根士丹利首席策略师 Jane Doe 认为美股偏贵。Doe 还说估值过高。", "jane-doe", "person", ["Jane Doe", "Doe"]),
        ("Richard Roe 的判断是市场过热。", "richard-roe", "person", ["Richard Roe"]),
        ("知名分析师王小明认为AI泡沫可能破裂。", slug("王小明", "person"), "person", ["王小明"]),
        ("首席經濟學家張三豐表示美元偏弱。", slug("张三丰", "person"), "person", ["張三豐"]),
        ("据赵六指出,芯片需求强劲。", slug("赵六", "person"), "person", ["赵六"]),
        ("Acme Capital 认为利率见顶。", "acme-capital", "institution", ["Acme Capital"]),
    ],
)
def test_pattern_discovered_names(text, entity_id, kind, surfaces):
    entities, mentions = find_mentions(text, to_simplified(text), load_gazetteer())
    found = {e.entity_id: e for e in entities}
    assert found[entity_id].kind == kind
    assert [m.surface for m in mentions if m.entity_id == entity_id] == surfaces


@pytest.mark.parametrize(
    "text",
    [
        "市场普遍认为明年会降息。",  # no name before the cue
        "我们认为AI泡沫尚未破裂。",
        "央行马上表示将维持利率。",  # 马上 is a word, not a name
        "金融市场表示担忧。",
        "Nvidia 下跌 4%。",  # a capitalised word with no speech cue
    ],
)
def test_no_name_is_invented(text):
    entities, _ = find_mentions(text, to_simplified(text), load_gazetteer())
    assert [
        e for e in entities if e.kind == "person" and e.entity_id not in {g.entity_id for g in load_gazetteer()}
    ] == []


@pytest.mark.parametrize(
    "name, kind, expected",
    [
        ("Tim Moe", "person", "tim-moe"),
        ("Acme Capital", "institution", "acme-capital"),
        ("王小明", "person", "person-738b-5c0f-660e"),
        ("張三豐", "person", slug("张三丰", "person")),  # the same id in either script
    ],
)
def test_slugs_are_stable_ascii_ids(name, kind, expected):
    assert slug(name, kind) == expected
    assert re.fullmatch(r"[a-z0-9_\-]+", expected)


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("英伟达股价", "nvidia"),
        ("輝達市值", "nvidia"),
        ("KOSPI指数", "kospi"),
        ("MSCI韩国指数", "msci-korea"),
        ("标普500成分股", "sp500"),
        ("mag7资本开支", "mag7"),
        ("软件股", None),
        ("", None),
        (None, None),
    ],
)
def test_resolve_subject(subject, expected):
    assert resolve_subject(subject, load_gazetteer()) == expected


@pytest.mark.parametrize(
    "entity_id, alias",
    [
        ("nvidia", "輝達"),
        ("nvidia", "NVDA"),
        ("sp500", "S&P 500"),
        ("sp500", "標普500"),
        ("fed", "Fed"),
        ("openai", "OpenAI"),
        ("anthropic", "Anthropic"),
        ("oracle", "Oracle"),
        ("palantir", "Palantir"),
        ("samsung", "Samsung"),
        ("sk-hynix", "SK Hynix"),
        ("tsmc", "TSMC"),
        ("microsoft", "Microsoft"),
        ("meta", "Meta"),
        ("alphabet", "Google"),
        ("amazon", "Amazon"),
        ("apple", "Apple"),
        ("tesla", "Tesla"),
        ("dow", "道琼斯"),
        ("russell-2000", "罗素2000"),
        ("kospi", "KOSPI"),
        ("kospi-200", "Kospi 200"),
        ("nikkei", "日经"),
        ("hang-seng", "恒生"),
        ("hang-seng-tech", "恒科"),
        ("csi-300", "沪深300"),
        ("goldman-sachs", "高盛"),
        ("morgan-stanley", "摩根士丹利"),
        ("us-treasury", "财政部"),
        ("cme", "CME"),
        ("shfe", "上期所"),
        ("us", "美国"),
        ("china", "中国"),
        ("korea", "韩国"),
        ("japan", "日本"),
        ("asia", "亚洲"),
        ("gold", "黄金"),
        ("silver", "白银"),
        ("bitcoin", "BTC"),
        ("ether", "以太坊"),
        ("treasuries", "美债"),
        ("usd", "美元"),
        ("jpy", "日元"),
    ],
)
def test_gazetteer_has_alias(entity_id, alias):
    entities = {e.entity_id: e for e in load_gazetteer()}
    assert alias in entities[entity_id].aliases


def test_gazetteer_is_well_formed():
    entities = load_gazetteer()
    assert len({e.entity_id for e in entities}) == len(entities)
    assert all(e.kind in KINDS and e.aliases and " | " not in "".join(e.aliases) for e in entities)
    assert all(re.fullmatch(r"[a-z0-9_\-]+", e.entity_id) for e in entities)
    assert {e.kind for e in entities} == set(KINDS)


@pytest.mark.parametrize("group", [[], None, ["ok", "  "]])
def test_an_empty_lexicon_group_fails_loudly(group):
    with pytest.raises(ValueError):
        lexicons.terms(group, "test.group")


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_bundled_mentions_are_disjoint_and_trace_to_text(path):
    text = path.read_text(encoding="utf-8")
    entities, mentions = find_mentions(text, to_simplified(text), load_gazetteer())
    assert mentions == sorted(mentions, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert all(text[m.start : m.end] == m.surface for m in mentions)
    assert {m.entity_id for m in mentions} == {e.entity_id for e in entities}
    assert entities == sorted(entities, key=lambda e: e.entity_id)
    assert all(re.fullmatch(r"[a-z0-9_\-]+", e.entity_id) for e in entities)


def _longest_first_by_pairs(spans):
    """The rule by its definition: longest first, then leftmost, each kept unless it overlaps one kept."""
    taken = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0], s[2])):
        if all(span[1] <= t[0] or span[0] >= t[1] for t in taken):
            taken.append(span)
    return sorted(taken)


@pytest.mark.parametrize("seed", range(6))
def test_longest_first_keeps_what_pairwise_overlap_tests_keep(seed):
    rng = random.Random(seed)
    spans = []
    for _ in range(300):
        start = rng.randrange(500)
        spans.append((start, start + rng.randint(1, 9), rng.choice("ab")))
    assert entities._longest_first(spans) == _longest_first_by_pairs(spans)


@pytest.mark.parametrize(
    "text",
    ["英伟达与微软。", "王明华表示，英伟达订单增加。" * 3, "张伟说：台积电涨了。李娜说：台积电跌了。" * 50, ""],
)
def test_gazetteer_is_read_once_per_text(text, monkeypatch):
    """One pass of the automaton per text, however many names it holds (a second only for names it discovers)."""
    reads = []
    original = lexicons.TermMatcher.finditer

    def counted(self, simplified):
        reads.append(len(simplified))
        return original(self, simplified)

    monkeypatch.setattr(lexicons.TermMatcher, "finditer", counted)
    _, mentions = find_mentions(text, text, load_gazetteer())
    assert reads and all(n == len(text) for n in reads) and len(reads) <= 2
    assert sorted(mentions, key=lambda m: m.start) == mentions
