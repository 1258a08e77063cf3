"""claim_kinds' small helpers, table-driven."""

from __future__ import annotations

import pytest

from pipeline.extraction import claim_kinds
from pipeline.extraction.claim_kinds import CONTENT, MINCONTENT, has_content
from pipeline.extraction.script import to_simplified


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", False),
        ("，。！？", False),
        ("看好后市", False),  # four characters of content
        ("看好后市吧", True),
        ("看，好，后，市，吧", True),  # punctuation between them does not count
        ("AI 5GW", True),  # Latin letters and digits count
        ("A I 5", False),
        ("……“看好”……", False),
    ],
)
def test_has_content_counts_up_to_mincontent(text, expected):
    assert has_content(text) is expected
    assert has_content(text) == (len(CONTENT.findall(text)) >= MINCONTENT)


@pytest.mark.parametrize(
    "text, expected",
    [
        # 会 after a machine is the modal, not part of 机会 (燃气轮机会是…, 手機會…)
        ("燃气轮机会是最快见效的补电方案", "forecast"),
        ("手機會越來越貴", "forecast"),
        ("这是一个机会", "judgement"),  # 机会 itself
        ("數據中心用電的比例會升到一成以上", "forecast"),  # nor after 比例 part of 例会 (a regular meeting)
    ],
)
def test_a_machine_before_hui_keeps_its_modal(text, expected):
    simplified = to_simplified(text)
    assert claim_kinds.claim_type(simplified, claim_kinds.cue_labels(simplified)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a notice published opens no view of its own: the clauses after it hold the views, a dateline's day
        # before it too; a plan announced is news
        ("恒川评级发布公告，将该债券的评级展望由“稳定”调整为“负面”", True),
        ("12月4日晚，恒川评级发布公告，将该债券的评级展望由“稳定”调整为“负面”", True),
        ("12月4日，公司发布公告，拟以自有资金回购股份", False),
        # an event given as the cause of something explains it; the event alone is news
        ("展望调整主要是由于承租方的租约将于明年到期", True),
        ("承租方的租约将于明年到期", False),
    ],
)
def test_a_published_notice_and_an_event_given_as_a_cause(text, expected):
    assert claim_kinds.is_view(to_simplified(text)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of predicting jieba tags as a noun predicates a figure with no other verb; the nouns (获利预估) do not
        ("该行预计明年金价均值在4600美元左右", "forecast"),
        ("高盛预计2027年金价在4,600美元左右", "forecast"),
        ("預估區間為27,600至28,600點", "forecast"),
        ("這家晶圓代工廠的毛利率遠超市場預估", "judgement"),
    ],
)
def test_a_predicted_figure_is_a_forecast(text, expected):
    simplified = to_simplified(text)
    assert claim_kinds.is_view(simplified)
    assert claim_kinds.claim_type(simplified, set(claim_kinds.cue_labels(simplified))) == expected


@pytest.mark.parametrize(
    "text",
    ["財報季之前波動應該會好大", "整體滲透率應該會到六成以上", "这种情况应该不会持续太久"],
)
def test_yinggai_hui_looks_ahead(text):
    # 应该 of likelihood is no advice, and 应该会 / 应该不会 is a forecast's cue, not a judgement's
    simplified = to_simplified(text)
    assert claim_kinds.claim_type(simplified, set(claim_kinds.cue_labels(simplified))) == "forecast"


@pytest.mark.parametrize(
    "text, expected",
    [
        # how long a state lasts at least looks ahead (至少持续到, 至少还要); a past span at least does not
        ("储能电芯的价格战至少还要打一年", "forecast"),
        ("铜精矿的短缺至少持续到2029年", "forecast"),
        ("这轮库存去化已经至少进行了两个季度", "judgement"),
    ],
)
def test_how_long_a_state_lasts_at_least_is_a_forecast(text, expected):
    simplified = to_simplified(text)
    assert claim_kinds.claim_type(simplified, set(claim_kinds.cue_labels(simplified))) == expected
