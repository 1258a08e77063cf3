"""Split article text into sentences with character offsets."""

from __future__ import annotations

import re
from bisect import bisect_right

from .records import Sentence

# A sentence ends at Chinese or ASCII terminal punctuation (with any closing
# quotes or brackets after it) or at a line break. An ASCII full stop ends a
# sentence only before whitespace or the end, so 1.2% and U.S. stay whole, nor after an abbreviation that
# comes before a name or a number (vs., Mr., Dr., No.). A news flash's headline in
# lenticular brackets opening a line ("09:45 【中金：…】中金公司研报称，…") ends before its story does;
# a short label ("【某某证券】", "【风险提示】", "【Quick Take】") stays with what it labels.
_END = re.compile(
    r"[。！？!?；;…]+[”’」』）)\]】]*|(?<!\bvs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bProf)(?<!\bNo)\.(?=\s|$)|\n+"
    r"|(?m:^[ \t]*(?:\d{1,2}:\d{2}\s*)?【(?=(?:[^】\n]*?[\u4e00-\u9fff]){4})[^】\n]{6,}】)"
)


def split_sentences(text: str, simplified: str | None = None) -> list[Sentence]:
    simplified = text if simplified is None else simplified
    sentences: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        _add(sentences, text, simplified, start, match.end())
        start = match.end()
    _add(sentences, text, simplified, start, len(text))
    return sentences


def _add(sentences: list[Sentence], text: str, simplified: str, start: int, end: int) -> None:
    # Trim surrounding white space so that the span is exactly the sentence.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(len(sentences), start, end, text[start:end], simplified[start:end]))


def sentence_locator(sentences: list[Sentence]):
    """A function mapping a character offset to the number of the sentence holding it."""
    starts = [s.start for s in sentences]

    def locate(offset: int) -> int:
        return max(bisect_right(starts, offset) - 1, 0)

    return locate
