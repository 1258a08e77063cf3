"""Term matching: one automaton, the same matches as one regex alternation of every term."""

import random
import re

import pytest

from pipeline.extraction import entities, lexicons
from pipeline.extraction.lexicons import TermMatcher, _term_pattern, term_key

TERMS = {
    "Meta": "meta", "Goldman Sachs": "gs", "Goldman": "gs", "MU": "mu", "标普500": "spx", "标普": "sp",
    "英伟达": "nvda", "英伟": "partial", "GW": "gw", "AI": "ai", "OpenAI": "openai", "台积电": "tsmc",
    "İstanbul": "ist", "鲍威尔": "powell",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta和英伟达", [(0, 4, "meta"), (5, 8, "nvda")]),  # longest term first: 英伟达, not 英伟
        ("metadata", []),  # a Latin term ends on a word boundary
        ("META涨了", [(0, 4, "meta")]),  # case-free for a longer term
        ("MU涨, mu跌, Mu平", [(0, 2, "mu")]),  # a ticker of up to three letters only as written
        ("goldman  sachs and Goldman", [(0, 14, "gs"), (19, 26, "gs")]),  # any spacing inside a term
        ("GoldmanSachs", [(0, 12, "gs")]),
        ("标普5000点", [(0, 2, "sp")]),  # 标普500 is not inside 标普5000
        ("标普500涨", [(0, 5, "spx")]),
        ("装机40GW", [(4, 6, "gw")]),
        ("OpenAI与AI", [(0, 6, "openai"), (7, 9, "ai")]),
        ("İSTANBUL与istanbul", [(0, 8, "ist"), (9, 17, "ist")]),  # İ lowers to two characters
        ("", []),
    ],
)
def test_matches(text, expected):
    assert list(TermMatcher(TERMS).finditer(text)) == expected


def alternation(labels):
    """The former matcher: one regex alternation, longest term first."""
    ordered = sorted(labels, key=lambda t: (-len(term_key(t)), t))
    pattern = re.compile("|".join(_term_pattern(t) for t in ordered))
    by_key = {term_key(t): label for t, label in labels.items()}
    return [(m.start(), m.end(), by_key[term_key(m.group())]) for m in pattern.finditer(TEXT)]


# Text drawn from the terms' own pieces, spaces and neighbours, so that terms overlap, nest and touch.
_rng = random.Random(13)
_PIECES = ["Meta", "meta", "data", "Goldman", " ", "  ", "Sachs", "MU", "mu", "标普", "500", "0", "英伟", "达", "GW",
           "40", "Open", "AI", "台积电", "鲍威", "尔", "，", "说"]
TEXT = "".join(_rng.choice(_PIECES) for _ in range(3000))


@pytest.mark.parametrize(
    "labels",
    [TERMS, {e_alias: e.entity_id for e in entities.load_gazetteer() for e_alias in e.aliases}],
    ids=["table", "gazetteer"],
)
def test_same_matches_as_one_alternation(labels):
    assert list(TermMatcher(labels).finditer(TEXT)) == alternation(labels)


def test_a_term_under_two_labels_fails_loudly():
    with pytest.raises(ValueError, match="listed under both"):
        TermMatcher({"Meta": "a", "META": "b"})


def test_no_terms_match_nothing():
    assert list(lexicons.matcher_of([]).finditer("任何文字")) == []


GROUPS = [{"Goldman Sachs": "gs", "英伟达": "nvda"}, {"Meta": "meta", "标普500": "spx"}, {"GW": "gw"}, {}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("goldman  sachs和META", [0, 1]),  # a several-word term is flagged by its first word, in any case
        ("metadata与标普5000", [1]),  # flagged but not matched: a candidate may find nothing
        ("装机40GW", [2]),
        ("鲍威尔说", []),
        ("", []),
    ],
)
def test_any_of_names_the_matchers_that_may_match(text, expected):
    assert lexicons.AnyOf([TermMatcher(g) for g in GROUPS]).candidates(text) == expected


@pytest.mark.parametrize("start", range(0, 3000, 150))
def test_any_of_leaves_out_no_matcher_that_matches(start):
    matchers = [TermMatcher(g) for g in GROUPS]
    text = TEXT[start : start + 40]
    matching = [i for i, m in enumerate(matchers) if list(m.finditer(text))]
    assert set(matching) <= set(lexicons.AnyOf(matchers).candidates(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("维持买入评级", True),
        ("Maintain BUY on the name", True),  # the flag of the one pattern that sets it
        ("MAINTAIN 持有", False),
        ("页: 3", True),  # an anchored pattern keeps its anchor
        ("第3页: 3", False),
        ("", False),
    ],
)
def test_one_pattern_matches_where_any_of_its_patterns_does(text, found):
    patterns = [r"维持(?:买入|增持)评级", r"(?i)\bmaintain\s+buy\b", r"^页\s*[:：]"]
    assert bool(lexicons.one_pattern(patterns).search(text)) is found
    assert any(re.search(p, text) for p in patterns) is found


def test_one_pattern_of_none_matches_nothing():
    assert lexicons.one_pattern([]).search("任何文字") is None
