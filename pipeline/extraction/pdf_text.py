"""A PDF (a broker note, say) to paragraphs of text in reading order, page furniture removed.

pdfminer.six lays out each page and orders its text boxes; a box is a
paragraph, its lines joined (a CJK line break is no space). Running headers
and footers (the same line in the margin of most pages, or a margin line set
smaller than the body), page numbers and the
closing legal pages (免责声明, 分析师声明 …) are dropped. A PDF with no text
layer (a scan) is refused: there is nothing to read without OCR.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from io import BytesIO

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.utils import decode_text

from .decoding import RefusedFile
from .lexicons import load, terms
from .limits import LIMITS

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_DIGITS = re.compile(r"\d+")
_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})(\d{2})")
# A title in the PDF's metadata that is only the name of the file it was made from, or a tool's default.
_FILE_TITLE = re.compile(r"(?i)^(?:(?:microsoft\s+\w+\s+-\s+)?.*\.(?:docx?|pdf|pptx?|xlsx?|wps)|untitled|无标题)$")
_HEADING_DECORATION = " \t\u3000【】[]〔〕()（）<>《》:：0123456789.、一二三四五六七八九十"


@dataclass(frozen=True)
class PdfText:
    lines: tuple[str, ...]  # paragraphs, a blank line between them
    title: str | None  # from the PDF's metadata
    author: str | None
    created: date | None  # the PDF's creation date


@dataclass(frozen=True)
class _Box:
    text: str
    in_margin: bool  # in the top or bottom band of its page
    size: float  # median font size of its characters
    chars: int


@dataclass(frozen=True)
class _Rules:
    margin: float
    repeat: float
    small_print: float
    page_number: re.Pattern
    disclaimers: tuple[str, ...]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load("documents")
    numbers = "|".join(f"(?:{p})" for p in terms(data["page_number_patterns"], "documents.page_number_patterns"))
    return _Rules(
        margin=data["margin_percent"] / 100,
        repeat=data["repeat_percent"] / 100,
        small_print=data["small_print_percent"] / 100,
        page_number=re.compile(numbers, re.IGNORECASE),
        disclaimers=terms(data["disclaimer_headings"], "documents.disclaimer_headings"),
    )


def read_pdf(data: bytes) -> PdfText:
    """The text and metadata of a PDF; RefusedFile, with the reason, for one that cannot be read."""
    try:
        info = _info(data)
        pages = [
            _page_boxes(page)
            for page in extract_pages(BytesIO(data), laparams=LAParams(), maxpages=LIMITS.max_pdf_pages + 1)
        ]
    except RefusedFile:
        raise
    except Exception as error:  # noqa: BLE001 (pdfminer raises many kinds for damaged or locked files)
        raise RefusedFile(f"the PDF cannot be read ({type(error).__name__}: {str(error)[:120]})") from None
    if len(pages) > LIMITS.max_pdf_pages:
        raise RefusedFile(f"the PDF has over {LIMITS.max_pdf_pages:,} pages, over the limit")
    if not any(box.text.strip() for page in pages for box in page):
        raise RefusedFile("the PDF has no text layer (a scan?): it needs OCR before it can be read")
    paragraphs = _without_disclaimers(_without_furniture(pages))
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return PdfText(
        tuple(lines[:-1]), _title(info.get("Title")), _text(info.get("Author")), _created(info.get("CreationDate"))
    )


def _info(data: bytes) -> dict:
    document = PDFDocument(PDFParser(BytesIO(data)))
    if document.encryption is not None and not document.is_extractable:
        raise RefusedFile("the PDF does not allow its text to be extracted")
    merged: dict = {}
    for entry in document.info:
        merged.update(entry)
    return merged


def _page_boxes(page) -> list[_Box]:
    """The text boxes of a page, in pdfminer's reading order."""
    band = _rules().margin * page.height
    boxes = []
    for box in page:
        if isinstance(box, LTTextBox):
            lines = [line for line in box if isinstance(line, LTTextLine)]
            sizes = sorted(char.size for line in lines for char in line if isinstance(char, LTChar))
            text = _joined([line.get_text().strip() for line in lines])
            in_margin = box.y0 >= page.height - band or box.y1 <= band
            boxes.append(_Box(text, in_margin, sizes[len(sizes) // 2] if sizes else 0.0, len(sizes)))
    return boxes


def _joined(lines: list[str]) -> str:
    """Lines of one box as one paragraph: no space where either side of the break is CJK."""
    out = ""
    for line in filter(None, lines):
        if out and not (_CJK.match(out[-1]) or _CJK.match(line[0])):
            out += " "
        out += line
    return out


def _without_furniture(pages: list[list[_Box]]) -> list[str]:
    """Drop margin boxes that repeat over the pages, are page numbers, or are set smaller than the body."""
    rules = _rules()
    keys = Counter(key for page in pages for key in {_DIGITS.sub("#", b.text) for b in page if b.in_margin})
    repeated = {key for key, n in keys.items() if n >= 2 and n >= rules.repeat * len(pages)}
    body_size = _body_size([b for page in pages for b in page if not b.in_margin])
    return [
        box.text
        for page in pages
        for box in page
        if box.text
        and not (
            box.in_margin
            and (
                _DIGITS.sub("#", box.text) in repeated
                or rules.page_number.fullmatch(box.text)
                or box.size < rules.small_print * body_size
            )
        )
    ]


def _body_size(boxes: list[_Box]) -> float:
    """The font size most of the text is set in (weighted by characters)."""
    weights = Counter()
    for box in boxes:
        weights[round(box.size, 1)] += box.chars
    return max(weights, key=lambda size: (weights[size], size)) if weights else 0.0


def _without_disclaimers(paragraphs: list[str]) -> list[str]:
    starts = _rules().disclaimers
    for at in range(len(paragraphs) // 2, len(paragraphs)):
        if paragraphs[at].lstrip(_HEADING_DECORATION).startswith(starts):
            return paragraphs[:at]
    return paragraphs


def _text(value) -> str | None:
    if isinstance(value, bytes):
        value = decode_text(value)
    text = str(value).strip() if value is not None else ""
    return text or None


def _title(value) -> str | None:
    text = _text(value)
    return None if text is None or _FILE_TITLE.match(text) else text


def _created(value) -> date | None:
    match = _PDF_DATE.match(_text(value) or "")
    if not match:
        return None
    try:
        day = date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    return day if LIMITS.earliest_year <= day.year <= LIMITS.latest_year else None
