"""The head of an article: where its body starts, which short line is its headline (or, with none, the title its
first sentence gives), and its author lines ("作者:X" on its own line or glued to the first sentence, a one-line
bio "X系某机构首席分析师"). ``lexicon`` is the boilerplate lexicon (author label, bio pattern and titles, endings
of source names)."""

from __future__ import annotations

import re

from .dates import STAMP, stamps_entries
from .script import HAN
from .item_headings import role_entry
from .chat_headers import MAX_LABEL, headers
from .speaker_rules import rules
from .turn_labels import turn_rules

AUTHOR_NAME_MAX_CHARS = 16
AUTHOR_NAME_MIN_CHARS = 2
BIO_LINE_MAX_CHARS = 80
HEADLINE_MIN_CHARS = 4
HEADLINE_TYPICAL = range(8, 61)
# A head line needs this score to be the title (see _headline_score).
HEADLINE_MIN_SCORE = 2.5
_HEADLINE_MARK = re.compile(r"[:：|丨｜—–]|\s-\s|[?？]")
# a field of a record's head ("会议时间：…", "主持人：…", "出席股东：…"): no headline, however it scores
_FIELD_LINE = re.compile(
    rf"(?!各位|诸位|尊敬)[{HAN}]{{0,6}}(?:时间|地点|方式|形式|人员|股东|主持人|主持|嘉宾|对象|日期|编号|出席|列席|整理|记录)\s*[：:]"
)
_ROLE_FIELD = re.compile(r"\s*(?P<label>[^：:\s]{1,8})\s*[：:]")
UNSTOPPED_LINE_MIN_CHARS = 12  # a line of clauses in a text that never ends a sentence is its body's, however short
MIN_STAMPS = 2  # lines of a time (and a sender) in a head that make it a chat's export or captions, the body
DERIVED_TITLE_CHARS = 30
DERIVED_TITLE_MIN_CLAUSE = 10
SENTENCE_END = re.compile(r"[。！？!?；;…]|\.(?=\s|$)")
_CLAUSE_MARK = re.compile(r"[,，、:：]")
CLAUSE_COMMA = re.compile(r"[^\s，,][，,]\s*[\u4e00-\u9fff]")  # a comma between two clauses of a line
_BARE_NAME = re.compile(f"[{HAN}]{{2,4}}")
# a line of a sender and a time ("老周 08:55"), or of a time alone ("0:04"), over a chat's or captions' words; or a
# line of a time, a sender and their words apart by tabs, as LINE saves a chat ("08:41\t阿凯Kai\t早安～")
_STAMP_LINE = re.compile(
    rf"{headers().sender.pattern}|\s*[\[(]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]?\s*"
    rf"|\s*{rules().data['chat_time']}\t[^\t]{{1,{MAX_LABEL}}}\t.*"
)
# a dialogue's labelled line ("記：…", "林：…"): its first turns are its body, not its title, which is its first line
_TURN = re.compile(r"\s*[^\s：:，,。？?]{1,4}[：:]\s*\S")
_HAN_CHAR = re.compile(f"[{HAN}]")
_WORD_CHAR = re.compile(f"[{HAN}A-Za-z0-9]")


def labelled_author(text: str, simplified: str, lexicon) -> str | None:
    """ "作者:X" on a line of its own, or as a field of a byline ("鏈新聞　2026/01/12　｜　作者：X　｜　瀏覽 1.2k"):
    X, up to a list separator."""
    label = lexicon.author_label.search(simplified)
    if not label:
        return None
    end = label.end() + len(lexicon.byline_end.split(simplified[label.end() :])[0])  # fields read in Simplified
    name = text[label.end() : end].strip()
    return name if AUTHOR_NAME_MIN_CHARS <= len(name) <= AUTHOR_NAME_MAX_CHARS else None


def bio_author(text: str, simplified: str, lexicon) -> str | None:
    """ "X系某机构首席分析师" (a one-line bio): X."""
    if len(text) > BIO_LINE_MAX_CHARS:
        return None
    bio = lexicon.bio.match(simplified)
    if bio and any(t in simplified[bio.end() :] for t in lexicon.bio_titles):
        return text[: bio.end(1)]
    return None


def glued_author(text: str, simplified: str, lexicon) -> tuple[str, str] | None:
    """ "作者:X" glued to the first sentence: (X, the rest of the line).

    X ends at the earliest of: a space or punctuation, a change between Han
    script and Latin letters or digits ("微信文章|AI大模型…"), the end of a
    source word ("某某研究院|美联储…"), each within the first 16 characters.
    A name that cannot be told from the text is left in the line.
    """
    label = lexicon.author_label.match(simplified)
    if not label:
        return None
    rest, simplified_rest = text[label.end() :], simplified[label.end() :]
    ends = [end for end in (_name_end(rest), _suffix_end(simplified_rest, lexicon.author_suffixes)) if end is not None]
    if not ends:
        return None
    return rest[: min(ends)], rest[min(ends) :].lstrip()


def _name_end(rest: str) -> int | None:
    limit = min(len(rest), AUTHOR_NAME_MAX_CHARS + 1)
    for i in range(AUTHOR_NAME_MIN_CHARS, limit):
        before, here = rest[i - 1], rest[i]
        if not _WORD_CHAR.match(here):
            return i
        if bool(_HAN_CHAR.match(before)) != bool(_HAN_CHAR.match(here)):
            return i
    return None


def _suffix_end(rest: str, suffixes) -> int | None:
    ends = []
    for suffix in suffixes:
        at = rest.find(suffix, 0, AUTHOR_NAME_MAX_CHARS)
        if at >= 0 and AUTHOR_NAME_MIN_CHARS <= at + len(suffix) <= AUTHOR_NAME_MAX_CHARS:
            ends.append(at + len(suffix))
    return min(ends) if ends else None


def is_field(simplified: str) -> bool:
    """Whether a head line is a field of a record's head ("会议时间：…", "主持人：X　嘉宾：Y"), or a role's label over
    who holds it, not words spoken ("应征者：林柏宇（前职：…）", "受访者："): part of the text, never its headline nor a
    page's junk before it."""
    role = _ROLE_FIELD.match(simplified)
    held = role is not None and role["label"] in turn_rules().roles and not SENTENCE_END.search(simplified)
    return held or bool(_FIELD_LINE.match(simplified))


def pick_title(head: list[tuple[str, str]], body: str, topic_words) -> int | None:
    """The head line that reads most like this text's headline, if any does well enough.

    Link titles of the page around an article share few words with its body,
    carry no topic word and seldom the "topic: point" shape of a headline.
    ``body``: the ``word_chars`` of a sample of the body.
    """
    best, best_score = None, HEADLINE_MIN_SCORE
    for at, (text, simplified) in enumerate(head):
        if len(text) < HEADLINE_MIN_CHARS or is_field(simplified):
            continue
        score = _headline_score(text, simplified, body, topic_words, is_last=at == len(head) - 1)
        if score >= best_score:  # ties go to the later line, the one nearer the body
            best, best_score = at, score
    return best


def _headline_score(text: str, simplified: str, body: str, topic_words, is_last: bool) -> float:
    words = bigrams(simplified)
    # A pair of word characters is one of the body's bigrams exactly when it occurs in ``body``: a substring
    # search per pair of the line, not a set of every pair of the body (a fifth of reading a file).
    overlap = sum(word in body for word in words) / len(words) if words else 0.0
    return (
        2 * overlap
        + bool(_HEADLINE_MARK.search(text[1:].rstrip(":：")))
        + any(w in simplified for w in topic_words)
        + is_last
        + (len(text) in HEADLINE_TYPICAL)
    )


def word_chars(text: str) -> str:
    """The Han characters, Latin letters and digits of ``text``, lower case, run together."""
    return "".join(_WORD_CHAR.findall(text.lower()))


def bigrams(text: str) -> set[str]:
    chars = word_chars(text)
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def derive_title(text: str) -> str:
    """A title for a text without a headline: its first sentence, clipped at a clause near 30 characters."""
    first_line = next((without_heading_marks(line) for line in text.split("\n") if line.strip()), "")
    end = SENTENCE_END.search(first_line)
    sentence = first_line[: end.start()] if end else first_line
    if len(sentence) <= DERIVED_TITLE_CHARS:
        return sentence
    clauses = [m.start() for m in _CLAUSE_MARK.finditer(sentence, 0, DERIVED_TITLE_CHARS + 1)]
    clauses = [c for c in clauses if c >= DERIVED_TITLE_MIN_CLAUSE]
    return sentence[: clauses[-1]] if clauses else sentence[:DERIVED_TITLE_CHARS] + "…"


def without_heading_marks(line: str) -> str:
    """A Markdown heading's words ("# 标题" -> "标题"); the text keeps the marks."""
    return line.strip().lstrip("#").strip()


def _unstopped_sentence(simplified: str) -> bool:
    return len(simplified) >= UNSTOPPED_LINE_MIN_CHARS and bool(CLAUSE_COMMA.search(simplified))


def mark_head(rows: list, title_line: int | None, lexicon) -> tuple[str | None, str | None]:
    """Mark author lines, the title and the link titles before it among ``rows`` (boilerplate's lines, marked in
    place by their ``rule``). Returns the author and, when the author was glued to the first paragraph, the rest
    of that paragraph's line."""
    kept = [r for r in rows if r.kept]
    # the heading a file marks as its title is no paragraph of the body, however long (a question's headline)
    # ... and where no line ends a sentence (a forum post), a line of clauses is the body's
    stopless = not any(SENTENCE_END.search(r.text) for r in kept)
    body_at = next(
        (
            i
            for i, r in enumerate(kept)
            if (r.is_paragraph or (stopless and _unstopped_sentence(r.simplified))) and r.no != title_line
        ),
        None,
    )
    if body_at is None:  # only short lines: a list or a poem, no head to tell apart
        body_at = 0
    # a chat's export or a video's captions: the words start under the first line of a sender and a time ("老周
    # 08:55"), or of a time alone ("0:04"), however short they are
    stamps = [i for i, r in enumerate(kept[:body_at]) if _STAMP_LINE.fullmatch(r.simplified)]
    body_at = stamps[0] if len(stamps) >= MIN_STAMPS else body_at
    # ... or under a role's header over a platform's entry ("投资者提问　用户 X　2028-05-06 10:21"), even one
    body_at = next((i for i, r in enumerate(kept[:body_at]) if role_entry(r.simplified)), body_at)
    if stamps_entries(r.simplified for r in kept):  # entries under their dates and times: body from the first
        body_at = min(body_at, next(i for i, r in enumerate(kept) if STAMP.fullmatch(r.simplified)))
    head, first_paragraph = kept[:body_at], kept[body_at] if body_at < len(kept) else None
    author = None
    for row in head:
        if row.no == title_line:  # a heading the file marks is the title, whatever it reads like
            continue
        name = labelled_author(row.text, row.simplified, lexicon) or bio_author(row.text, row.simplified, lexicon)
        if name:
            author = author or name
            row.rule = "author"
    glued = None
    if first_paragraph is not None and first_paragraph.no != title_line:
        name = bio_author(first_paragraph.text, first_paragraph.simplified, lexicon) if author is None else None
        if name:
            author, first_paragraph.rule = name, "author"
        elif author is None and (split := glued_author(first_paragraph.text, first_paragraph.simplified, lexicon)):
            author, glued = split
            first_paragraph.rule = "glued-author"
    head = [r for r in head if r.kept]
    if title_line is not None and rows[title_line].kept:
        head = [r for r in rows if r.kept and r.no <= title_line and (r.no == title_line or not r.is_paragraph)]
        title_at = len(head) - 1
    else:
        body_sample = "".join(r.simplified for r in kept[body_at:] if r.is_paragraph)[:2000]
        turns = body_at < len(kept) and _TURN.match(kept[body_at].simplified)
        lines = [("" if turns and _TURN.match(r.simplified) else r.text, r.simplified) for r in head]
        title_at = pick_title(lines, word_chars(body_sample), lexicon.topic_words)
        title_at = 0 if title_at is None and turns and lines and lines[0][0] else title_at
    if title_at is None:
        title_at = len(head)  # every head line comes before the (missing) title
    else:
        head[title_at].rule = "title"
    for row in head[:title_at]:
        row.rule = None if is_field(row.simplified) else "before-title"
    after_title = head[title_at + 1 :]
    if author is None and after_title and _BARE_NAME.fullmatch(after_title[0].text):
        author, after_title[0].rule = after_title[0].text, "author"
    return author, glued
