"""Site junk around article text: which lines to drop, and the title and author lines."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .chat_headers import floor_stamp
from .dates import STAMP, stamps_entries
from .head_lines import SENTENCE_END, mark_head, without_heading_marks
from .lexicons import one_pattern, read_yaml
from .script import HAN, to_simplified

LEXICON_PATH = Path(__file__).parent / "lexicons" / "boilerplate.yaml"

# A paragraph line is long or holds a full stop; shorter lines before the first one are the "head" (title, author, …).
PARAGRAPH_MIN_CHARS = 61
SENTENCE_LINE_MIN_CHARS = 20
# A footer heading only opens a footer when few lines follow it: a real
# section titled "风险提示" in mid-article has paragraphs after it.
FOOTER_MAX_LINES = 15
# Lines of a link list and share prompts are short.
LINK_LINE_MAX_CHARS = 40
SHARE_PROMPT_MAX_CHARS = 40
FILING_LINE_MAX_CHARS = 80
DATELINE_MAX_CHARS = 40

_WORD_CHAR = re.compile(f"[{HAN}A-Za-z0-9]")
_LABEL_SEPARATOR = r"\s*[:：丨|｜/／]\s*"
_BYLINE_MARK = "[,，;；|丨｜、()（）/／]"
_HEADING_DECORATION = " \t\u00a0\u3000【】[]〔〕()（）<>《》:："


@dataclass(frozen=True)
class Removal:
    line_no: int  # 0-based line of the decoded text
    text: str
    rule: str


@dataclass(frozen=True)
class CleanedText:
    lines: tuple[str, ...]  # kept lines, blank lines between paragraphs
    title: str | None  # the headline line, when the text has one
    author: str | None
    removed: tuple[Removal, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class _Lexicon:
    footer_headings: frozenset[str]
    risk_headings: frozenset[str]
    link_list_headings: frozenset[str]
    junk_line_prefixes: tuple[str, ...]
    junk_labels: re.Pattern
    share_prompts: tuple[str, ...]
    filing: re.Pattern
    pager: re.Pattern
    end_mark: re.Pattern
    dateline: re.Pattern
    image: re.Pattern
    author_label: re.Pattern  # "作者：X", and a reporter's byline ("记者 X")
    byline_end: re.Pattern  # where a byline's name ends
    bio: re.Pattern
    bio_titles: tuple[str, ...]
    author_suffixes: tuple[str, ...]
    topic_words: tuple[str, ...]


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    groups = read_yaml(LEXICON_PATH)
    for name, words in groups.items():
        if not words:
            raise ValueError(f"{LEXICON_PATH.name}: group {name!r} is empty")

    def escaped(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return _Lexicon(
        footer_headings=frozenset(groups["footer_headings"]),
        risk_headings=frozenset(groups["risk_headings"]),
        link_list_headings=frozenset(groups["link_list_headings"]),
        junk_line_prefixes=tuple(groups["junk_line_prefixes"]),
        junk_labels=re.compile(f"^\\W*(?:{escaped(groups['junk_labels'])}){_LABEL_SEPARATOR}"),
        share_prompts=tuple(groups["share_prompts"]),
        filing=one_pattern(groups["filing_patterns"], re.IGNORECASE),
        pager=one_pattern(groups["pager_patterns"], re.IGNORECASE),
        end_mark=one_pattern(groups["end_mark_patterns"], re.IGNORECASE),
        dateline=one_pattern(groups["dateline_patterns"]),
        image=one_pattern(groups["image_patterns"], re.IGNORECASE),
        author_label=re.compile(
            f"(?:^|(?<=[|丨｜\u3000])\\s*)(?:(?:{escaped(groups['author_labels'])}){_LABEL_SEPARATOR}|{groups['reporter_byline']})"
        ),
        # a list's mark or a slash ("X／台北"), two spaces, a dot between spaces, a space before a date or a field
        byline_end=re.compile(rf"{_BYLINE_MARK}|\s{{2,}}|\u00a0|\s+[·•]|\s+(?=\d|{escaped(groups['byline_fields'])})"),
        bio=re.compile(f"^([{HAN}]{{2,4}}?)(?:{escaped(groups['bio_verbs'])})"),
        bio_titles=tuple(groups["bio_titles"]),
        author_suffixes=tuple(groups["author_suffixes"]),
        topic_words=tuple(groups["topic_words"]),
    )


@dataclass
class _Line:
    no: int
    text: str  # original, stripped
    simplified: str  # same length as text
    rule: str | None = None  # why it is dropped, None while kept

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def kept(self) -> bool:
        return self.rule is None and not self.blank

    @property
    def is_paragraph(self) -> bool:
        return is_paragraph(self.text)


def is_paragraph(text: str) -> bool:
    """Body text rather than a title, caption or link: long, or made of sentences."""
    if "。" in text or len(text) >= PARAGRAPH_MIN_CHARS:
        return True
    return len(text) >= SENTENCE_LINE_MIN_CHARS and bool(SENTENCE_END.match(text[-1]))


def clean_lines(lines: Sequence[str], title_line: int | None = None) -> CleanedText:
    """Drop junk lines, find the title and author lines; kept lines are substrings of the input lines.

    ``title_line`` is the title's line when the file marks it (a Markdown heading).
    """
    simplified = to_simplified("\n".join(lines)).split("\n")
    rows = [_Line(no, text.strip(), simp.strip()) for no, (text, simp) in enumerate(zip(lines, simplified))]
    _mark_junk_lines(rows)
    _mark_footer_block(rows)
    _mark_link_lists(rows)
    author, glued = mark_head(rows, title_line, lexicon())
    title = next((without_heading_marks(r.text) for r in rows if r.rule == "title"), None)
    kept: list[str] = []
    for row in rows:
        text = glued if glued is not None and row.rule == "glued-author" else row.text
        if row.rule in (None, "title", "glued-author") and text:
            kept.append(text)
        elif kept and kept[-1]:
            kept.append("")  # a dropped or blank line still separates paragraphs
    while kept and not kept[-1]:
        kept.pop()
    removed = tuple(
        Removal(r.no, _removed_part(r, glued), r.rule) for r in rows if r.rule not in (None, "title") and r.text
    )
    return CleanedText(tuple(kept), title, author, removed)


def _removed_part(row: _Line, glued: str | None) -> str:
    if row.rule == "glued-author" and glued is not None:
        return row.text[: len(row.text) - len(glued)].rstrip()
    return row.text


def _mark_junk_lines(rows: list[_Line]) -> None:
    lex = lexicon()
    for row in rows:
        if row.blank:
            continue
        simp = row.simplified
        if lex.image.fullmatch(simp):
            row.rule = "image"
        elif lex.pager.fullmatch(simp):
            row.rule = "pager"
        elif lex.end_mark.fullmatch(simp):
            row.rule = "end-mark"
        elif not row.is_paragraph and len(simp) <= DATELINE_MAX_CHARS and lex.dateline.match(simp):
            row.rule = "dateline"
        elif len(simp) <= FILING_LINE_MAX_CHARS and lex.filing.search(simp):
            row.rule = "filing"
        elif simp.startswith(lex.junk_line_prefixes) or lex.junk_labels.match(simp):
            row.rule = "caption"
        elif len(simp) <= SHARE_PROMPT_MAX_CHARS and any(p in simp for p in lex.share_prompts):
            row.rule = "share-prompt"
        elif not _WORD_CHAR.search(simp):
            row.rule = "decoration"
    if stamps_entries(row.simplified for row in rows):  # a record's entries, each under its time: kept
        for row in rows:
            row.rule = None if row.rule == "dateline" and STAMP.fullmatch(row.simplified) else row.rule
    for row in rows:  # a thread's post's time and floor, under its writer's name ("2025-03-11 22:14　#1"): kept
        row.rule = None if row.rule == "dateline" and floor_stamp().fullmatch(row.simplified) else row.rule


# what a footer's heading may join to its word ("免责声明及分析员核证", "声明与披露")
_JOINED = re.compile(r"(?:及|与|和|暨)[\u4e00-\u9fff]{2,8}$")


def _heading_key(row: _Line) -> str:
    return row.simplified.strip(_HEADING_DECORATION)


def _mark_footer_block(rows: list[_Line]) -> None:
    lex = lexicon()
    filled = [row for row in rows if not row.blank]
    # Only one of the last few filled lines can open a footer block.
    for start in range(max(len(filled) - FOOTER_MAX_LINES - 1, 0), len(filled)):
        key = _heading_key(filled[start])
        if key in lex.risk_headings:
            # a report's risks are the paragraph under their heading: a deck's pages may go on after them
            at = rows.index(filled[start])
            below = itertools.dropwhile(lambda row: row.blank, rows[at + 1 :])
            for row in [rows[at], *itertools.takewhile(lambda row: not row.blank, below)]:
                row.rule = row.rule or "footer"
        elif key in lex.footer_headings or _JOINED.sub("", key) in lex.footer_headings:
            for later in filled[start:]:
                later.rule = later.rule or "footer"
            return


def _mark_link_lists(rows: list[_Line]) -> None:
    headings = lexicon().link_list_headings
    in_list = False
    for row in rows:
        if row.blank or row.rule:
            continue
        if _heading_key(row) in headings:
            row.rule, in_list = "link-list", True
        elif in_list and not row.is_paragraph and len(row.text) <= LINK_LINE_MAX_CHARS:
            row.rule = "link-list"
        else:
            in_list = False
