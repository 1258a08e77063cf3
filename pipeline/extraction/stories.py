"""Discovered narratives: the stories a corpus's views form, found without a list in advance.

Each article is read as the words of its claims (views, not the facts around
them: ``keyphrases.story_terms``). Articles become TF-IDF vectors over the
words that recur in several articles but not in most, reduced by LSA
(truncated SVD, fixed seed), and grouped by HDBSCAN over their nearest
neighbours (``story_graph``), which needs no number of stories and leaves an
article that belongs to none unassigned. A story is
named by its class-based TF-IDF key words (after BERTopic's c-TF-IDF): words
frequent in its articles and rare in the others, names first. Its id comes
from those words, so an unchanged corpus gives the same ids; as a score does
not depend on how many other stories were found, a small story found or lost
elsewhere leaves a story its name.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import numpy as np
import yaml
from scipy import sparse
from sklearn.cluster import HDBSCAN
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from schemas.common import DISCOVERED_PREFIX

from . import lexicons, story_graph
from .lexicons import term_key


@dataclass(frozen=True)
class Story:
    narrative_id: str
    label: str  # its key words, joined
    terms: tuple[str, ...]  # key words of its label, best first
    keywords: tuple[str, ...]  # more key words, best first: a claim holding one carries the story
    articles: tuple[str, ...]  # article ids, sorted
    first: date | None
    last: date | None


@dataclass(frozen=True)
class _Settings:
    min_articles: int  # a story has at least this many articles
    max_share: float  # a word in more than this share of the articles names no story
    components: int  # LSA dimensions
    neighbours: int  # each article's nearest articles in the graph HDBSCAN clusters (story_graph)
    label_terms: int
    keywords: int
    name_boost: float  # a name's c-TF-IDF counts this much more in a label
    seed: int
    overlap: float  # a taxonomy narrative on this share of a story's articles is the one it overlaps


@lru_cache(maxsize=1)
def settings() -> _Settings:
    raw = lexicons.load("narratives").get("discovery") or {}
    try:
        return _Settings(
            min_articles=int(raw["min_articles"]),
            max_share=float(raw["max_share"]),
            components=int(raw["components"]),
            neighbours=int(raw["neighbours"]),
            label_terms=int(raw["label_terms"]),
            keywords=int(raw["keywords"]),
            name_boost=float(raw["name_boost"]),
            seed=int(raw["seed"]),
            overlap=float(raw["overlap"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"narratives.discovery is incomplete: {error}") from error


def discover(
    terms_by_article: dict[str, dict[str, float]],
    dates: dict[str, date | None] | None = None,
    names: frozenset[str] = frozenset(),
) -> list[Story]:
    """The stories of a corpus: ``terms_by_article`` maps an article id to its words and their
    counts; ``names`` holds the words that name an entity (preferred in labels)."""
    ids = sorted(a for a, terms in terms_by_article.items() if terms)
    words = sorted({t for a in ids for t in terms_by_article[a]})
    index = {term: i for i, term in enumerate(words)}
    rows, cols, values = [], [], []
    for row, article in enumerate(ids):
        for term, count in sorted(terms_by_article[article].items()):
            rows.append(row)
            cols.append(index[term])
            values.append(count)
    counts = sparse.csr_matrix((np.asarray(values, float), (rows, cols)), shape=(len(ids), len(words)))
    return discover_counts(ids, words, counts, dates, names)


def discover_counts(
    ids: list[str],
    words: list[str],
    counts: sparse.csr_matrix,
    dates: dict[str, date | None] | None = None,
    names: frozenset[str] = frozenset(),
) -> list[Story]:
    """``discover`` over a matrix: ``counts`` holds each article's (row, in the order of ``ids``, each
    with a word) count of each word (column, in the order of ``words``); both orders sorted."""
    rules = settings()
    kept = _vocabulary(counts, rules)
    if len(ids) < 2 * rules.min_articles or len(kept) < 2:
        return []
    counts, vocabulary = counts[:, kept], [words[i] for i in kept]
    # An article with none of the recurring words shares nothing with any other: no story.
    held = np.flatnonzero(counts.getnnz(axis=1))
    if len(held) < 2 * rules.min_articles:
        return []
    counts, ids = counts[held], [ids[i] for i in held]
    # One BLAS and OpenMP thread: their sums depend on the thread count (another machine could round a
    # distance otherwise), and on a shared machine threads waiting for each other took 2-4 times the time.
    with threadpool_limits(1):
        groups = _clusters(counts, rules)
    if not groups:
        return []
    labelled = _labels(counts, groups, vocabulary, names, rules)
    dates = dates or {}
    stories = []
    for members, keywords in labelled:
        articles = tuple(ids[i] for i in members)
        known = sorted(d for d in (dates.get(a) for a in articles) if d is not None)
        terms = keywords[: rules.label_terms]
        first, last = (known[0], known[-1]) if known else (None, None)
        stories.append(Story(_story_id(terms), "·".join(terms), terms, keywords, articles, first, last))
    return _unique_ids(sorted(stories, key=lambda s: (-len(s.articles), s.narrative_id)))


def _vocabulary(counts: sparse.csr_matrix, rules: _Settings) -> np.ndarray:
    """Columns of the words in at least ``min_articles`` articles and at most ``max_share`` of them."""
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    ceiling = max(rules.min_articles, math.floor(rules.max_share * counts.shape[0]))
    return np.flatnonzero((document_frequency >= rules.min_articles) & (document_frequency <= ceiling))


def _clusters(counts: sparse.csr_matrix, rules: _Settings) -> list[list[int]]:
    """Groups of article rows, each of at least ``min_articles``; articles of no story are left out."""
    n_docs, n_terms = counts.shape
    document_frequency = np.bincount(counts.indices, minlength=n_terms)
    idf = np.log((1 + n_docs) / (1 + document_frequency)) + 1
    tfidf = normalize(counts.copy().log1p().multiply(idf).tocsr())
    dimensions = min(rules.components, n_terms - 1, n_docs - 1)
    vectors = (
        TruncatedSVD(dimensions, algorithm="randomized", random_state=rules.seed).fit_transform(tfidf)
        if dimensions >= 2
        else tfidf.toarray()
    )
    # Unit vectors: their euclidean distance orders pairs as cosine distance does. A sign is fixed
    # per dimension so the solver's arbitrary signs cannot change a distance's rounding.
    vectors = normalize(vectors * np.where(vectors.sum(axis=0) < 0, -1.0, 1.0))
    graph = story_graph.neighbour_graph(vectors, max(rules.neighbours, rules.min_articles))
    # A sparse graph holds no article's distance to itself, which HDBSCAN counts as a neighbour in a
    # full matrix: one sample fewer keeps the same core distances.
    samples = max(1, rules.min_articles - 1)
    labels = HDBSCAN(
        min_cluster_size=rules.min_articles, min_samples=samples, metric="precomputed", copy=False
    ).fit_predict(graph)
    groups: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        if label >= 0:
            groups.setdefault(int(label), []).append(row)
    return sorted(groups.values())


def _labels(
    counts: sparse.csr_matrix, groups: list[list[int]], vocabulary: list[str], names: frozenset[str], rules: _Settings
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Each group with its key words by class-based TF-IDF: a word's share of the group's words,
    times log(1 + all the groups' words / the word's frequency over all groups). c-TF-IDF divides
    the groups' words by the number of groups: a story of three articles found or lost elsewhere
    then moves every score, and reordered near-equal words renamed a story of 9,800 articles."""
    per_group = np.vstack([np.asarray(counts[rows].sum(axis=0)).ravel() for rows in groups])
    frequency = per_group.sum(axis=0)
    idf = np.log(1 + per_group.sum() / np.maximum(frequency, 1e-12))
    boost = np.array([rules.name_boost if term_key(t) in names else 1.0 for t in vocabulary])
    labelled = []
    for rows, weights in zip(groups, per_group):
        score = weights / max(weights.sum(), 1e-12) * idf * boost
        # Round before ranking so that float noise cannot reorder equal words; ties to the longer phrase.
        ranked = sorted(
            np.flatnonzero(weights), key=lambda i: (-round(float(score[i]), 9), -len(vocabulary[i]), vocabulary[i])
        )
        labelled.append((rows, _distinct((vocabulary[i] for i in ranked), max(rules.keywords, rules.label_terms))))
    return labelled


def _distinct(ranked, size: int) -> tuple[str, ...]:
    """The first ``size`` words, each skipped when a better one holds it or it holds a better one
    (低空经济 and 低空 say one thing)."""
    chosen: list[str] = []
    for term in ranked:
        key = term_key(term)
        if not any(key in term_key(c) or term_key(c) in key for c in chosen):
            chosen.append(term)
        if len(chosen) == size:
            break
    return tuple(chosen)


def _story_id(terms: tuple[str, ...]) -> str:
    return DISCOVERED_PREFIX + hashlib.sha1("|".join(sorted(terms)).encode("utf-8")).hexdigest()[:10]


def _unique_ids(stories: list[Story]) -> list[Story]:
    """Two stories with the same key words get numbered ids, in their (stable) order."""
    seen: Counter[str] = Counter()
    unique = []
    for story in stories:
        seen[story.narrative_id] += 1
        if seen[story.narrative_id] > 1:
            story = replace(story, narrative_id=f"{story.narrative_id}-{seen[story.narrative_id]}")
        unique.append(story)
    return unique


def overlaps(members: set[str], taxonomy: dict[str, set[str]], least: float) -> str | None:
    """The taxonomy narrative sharing the most of a story's ``members`` (its claims), if at least
    ``least`` of them; ties go to the first id."""
    best = max(sorted(taxonomy), key=lambda n: len(members & taxonomy[n]), default=None)
    if best is None or not members or len(members & taxonomy[best]) < least * len(members):
        return None
    return best


def taxonomy_entries(found: list[Story]) -> str:
    """Ready-to-paste YAML entries for the taxonomy (lexicons/narratives.yaml) from discovered
    stories: the label's words as strong keywords, the other key words as weak ones, and a
    description stub for the editor to write."""
    entries = [
        {
            "id": "story-" + story.narrative_id.removeprefix(DISCOVERED_PREFIX),
            "name_zh": "".join(story.terms[:2]),
            "name_en": "TODO: an English name",
            "description": f"TODO: what the story says. Seen in {len(story.articles)} articles"
            + (f", {story.first} to {story.last}." if story.first else "."),
            "strong": list(story.terms),
            "weak": [t for t in story.keywords if t not in story.terms],
        }
        for story in found
    ]
    return yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=100) if entries else ""
