"""Speaker pages and claim tables, on a small invented ledger."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from pipeline.sitegen.claim_lists import FILTER_BAR, claim_table
from pipeline.sitegen.ledger import Ledger, read_frame
from pipeline.sitegen.markup import PAGE_ROWS
from pipeline.sitegen.speaker_pages import speaker_page, speakers_index

from .test_sitegen import _claim


def _ledger(claims: list[dict], tags: list[tuple[str, str]] = ()) -> Ledger:
    """A small invented ledger: two articles, two narratives, two entities."""
    conn = duckdb.connect()
    conn.register(
        "invented",
        pd.DataFrame(
            [{"text": "观点", "about": None, "about_entity_id": None, "speaker_entity_id": None, **c} for c in claims]
        ),
    )
    return Ledger(
        {
            "articles": pd.DataFrame(
                {
                    "article_id": ["a1", "a2"],
                    "title": ["第一篇", "第二篇"],
                    "author": ["三文鱼", None],
                    "published": pd.to_datetime(["2026-01-01", "2026-02-01"]),
                }
            ),
            "claims": read_frame(conn, "SELECT * FROM invented"),  # as the site loads them
            "claim_narratives": pd.DataFrame(tags or [("none", "none")], columns=["claim_id", "narrative_id"]).assign(
                score=1.0
            ),
            "narratives": pd.DataFrame({"narrative_id": ["power", "bubble"], "name_zh": ["电力瓶颈", "AI泡沫"]}),
            "entities": pd.DataFrame(
                {"entity_id": ["tony-pasquariello", "kospi"], "name": ["Tony Pasquariello", "KOSPI"]}
            ),
        }
    )


def _said(n: int, speaker: str, entity_id=None, article="a1", **fields) -> dict:
    return {
        **_claim(n, n + 2, speaker=speaker, **fields),
        "claim_id": f"{article}:c{n}",
        "article_id": article,
        "speaker_entity_id": entity_id,
    }


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # The same name linked elsewhere to one entity is that entity.
        (
            [
                _said(0, "Pasquariello"),
                _said(5, "Tony Pasquariello", "tony-pasquariello"),
                _said(9, "Pasquariello", "tony-pasquariello"),
            ],
            ["tony-pasquariello"] * 3,
        ),
        # Unlinked names get a slug that is the same in either script.
        ([_said(0, "刘煜辉"), _said(5, "劉煜輝")], ["person-5218-715c-8f89"] * 2),
        # A name linked to two entities stays its own speaker where it is not linked.
        (
            [_said(0, "Bessent", "scott-bessent"), _said(5, "Bessent", "bessent-jr"), _said(9, "Bessent")],
            ["scott-bessent", "bessent-jr", "bessent"],
        ),
        # The article's own voice and anonymous sources have no page.
        ([_said(0, "author"), _said(5, "unnamed")], []),
    ],
)
def test_claims_of_one_speaker_share_a_stable_page(claims, expected):
    assert list(_ledger(claims).speaker_ids.values()) == expected


def test_claim_tables_carry_the_codes_filters_read_and_escape_the_text():
    ledger = _ledger(
        [
            {**_said(0, "author"), "text": "<script>x</script>", "about": "KOSPI", "about_entity_id": "kospi"},
            _said(5, "unnamed", article="a2", stance="neutral", claim_type="forecast", hedge="possible"),
        ]
    )
    html = claim_table(ledger, ledger.claims)
    assert '<tr data-type="judgement" data-stance="bearish" data-hedge="certain">' in html
    assert '<tr data-type="forecast" data-stance="neutral" data-hedge="possible">' in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "<script>" not in html
    assert '<a href="../articles/a1.html#c0">' in html and '<a href="../entities/kospi.html">KOSPI</a>' in html
    assert (
        '<span class="who">三文鱼</span>' in html and '<span class="who">匿名来源</span>' in html
    )  # byline; anonymous
    assert '<span data-filter="stance" data-codes="bullish bearish neutral">立场</span>' in html
    assert ">预测<" in html and ">中性<" in html and ">可能<" in html


def test_a_speaker_page_groups_claims_by_narrative_then_stance_and_caps_long_lists():
    many = [
        _said(n * 3, "Tony Pasquariello", "tony-pasquariello", stance="bullish" if n % 2 else "bearish")
        for n in range(PAGE_ROWS + 5)
    ]
    other = [_said(500, "Pasquariello", "tony-pasquariello", article="a2", stance="neutral"), _said(600, "洪灏")]
    ledger = _ledger(many + other, tags=[(c["claim_id"], "power") for c in many] + [("a2:c500", "bubble")])
    page = speaker_page(ledger, "tony-pasquariello")
    assert page.startswith("# Tony Pasquariello\n")
    assert "文中写作: Pasquariello" in page and "来自 2 篇文章" in page
    assert '<a href="../entities/tony-pasquariello.html">' in page
    power, bubble = page.index("## 电力瓶颈 (45) {#power}"), page.index("## AI泡沫 (1) {#bubble}")
    assert power < bubble  # the largest narrative first
    section = page[power:bubble]
    assert section.count("<tr data-") == PAGE_ROWS and f"显示 {PAGE_ROWS} / 45" in section
    assert section.index('data-stance="bullish"') < section.index('data-stance="bearish"')  # bullish first
    assert "洪灏" not in page
    assert page.count(FILTER_BAR) == 1


def test_the_speakers_index_lists_named_speakers_with_their_counts():
    ledger = _ledger(
        [
            _said(0, "洪灏", stance="bullish"),
            _said(5, "洪灏", article="a2"),
            _said(9, "Tony Pasquariello", "tony-pasquariello"),
            _said(20, "author"),
            _said(30, "unnamed"),
        ]
    )
    index = speakers_index(ledger)
    hong = (
        '<tr><td><a href="person-6d2a-704f.html">洪灏</a></td><td>2</td><td>2</td><td>1</td><td>1</td><td>0</td></tr>'
    )
    assert hong in index
    assert index.index(hong) < index.index("tony-pasquariello.html")  # most claims first
    assert "作者本人的论断 1 条、匿名来源的论断 1 条" in index


def test_a_ledger_with_no_claims_has_no_speakers():
    empty = pd.DataFrame(columns=["claim_id", "article_id", "speaker", "speaker_entity_id"])
    assert Ledger({"claims": empty}).speaker_ids == {}
