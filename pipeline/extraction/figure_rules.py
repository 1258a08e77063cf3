"""The figure rules (lexicons/figure_rules.yaml) and the unit lexicon, compiled once into regexes and cue tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .candidates import SPACE, candidate_pattern
from .lexicons import alternation, read_yaml
from .numerals import NUMERAL_CHARS
from .script import to_simplified
from .units import UnitLexicon, load_units

RULES = Path(__file__).parent / "lexicons" / "figure_rules.yaml"
RULE_GROUPS = (
    "range_separators", "range_breakers", "word_figures", "skip_patterns", "compound_words", "qualifiers_before",
    "qualifiers_after", "directions", "not_directions", "metrics", "subject_stops", "subject_reporting_verbs",
    "subject_lead_ins", "period_patterns", "bare_levels", "counted_nouns",
)
STOP, REPORT, METRIC = "stop", "report", "metric"


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
    level_verb: re.Pattern  # a level verb (and qualifier) ending where a bare number starts
    level_verb_ends: frozenset[str]  # their last characters: a cheap first test before the regex
    level_end: re.Pattern  # what may follow a bare level: punctuation, a space, the end, a follower word
    level_cue: re.Pattern  # groups: base and quote (a currency pair), price (a currency a unit), rate, index
    fx_bases: tuple[str, ...]  # base currencies in the market's order: a pair is quoted in the later one
    price_reach: int  # how far before a bare level a price unit (美元/盎司) still names its unit
    counted: re.Pattern  # a noun of counted people or things, and a verb, ending where a number starts; group: unit


@lru_cache(maxsize=1)
def load_rules(path: Path = RULES) -> Rules:
    raw = read_yaml(path) or {}
    for group in RULE_GROUPS:
        if not raw.get(group):
            raise ValueError(f"{path.name}: group {group!r} is missing or empty")
    units = load_units()
    for code in raw["bare_levels"].get("fx_bases") or ():
        if code not in units.currency_codes:
            raise ValueError(f"{path.name}: fx_bases lists {code!r}, not a currency code")
    for word, spec in raw["word_figures"].items():
        if spec.get("unit") not in units.codes:
            raise ValueError(f"{path.name}: word figure {word!r} has an unknown unit")
    for code in raw["counted_nouns"]:
        if code not in units.codes:
            raise ValueError(f"{path.name}: counted_nouns lists {code!r}, not a unit code")
    periods = "|".join(numeral_slots(p) for p in raw["period_patterns"])
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
    currency_words = {s: m.code for s, m in units.measures.items() if m.code in units.currency_codes and len(s) > 1}
    cue_words.update(currency_words)
    levels = raw["bare_levels"]
    qualifier_words = [w for w, q in raw["qualifiers_before"].items() if q]
    qualifiers = alternation(qualifier_words)
    currency = alternation(currency_words)
    counted_verbs = ["达", "达到", "为", "有", "增至", *(w for w, sign in directions.items() if sign)]
    followers = alternation([*levels["followers"], *(w for w, sign in directions.items() if sign)])
    return Rules(
        units=units,
        candidate=re.compile(candidate_pattern(units, raw["word_figures"], raw["range_separators"])),
        skip=re.compile("|".join([*index_names(), *(numeral_slots(p) for p in raw["skip_patterns"])])),
        period=re.compile(periods),
        cue=re.compile(alternation(cue_words)),
        cues=cue_words,
        range_breakers=tuple(raw["range_breakers"]),
        word_figures=raw["word_figures"],
        overhang=max(map(len, raw["compound_words"])) - 1,
        compound=re.compile(alternation(raw["compound_words"])),
        qualifier_before=re.compile(alternation(qualifiers_before)),
        qualifiers_before=qualifiers_before,
        qualifier_after=re.compile(f"{SPACE}({alternation(raw['qualifiers_after'])})"),
        qualifiers_after=raw["qualifiers_after"],
        direction=re.compile(alternation(directions)),
        directions=directions,
        metric=re.compile(alternation(metrics)),
        metrics=metrics,
        subject_end=re.compile(f"(?P<w>{alternation(subject_words)})|{periods}"),
        subject_words=subject_words,
        subject_lead_in=re.compile(alternation(raw["subject_lead_ins"])),
        level_verb=re.compile(f"(?:{alternation(levels['verbs'])})(?:{qualifiers})?{SPACE}$"),
        level_verb_ends=frozenset(w[-1] for w in [*levels["verbs"], *qualifier_words, " ", "\u00a0", "\u3000"]),
        level_end=re.compile(f"[^\\w]|$|{followers}"),
        level_cue=re.compile(
            f"(?P<base>{currency})(?:兑|对|/)(?P<quote>{currency})|(?P<price>{currency})/(?:{alternation(levels['price_units'])})"
            f"|(?P<rate>{currency})(?:汇率|汇价)|(?P<index>{alternation(levels['index_words'])})"
        ),
        price_reach=int(levels["price_reach"]),
        fx_bases=tuple(levels["fx_bases"]),
        counted=re.compile(
            "(?:" + "|".join(f"(?P<{unit}>{alternation(words)})" for unit, words in raw["counted_nouns"].items()) + ")"
            f"(?:数量|总数|数|量|规模)?(?:已经|已)?(?:{alternation([*levels['verbs'], *counted_verbs])})?"
            f"(?:{qualifiers})?{SPACE}$"
        ),
    )


def index_names() -> list[str]:
    """Patterns of the gazetteer's index names that hold a number (标普500, 沪深三百, Russell 2000):
    a space may stand between the name and its number, or be left out, and Latin ignores case."""
    from .entities import load_gazetteer  # the one list of index names

    numeral = re.compile(rf"[\d{NUMERAL_CHARS}]")
    names = {
        to_simplified(alias)
        for entity in load_gazetteer()
        if entity.kind == "index"
        for alias in entity.aliases
        if numeral.search(to_simplified(alias))
    }
    return [_loose_name(name) for name in sorted(names, key=lambda n: (-len(n), n))]


def _loose_name(name: str) -> str:
    parts = re.split(r"\s+|(?<=\D)(?=\d)|(?<=\d)(?=\D)", name.strip())
    return "(?i:" + " ?".join(re.escape(p) for p in parts if p) + ")"


def numeral_slots(pattern: str) -> str:
    """A rule pattern with {num} (one numeral character) and {run} (a whole run of them) filled in."""
    num = f"[\\d{NUMERAL_CHARS}]"
    # Possessive and never from inside a run: tried at every start of a run of n digits,
    # a backtracking {num}+ would read n²/2 characters.
    return pattern.replace("{run}", f"(?<!{num}){num}++").replace("{num}", num)
