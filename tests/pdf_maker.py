"""Chinese PDFs written by the tests themselves (reportlab's built-in STSong-Light CID font, nothing embedded)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
LINE_CHARS = 30  # characters per printed line: a paragraph wraps over several
HEADER = "松涛证券研究所 | 宏观专题报告"


def make_pdf(
    path: Path,
    pages: list[list[str]],
    title: str | None = None,
    author: str | None = None,
    created: str | None = None,  # YYYYMMDD
    furniture_size: int = 9,
) -> Path:
    """One paragraph list per page; every page gets the running header and "第 n 页 共 N 页" at its foot."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path), invariant=1)
    if title:
        pdf.setTitle(title)
    if author:
        pdf.setAuthor(author)
    if created:
        pdf.setDateFormatter(lambda *_: f"D:{created}090000+08'00'")
    width, height = pdf._pagesize
    for number, paragraphs in enumerate(pages, start=1):
        pdf.setFont(FONT, furniture_size)
        pdf.drawString(50, height - 40, HEADER)
        pdf.drawString(width / 2 - 30, 30, f"第 {number} 页 共 {len(pages)} 页")
        pdf.setFont(FONT, 12)
        y = height - 100
        for paragraph in paragraphs:
            for start in range(0, len(paragraph), LINE_CHARS):
                pdf.drawString(50, y, paragraph[start : start + LINE_CHARS])
                y -= 16
            y -= 24
        pdf.showPage()
    pdf.save()
    return path


def make_scan(path: Path) -> Path:
    """A PDF whose page is only a picture: dark shapes, no text layer."""
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.rect(50, 400, 400, 300, fill=1)
    pdf.showPage()
    pdf.save()
    return path
