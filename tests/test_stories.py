"""Discovered narratives on a generated corpus of invented stories (tests/story_corpus.py)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta
from functools import lru_cache

import numpy as np
import pytest
import yaml
from scipy import sparse

from pipeline.extraction import keyphrases, lexicons, stories
from pipeline.extraction.claims import article_claims
from pipeline.extraction.script import to_simplified

from .story_corpus import START, STORIES, story_articles

# A word a reader would name each story by: its label must hold one.
NAMED_BY = {
    "rare_earth": {"稀土", "氧化镨钕", "永磁"},
    "memory_chips": {"存储芯片", "DRAM", "NAND", "存储"},
    "liquor": {"白酒", "高端白酒"},
    "low_altitude": {"低空经济", "低空", "eVTOL"},
}


@lru_cache(maxsize=1)
def corpus() -> tuple[dict, dict, dict]:
    terms, dates, truth = {}, {}, {}
    for article in story_articles():
        claims = article_claims(article["text"], to_simplified(article["text"]))
        terms[article["name"]] = keyphrases.story_terms([c.text for c in claims])
        dates[article["name"]], truth[article["name"]] = article["published"], article["story"]
    return terms, dates, truth


def test_each_story_is_one_discovered_narrative_named_by_its_words():
    terms, dates, truth = corpus()
    found = stories.discover(terms, dates)
    assert len(found) == len(STORIES)
    seen = set()
    for story in found:
        majority, n = Counter(truth[a] for a in story.articles).most_common(1)[0]
        assert n / len(story.articles) >= 0.8, (story.label, story.articles)
        assert n >= 0.8 * STORIES[majority]["articles"]  # and it holds most of that story
        assert NAMED_BY[majority] & set(story.terms), story.label
        seen.add(majority)
        weeks = STORIES[majority]["weeks"]
        assert START + timedelta(weeks=weeks[0]) <= story.first <= story.last < START + timedelta(weeks=weeks[-1] + 1)
    assert seen == set(STORIES)


def test_labels_hold_no_generic_or_stop_word():
    terms, dates, _ = corpus()
    stopwords = {lexicons.term_key(w) for w in lexicons.load("narratives")["candidate_stopwords"]}
    for story in stories.discover(terms, dates):
        assert not {lexicons.term_key(t) for t in story.terms} & stopwords
        assert len(story.terms) == len(set(story.terms)) == stories.settings().label_terms


def test_reruns_and_any_input_order_give_the_same_ids():
    terms, dates, _ = corpus()
    first = stories.discover(terms, dates)
    keys = list(terms)
    random.Random(3).shuffle(keys)
    again = stories.discover({k: terms[k] for k in keys}, dates)
    assert first == again
    assert len({s.narrative_id for s in first}) == len(first)
    assert all(s.narrative_id.startswith("d-") for s in first)


def test_a_story_needs_its_articles():
    terms, dates, truth = corpus()
    # Two articles of a story are no story; without the rest of the corpus nothing is found.
    two = {a: terms[a] for a in sorted(terms) if truth[a] == "liquor" and a.endswith(("00.txt", "01.txt"))}
    assert stories.discover(two, dates) == []
    assert stories.discover({}, {}) == []


def test_a_corpus_of_no_stories_gives_none():
    # Seven articles of three words each, every pair of articles sharing exactly one word (the lines
    # of a Fano plane): recurring words, and no group closer than any other.
    lines = [(0, 1, 2), (0, 3, 4), (0, 5, 6), (1, 3, 5), (1, 4, 6), (2, 3, 6), (2, 4, 5)]
    even = {f"a{i}.txt": {f"词{w}": 2 for w in line} for i, line in enumerate(lines)}
    assert stories.discover(even, {}) == []


def test_articles_of_no_story_stay_unassigned():
    terms, dates, truth = corpus()
    # Each about something of its own, sharing only a word every story uses too.
    noise = {f"noise_{i}.txt": {f"话题{i}": 2, f"地点{i}": 1, "流动性": 1} for i in range(3)}
    found = stories.discover({**terms, **noise}, dates)
    assigned = {a for s in found for a in s.articles}
    assert not assigned & set(noise)
    assert len(found) == len(STORIES)


@pytest.mark.parametrize(
    "taxonomy, least, expected",
    [
        ({"power": {"a", "b"}, "capex": {"a"}}, 0.5, "power"),  # two of three claims
        ({"power": {"a"}, "capex": {"b"}}, 0.5, None),  # none holds half
        ({"power": {"a"}, "capex": {"a"}}, 0.3, "capex"),  # a tie goes to the first id
        ({}, 0.5, None),
    ],
)
def test_overlaps_names_the_taxonomy_narrative_sharing_most_claims(taxonomy, least, expected):
    assert stories.overlaps({"a", "b", "c"}, taxonomy, least) == expected
    assert stories.overlaps(set(), taxonomy, least) is None


def test_taxonomy_entries_paste_into_the_taxonomy_and_tag_their_story():
    terms, dates, truth = corpus()
    found = stories.discover(terms, dates)
    entries = yaml.safe_load(stories.taxonomy_entries(found))
    assert [e["id"] for e in entries] == [s.narrative_id.replace("d-", "story-") for s in found]
    fields = set(lexicons.load("narratives")["narratives"][0])
    assert all(fields <= set(e) for e in entries)  # every field a taxonomy entry has
    # The entry's keywords, used as the taxonomy uses them, find its story's articles.
    for story, entry in zip(found, entries):
        keys = {lexicons.term_key(t) for t in entry["strong"]}
        hits = {a for a in terms if keys & {lexicons.term_key(t) for t in terms[a]}}
        assert set(story.articles) <= hits
    assert stories.taxonomy_entries([]) == ""


def _key_words(groups: list[list[dict[str, int]]]) -> list[tuple[str, ...]]:
    """Each group's label words, ranked by ``stories._labels`` over groups of article word counts."""
    vocabulary = sorted({w for group in groups for article in group for w in article})
    rows = [article for group in groups for article in group]
    counts = sparse.csr_matrix(np.array([[a.get(w, 0) for w in vocabulary] for a in rows], float))
    starts = np.cumsum([0] + [len(g) for g in groups])
    members = [list(range(starts[i], starts[i + 1])) for i in range(len(groups))]
    found = stories._labels(counts, members, vocabulary, frozenset(), stories.settings())
    return [words[: stories.settings().label_terms] for _, words in found]


def test_a_small_story_found_elsewhere_leaves_the_others_their_names():
    # Two large stories over overlapping words, then a story of three articles about something else
    # (one article more can make HDBSCAN find one): no large story may change its key words.
    shared, other = (
        ["锂矿", "盐湖", "储能", "产能", "电网", "变压器", "黄金", "央行", "购金", "芯片", "算力", "铜价"],
        ["稀土", "永磁", "白酒", "渠道", "低空"],
    )
    rng = random.Random(2)

    def article(words):
        return {w: rng.randint(1, 4) for w in rng.sample(words, 4)}

    renamed = 0
    for _ in range(300):
        words_a, words_b = rng.sample(shared, 6), rng.sample(shared, 6)
        large = [[article(words_a) for _ in range(200)], [article(words_b) for _ in range(200)]]
        small = [article(other) for _ in range(3)]
        renamed += _key_words(large) != _key_words([*large, small])[:2]
    assert renamed == 0
