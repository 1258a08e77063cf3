"""Readers' comments below a web page's story, read as lines of their own ("海淀老周：存储周期一向是暴涨暴跌…").

trafilatura keeps a page's main text and leaves its comments out (include_comments=False), though on a portal's
or a blog's page the comments hold views of their own. A comments section is an element its class or id names so
("comments", "cmt-list", "repost-list") holding two or more items alike (one tag, one first class), each with its
writer's name: each is read as the name, a colon and its words, a reply nested in a comment after it; the section's
heading comes first, as the page shows it ("网友评论（146）"). Times, likes and buttons are left out, and so is a
comment the main text already holds.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

MIN_ITEMS = 2
_SECTION = re.compile(r"comment|cmt|repost|replies", re.IGNORECASE)
_NAME = re.compile(r"user|nick|uname|name|author", re.IGNORECASE)
# what a comment shows besides its words: when and where from, its likes, its buttons
_NOT_WORDS = re.compile(r"time|date|\bloc\b|location|info|like|zan|\bup\b|digg|vote|meta|action|reply-link|btn", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def comment_lines(tree: HtmlElement, kept: str) -> list[str]:
    """The lines of a page's comments sections in page order: each section's heading, then a line a comment."""
    kept = _squeezed(kept)
    lines: list[str] = []
    done: set[HtmlElement] = set()
    for section in tree.iter("div", "section", "ul", "ol"):
        if section in done or not _SECTION.search(f"{section.get('class', '')} {section.get('id', '')}"):
            continue
        if not (items := _items(section)):
            continue
        done.update(section.iter())
        read = [line for item in items for line in _read(item, kept)]
        heading = next(section.iter(*_HEADINGS), None)
        lines += ([_squeezed(heading.text_content())] if read and heading is not None else []) + read
    return lines


def _items(section: HtmlElement) -> list[HtmlElement]:
    """The section's comments: its children of one tag and first class, two or more, each naming its writer."""
    kinds: dict[tuple[str, str], list[HtmlElement]] = {}
    for child in section:
        if first := _first_class(child):
            kinds.setdefault((str(child.tag), first), []).append(child)
    named = ([c for c in children if _name(c)] for children in kinds.values())
    return next((items for items in named if len(items) >= MIN_ITEMS), [])


def _read(item: HtmlElement, kept: str) -> list[str]:
    """A comment's line, then those of the replies nested in it (children of its kind)."""
    replies = [child for child in item if _first_class(child) == _first_class(item) and _name(child)]
    name, words = _name(item), _words(item, set(replies))
    own = [f"{name}：{words}"] if name and words and words not in kept else []
    return own + [line for reply in replies for line in _read(reply, kept)]


def _name(item: HtmlElement) -> str:
    found = next((e for e in item.iter() if e is not item and _NAME.search(e.get("class") or "")), None)
    return _squeezed(found.text_content()) if found is not None else ""


def _words(item: HtmlElement, replies: set[HtmlElement]) -> str:
    """Its words: its paragraphs when it has any, else its text but its writer's name, times, likes and buttons."""
    paragraphs = [p for p in item.iter("p") if not any(p in set(r.iter()) for r in replies)]
    if paragraphs:
        return _squeezed(" ".join(p.text_content() for p in paragraphs))
    return _squeezed("".join(_own_text(item, replies))).lstrip("：:").strip()


def _own_text(element: HtmlElement, replies: set[HtmlElement]) -> list[str]:
    parts = [element.text or ""]
    for child in element:
        shown = child.get("class") or ""
        if child not in replies and not _NAME.search(shown) and not _NOT_WORDS.search(shown):
            parts += _own_text(child, replies)
        parts.append(child.tail or "")
    return parts


def _first_class(element: HtmlElement) -> str:
    return next(iter((element.get("class") or "").split()), "")


def _squeezed(text: str) -> str:
    return " ".join(text.split())
