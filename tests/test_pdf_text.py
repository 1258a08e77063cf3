"""PDF broker notes to text: reading order, CJK intact, page furniture and legal pages gone, scans refused."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extraction.decoding import RefusedFile
from pipeline.extraction.pdf_text import read_pdf
from tests.pdf_maker import HEADER, make_pdf, make_scan

P1 = "美联储在一月会议上维持利率不变，但声明删去了进一步加息的表述，市场对三月降息的押注升至六成。"
P2 = "我们认为美元指数将延续弱势，十年期美债收益率有望回落至百分之四以下，黄金仍有上行空间。"
P3 = "风险提示：通胀反弹超预期，美联储降息节奏慢于预期，地缘冲突升级。"
DISCLAIMER = "免责声明：本报告仅供本公司客户使用，本公司不会因接收人收到本报告而视其为客户。"
RATINGS = "投资评级说明：买入指未来六个月内股价相对基准指数涨幅在百分之十五以上。"


@pytest.mark.parametrize(
    ("pages", "paragraphs"),
    [
        ([[P1, P2], [P3]], [P1, P2, P3]),
        ([[P1], [P2], [P3, DISCLAIMER, RATINGS]], [P1, P2, P3]),
        ([[P1], [P2, P3], [DISCLAIMER], [RATINGS]], [P1, P2, P3]),
    ],
    ids=["two-pages", "disclaimer-at-end", "legal-pages"],
)
def test_paragraphs_in_reading_order_without_furniture(tmp_path, pages, paragraphs):
    text = read_pdf(make_pdf(tmp_path / "note.pdf", pages).read_bytes())
    assert [line for line in text.lines if line] == paragraphs
    assert all(HEADER not in line and "页" not in line for line in text.lines)


@pytest.mark.parametrize(("header_size", "kept"), [(9, [P1]), (12, [HEADER, P1])], ids=["small-print", "body-size"])
def test_one_page_drops_a_header_set_in_small_print(tmp_path, header_size, kept):
    """A single page has no repetition to tell a header by; its smaller type tells it, a body-size line stays."""
    text = read_pdf(make_pdf(tmp_path / "note.pdf", [[P1]], furniture_size=header_size).read_bytes())
    assert [line for line in text.lines if line] == kept


def test_a_disclaimer_early_in_the_text_is_kept(tmp_path):
    """Only the second half of a document can open its closing legal pages."""
    text = read_pdf(make_pdf(tmp_path / "note.pdf", [[DISCLAIMER, P1, P2, P3]]).read_bytes())
    assert [line for line in text.lines if line] == [DISCLAIMER, P1, P2, P3]


def test_metadata(tmp_path):
    path = make_pdf(tmp_path / "note.pdf", [[P1]], title="美元弱势下的资产配置", author="李大海", created="20260129")
    text = read_pdf(path.read_bytes())
    assert (text.title, text.author, text.created) == ("美元弱势下的资产配置", "李大海", date(2026, 1, 29))


@pytest.mark.parametrize("title", ["Microsoft Word - 周报0129.docx", "report-2026.pdf"])
def test_a_file_name_is_no_title(tmp_path, title):
    assert read_pdf(make_pdf(tmp_path / "note.pdf", [[P1]], title=title).read_bytes()).title is None


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda path: make_scan(path).read_bytes(), "no text layer"),
        (lambda path: b"%PDF-1.7\n" + b"\x00garbage" * 50, "cannot be read"),
    ],
    ids=["scan", "damaged"],
)
def test_unreadable_pdfs_are_refused_with_the_reason(tmp_path, make, reason):
    with pytest.raises(RefusedFile, match=reason):
        read_pdf(make(tmp_path / "x.pdf"))
