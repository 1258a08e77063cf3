"""The head of an article: which short line is its headline, and its author lines ("作者:X" on
its own line or glued to the first sentence, a one-line bio "X系某机构首席分析师"). ``lexicon``
is the boilerplate lexicon (author label, bio pattern and titles, endings of source names)."""

from __future__ import annotations

import re

from .script import HAN

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
    rf"(?!各位|诸位|尊敬)[{HAN}]{{0,6}}(?:时间|地点|方式|形式|人员|股东|主持人|主持|嘉宾|对象|日期|编号)\s*[：:]"
)
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
    """Whether a head line is a field of a record's head ("会议时间：…", "主持人：X　嘉宾：Y"): part of the text,
    never its headline nor a page's junk before it."""
    return bool(_FIELD_LINE.match(simplified))


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
