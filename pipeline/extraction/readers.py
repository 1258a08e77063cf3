"""Each format an article comes in, read to lines of text and what the file says about itself.

Plain text is its lines, a hard-wrapped paragraph's rejoined and a subtitle file's cues one paragraph
(wrapping.py); Markdown goes through a Markdown parser (its junk blocks dropped, its first heading the
title); a web page through trafilatura, with the page's title, author, site and date; a PDF through
pdfminer.six, with its metadata. Cleaning the lines (boilerplate.py) is the same for all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import trafilatura
from lxml.html import HtmlElement

from .boilerplate import is_paragraph
from .dates import HTML, PDF
from .decoding import RefusedFile, read_bytes, read_text_file
from .files import HTML as HTML_FORMAT
from .files import MARKDOWN, file_format
from .files import PDF as PDF_FORMAT
from .html_comments import with_comments
from .html_posts import posts_text
from .limits import LIMITS
from .markdown_blocks import markdown_blocks
from .metadata import Metadata, MetadataError, parse_published, split_front_matter
from .pdf_text import read_pdf
from .wrapping import subtitled, subtitles, unwrapped

# Characters with a meaning in Markdown; a text made mostly of them is no article.
MARKUP_CHARS = "[]()!*_`<>{}|#\\~"
# Shorter texts cost little whatever they hold, and are judged on what is left of them.
MARKUP_CHECK_MIN_CHARS = 10_000
PDF_ENCODING = "pdf"  # a PDF's text is Unicode from its fonts: no byte encoding to detect


@dataclass(frozen=True)
class FileText:
    lines: list[str]
    metadata: Metadata  # what the file says about itself
    encoding: str
    title_line: int | None = None  # the title's line, when the format marks it (a Markdown heading)
    accounts: tuple[str, ...] = ()  # names the file links as page actions (a post's account)


def read_file_text(path: Path, max_bytes: int) -> FileText:
    """The text of one article file by its format; RefusedFile or MetadataError say why not."""
    kind = file_format(path.name)
    if kind == PDF_FORMAT:
        pdf = read_pdf(read_bytes(path, max_bytes))
        found = Metadata(
            title=pdf.title, author=pdf.author, published=pdf.created, published_from=PDF if pdf.created else None
        )
        return FileText(within_line_limit(list(pdf.lines)), found, PDF_ENCODING)
    decoded = read_text_file(path, max_bytes)
    if kind == HTML_FORMAT:  # a page's markup may be one long line; its text may not
        found, text = _html_article(decoded.text)
        return FileText(within_line_limit(text.split("\n")), found, decoded.encoding)
    lines = within_line_limit(decoded.text.split("\n"))  # before parsing: its cost grows with a line
    if kind == MARKDOWN:
        found, text = split_front_matter(decoded.text)
        return _markdown_text(text, found, decoded.encoding)
    # a text hard-wrapped at a width, or a subtitle file, read with its sentences whole
    return FileText(subtitles(lines) if subtitled(lines) else unwrapped(lines), Metadata(), decoded.encoding)


def _check_markup_share(text: str) -> None:
    """Refuse a long Markdown text made mostly of markup characters: the parser's cost per such
    character is some twenty times that of text, and no article is written so."""
    if len(text) < MARKUP_CHECK_MIN_CHARS:
        return
    filled = len(text) - sum(map(text.count, " \t\n\u3000"))
    markup = sum(map(text.count, MARKUP_CHARS))
    if markup * 100 > LIMITS.max_markup_percent * filled:
        raise RefusedFile(
            f"the Markdown is {100 * markup // filled} % markup characters ([, !, * …), "
            f"over the limit of {LIMITS.max_markup_percent} %"
        )


def within_line_limit(lines: list[str]) -> list[str]:
    """``lines``; RefusedFile naming the longest when it is over the limit."""
    longest = max(range(len(lines)), key=lambda i: len(lines[i]), default=None)
    if longest is not None and len(lines[longest]) > LIMITS.max_line_chars:
        raise RefusedFile(
            f"line {longest + 1} is {len(lines[longest]):,} characters long, "
            f"over the limit of {LIMITS.max_line_chars:,}"
        )
    return lines


def _markdown_text(text: str, found: Metadata, encoding: str) -> FileText:
    """The kept blocks, a blank line between them; a heading before any paragraph is the title."""
    _check_markup_share(text)
    lines: list[str] = []
    title_line = None
    body_started = False
    accounts: list[str] = []
    for block in markdown_blocks(text):
        if block.junk:
            continue
        if lines:
            lines.append("")
        if block.kind == "heading" and title_line is None and not body_started:
            title_line = len(lines)
            lines.append(" ".join(block.text.split("\n")))
        else:
            lines += block.text.split("\n")
            body_started = body_started or is_paragraph(block.text)
        accounts += block.action_links
    return FileText(lines, found, encoding, title_line, tuple(dict.fromkeys(accounts)))


def _html_article(html: str) -> tuple[Metadata, str]:
    """The main text of a web page (trafilatura), with the title, author, date and site it names."""
    try:
        page = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as error:  # noqa: BLE001 (a malformed page must refuse one file, not stop the run)
        raise RefusedFile(f"the HTML page cannot be parsed ({type(error).__name__})") from None
    if page is None or not (page.text or "").strip():
        raise RefusedFile("the HTML page holds no article text")
    try:
        published = parse_published(page.date)
    except MetadataError:  # a date that cannot be read is left out, never guessed
        published = None
    tree = _tree(html)
    posts = None if tree is None else posts_text(tree, page.text)
    found = Metadata(
        title=page.title,
        # on a page of posts, trafilatura's author is the first post's
        author=_meta_author(tree) if posts else page.author or _meta_author(tree),
        source=page.sitename,
        url=page.url,
        published=published,
        published_from=HTML if published else None,
    )
    text = posts or page.text
    return found, with_comments(tree, _with_lead(tree, text)) if tree is not None else text


# a page's summary or guest's introduction over its story, as portals mark it ("【导读】…", "嘉宾介绍：…"), which
# trafilatura leaves out
_LEAD = re.compile(r"summary|abstract|digest|\blead\b|intro|导读|摘要", re.IGNORECASE)
LEAD_CHARS = (20, 400)  # a summary's length: shorter is a label, longer a story of its own


def _with_lead(tree: HtmlElement, text: str) -> str:
    """The story after its summary (or its guest's introduction), when the page marks the first by its class or id
    and the story does not hold it."""
    kept = "".join(text.split())
    for element in tree.iter("div", "p", "section"):
        if _LEAD.search(f"{element.get('class', '')} {element.get('id', '')}"):
            lead = " ".join(element.text_content().split())
            if LEAD_CHARS[0] <= len(lead) <= LEAD_CHARS[1] and "".join(lead.split()) not in kept:
                return f"{lead}\n{text}"
            return text
    return text


def _tree(html: str) -> HtmlElement | None:
    try:
        return lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 (lxml raises several kinds for broken markup)
        return None


def _meta_author(tree: HtmlElement | None) -> str | None:
    """The page's author meta tag: trafilatura drops an author without a space, so every Chinese name."""
    if tree is None:
        return None
    names = tree.xpath("//meta[@name='author' or @property='article:author' or @name='article:author']/@content")
    return next((name.strip() for name in names if name.strip()), None)
