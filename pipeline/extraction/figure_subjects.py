"""A figure's subject: who or what it measures, read from the opening noun phrase of its clause.

The clause's opening noun phrase, after lead-in words, adverbs and periods, up to the
first stop word (function word, adverb, verb, qualifier, direction, metric or period);
after a reporting verb (机构预计 ...) the phrase that follows it. A metric word directly
followed by another (国债收益率) names the thing measured and stays in the subject. A
phrase too short or too long to be a name is no subject: the figure then takes the
subject of the figure before it in its sentence, else that of the nearest earlier clause
of its sentence (英伟达财报超预期，随后下跌3.5%), else None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_rules import METRIC, REPORT
from .layout import Layout

if TYPE_CHECKING:
    from .figure_rules import Rules

SUBJECT_MIN = 2  # one character left before a stop is a broken word (新 of 新增), not a name
SUBJECT_MAX = 16  # a longer run with no stop word is a clause, not a name
CLAUSE_REACH = 3  # earlier clauses of its sentence searched for a subject the figure's own clause lacks
_LEADING_JUNK = re.compile(r"[\s，,、；;：:“”\"'（）()‧•·]+")  # a list's bullet too (‧ 收入为…)
# a chat export's time and sender, or a flash's time and headline, before a line's words (08:41 陈老师 …)
_TIMED = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?[\t ]+\S+[\t ]+")
_LIST_BREAKS = '、，,；;。！？!?：:\n（）()“”" \t\u3000'
_DIGIT = re.compile(r"[0-9０-９]")
_TRAILING_JUNK = " \u00a0\u3000\t\"'“”‘’"


def subject(rules: Rules, scan: str, window_start: int, start: int) -> tuple[int, int] | None:
    """The span of the opening noun phrase of scan[window_start:start], by the rule in the module docstring.

    After a reporting verb the phrase that follows it is the subject, if it is one; along a
    chain of them the last such phrase wins. A loop, not a recursion: a clause of a thousand
    reporting verbs is a thousand steps over it, not a thousand frames.
    """
    found = None
    while True:
        begin = _skip_lead_ins(rules, scan, window_start, start)
        stop = _first_stop(rules, scan, begin, start)
        while stop and rules.subject_words.get(stop.group("w")) == METRIC:
            following = _first_stop(rules, scan, stop.end(), start)
            if not (
                following
                and following.start() == stop.end()
                and rules.subject_words.get(following.group("w")) == METRIC
            ):
                break
            stop = following  # 国债收益率: the yield of the treasury, so 国债 belongs to the subject
        end = stop.start() if stop else start
        while end > begin and scan[end - 1] in _TRAILING_JUNK:
            end -= 1
        if SUBJECT_MIN <= end - begin <= SUBJECT_MAX:
            found = (begin, end)
        if not (stop and rules.subject_words.get(stop.group("w")) == REPORT):
            return found
        window_start = stop.end()


def with_listed(rules: Rules, scan: str, found: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
    """A subject that ends a list of names takes the names before it ("微软、谷歌、亚马逊和Meta的资本开支"):
    each earlier item is a short run with no digit and no stop word, back to ``floor``."""
    if found is None:
        return None
    begin, end = found
    while begin - 1 > floor and scan[begin - 1] == "、":
        item = begin - 1
        while item > floor and scan[item - 1] not in _LIST_BREAKS:
            item -= 1
        name = scan[item : begin - 1]
        if (
            not (SUBJECT_MIN <= len(name) <= SUBJECT_MAX)
            or _DIGIT.search(name)
            or _first_stop(rules, scan, item, begin - 1)
        ):
            break
        begin = item
    return begin, end


def earlier_subject(rules: Rules, scan: str, layout: Layout, clause_start: int) -> tuple[int, int] | None:
    """The subject of the nearest earlier clause of the same sentence that has one."""
    sentence_start = layout.sentence_start(clause_start)
    end = clause_start - 1  # the break that closes the earlier clause
    for _ in range(CLAUSE_REACH):
        if end <= sentence_start:
            return None
        begin = max(layout.clause_start(end - 1), sentence_start)
        found = subject(rules, scan, begin, end)
        if found:
            return found
        end = begin - 1
    return None


def _skip_lead_ins(rules: Rules, scan: str, begin: int, start: int) -> int:
    """The offset after the punctuation, lead-in words and periods that open a clause."""
    while True:
        junk = _LEADING_JUNK.match(scan, begin, start) or _TIMED.match(scan, begin, start)
        begin = junk.end() if junk else begin
        lead_in = rules.subject_lead_in.match(scan, begin, start)
        compound = rules.compound.match(scan, begin, start)
        if lead_in and compound and compound.end() > lead_in.end():
            lead_in = None  # 光伏 and 以色列 are names, not 光 or 以 before one
        lead_in = lead_in or rules.period.match(scan, begin, start)
        if not lead_in or lead_in.end() == begin:
            return begin
        begin = lead_in.end()


def _first_stop(rules: Rules, scan: str, begin: int, start: int) -> re.Match | None:
    """The first stop word or period in scan[begin:start]; compound words are read whole and do not stop."""
    for m in rules.subject_end.finditer(scan, begin, start):
        if m.group("w") is None or rules.subject_words[m.group("w")] is not None:
            return m
    return None
