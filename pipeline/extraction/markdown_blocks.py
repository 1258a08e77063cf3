"""Markdown (as clipped or exported from web pages) to plain text blocks, the page markup dropped.

A real CommonMark parser (markdown-it-py) reads the file; each block keeps its
kind and its text with the markup resolved (escapes such as ``\\_`` undone,
links to their words, images gone). Blocks that are page furniture rather
than text (styling, images, bare links, account cards) are marked with why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import lxml.html
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from .lexicons import alternation, load, terms
from .script import HAN

# A word character: Han, Latin letters, digits.
_WORD = re.compile(f"[{HAN}A-Za-z0-9]")
_HAN = re.compile(f"[{HAN}]")
# A declaration "{ name: value }"; no two quantifiers may share characters (a long run without
# a colon would be split every way).
_CSS_DECLARATION = re.compile(r"\{[^{}:]*[A-Za-z-]\s*:[^{}]*\}")
# The source line closing an account card: "](address)".
# a renderer's directive for a table of contents ("[TOC]", "[[_TOC_]]", "[toc]"), no words of the text
_TOC = re.compile(r"\[\[?_?toc_?\]\]?", re.IGNORECASE)
_CARD_CLOSE = re.compile(r"\]\(.*\)\s*")
_CONTAINERS = {"blockquote_open": "quote", "list_item_open": "list_item"}


@dataclass(frozen=True)
class Block:
    kind: str  # heading | paragraph | list_item | quote | table_row | footnote | code | html
    text: str  # plain text, markup resolved; "\n" where the source broke the line
    line: int  # first source line, 0-based
    junk: str | None = None  # why the block is page furniture, None for text
    action_links: tuple[str, ...] = ()  # words of links that are page actions (an account's name)


@dataclass(frozen=True)
class _Rules:
    action_prefixes: tuple[str, ...]
    dropped_html: re.Pattern
    card_max_blocks: int
    holder_columns: frozenset[str]  # a table's first heading naming who holds each row's view


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load("posts")
    tags = alternation(terms(data["dropped_html_tags"], "posts.dropped_html_tags"))
    return _Rules(
        action_prefixes=terms(data["action_link_prefixes"], "posts.action_link_prefixes"),
        dropped_html=re.compile(rf"\s*<(?:{tags})", re.IGNORECASE),
        card_max_blocks=int(data["card_max_blocks"]),
        holder_columns=frozenset(terms(data["holder_columns"], "posts.holder_columns")),
    )


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # Footnotes ("…融资。[^3]", "[^3]: 数据为作者整理"): a mark is dropped from its sentence, a note is a paragraph
    # (CommonMark alone reads a note as a link's definition, its words lost, and a mark as the words "^3").
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)
    # Nothing is rendered to HTML, so no link is unsafe; "javascript:" links mark account names.
    parser.validateLink = lambda url: True
    return parser


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a Markdown text in order, junk marked (see ``Block.junk``)."""
    source = text.split("\n")
    blocks: list[Block] = []
    kinds: list[str] = []  # the open containers (quote, list item)
    row: list[str] = []
    row_line = 0
    held: bool | None = None
    note: str | None = None  # the label of the footnote whose text comes next
    opener = ""  # the token before an inline one opens its block (markdown-it keeps no parent links)
    for token in _parser().parse(text):
        if token.type in _CONTAINERS:
            kinds.append(_CONTAINERS[token.type])
        elif token.type in ("blockquote_close", "list_item_close"):
            kinds.pop()
        elif token.type == "table_open":
            held = None  # whether the first column names who holds each row's view, known once the heading row closes
        elif token.type == "tr_open":
            row, row_line = [], _line(token)
        elif token.type == "tr_close":
            holder = bool(held and len(row) > 1 and row[0])  # "【华泰证券】盈利周期…", a digest's line of a firm
            text = f"【{row[0]}】" * holder + "  ".join(row[holder:])
            blocks.append(_text_block("table_row", text, row_line))
            held = bool(row) and row[0] in _rules().holder_columns if held is None else held
        elif token.type == "inline" and opener in ("th_open", "td_open"):
            row.append(_inline(token)[0].strip())
        elif token.type == "footnote_open":
            note = token.meta["label"]
        elif token.type == "inline" and note is not None:  # a note's first paragraph keeps its mark
            blocks.append(_inline_block("footnote", token, f"[^{note}] "))
            note = None
        elif token.type == "inline":
            kind = "heading" if opener == "heading_open" else (kinds[-1] if kinds else "paragraph")
            blocks.append(_inline_block(kind, token))
        elif token.type == "fence":
            blocks.append(Block("code", token.content.strip(), _line(token), "code"))
        elif token.type == "code_block":  # indented text: plain text indented four spaces, not code
            blocks.append(_text_block("paragraph", token.content.strip(), _line(token)))
        elif token.type == "html_block":
            blocks.append(_html_block(token))
        opener = token.type
    return _drop_cards(blocks, source)


def _line(token: Token) -> int:
    return token.map[0] if token.map else 0


def _inline(token: Token) -> tuple[str, str, int, tuple[str, ...]]:
    """(text, text outside links, number of images, words of action links) of an inline token."""
    parts: list[str] = []
    outside: list[str] = []
    actions: list[str] = []
    images = 0
    link: list[str] | None = None  # words of the open link
    link_is_action = False
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
            (link if link is not None else outside).append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
            (link if link is not None else outside).append("\n")
        elif child.type == "image":
            images += 1
        elif child.type == "link_open":
            link, link_is_action = [], str(child.attrs.get("href", "")).startswith(_rules().action_prefixes)
        elif child.type == "link_close" and link is not None:
            if link_is_action and "".join(link).strip():
                actions.append("".join(link).strip())
            link = None
    return "".join(parts), "".join(outside), images, tuple(actions)


def _inline_block(kind: str, token: Token, label: str = "") -> Block:
    text, outside, images, actions = _inline(token)
    text = label + text.strip()
    line = _line(token)
    junk = None
    if not _WORD.search(text):
        junk = "image" if images else "decoration"
    elif not _WORD.search(outside) and not actions:
        junk = "link-only"
    elif is_css(text):
        junk = "css"
    elif _TOC.fullmatch(text):
        junk = "toc"
    return Block(kind, text, line, junk, actions)


def _text_block(kind: str, text: str, line: int) -> Block:
    junk = "css" if is_css(text) else None if _WORD.search(text) else "decoration"
    return Block(kind, text, line, junk)


def _html_block(token: Token) -> Block:
    content = token.content.strip()
    if _rules().dropped_html.match(content):
        return Block("html", content, _line(token), "html")
    try:
        text = lxml.html.fragment_fromstring(content, create_parent="div").text_content().strip()
    except Exception:  # noqa: BLE001 (lxml raises several kinds for broken markup)
        text = ""
    return Block("html", text, _line(token), None if _WORD.search(text) else "html")


def is_css(text: str) -> bool:
    """Style rules and nothing else ("a.b { max-width: 667px; }", nested @media too).

    One pass over the braces: balanced, no Han outside them (selectors are
    ASCII), nothing word-like after the last rule.
    """
    if not _CSS_DECLARATION.search(text):
        return False
    depth = 0
    outside: list[str] = []
    tail = 0
    for at, char in enumerate(text):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
            tail = at + 1 if depth == 0 else tail
        elif depth == 0:
            outside.append(char)
    return depth == 0 and not _HAN.search("".join(outside)) and not _WORD.search(text[tail:])


def _drop_cards(blocks: list[Block], source: list[str]) -> list[Block]:
    """An unclosed "[" opening a block, closed by a "](…)" block soon after: an account card, dropped whole.

    (Exporters write a link wrapped round several blocks so; CommonMark reads its pieces as text.)
    """
    limit = _rules().card_max_blocks
    out = list(blocks)
    at = 0
    while at < len(out):
        if out[at].text.startswith("["):  # an unmatched "[" stays literal text
            close = next(
                (
                    j
                    for j in range(at + 1, min(at + 1 + limit, len(out)))
                    if _CARD_CLOSE.fullmatch(source[out[j].line].strip())
                ),
                None,
            )
            if close is not None:
                for j in range(at, close + 1):
                    out[j] = Block(out[j].kind, out[j].text, out[j].line, "account-card")
                at = close
        at += 1
    return out
