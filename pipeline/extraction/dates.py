"""Publication dates written in an article's text: a dateline near its head, the year filled in when missing.

A dateline is a short line that opens with a date ("2026年01月29日 20:15 浙江",
"2026-01-29", "1月29日"); a date inside a sentence is what the text talks
about, not when it was written, and is never taken.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from schemas.common import DATE_SOURCES

from .limits import LIMITS

DATELINE_MAX_CHARS = 40
_FULL = r"(?P<year>\d{4})\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})\s*日?"
_MONTH_DAY = r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
_DATELINE = re.compile(rf"(?:{_FULL}|{_MONTH_DAY})(?![\d])")
# What may follow the date on a dateline: a time, a place, a source; never a clause of a sentence.
_SENTENCE_MARK = re.compile(r"[。！？!?；;，,]")
_FULL_DATE = re.compile(_FULL)

# Where a published date came from (articles.published_from).
FRONT_MATTER, SIDECAR, HTML, PDF, TEXT, TEXT_YEAR_FROM_TEXT, TEXT_YEAR_FROM_FILE_TIME = DATE_SOURCES


# A line of a date and a time of day alone ("2027-03-02 09:01"). One or two date a news item and its update;
# RECORD_STAMPS or more stamp a record's entries (a chat export's messages, each under its time), kept in its text.
STAMP = re.compile(rf"\s*{_FULL}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*")
RECORD_STAMPS = 3


def stamps_entries(lines) -> bool:
    """Whether ``lines`` hold RECORD_STAMPS lines of a date and a time alone, or more."""
    return sum(1 for line in lines if STAMP.fullmatch(line)) >= RECORD_STAMPS


@dataclass(frozen=True)
class Dateline:
    year: int | None  # None: "1月29日", the year to be found elsewhere
    month: int
    day: int


def dateline(line: str) -> Dateline | None:
    """The date a short line opens with, if the line is a dateline (see the module docstring)."""
    text = line.strip()
    if len(text) > DATELINE_MAX_CHARS or _SENTENCE_MARK.search(text):
        return None
    match = _DATELINE.match(text)
    if not match:
        return None
    if match.group("year"):
        return Dateline(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    return Dateline(None, int(match.group("m")), int(match.group("d")))


def resolve(found: Dateline, text: str, file_year: int) -> tuple[date, str] | None:
    """The date of a dateline and where its year came from; None if it is no real date.

    A missing year is the one the text's full dates name most often (the
    latest on a tie), else the year of the file's modification time.
    """
    if found.year is not None:
        year, origin = found.year, TEXT
    else:
        years = Counter(int(m.group("year")) for m in _FULL_DATE.finditer(text))
        years = Counter({y: n for y, n in years.items() if LIMITS.earliest_year <= y <= LIMITS.latest_year})
        if years:
            year, origin = max(years, key=lambda y: (years[y], y)), TEXT_YEAR_FROM_TEXT
        else:
            year, origin = file_year, TEXT_YEAR_FROM_FILE_TIME
    if not LIMITS.earliest_year <= year <= LIMITS.latest_year:
        return None
    try:
        return date(year, found.month, found.day), origin
    except ValueError:  # 2月30日
        return None
