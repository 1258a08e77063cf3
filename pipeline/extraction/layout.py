"""Clause and sentence boundaries of a scanned article, and the periods written in a sentence."""

from __future__ import annotations

import re
from bisect import bisect_right

# a comma or colon between digits is a number's (17兆2,100亿元) or a time's (10:30), no break
_CLAUSE_BREAK = re.compile(r"(?!(?<=\d)[,:]\d)[，,、；;。！？!?：:\n（）()【】\[\]“”\"]")
_SENTENCE_BREAK = re.compile(r"[。！？!?；;\n]")


class Layout:
    """Clause and sentence boundaries, found once and looked up by bisection."""

    def __init__(self, scan: str):
        self.clause_breaks = [m.end() for m in _CLAUSE_BREAK.finditer(scan)]
        self.sentence_breaks = [m.end() for m in _SENTENCE_BREAK.finditer(scan)]
        self.length = len(scan)

    def clause_start(self, offset: int) -> int:
        i = bisect_right(self.clause_breaks, offset)
        return self.clause_breaks[i - 1] if i else 0

    def clause_end(self, offset: int) -> int:
        i = bisect_right(self.clause_breaks, offset)
        return self.clause_breaks[i] - 1 if i < len(self.clause_breaks) else self.length

    def sentence(self, offset: int) -> int:
        return bisect_right(self.sentence_breaks, offset)

    def sentence_start(self, offset: int) -> int:
        i = bisect_right(self.sentence_breaks, offset)
        return self.sentence_breaks[i - 1] if i else 0

    def sentence_end(self, offset: int) -> int:
        i = bisect_right(self.sentence_breaks, offset)
        return self.sentence_breaks[i] if i < len(self.sentence_breaks) else self.length


def spans(pattern: re.Pattern, text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Starts and ends of the matches of pattern in text[start:end]."""
    starts, ends = [], []
    for m in pattern.finditer(text, start, end):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def nearest_before(found: tuple[list[int], list[int]], start: int) -> tuple[int, int] | None:
    """The nearest span of found that ends at or before start."""
    starts, ends = found
    i = bisect_right(ends, start)
    return (starts[i - 1], ends[i - 1]) if i else None
