"""Resolve a period as written (今年, 2026, 三季度, 上周 ...) to dates, given the publication date."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from .limits import LIMITS
from .numerals import DIGITS, is_digit_string, parse_numeral

_YEAR = re.compile(r"((?:19|20)\d{2}|\d{2}|[零〇一二三四五六七八九]{2,4})年?")
_RANGE_OF_YEARS = re.compile(r"((?:19|20)\d{2}) ?(?:到|至|-|–) ?((?:19|20)\d{2})")
_QUARTER = re.compile(r"(?:第?([一二三四1-4])季度|Q([1-4]))")
_MONTH = re.compile(r"(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月")
_DAY = re.compile(r"(\d{1,2})/(\d{1,2})")
_RELATIVE_YEAR = {"今年": 0, "本年": 0, "年内": 0, "年初": 0, "年底": 0, "去年": -1, "前年": -2, "明年": 1}


def resolve_period(period: str, published: date) -> tuple[date, date] | None:
    """First and last day of the period, or None when the text does not pin it down.

    Also None when the publication date or the period falls outside the years of
    limits.yaml: a period at the edge of the calendar (year 9999 and 明年) is left
    unresolved instead of overflowing; so is a "since" that starts after
    the publication date.
    """
    if not _in_range(published):
        return None
    try:
        found = _resolve(period, published)
    except (ValueError, OverflowError):  # a year past datetime's own range
        return None
    return found if found and found[0] <= found[1] and _in_range(found[0]) and _in_range(found[1]) else None


def _in_range(day: date) -> bool:
    return LIMITS.earliest_year <= day.year <= LIMITS.latest_year


def _resolve(period: str, published: date) -> tuple[date, date] | None:
    if "以来" in period or "至今" in period:
        # "since X": from the start of X to the publication date.
        anchor = period.removeprefix("自").replace("以来", "").replace("至今", "")
        since = resolve_period(anchor, published) if anchor else None
        return (since[0], published) if since else None
    day = _DAY.fullmatch(period)
    if day:
        month, day_of_month = int(day.group(1)), int(day.group(2))
        if 1 <= month <= 12 and 1 <= day_of_month <= monthrange(published.year, month)[1]:
            return date(published.year, month, day_of_month), date(published.year, month, day_of_month)
        return None
    years = _RANGE_OF_YEARS.search(period)
    if years:
        return date(int(years.group(1)), 1, 1), date(int(years.group(2)), 12, 31)
    year = _year_of(period, published)
    quarter = _QUARTER.search(period)
    if quarter or period in ("当季", "本季度"):
        number = int(_digit(quarter.group(1) or quarter.group(2))) if quarter else (published.month - 1) // 3 + 1
        return _quarter(year, number)
    if period in ("上季度", "上个季度"):
        start, _ = _quarter(published.year, (published.month - 1) // 3 + 1)
        return _quarter((start - timedelta(days=1)).year, ((start - timedelta(days=1)).month - 1) // 3 + 1)
    month = _MONTH.search(period)
    if month:
        number = int(parse_numeral(month.group(1))[0])
        return date(year, number, 1), date(year, number, monthrange(year, number)[1])
    if period in ("上周", "本周", "这周"):
        monday = published - timedelta(days=published.weekday()) - timedelta(weeks=period == "上周")
        return monday, monday + timedelta(days=6)
    if period in ("上月", "上个月"):
        last = published.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if period in ("本月", "这个月"):
        return published.replace(day=1), published.replace(day=monthrange(published.year, published.month)[1])
    if period in ("当日", "当天", "今天", "单日"):
        return published, published
    if period in ("昨日", "昨天"):
        return published - timedelta(days=1), published - timedelta(days=1)
    if period.endswith("上半年"):
        return date(year, 1, 1), date(year, 6, 30)
    if period.endswith("下半年"):
        return date(year, 7, 1), date(year, 12, 31)
    if period.endswith(("底", "末")):
        return date(year, 12, 1), date(year, 12, 31)
    if period.endswith("初"):
        return date(year, 1, 1), date(year, 1, 31)
    if _is_year(period, published):
        return date(year, 1, 1), date(year, 12, 31)
    return None


def _year_of(period: str, published: date) -> int:
    for word, offset in _RELATIVE_YEAR.items():
        if period.startswith(word):
            return published.year + offset
    match = _YEAR.match(period)
    if match and (match.group(0).endswith("年") or len(match.group(1)) == 4):
        return _year_number(match.group(1))
    return published.year


def _is_year(period: str, published: date) -> bool:
    return any(period.startswith(word) for word in _RELATIVE_YEAR) or bool(
        re.fullmatch(r"(?:(?:19|20)\d{2}|\d{2}|[零〇一二三四五六七八九]{2,4})年?", period)
        and (period.endswith("年") or len(period) == 4)
    )


def _year_number(token: str) -> int:
    if token[0] in DIGITS:
        token = str(int(parse_numeral(token)[0])) if is_digit_string(token) else token
    number = int(token)
    return number + 2000 if number < 100 else number


def _digit(token: str) -> str:
    return str(DIGITS[token]) if token in DIGITS else token


def _quarter(year: int, number: int) -> tuple[date, date]:
    first_month = 3 * (number - 1) + 1
    last_month = first_month + 2
    return date(year, first_month, 1), date(year, last_month, monthrange(year, last_month)[1])
