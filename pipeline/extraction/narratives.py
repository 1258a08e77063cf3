"""Narratives: the taxonomy, keyword tagging of claims, and per-article weights."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from schemas.common import DISCOVERED_PREFIX

from . import lexicons
from .lexicons import TermMatcher, term_key
from .records import Claim, Narrative
from .script import to_simplified

STRENGTHS = ("strong", "weak")


@dataclass(frozen=True)
class _Scoring:
    strong: float
    weak: float
    threshold: float
    saturation: float


@dataclass(frozen=True)
class _Rule:
    narrative: Narrative
    keywords: TermMatcher
    terms: tuple[str, ...]
    strong: tuple[str, ...]


@lru_cache(maxsize=1)
def _taxonomy() -> tuple[_Scoring, tuple[_Rule, ...]]:
    data = lexicons.load("narratives")
    raw = data.get("scoring") or {}
    try:
        scoring = _Scoring(**{k: float(raw[k]) for k in ("strong", "weak", "threshold", "saturation")})
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"narratives.scoring is incomplete: {error}") from error
    if not 0 < scoring.threshold <= scoring.saturation:
        raise ValueError("narratives.scoring needs 0 < threshold <= saturation")
    rows = data.get("narratives")
    if not isinstance(rows, list) or not rows:
        raise ValueError("narratives.yaml lists no narratives")
    rules: dict[str, _Rule] = {}
    for row in rows:
        narrative_id = row.get("id")
        if not narrative_id or narrative_id in rules:
            raise ValueError(f"narrative id {narrative_id!r} is missing or repeated")
        if str(narrative_id).startswith(DISCOVERED_PREFIX):
            raise ValueError(
                f"narrative id {narrative_id!r}: ids starting {DISCOVERED_PREFIX!r} are for discovered ones"
            )
        texts = {k: str(row.get(k) or "").strip() for k in ("name_zh", "name_en", "description")}
        if not all(texts.values()):
            raise ValueError(f"narrative {narrative_id!r} lacks a name or description")
        groups = {s: lexicons.terms(row.get(s), f"narratives.{narrative_id}.{s}") for s in STRENGTHS}
        rules[narrative_id] = _Rule(
            Narrative(narrative_id, **texts),
            lexicons.matcher_of(groups.items()),
            tuple(term for s in STRENGTHS for term in groups[s]),
            groups["strong"],
        )
    return scoring, tuple(rules.values())


def load_taxonomy() -> list[Narrative]:
    return [rule.narrative for rule in _taxonomy()[1]]


def strong_keywords(narrative_id: str) -> tuple[str, ...]:
    """A taxonomy narrative's strong keywords, as the taxonomy file lists them."""
    return next(rule.strong for rule in _taxonomy()[1] if rule.narrative.narrative_id == narrative_id)


@lru_cache(maxsize=1)
def taxonomy_keywords() -> frozenset[str]:
    """Every keyword of the taxonomy, in matching form (Simplified, case-folded)."""
    return frozenset(term_key(term) for rule in _taxonomy()[1] for term in rule.terms)


@lru_cache(maxsize=1)
def _any_rule() -> lexicons.AnyOf:
    return lexicons.AnyOf(rule.keywords for rule in _taxonomy()[1])


# The keywords' matched forms are few and recur in every claim that carries them; keying one is a script
# conversion and a regex.
_keyword_key = lru_cache(maxsize=4096)(term_key)


@lru_cache(maxsize=4096)  # claims' sentences recur: a text's scores are read once (bounded)
def score_text(simplified: str) -> tuple[tuple[str, float], ...]:
    """(narrative_id, score) for each narrative whose keywords a Simplified text carries."""
    scoring, rules = _taxonomy()
    found = []
    # A narrative none of whose keywords occur scores nothing (the threshold is above 0): only the
    # others read the text (a claim holds the keywords of few of the taxonomy's narratives).
    for rule in (rules[index] for index in _any_rule().candidates(simplified)):
        # Each distinct keyword counts once, however often it recurs.
        hits = {_keyword_key(simplified[s:e]): label for s, e, label in rule.keywords.finditer(simplified)}
        total = sum(scoring.strong if label == "strong" else scoring.weak for label in hits.values())
        if total >= scoring.threshold:
            found.append((rule.narrative.narrative_id, round(min(1.0, total / scoring.saturation), 4)))
    return tuple(found)


def tag_claims(
    claims: list[Claim], simplified_of: Callable[[Claim], str] | None = None
) -> list[tuple[int, str, float]]:
    """(claim index, narrative_id, score in (0, 1]) for every narrative a claim carries."""
    simplified_of = simplified_of or (lambda claim: to_simplified(claim.text))
    return [
        (index, narrative_id, score)
        for index, claim in enumerate(claims)
        for narrative_id, score in score_text(simplified_of(claim))
    ]


def article_weights(claims: list[Claim], tags: list[tuple[int, str, float]], n_chars: int) -> list[tuple[str, float]]:
    """(narrative_id, weight): the share of the article's text in claims carrying it, score-weighted.

    Sorted by weight, heaviest first; narratives with no claim are left out.
    """
    if n_chars <= 0:
        return []
    carried: dict[str, float] = {}
    for index, narrative_id, score in tags:
        carried[narrative_id] = carried.get(narrative_id, 0.0) + score * len(claims[index].text)
    weights = [(n, round(min(1.0, chars / n_chars), 4)) for n, chars in carried.items()]
    return sorted(weights, key=lambda item: (-item[1], item[0]))
