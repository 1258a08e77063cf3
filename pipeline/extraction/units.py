"""Units, scales and currencies of figures, loaded once from lexicons/units.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicons import read_yaml

LEXICON = Path(__file__).parent / "lexicons" / "units.yaml"
GROUPS = ("codes", "scales", "currency_prefixes", "measures", "market_context", "local_currency", "chinese_numeral_min")


@dataclass(frozen=True)
class Measure:
    surface: str
    code: str
    factor: float
    not_before: tuple[str, ...]
    digit_after: bool = False  # 一成二: a digit right after the unit is its next decimal place (12 %)
    half_after: bool = False  # 一倍半, 一成半: 半 right after the unit adds half of it (1.5 x, 15 %)
    some_after: bool = False  # 兩成幾, 一倍幾: 几 right after the unit says that much and some (over)


@dataclass(frozen=True)
class LocalCurrency:
    """A currency word whose code is the market's (元: CNY, TWD or HKD), chosen by market cues."""

    surfaces: frozenset[str]
    codes: frozenset[str]
    default: str
    not_cues: frozenset[str]
    scale_defaults: dict[str, str]  # a scale character in the numeral -> the code when no cue decides


@dataclass(frozen=True)
class UnitLexicon:
    codes: frozenset[str]
    scales: dict[str, float]
    spec_nouns: tuple[str, ...]  # after a scaled number, a product's spec, not an amount (1.6T光模块)
    currency_prefixes: dict[str, str]
    measures: dict[str, Measure]
    market_context: dict[str, str]  # cue word -> currency code
    local: LocalCurrency
    chinese_numeral_min: dict[str, float]
    currency_codes: frozenset[str]

    def measure_pattern(self) -> str:
        """One alternation of every unit, longest first, each guarded by its not_before list."""
        parts = []
        for surface in sorted(self.measures, key=len, reverse=True):
            measure = self.measures[surface]
            guard = "".join(re.escape(ch) for ch in measure.not_before)
            # A Latin unit must end its word: USDT is not USD.
            tail = "(?![A-Za-z])" if surface[-1].isascii() and surface[-1].isalpha() else ""
            parts.append(re.escape(surface) + (f"(?![{guard}])" if guard else "") + tail)
        return "|".join(parts)

    def scale_pattern(self) -> str:
        specs = "|".join(map(re.escape, self.spec_nouns))
        guard = f"(?![A-Za-z])(?!\\s*(?:{specs}))" if specs else "(?![A-Za-z])"
        return "|".join(re.escape(s) + guard for s in sorted(self.scales, key=len, reverse=True))

    def prefix_pattern(self) -> str:
        return "|".join(re.escape(p) for p in sorted(self.currency_prefixes, key=len, reverse=True))


@lru_cache(maxsize=1)
def load_units(path: Path = LEXICON) -> UnitLexicon:
    raw = read_yaml(path) or {}
    for group in GROUPS:
        if not raw.get(group):
            raise ValueError(f"{path.name}: group {group!r} is missing or empty")
    codes = frozenset(raw["codes"])
    measures = {}
    for surface, spec in raw["measures"].items():
        measure = Measure(
            str(surface),
            spec["code"],
            float(spec.get("factor", 1.0)),
            tuple(spec.get("not_before", ())),
            bool(spec.get("digit_after", False)),
            bool(spec.get("half_after", False)),
            bool(spec.get("some_after", False)),
        )
        _check_code(path, measure.code, codes, surface)
        if measure.factor <= 0:
            raise ValueError(f"{path.name}: unit {surface!r} has a non-positive factor")
        measures[measure.surface] = measure
    currency_codes = frozenset(code for code in codes if len(code) == 3 and code.isupper())
    prefixes = {str(k): v for k, v in raw["currency_prefixes"].items()}
    market = {}
    for code, cues in raw["market_context"].items():
        _check_code(path, code, currency_codes, "market_context")
        if not cues:
            raise ValueError(f"{path.name}: market_context {code!r} is empty")
        market.update({cue: code for cue in cues})
    for surface, code in prefixes.items():
        _check_code(path, code, currency_codes, surface)
    local = raw["local_currency"]
    local_codes = frozenset(local.get("codes") or ())
    if not local_codes or not local.get("surfaces"):
        raise ValueError(f"{path.name}: local_currency needs surfaces and codes")
    for code in [*local_codes, local.get("default"), *(local.get("scale_defaults") or {}).values()]:
        _check_code(path, code, currency_codes, "local_currency")
    for surface in local["surfaces"]:
        if surface not in measures:
            raise ValueError(f"{path.name}: local_currency surface {surface!r} is not a measure")
    for code in raw["chinese_numeral_min"]:
        _check_code(path, code, codes, "chinese_numeral_min")
    return UnitLexicon(
        codes=codes,
        scales={str(k): float(v) for k, v in raw["scales"].items()},
        spec_nouns=tuple(raw.get("spec_nouns") or ()),
        currency_prefixes=prefixes,
        measures=measures,
        market_context=market,
        local=LocalCurrency(
            surfaces=frozenset(local["surfaces"]),
            codes=local_codes,
            default=local["default"],
            not_cues=frozenset(local.get("not_cues") or ()),
            scale_defaults=dict(local.get("scale_defaults") or {}),
        ),
        chinese_numeral_min={k: float(v) for k, v in raw["chinese_numeral_min"].items()},
        currency_codes=currency_codes,
    )


def _check_code(path: Path, code: str, allowed: frozenset[str], where: object) -> None:
    if code not in allowed:
        raise ValueError(f"{path.name}: {where!r} uses unknown code {code!r}")
