"""A web page of several posts side by side (a question's answers, a thread's replies), read whole.

trafilatura keeps one ``<article>`` of a page, the first: on such a page the others, and the question they answer,
were lost. When the article it kept has sibling ``<article>`` elements that hold paragraphs too, the page is read
here: the text of their parent before them (the question), then each post, its head's lines (who wrote it, their
bio, its votes: what says whose the post is) before its text. A list of teasers beside a news story is not such a
page: trafilatura's text is not in it, and a teaser holds a paragraph or none.
"""

from __future__ import annotations

import lxml.html
import trafilatura
from lxml.html import HtmlElement

MIN_POST_PARAGRAPHS = 2  # a teaser card holds a summary's paragraph; a post of one long paragraph counts by length
MIN_POST_CHARS = 120
_CLASSED = ("div", "section", "li")  # the containers a page's posts come in besides <article>, known by their class
_BLOCKS = ("p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6")


def posts_text(tree: HtmlElement, kept: str) -> str | None:
    """The page's text as its posts give it, or None when it is not a page of posts. ``kept``: trafilatura's
    text of the whole page."""
    posts = _posts(tree, kept)
    if not posts:
        return None
    parent = posts[0].getparent()
    lines = _extracted(list(parent)[: parent.index(posts[0])])
    for post in posts:
        children = list(post)
        texts = [at for at, child in enumerate(children) if _holds_text(child)]
        if not texts:
            continue
        # before its text, who wrote it, their bio, its votes: each piece of their text a line of its own, as the
        # page shows them (a name, then its bio); after it, the post's buttons
        lines += [line for child in children[: texts[0]] for line in _head_lines(child)]
        run: list[HtmlElement] = []  # the post's text, with a line between its paragraphs ("X 回复：") kept whole
        for child in children[texts[0] : texts[-1] + 1]:
            if _holds_text(child):
                run.append(child)
            else:
                lines += _extracted(run) + _head_lines(child)
                run = []
        lines += _extracted(run)
    return "\n".join(lines)


def _head_lines(element: HtmlElement) -> list[str]:
    """A head's lines: each piece of its text, as the page shows them (a name, then its bio), or one line when
    words of its own run between them ("<a>投资者***6372</a> 向 <a>华岳电子</a> 提问：" is one sentence)."""
    pieces = [piece.strip() for piece in element.itertext() if piece.strip()]
    own = (element.text or "").strip() or any((child.tail or "").strip() for child in element)
    return [" ".join(_text(element).split())] if own and len(pieces) > 1 else pieces


def _posts(tree: HtmlElement, kept: str) -> list[HtmlElement]:
    lines = [" ".join(line.split()) for line in kept.split("\n") if line.strip()]
    for parent in dict.fromkeys(element.getparent() for element in tree.iter("article", *_CLASSED)):
        if parent is None:
            continue
        for kind in dict.fromkeys(map(_kind, parent)):
            posts = [child for child in parent if _kind(child) == kind and kind[1] is not None and _is_post(child)]
            if len(posts) > 1 and _hold_most(lines, [_text(post) for post in posts]):
                return posts
    return []


def _hold_most(lines: list[str], posts: list[str]) -> bool:
    """Whether the posts hold most of the main text trafilatura kept (by its characters): the page is theirs, past a
    menu or a breadcrumb it kept too."""
    held = sum(len(line) for line in lines if any(line in post for post in posts))
    return held * 2 > sum(map(len, lines))


def _kind(element: HtmlElement) -> tuple[str, str | None]:
    """What makes siblings posts alike: ``<article>`` elements, or elements of one tag and one class (a Q&A page's
    ``<div class="qa-item">``)."""
    if element.tag == "article":
        return ("article", "")
    return (str(element.tag), element.get("class") if element.tag in _CLASSED else None)


def _is_post(element: HtmlElement) -> bool:
    paragraphs = [text for p in element.iter("p") if (text := _text(p))]
    return len(paragraphs) >= MIN_POST_PARAGRAPHS or sum(map(len, paragraphs)) >= MIN_POST_CHARS


def _holds_text(element: HtmlElement) -> bool:
    return element.tag in _BLOCKS or any(True for _ in element.iter(*_BLOCKS))


def _extracted(elements: list[HtmlElement]) -> list[str]:
    """trafilatura's text of some elements alone, its junk left out as on a whole page."""
    if not elements:
        return []
    body = "".join(lxml.html.tostring(element, encoding="unicode") for element in elements)
    text = trafilatura.extract(f"<html><body>{body}</body></html>", include_comments=False)
    return [line for line in (text or "").split("\n") if line.strip()]


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())
