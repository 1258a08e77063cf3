"""Readers' comments below a web page's story, read as lines of their own ("海淀老周：存储周期一向是暴涨暴跌…").

trafilatura keeps a page's main text and leaves its comments out (include_comments=False), though on a portal's
or a blog's page the comments hold views of their own. A comments section is an element its class or id names so
("comments", "cmt-list", "repost-list", a forum's "reply-list") holding two or more items alike (one tag, one first
class), each with its writer's name: each is read as the name, a colon and its words, a reply nested in a comment
after it; the section's heading comes first, as the page shows it ("网友评论（146）"), or 评论 when the page marks the
section by its class alone, as Zhihu's answers do. A reply keeps whom it answers ("X（作者） 回复 Y：…"), and the
poster's badge in its header is kept as a note ("X（楼主）："). Times, likes and buttons are left out. A comment whose
words the main text already holds as a line of its own (a forum's replies, without their headers) is labelled there
with its writer, under the section's heading.
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
_SECTION = re.compile(r"comment|cmt|repost|repl(?:y|ies)", re.IGNORECASE)
_NAME = re.compile(r"user|nick|uname|name|author|(?:^|\s)u(?:\s|$)", re.IGNORECASE)  # "u" alone: a user's
# what a comment shows besides its words: when and where from, its likes, its buttons
_NOT_WORDS = re.compile(
    r"time|date|\bloc\b|location|\bip\b|floor|info|like|zan|\bup\b|digg|vote|meta|action|reply-link|btn|tool|foot",
    re.IGNORECASE,
)
# a time left after the words when the page's class for it says nothing of time ("… 11月19日 23:12", "… 2小时前")
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:\d{4}[-/.])?\d{1,2}(?:月\d{1,2}日|[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2})?|\d{1,2}:\d{2}|\d{1,3}\s*(?:秒|分钟|小时|天)前|刚刚)$"
)
_POSTER_BADGE = re.compile(r"楼主|樓主|作者|博主|原PO")  # the thread's own poster, as a reply's header marks them
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def with_comments(tree: HtmlElement, text: str) -> str:
    """``text`` with the page's comments: those it holds as lines labelled in place, the others after it, each
    section under its heading (see the module's docstring)."""
    lines, kept = text.split("\n"), _squeezed(text)
    squeezed = [_squeezed(line) for line in lines]
    at_line = {line: at for at, line in enumerate(squeezed)}
    headings: dict[int, str] = {}  # the line before which a section's heading goes
    after: list[str] = []
    for heading, comments in _sections(tree):
        shown = heading or _in_script(UNSHOWN_HEADING, [line for line, _, _ in comments])
        # a comment's words as a line, or after a reply's lead on one ("X楼主 回复 Y：…", as the main text kept it)
        lines_of = {words: _line_of(at_line, squeezed, words, said) for _, words, said in comments}
        found = {words: at for words, at in lines_of.items() if at is not None}
        new = [line for line, words, said in comments if words not in found and said not in kept]
        placed = sorted(found.values())
        for line, words, _ in comments:
            if words in found:
                lines[found[words]] = line
        if placed and shown not in at_line:
            headings[min(placed)] = shown
        after += [shown, *new] if new else []
    for at in sorted(headings, reverse=True):
        lines.insert(at, headings[at])
    return "\n".join(lines + after)


def _line_of(at_line: dict[str, int], lines: list[str], words: str, said: str) -> int | None:
    """The line that is a comment's words, else the one line holding them after a colon, if there is one."""
    if words in at_line:
        return at_line[words]
    holding = [at for at, line in enumerate(lines) if said and (f"：{said}" in line or f":{said}" in line)]
    return holding[0] if len(holding) == 1 else None


def _sections(tree: HtmlElement) -> list[tuple[str | None, list[tuple[str, str, str]]]]:
    """Each comments section's heading (None when the page shows none) and its comments: (line, words, what the
    words say after whom they answer)."""
    found = []
    done: set[HtmlElement] = set()
    for section in tree.iter("div", "section", "ul", "ol"):
        if section in done or not _SECTION.search(f"{section.get('class', '')} {section.get('id', '')}"):
            continue
        if not (items := _items(section)):
            continue
        done.update(section.iter())
        heading = next(section.iter(*_HEADINGS), None)
        comments = [comment for item in items for comment in _read(item)]
        if comments:
            found.append((_squeezed(heading.text_content()) if heading is not None else None, comments))
    return found


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


def _read(item: HtmlElement) -> list[tuple[str, str, str]]:
    """A comment's line, words and what they say, then those of the replies nested in it (children of its kind)."""
    # (a reply of its own kind, or one its class calls so: "sub_reply"; not the header holding its writer)
    writer = _writer(item)
    replies = [
        child
        for child in item
        if (_first_class(child) == _first_class(item) or _SECTION.search(_first_class(child)))
        and writer not in set(child.iter())
        and _name(child)
    ]
    name, words = _name(item), _TRAILING_TIME.sub("", _words(item, set(replies)))
    badges = (e for e in _own_elements(item, set(replies)) if _POSTER_BADGE.fullmatch(_squeezed(e.text_content())))
    name += f"（{_squeezed(badge.text_content())}）" if (badge := next(badges, None)) is not None else ""
    lead = _REPLY_LEAD.match(words)
    said = words[lead.end() :].strip() if lead else words
    joined = f"{name}{'' if words[:1] in '（(' else ' '}{words}" if lead else f"{name}：{words}"
    own = [(joined, words, said)] if name and said else []
    return own + [comment for reply in replies for comment in _read(reply)]


def _own_elements(item: HtmlElement, replies: set[HtmlElement]):
    """The elements of a comment, not of the replies nested in it."""
    inside = {e for reply in replies for e in reply.iter()}
    return (e for e in item.iter() if e is not item and e not in inside)


def _writer(item: HtmlElement) -> HtmlElement | None:
    """The element naming a comment's writer: by its class, the innermost so named (a "nickname" in its
    "reply_user" header), else its first, in bold before a colon ("<b>梧桐雨里听涛</b>：回复@X：…")."""
    named = [e for e in item.iter() if e is not item and _NAME.search(e.get("class") or "")]
    if innermost := [e for e in named if not any(d is not e and d in named for d in e.iter())]:
        return innermost[0]
    first = next(iter(item), None)
    bold = first is not None and first.tag in ("b", "strong") and not (item.text or "").strip()
    return first if bold and (first.tail or "").lstrip().startswith(("：", ":")) else None


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
    """The element's text but its writer's name and badge, times, likes and buttons (whom a reply answers is kept)."""
    parts = [element.text or ""]
    for child in element:
        shown = child.get("class") or ""
        badge = _POSTER_BADGE.fullmatch(_squeezed(child.text_content()))  # kept as the writer's note
        if child not in replies and child is not writer and not _NOT_WORDS.search(shown) and not badge:
            parts += _own_text(child, replies, writer)
        parts.append(child.tail or "")
    return parts


def _first_class(element: HtmlElement) -> str:
    return next(iter((element.get("class") or "").split()), "")


def _squeezed(text: str) -> str:
    return " ".join(text.split())
