"""Candidate narratives: recurring key phrases of claims that no narrative of the taxonomy covers."""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache

import jieba
import jieba.analyse

from . import lexicons
from .entities import load_gazetteer
from .lexicons import term_key
from .script import to_simplified
from .segmenting import tagged_words

jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading to stderr

_NUMERIC = re.compile(r"[\d.,%/+\-–—:]+[a-z]{0,2}")
# A capitalised Latin word ("Pasquariello") is most likely a name, and names are entities.
_LATIN_NAME = re.compile(r"[A-Z][a-z]+")
# An identifier (an account id such as gh_3f2a9c1b7d, a CSS class): letters joined by "_" or "-" to more.
_IDENTIFIER = re.compile(r"[a-z0-9]+(?:[_-][a-z0-9]+)+")
MIN_LENGTH = 2
# jieba's tags of names (people, places, organisations, other proper nouns): kept for stories.
_NAME_TAGS = ("nr", "ns", "nt", "nz")
# Words recur across claims and articles: their keys (a script conversion and a regex each) are remembered.
KEY_CACHE = 1 << 17
TEXT_CACHE = 4096


@lru_cache(maxsize=KEY_CACHE)
def word_key(word: str) -> str:
    """``term_key`` of a word, remembered."""
    return term_key(word)


@lru_cache(maxsize=1)
def _markup_words() -> frozenset[str]:
    """Markup, file types, address parts: never a theme (lexicons/posts.yaml)."""
    return frozenset(
        term_key(w) for w in lexicons.terms(lexicons.load("posts").get("markup_words"), "posts.markup_words")
    )


@lru_cache(maxsize=1)
def _settings() -> tuple[frozenset[str], frozenset[str], dict[str, float], float]:
    data = lexicons.load("narratives")
    stopwords = frozenset(term_key(w) for w in lexicons.terms(data.get("candidate_stopwords"), "candidate_stopwords"))
    tags = frozenset(lexicons.terms(data.get("candidate_tags"), "candidate_tags"))
    # jieba's bundled IDF table for general Chinese text, as jieba.analyse's import already read it (a TFIDF of
    # our own parsed the file again: 0.2-0.3 s in each process that tags narratives).
    idf = jieba.analyse.default_tfidf
    return stopwords, tags, idf.idf_freq, idf.median_idf


@lru_cache(maxsize=1)
def entity_names() -> frozenset[str]:
    # Names are entities, not themes: a recurring company is no new narrative.
    return frozenset(term_key(alias) for entity in load_gazetteer() for alias in entity.aliases)


def uncovered_terms(texts: list[str], covered: set[str]) -> dict[str, float]:
    """One article's candidate words outside the taxonomy (``covered``), with their TF-IDF in its claims.

    Per article, so an incremental run only segments the articles that changed.
    """
    covered = frozenset(covered)  # the same object for a frozenset: the cache below compares it by identity
    return {phrase: weight for phrase, weight in _tfidf(texts).items() if not _is_covered(phrase, covered)}


def rank_candidates(terms_by_article: dict[str, dict[str, float]], top: int = 20) -> list[tuple[str, float, int]]:
    """(phrase, score, number of articles) for the ``top`` phrases.

    A phrase's score is the sum over articles of its TF-IDF in that article's
    claims, so phrases that recur across articles rise; ties break by phrase.
    Articles are summed in id order, so the floating-point result never depends
    on the order they arrive in.
    """
    scores: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for article_id in sorted(terms_by_article):
        for phrase, weight in terms_by_article[article_id].items():
            scores[phrase] += weight
            articles[phrase] += 1
    ranked = sorted(scores, key=lambda p: (-round(scores[p], 9), -articles[p], p))
    return [(p, round(scores[p], 6), articles[p]) for p in ranked[:top]]


@lru_cache(maxsize=4)
def _covered_keys(covered: frozenset[str]) -> list[str]:
    return sorted({term_key(c) for c in covered if c and c.strip()})


def story_terms(texts: list[str]) -> dict[str, int]:
    """The words that can name a story in one article's claims, names included, and the
    phrases two such words make side by side (低空+经济), with their counts: what discovered
    narratives are clustered from. Words keep their case (DRAM), in Simplified script."""
    counts: Counter[str] = Counter()
    for text in texts:
        previous = None
        for word, wanted in _words(text, keep_names=True):
            if wanted:
                counts[word] += 1
                if previous is not None:
                    counts[previous + word] += 1
            previous = word if wanted else None
    return dict(sorted(counts.items()))


def _tfidf(texts: list[str]) -> dict[str, float]:
    """TF-IDF of the candidate words in one article's claims."""
    _, _, idf, median_idf = _settings()
    counts = _counts(texts, keep_names=False)
    total = sum(counts.values())
    return {word: n * idf.get(word, median_idf) / total for word, n in counts.items()} if total else {}


def _counts(texts: list[str], keep_names: bool) -> Counter[str]:
    return Counter(word_key(word) for text in texts for word, wanted in _words(text, keep_names) if wanted)


# Remembered (bounded) as claims' sentences recur: a text is converted, tagged and sifted once.
@lru_cache(maxsize=TEXT_CACHE)
def _words(text: str, keep_names: bool) -> tuple[tuple[str, bool], ...]:
    """(word, whether it can name a theme) for each word of the text, in Simplified script."""
    return tuple((word, _wanted(word, tag, keep_names)) for word, tag in tagged_words(to_simplified(text)))


@lru_cache(maxsize=KEY_CACHE)
def _wanted(word: str, tag: str, keep_names: bool) -> bool:
    """Whether a word with its tag can name a theme (names too, with ``keep_names``); remembered, as
    words recur."""
    stopwords, tags, _, _ = _settings()
    key = word_key(word)
    named = key in entity_names() or _LATIN_NAME.fullmatch(word) is not None
    wanted = (tag in tags or named or tag.startswith(_NAME_TAGS)) if keep_names else (tag in tags and not named)
    return (
        wanted
        and len(key) >= MIN_LENGTH
        and not _NUMERIC.fullmatch(key)
        and key not in stopwords
        and key not in _markup_words()
        and not _IDENTIFIER.fullmatch(key)
    )


@lru_cache(maxsize=KEY_CACHE)
def _is_covered(phrase: str, covered: frozenset[str]) -> bool:
    """Covered when a keyword of ``covered`` equals, contains or sits inside the phrase."""
    return any(phrase in key or (len(key) >= MIN_LENGTH and key in phrase) for key in _covered_keys(covered))
