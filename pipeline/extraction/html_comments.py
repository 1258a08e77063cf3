"""Readers' comments below a web page's story, read as lines of their own ("海淀老周：存储周期一向是暴涨暴跌…").

trafilatura keeps a page's main text and leaves its comments out (include_comments=False), though on a portal's
or a blog's page the comments hold views of their own. A comments section is an element its class or id names so
("comments", "cmt-list", "repost-list") holding two or more items alike (one tag, one first class), each with its
writer's name: each is read as the name, a colon and its words, a reply nested in a comment after it; the section's
heading comes first, as the page shows it ("网友评论（146）"), or 评论 when the page marks the section by its class
alone, as Zhihu's answers do. A reply keeps whom it answers ("X（作者） 回复 Y：…"). Times, likes and buttons are left
out, and so is a comment the main text already holds.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .script import TRADITIONAL, detect_script, to_traditional

MIN_ITEMS = 2
UNSHOWN_HEADING = "评论"  # what opens a section the page shows no heading for
# a reply's lead before its words: the writer's note and whom it answers ("（作者） 回复 Y：")
_REPLY_LEAD = re.compile(
    r"(?:[（(][^）)]{1,8}[）)])?\s*(?:回复|回覆)\s*@?[^：:\s]{0,24}\s*[：:]|[（(][^）)]{1,8}[）)]\s*[：:]"
)
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
        shown = _squeezed(heading.text_content()) if heading is not None else _in_script(UNSHOWN_HEADING, read)
        lines += [shown, *read] if read else []
    return lines


def _in_script(words: str, lines: list[str]) -> str:
    """``words`` (Simplified) in the script the comments are written in."""
    return to_traditional(words) if detect_script("".join(lines)) == TRADITIONAL else words


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
    lead = _REPLY_LEAD.match(words)
    said = words[lead.end() :].strip() if lead else words
    joined = f"{name}{'' if words[0] in '（(' else ' '}{words}" if lead else f"{name}：{words}"
    own = [joined] if name and said and said not in kept else []
    return own + [line for reply in replies for line in _read(reply, kept)]


def _writer(item: HtmlElement) -> HtmlElement | None:
    return next((e for e in item.iter() if e is not item and _NAME.search(e.get("class") or "")), None)


def _name(item: HtmlElement) -> str:
    found = _writer(item)
    return _squeezed(found.text_content()) if found is not None else ""


def _words(item: HtmlElement, replies: set[HtmlElement]) -> str:
    """Its words: its paragraphs when it has any, else its text but its writer's name, times, likes and buttons."""
    paragraphs = [p for p in item.iter("p") if not any(p in set(r.iter()) for r in replies)]
    if paragraphs:
        return _squeezed(" ".join(p.text_content() for p in paragraphs))
    return _squeezed("".join(_own_text(item, replies, _writer(item)))).lstrip("：:").strip()


def _own_text(element: HtmlElement, replies: set[HtmlElement], writer: HtmlElement | None) -> list[str]:
    """The element's text but its writer's name, times, likes and buttons (whom a reply answers is kept)."""
    parts = [element.text or ""]
    for child in element:
        shown = child.get("class") or ""
        if child not in replies and child is not writer and not _NOT_WORDS.search(shown):
            parts += _own_text(child, replies, writer)
        parts.append(child.tail or "")
    return parts


def _first_class(element: HtmlElement) -> str:
    return next(iter((element.get("class") or "").split()), "")


def _squeezed(text: str) -> str:
    return " ".join(text.split())
