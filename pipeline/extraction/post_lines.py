"""The metadata lines of a post as social platforms show them, read into fields and taken out of the text.

In the head of a post (the lines before its first paragraph): "原创 张三 某某财经"
(an original post, its author and account), "以下文章来源于 X ，作者 Y" (the
account it was taken from), "作者 Y", a dateline, and the account's name on a
line of its own. Anywhere: bars of the page's buttons (赞 在看 分享 留言).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .boilerplate import is_paragraph
from .head_lines import AUTHOR_NAME_MAX_CHARS, AUTHOR_NAME_MIN_CHARS
from .dates import STAMP, Dateline, dateline, stamps_entries
from .lexicons import alternation, load, terms
from .script import to_simplified

# The head is read up to the first paragraph, and no further than this many filled lines.
HEAD_MAX_LINES = 30
VERIFIED_LINES = 3  # ... and a verified account is its author on one of its first lines (below a title)
_PARTS = re.compile(r"\s*[，,;；|丨｜]\s*")
_INTERFACE_SPLIT = re.compile(r"[\s，,、。·|丨｜/]+")


@dataclass(frozen=True)
class PostLines:
    lines: tuple[str, ...]  # the input lines, metadata lines blanked (so line numbers hold)
    author: str | None
    source: str | None  # the account the post was taken from, else the account that posted it
    dateline: Dateline | None


@dataclass(frozen=True)
class _Words:
    origin: tuple[str, ...]
    original: tuple[str, ...]
    author: re.Pattern
    glued_author: re.Pattern
    interface: frozenset[str]
    verified: re.Pattern


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = load("posts")
    labels = alternation(terms(data["author_words"], "posts.author_words"))
    return _Words(
        origin=terms(data["origin_prefixes"], "posts.origin_prefixes"),
        original=terms(data["original_marks"], "posts.original_marks"),
        author=re.compile(rf"(?:{labels})(?:\s*[:：/／丨|]\s*|\s+)(\S{{{AUTHOR_NAME_MIN_CHARS},{AUTHOR_NAME_MAX_CHARS}}})"),
        glued_author=re.compile(rf"(?:{labels})\s*[:：]?\s*(\S{{{AUTHOR_NAME_MIN_CHARS},{AUTHOR_NAME_MAX_CHARS}}})"),
        interface=frozenset(terms(data["interface_words"], "posts.interface_words")),
        verified=re.compile(data["verified_account"]),
    )


def read_post_lines(lines: Sequence[str], accounts: Sequence[str] = ()) -> PostLines:
    """Find the metadata lines; ``accounts`` are names the file marked as the account's (action links)."""
    words = _words()
    kept = list(lines)
    author = origin = account = None
    found_date = None
    filled = 0
    record = stamps_entries(to_simplified(line.strip()) for line in lines)
    for no, line in enumerate(lines):
        text = to_simplified(line.strip())
        if not text:
            continue
        if is_interface_bar(text):
            kept[no] = ""
            continue
        if filled >= HEAD_MAX_LINES or is_paragraph(text):
            filled = HEAD_MAX_LINES  # past the head: only interface bars are looked for
            continue
        filled += 1
        original = line.strip()
        if filled <= VERIFIED_LINES and (badge := words.verified.fullmatch(original)):
            author = author or badge["name"]  # the account's line stays: it heads the post
            continue
        if text.startswith(words.origin):
            rest = original[len(next(p for p in words.origin if text.startswith(p))) :]
            parts = [p for p in _PARTS.split(rest.strip()) if p]
            origin = origin or (parts[0] if parts else None)
            # "，作者Y": in this line the name may follow its label without a separator.
            author = author or next((n for p in parts[1:] if (n := _author(p) or _author(p, glued=True))), None)
        elif text.startswith(words.original) and (found := _original_line(original, accounts)):
            author, account, found_date = author or found[0], account or found[1], found_date or found[2]
        elif (name := _author(original)) is not None:
            author = author or name
        elif (date_found := dateline(original)) is not None:
            found_date = found_date or date_found
            if record and STAMP.fullmatch(text):
                continue  # a record's entry's time, kept over it
        elif original in accounts:
            account = account or original
        else:
            continue
        kept[no] = ""
    return PostLines(tuple(kept), author, origin or account, found_date)


def is_interface_bar(text: str) -> bool:
    """A line of the page's buttons only ("赞 ，轻点两下取消赞 在看 分享 留言")."""
    parts = [p for p in _INTERFACE_SPLIT.split(text) if p]
    return bool(parts) and all(p in _words().interface for p in parts)


def _author(text: str, glued: bool = False) -> str | None:
    words = _words()
    match = (words.glued_author if glued else words.author).fullmatch(text.strip())
    return match.group(1) if match else None


def _original_line(line: str, accounts: Sequence[str]) -> tuple[str | None, str | None, Dateline | None] | None:
    """ "原创 张三 某某财经 2026-01-29 07:30 上海": (author, account, date); None if the line is something else."""
    mark = next(m for m in _words().original if to_simplified(line).startswith(m))
    rest = line[len(mark) :].strip()
    account = next((a for a in accounts if a in rest), None)
    if account:
        rest = rest.replace(account, " ")
    parts = rest.split()
    # the date the platform shows after the names, with its time and the poster's place ("2026-11-28 07:30 上海")
    dated = next((i for i in range(len(parts)) if dateline(" ".join(parts[i:]))), len(parts))
    date = dateline(" ".join(parts[dated:])) if dated < len(parts) else None
    names = [p for p in parts[:dated] if not dateline(p) and not re.fullmatch(r"\d{1,2}:\d{2}", p)]
    if not names:
        return (None, account, date) if account else None
    if any(len(n) > AUTHOR_NAME_MAX_CHARS for n in names) or len(names) > 2:
        return None
    if account is None and len(names) == 2:
        return names[0], names[1], date
    return names[0], account, date
