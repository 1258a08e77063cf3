"""Plain text whose line breaks are not its sentences': a text hard-wrapped at a fixed width (a PDF's text
layer saved as text, an e-mail), its paragraphs' lines joined again; a subtitle file (SRT), its cues' numbers
and times dropped and their words joined into one spoken paragraph.

A text is wrapped when several of its lines run to within a few characters of its longest (a line
padded with runs of spaces, a page's header, is no measure of it, nor a rule of dashes). A line of such
a text is wrapped when it runs to that width (nearly, where indents open the paragraphs) without closing
punctuation and the next line of its block goes on the text: it opens no list item and neither line is a
record of its own (a post's header, a push).
"""

from __future__ import annotations

import re
import unicodedata

from .head_lines import SENTENCE_END

MIN_WIDTH = 32  # columns of the longest line of a text that can be wrapped: shorter lines are a list's
NEAR_WIDTH = 0.8  # a wrapped line runs to at least this share of the text's width
INDENTED = 0.6  # ... or this share, where indents open the paragraphs and the next line has none
MIN_INDENTED = 5  # indented lines, each with lines of its paragraph after it, that show indents open the paragraphs
MIN_FULL_LINES = 3  # lines that run to the width: fewer show no fixed width
_PADDED = re.compile(r"\S\s{3,}\S")
_WORD = re.compile(r"\w")
_INDENT = re.compile(r"(?: {2,}|\u3000+)\S")
# how a line ends when its sentence ends there: closing punctuation, a colon, a closing bracket; a post's or a
# message's time ("#4 阿凯爸 2026-11-18 23:31", "推 id: … 12/01 21:20")
_ENDED = re.compile(r"(?:[。！？!?；;：:…”」』）)\]】.]|\d{1,2}:\d{2}(?::\d{2})?)\s*$")
# how a line opens when it is a record of one line: a bracketed heading, a post's number or a forum's reply mark,
# a label before a colon ("引用：", "B1 id：", "推 id:"); nothing is joined to it or after it
_LABELLED = re.compile(r"\s*(?:[→#【\[]|[推噓嘘]\s|[^\s：:，,。]{1,12}\s*[：:])")
# ... but a report's section label opens a paragraph that wraps like any other ("投资建议：维持…，建议重点关注换流阀和")
_SECTION_LABEL = re.compile(r"\s*(?:事件|点评|观点|核心观点|投资建议|投资要点|结论|摘要|评论|分析|展望)\s*[：:]")
# ... and when it starts an item of its own: a list label (not a decimal's digits) or a bullet (its own lines may wrap)
_ITEM = re.compile(
    r"\s*(?:[-–—•·●■▪◆*+]|[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.、．](?!\d)|第[一二三四五六七八九十\d]+[章节条点部])"
)
MIN_CUES = 3  # timed cues that make a text a subtitle file
_CUE_TIME = re.compile(r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")
_CUE_NUMBER = re.compile(r"\d{1,5}")
_SPEAKER_CUE = re.compile(r"\s*(?:[\[【][^\]】]{1,16}[\]】]|[-–]\s)")  # a cue's speaker label, or a dash for a new one
_GOES_ON = ("，", ",", "、", "：", ":", "；", ";", "——", "…")  # a cue's last mark that its sentence goes on after
_LATIN_END = re.compile(r"[A-Za-z0-9,]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")


def subtitled(lines: list[str]) -> bool:
    """Whether the lines are a subtitle file's: timed cues (its lines are no hard-wrapped paragraphs)."""
    return sum(bool(_CUE_TIME.fullmatch(line.strip())) for line in lines) >= MIN_CUES


def subtitles(lines: list[str]) -> list[str]:
    """A subtitle file's lines as the lines before its first cue and a line of its cues' words, apart by spaces
    as speech turned to text is, for each sentence (a cue with no comma at its end ends one) and each speaker's
    turn its cues label; any other text as it is."""
    times = [i for i, line in enumerate(lines) if _CUE_TIME.fullmatch(line.strip())]
    if len(times) < MIN_CUES:
        return lines
    head = lines[: times[0] - 1 if times[0] and _CUE_NUMBER.fullmatch(lines[times[0] - 1].strip()) else times[0]]
    cues = set(times) | {i - 1 for i in times if i and _CUE_NUMBER.fullmatch(lines[i - 1].strip())}
    timed = set(times)
    # a cue opened by a speaker's label ("[主持人] …", "- …") starts a line of its own, and so does one after a cue
    # that ends a sentence, as a cue with no mark at its end does (one that goes on ends with a comma)
    turns: list[list[str]] = []
    for at in range(times[0], len(lines)):
        if at in cues or not (line := lines[at].strip()):
            continue
        opens = at - 1 in timed  # the cue's first line, right after its times
        if not turns or _SPEAKER_CUE.match(line) or (opens and not turns[-1][-1].endswith(_GOES_ON)):
            turns.append([])
        turns[-1].append(line)
    return [*head, *(" ".join(turn) for turn in turns)]


def columns(line: str) -> int:
    """How wide a line is drawn: a Chinese character takes two columns, a Latin letter or digit one (a character
    of ambiguous width, such as “ or —, two, as Chinese type sets it). A text is wrapped by width, so a line of an
    e-mail address is no wider than a line of Chinese a third shorter."""
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in line)


def unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with each hard-wrapped paragraph on one line (a space kept between Latin words)."""
    # (a rule of dashes across the page, no word in it, is no measure either)
    lengths = [columns(line.rstrip()) for line in lines if _WORD.search(line) and not _PADDED.search(line)]
    width = max(lengths, default=0)
    if width < MIN_WIDTH or sum(n >= NEAR_WIDTH * width for n in lengths) < MIN_FULL_LINES:
        return lines
    if not any(SENTENCE_END.search(line) for line in lines):
        return lines  # a post that never ends a sentence: each line is one, however alike their lengths
    # where an indent opens each paragraph (a newspaper's column), a line without one goes on the paragraph after a
    # shorter line (a column's lines run short by digits: "…同期美元指数下跌" then "1.4%至95.62，…")
    opening = [a for a, b in zip(lines, lines[1:]) if _INDENT.match(a) and b.strip() and not _INDENT.match(b)]
    indented = len(opening) >= MIN_INDENTED
    out: list[str] = []
    previous = ""  # the line before as the text has it: a short one ended its paragraph, however long the join
    for line in lines:
        wrapped = (
            line.strip()
            and _WORD.search(previous)
            and columns(previous.rstrip()) >= (INDENTED if indented and not _INDENT.match(line) else NEAR_WIDTH) * width
            and not _ENDED.search(previous)
            and not (_LABELLED.match(out[-1]) and not _SECTION_LABEL.match(out[-1]))
            and not (_LABELLED.match(line) or _ITEM.match(line))
        )
        if wrapped:
            head, tail = out[-1].rstrip(), line.lstrip()
            out[-1] = head + (" " if _LATIN_END.search(head) and _LATIN_START.match(tail) else "") + tail
        else:
            out.append(line)
        previous = line
    return out
