"""Find the figures in an article: numbers with their unit, range, qualifier, direction, subject, metric and period.

How it works: the article's Simplified copy (full-width signs folded to ASCII, same
length) is scanned once by a few compiled regexes: candidate figures, currency cues,
clause and sentence breaks. Everything after that is work on small windows: skip spans
(names, registration numbers, idioms) around each candidate, periods in the sentences
that hold a figure, cue words near each figure. Most of an article holds no figure, so
the costly alternations never read it.

A candidate is a figure only when it carries a unit (美元, %, 点, GW, 人, 倍 ...), a
currency sign or word before it (US$, 新台币), or a scale (万/亿/兆 inside the numeral,
or K/M/B/T after it) that makes it an amount of at least 10,000. Bare numbers (2026,
500, 200) are years, names or enumerations and are dropped. A currency written before
the number governs it, even over a generic 元 after it (新台币3,000亿元 is TWD).

Cue words (qualifiers, directions, metrics, subject stops) are words, not characters:
every cue search also reads the rules' compound words (卖超, 违约, 委员会 ...), so a cue
inside a longer word (超 in 卖超, 约 in 违约) is not taken for the cue.

Subject: the clause's opening noun phrase, after lead-in words, adverbs and periods,
up to the first stop word (function word, adverb, verb, qualifier, direction, metric or
period); after a reporting verb (机构预计 ...) the phrase that follows it. A metric word
directly followed by another (国债收益率) names the thing measured and stays in the
subject. A phrase too short or too long to be a name is no subject: the figure then
takes the subject of the figure before it in its sentence, else that of the nearest
earlier clause of its sentence (英伟达财报超预期，随后下跌3.5%), else None.

Implied currency of a bare scaled amount (175–185B, 2-3万亿, 260亿), first rule that applies:
  1. the nearest figure with an explicit currency in the same sentence (before it, else after it);
  2. the nearest currency cue before it in the article, so a cue in its own sentence or
     paragraph wins over any earlier one: a currency word (美元, usd, 人民币 ...) or a
     market word (A股 -> CNY; 美国/美股/美债 -> USD; 港股 -> HKD ...; units.yaml market_context);
  3. the first cue in the article (an amount in a title, before any cue);
  4. otherwise "unitless".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from .numerals import (
    APPROX_MARKS,
    ARABIC,
    CHINESE_DIGIT_CHARS,
    CHINESE_NUMERAL,
    MIXED_NUMERAL,
    parse_fraction,
    parse_numeral,
    to_half_width,
    trailing_scale,
)
from .periods import resolve_period
from .records import Figure
from .script import to_simplified
from .units import UnitLexicon, load_units

RULES = Path(__file__).parent / "lexicons" / "figure_rules.yaml"
RULE_GROUPS = (
    "range_separators", "range_breakers", "word_figures", "skip_patterns", "compound_words", "qualifiers_before",
    "qualifiers_after", "directions", "not_directions", "metrics", "subject_stops", "subject_reporting_verbs",
    "subject_lead_ins", "period_patterns",
)
NUMERAL_CHARS = CHINESE_DIGIT_CHARS + "十百千万亿兆"
SPACE = "[ \u00a0\u3000]?"
BARE = "bare"  # a number with no unit and no scale: kept only as one end of a range
MIN_BARE_AMOUNT = 1e4  # a bare scaled number below this (4K) is not an amount
UNSIGNED_UNITS = ("event",)  # a count of occurrences has no sign of its own (上调保证金38次)
SUBJECT_MIN = 2  # one character left before a stop is a broken word (新 of 新增), not a name
SUBJECT_MAX = 16  # a longer run with no stop word is a clause, not a name
QUALIFIER_REACH = 8
DIRECTION_REACH = 12
AFTER_REACH = 6
METRIC_REACH = 15
_BIG_UNIT = re.compile("[万亿兆]")
_CLAUSE_BREAK = re.compile(r"[，,、；;。！？!?：:\n（）()【】\[\]“”\"]")
_SENTENCE_BREAK = re.compile(r"[。！？!?；;\n]")
_LEADING_JUNK = re.compile(r"[\s，,、；;：:“”\"'（）()]+")
_TRAILING_JUNK = " \u00a0\u3000\t\"'“”‘’"
STOP, REPORT, METRIC = "stop", "report", "metric"
SKIP_REACH = 16  # how far a skip span (罗素2000, 京公网安备 ...) may reach before or after a number
CLAUSE_REACH = 3  # earlier clauses of its sentence searched for a subject the figure's own clause lacks


@dataclass(frozen=True)
class Rules:
    units: UnitLexicon
    candidate: re.Pattern
    skip: re.Pattern
    period: re.Pattern
    cue: re.Pattern
    cues: dict[str, str]  # cue word -> currency code
    range_breakers: tuple[str, ...]
    word_figures: dict[str, dict]
    overhang: int  # how far a compound word may start before a search window and still hide a cue in it
    compound: re.Pattern
    qualifier_before: re.Pattern
    qualifiers_before: dict[str, str | None]  # None: a compound word, or a word that only looks like a qualifier
    qualifier_after: re.Pattern
    qualifiers_after: dict[str, str]
    direction: re.Pattern
    directions: dict[str, str | None]
    metric: re.Pattern
    metrics: dict[str, str | None]
    subject_end: re.Pattern  # group "w": a word of subject_words; otherwise a period
    subject_words: dict[str, str | None]  # STOP, REPORT, METRIC, or None for a compound word that does not stop
    subject_lead_in: re.Pattern


@dataclass(frozen=True)
class _Amount:
    """One side of a candidate, before it becomes a Figure."""

    start: int
    end: int
    low: float
    high: float
    unit: str | None  # None: a bare scaled amount whose currency is implied
    scaled_alone: bool  # its scale is written on it (万亿, B), so a range partner may borrow it
    direction: str | None = None
    qualifier: str | None = None  # from 多/余 inside the numeral (300多亿)


def extract_figures(text: str, simplified: str | None = None, published: date | None = None) -> list[Figure]:
    rules = load_rules()
    scan = to_half_width(to_simplified(text) if simplified is None else simplified)
    amounts = [a for m in rules.candidate.finditer(scan) for a in _read(m, scan, rules) if not _skipped(rules, scan, a)]
    if not amounts:
        return []
    layout = _Layout(scan)
    sentence_periods: dict[int, tuple[list[int], list[int]]] = {}
    cues = _Cues(rules, scan, amounts, layout)
    figures: list[Figure] = []
    period_spans: list[tuple[int, int] | None] = []
    for index, amount in enumerate(amounts):
        next_start = amounts[index + 1].start if index + 1 < len(amounts) else None
        same_sentence = bool(figures) and layout.sentence(figures[-1].start) == layout.sentence(amount.start)
        previous = figures[-1] if same_sentence else None
        clause_start = layout.clause_start(amount.start)
        window_start = max(clause_start, previous.end if previous else 0)
        # A figure in a list inherits its neighbour's period and subject when it states none.
        sentence = layout.sentence(amount.start)
        if sentence not in sentence_periods:
            sentence_periods[sentence] = _spans(rules.period, scan, layout.sentence_start(amount.start), layout.sentence_end(amount.start))
        period_span = _period(sentence_periods[sentence], amount.start)
        period_span = period_span or (period_spans[-1] if same_sentence else None)
        period_spans.append(period_span)
        subject = _subject(rules, scan, window_start, amount.start)
        if subject is None and not (previous and previous.subject):
            subject = _earlier_subject(rules, scan, layout, clause_start)
        resolved = resolve_period(scan[slice(*period_span)], published) if published and period_span else None
        figure = Figure(
            start=amount.start,
            end=amount.end,
            quote=text[amount.start:amount.end],
            low=amount.low,
            high=amount.high,
            unit=amount.unit or cues.implied_currency(amount),
            qualifier=amount.qualifier or _qualifier(rules, scan, window_start, amount),
            direction=amount.direction
            or _direction(rules, scan, window_start, layout.clause_end(amount.end), next_start, amount),
            subject=text[slice(*subject)] if subject else (previous.subject if previous else None),
            period=text[slice(*period_span)] if period_span else None,
            period_start=resolved[0] if resolved else None,
            period_end=resolved[1] if resolved else None,
        )
        metric = _metric(rules, scan, clause_start, layout.clause_end(amount.end), figure)
        figures.append(replace(figure, metric=metric))
    return figures


@lru_cache(maxsize=1)
def load_rules(path: Path = RULES) -> Rules:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for group in RULE_GROUPS:
        if not raw.get(group):
            raise ValueError(f"{path.name}: group {group!r} is missing or empty")
    units = load_units()
    for word, spec in raw["word_figures"].items():
        if spec.get("unit") not in units.codes:
            raise ValueError(f"{path.name}: word figure {word!r} has an unknown unit")
    periods = "|".join(_numeral_slots(p) for p in raw["period_patterns"])
    # Every cue table starts from the compound words (None) and lets its own words override them.
    masked = dict.fromkeys(raw["compound_words"])
    qualifiers_before = {**masked, **raw["qualifiers_before"]}
    directions = dict(masked)
    directions.update({word: sign for sign, words in raw["directions"].items() for word in words})
    directions.update(dict.fromkeys(raw["not_directions"]))
    # A direction word is read whole when looking for a metric (跌破 is not 跌), and names
    # one only when it is listed as a metric word itself (下跌 -> 跌幅).
    metrics = {**masked, **dict.fromkeys(directions)}
    metrics.update({word: name.replace("{word}", word) for name, words in raw["metrics"].items() for word in words})
    subject_words = dict(masked)
    subject_words.update(dict.fromkeys([*raw["subject_stops"], *raw["qualifiers_before"]], STOP))
    subject_words.update({word: METRIC for word, value in metrics.items() if value is not None})
    subject_words.update({word: STOP for word, value in directions.items() if value is not None})
    subject_words.update(dict.fromkeys(raw["subject_reporting_verbs"], REPORT))
    cue_words = dict(units.market_context)
    cue_words.update({s: m.code for s, m in units.measures.items() if m.code in units.currency_codes and len(s) > 1})
    return Rules(
        units=units,
        candidate=re.compile(_candidate_pattern(units, raw)),
        skip=re.compile("|".join(_numeral_slots(p) for p in raw["skip_patterns"])),
        period=re.compile(periods),
        cue=re.compile(_alternation(cue_words)),
        cues=cue_words,
        range_breakers=tuple(raw["range_breakers"]),
        word_figures=raw["word_figures"],
        overhang=max(map(len, raw["compound_words"])) - 1,
        compound=re.compile(_alternation(raw["compound_words"])),
        qualifier_before=re.compile(_alternation(qualifiers_before)),
        qualifiers_before=qualifiers_before,
        qualifier_after=re.compile(f"{SPACE}({_alternation(raw['qualifiers_after'])})"),
        qualifiers_after=raw["qualifiers_after"],
        direction=re.compile(_alternation(directions)),
        directions=directions,
        metric=re.compile(_alternation(metrics)),
        metrics=metrics,
        subject_end=re.compile(f"(?P<w>{_alternation(subject_words)})|{periods}"),
        subject_words=subject_words,
        subject_lead_in=re.compile(_alternation(raw["subject_lead_ins"])),
    )


def _numeral_slots(pattern: str) -> str:
    """A rule pattern with {num} (one numeral character) and {run} (a whole run of them) filled in."""
    num = f"[\\d{NUMERAL_CHARS}]"
    # Possessive and never from inside a run: tried at every start of a run of n digits,
    # a backtracking {num}+ would read n²/2 characters.
    return pattern.replace("{run}", f"(?<!{num}){num}++").replace("{num}", num)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _candidate_pattern(units: UnitLexicon, raw: dict) -> str:
    numeral = (
        f"(?:(?<![A-Za-z\\d.,/]){MIXED_NUMERAL}"
        f"|(?<![{NUMERAL_CHARS}几数第]){CHINESE_NUMERAL})"
    )
    separator = _alternation(raw["range_separators"])

    # A currency right after a numeral is that number's unit, and after 兑 it names an
    # exchange-rate pair (美元兑日元150): in neither place is it a prefix.
    prefix = f"(?:(?<![\\d{NUMERAL_CHARS}兑])(?P<p{{n}}>{units.prefix_pattern()}){SPACE})?"
    marks = f"(?P<m{{n}}>[{APPROX_MARKS}](?![额下头空]))?"

    def amount(n: int) -> str:
        return (
            f"{prefix.format(n=n)}(?P<n{n}>{numeral})(?P<s{n}>{units.scale_pattern()})?"
            f"(?:{marks.format(n=n)}{SPACE}(?P<u{n}>{units.measure_pattern()}))?"
        )

    bare_numeral = f"(?:{ARABIC}|{CHINESE_NUMERAL})"
    # The denominator of X分之Y is a whole number, read once, never the tail of a longer one.
    denominator = f"(?<![\\d.,/{NUMERAL_CHARS}])(?>{bare_numeral})"
    return (
        f"(?P<word>{_alternation(raw['word_figures'])})"
        f"|百分之(?P<pct>{bare_numeral})(?:{SPACE}(?:{separator}){SPACE}(?:百分之)?(?P<pct2>{bare_numeral}))?"
        f"|(?P<den>{denominator})分之(?P<num>{bare_numeral})"
        f"|{amount(1)}(?:{SPACE}(?P<sep>{separator}){SPACE}{amount(2)})?"
    )


def _read(m: re.Match, scan: str, rules: Rules) -> list[_Amount]:
    """The figures one candidate match holds: none, one, or two (a change from one level to another)."""
    if m.group("word"):
        spec = rules.word_figures[m.group("word")]
        value = float(spec["value"])
        return [_Amount(m.start(), m.end(), value, value, spec["unit"], False, spec.get("direction"))]
    if m.group("den"):
        if parse_numeral(m.group("den"))[0] == 0:
            return []  # 零分之一 is not a fraction
        value = parse_fraction(m.group("den"), m.group("num"))
        return [_Amount(m.start(), m.end(), value, value, "ratio", False)]
    if m.group("pct"):
        low = parse_numeral(m.group("pct"))[0]
        high = parse_numeral(m.group("pct2"))[0] if m.group("pct2") else parse_numeral(m.group("pct"))[1]
        return [_Amount(m.start(), m.end(), low, high, "%", False)] if low <= high else []
    first = _amount(m, 1, rules)
    if not m.group("sep"):
        return _keep(first, rules.units)
    second = _amount(m, 2, rules)
    if first is None or second is None:
        return _keep(first, rules.units) + _keep(second, rules.units)
    breaker = scan[max(0, first.start - 1):first.start] in rules.range_breakers
    compatible = first.unit in (None, BARE) or second.unit in (None, BARE) or first.unit == second.unit
    if breaker or not compatible:
        return _keep(first, rules.units) + _keep(second, rules.units)
    low = first.low
    if not first.scaled_alone and m.group("u1") is None:
        # 2-3万亿, 175–185B, 40到50%: the first end borrows the second's scale and unit.
        low *= _scale_of(m, 2, rules.units)
    if low > second.high:
        return _keep(first, rules.units) + _keep(second, rules.units)
    # US$64–72B: the unit written on either end (the second's first) is the range's; with
    # none, a scaled end makes it an amount of implied currency, else it stays bare (1999 到 2002).
    written = [u for u in (second.unit, first.unit) if u not in (None, BARE)]
    unit = written[0] if written else (None if None in (first.unit, second.unit) else BARE)
    merged = _Amount(first.start, second.end, low, second.high, unit, True, qualifier=first.qualifier or second.qualifier)
    return _keep(merged, rules.units)


def _amount(m: re.Match, n: int, rules: Rules) -> _Amount | None:
    units = rules.units
    numeral = m.group(f"n{n}")
    try:
        low, high = parse_numeral(numeral)
    except (ValueError, KeyError):
        return None
    measure = units.measures.get(m.group(f"u{n}") or "")
    prefix = units.currency_prefixes.get(m.group(f"p{n}") or "")
    if prefix and measure and measure.code not in units.currency_codes:
        prefix = None  # 美元 3%: the percentage is not an amount of dollars
    scale = units.scales.get(m.group(f"s{n}") or "", 1.0)
    factor = scale * (measure.factor if measure else 1.0)
    unit = prefix or (measure.code if measure else None)
    chinese_only = not any(ch.isdigit() for ch in numeral)
    floor = units.chinese_numeral_min.get(unit or "")
    if chinese_only and floor is not None and high < floor:
        return None  # 一次, 两家, 一点: counting words, not measurements
    scaled = scale != 1.0 or bool(_BIG_UNIT.search(numeral))
    if unit is None and not (scaled and high * factor >= MIN_BARE_AMOUNT):
        unit = BARE
    start = m.start(f"p{n}") if prefix else m.start(f"n{n}")
    end = max(m.end(f"n{n}"), m.end(f"s{n}"), m.end(f"u{n}"))
    mark = next((ch for ch in (numeral + (m.group(f"m{n}") or "")) if ch in APPROX_MARKS), None)
    qualifier = rules.qualifiers_after[mark] if mark else None
    return _Amount(start, end, low * factor, high * factor, unit, scaled, qualifier=qualifier)


def _keep(amount: _Amount | None, units: UnitLexicon) -> list[_Amount]:
    return [] if amount is None or amount.unit == BARE else [amount]


def _scale_of(m: re.Match, n: int, units: UnitLexicon) -> float:
    measure = units.measures.get(m.group(f"u{n}") or "")
    return (
        units.scales.get(m.group(f"s{n}") or "", 1.0)
        * trailing_scale(m.group(f"n{n}"))
        * (measure.factor if measure else 1.0)
    )


def _spans(pattern: re.Pattern, text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in pattern.finditer(text, start, end):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _skipped(rules: Rules, scan: str, amount: _Amount) -> bool:
    """Whether a skip span (a name, a date, an idiom) overlaps the amount."""
    for m in rules.skip.finditer(scan, max(0, amount.start - SKIP_REACH), amount.end + SKIP_REACH):
        if m.start() >= amount.end:
            return False
        if m.end() > amount.start:
            return True
    return False


class _Layout:
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


class _Cues:
    """What implies the currency of a bare scaled amount, gathered once per article."""

    def __init__(self, rules: Rules, scan: str, amounts: list[_Amount], layout: _Layout):
        self.layout = layout
        found = [(m.start(), rules.cues[m.group()]) for m in rules.cue.finditer(scan)]
        self.positions = [position for position, _ in found]
        self.codes = [code for _, code in found]
        # Per sentence, the starts and currencies of its figures that name one (amounts are in text order).
        self.named: dict[int, tuple[list[int], list[str]]] = {}
        for a in amounts:
            if a.unit in rules.units.currency_codes:
                starts, units = self.named.setdefault(layout.sentence(a.start), ([], []))
                starts.append(a.start)
                units.append(a.unit)

    def implied_currency(self, amount: _Amount) -> str:
        """The currency of a bare scaled amount, by the rule in the module docstring."""
        starts, units = self.named.get(self.layout.sentence(amount.start), ((), ()))
        if units:
            i = bisect_left(starts, amount.start)  # named figures starting before this one
            return units[i - 1] if i else units[0]
        i = bisect_left(self.positions, amount.start)
        if i:
            return self.codes[i - 1]
        return self.codes[0] if self.codes else "unitless"


def _period(periods: tuple[list[int], list[int]], start: int) -> tuple[int, int] | None:
    """The nearest period written before the figure, among those of its sentence."""
    starts, ends = periods
    i = bisect_right(ends, start)  # periods ending at or before the figure
    return (starts[i - 1], ends[i - 1]) if i else None


def _cues(rules: Rules, pattern: re.Pattern, scan: str, start: int, end: int) -> list[re.Match]:
    """The cue words of pattern in scan[start:end], reading compound words whole.

    The search starts a little before ``start`` so that a compound word straddling it
    (违|约 when the window opens on 约) is read whole and hides the cue inside it.
    """
    found = pattern.finditer(scan, max(0, start - rules.overhang), end)
    return [m for m in found if m.start() >= start]


def _last_value(cues: list[re.Match], table: dict[str, str | None]) -> str | None:
    """The value of the last cue that has one; a masking word (None) hides only the cue inside it."""
    return next((table[m.group()] for m in reversed(cues) if table[m.group()]), None)


def _qualifier(rules: Rules, scan: str, window_start: int, amount: _Amount) -> str | None:
    after = rules.qualifier_after.match(scan, amount.end)
    if after:
        return rules.qualifiers_after[after.group(1)]
    before = _cues(rules, rules.qualifier_before, scan, max(window_start, amount.start - QUALIFIER_REACH), amount.start)
    return _last_value(before, rules.qualifiers_before)


def _direction(
    rules: Rules, scan: str, window_start: int, clause_end: int, next_start: int | None, amount: _Amount
) -> str | None:
    if amount.unit in UNSIGNED_UNITS:
        return None
    found = _last_value(_cues(rules, rules.direction, scan, max(window_start, amount.start - DIRECTION_REACH), amount.start), rules.directions)
    if found:
        return found
    if next_start is not None and next_start < amount.end + AFTER_REACH:
        return None  # the words up to the next figure (从15%提到18%) describe that figure
    after = rules.direction.search(scan, amount.end, min(clause_end, amount.end + AFTER_REACH))
    return rules.directions[after.group()] if after else None


def _metric(rules: Rules, scan: str, clause_start: int, clause_end: int, figure: Figure) -> str | None:
    words = [m for m in _cues(rules, rules.metric, scan, max(clause_start, figure.start - METRIC_REACH), figure.start) if rules.metrics[m.group()]]
    # 毛利率下滑3个百分点: a metric named by a noun beats one named by the direction verb after it.
    nouns = [m for m in words if m.group() not in rules.directions]
    before = (nouns or words or [None])[-1]
    words = rules.metric.finditer(scan, figure.end, min(clause_end, figure.end + AFTER_REACH + 2))
    after = next((m for m in words if rules.metrics[m.group()]), None)
    if before and (after is None or figure.start - before.end() <= after.start() - figure.end):
        return rules.metrics[before.group()]
    if after:
        return rules.metrics[after.group()]
    if figure.unit == "pt":
        return "指数点位"
    if figure.unit == "%" and figure.direction:
        return "涨幅" if figure.direction == "up" else "跌幅"
    return None


def _subject(rules: Rules, scan: str, window_start: int, start: int) -> tuple[int, int] | None:
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
            if not (following and following.start() == stop.end() and rules.subject_words.get(following.group("w")) == METRIC):
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


def _earlier_subject(rules: Rules, scan: str, layout: _Layout, clause_start: int) -> tuple[int, int] | None:
    """The subject of the nearest earlier clause of the same sentence that has one."""
    sentence_start = layout.sentence_start(clause_start)
    end = clause_start - 1  # the break that closes the earlier clause
    for _ in range(CLAUSE_REACH):
        if end <= sentence_start:
            return None
        begin = max(layout.clause_start(end - 1), sentence_start)
        subject = _subject(rules, scan, begin, end)
        if subject:
            return subject
        end = begin - 1
    return None


def _skip_lead_ins(rules: Rules, scan: str, begin: int, start: int) -> int:
    """The offset after the punctuation, lead-in words and periods that open a clause."""
    while True:
        junk = _LEADING_JUNK.match(scan, begin, start)
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
