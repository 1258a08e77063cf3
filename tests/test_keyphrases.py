"""Candidate narratives: recurring phrases of claims that the taxonomy does not cover."""

from __future__ import annotations

import pytest

from pipeline.extraction.keyphrases import rank_candidates, uncovered_terms
from pipeline.extraction.narratives import taxonomy_keywords

CORPUS = {
    "a": ["机器人产业链迎来量产拐点,人形机器人订单激增。", "固态电池技术突破,机器人续航提升。"],
    "b": ["人形机器人成为新的主题,资金追逐机器人概念股。", "低空经济与机器人同样受到关注。"],
    "c": ["美联储缩表,美债收益率上行。"],
}


def candidate_phrases(corpus, covered, top):
    """The corpus-level ranking over the per-article terms, as the pipeline composes them."""
    return rank_candidates({article: uncovered_terms(texts, covered) for article, texts in corpus.items()}, top)


def phrases(result):
    return [p for p, _, _ in result]


def test_recurring_uncovered_phrase_ranks_first_with_its_article_count():
    result = candidate_phrases(CORPUS, taxonomy_keywords(), top=5)
    phrase, score, n_articles = result[0]
    assert (phrase, n_articles) == ("机器人", 2)
    assert score > 0
    assert [s for _, s, _ in result] == sorted((s for _, s, _ in result), reverse=True)


@pytest.mark.parametrize(
    "covered, absent",
    [
        ({"机器人"}, "机器人"),  # a keyword itself
        ({"机器"}, "机器人"),  # a keyword inside the phrase
        ({"人形机器人产业"}, "机器人"),  # the phrase inside a keyword
    ],
)
def test_covered_phrases_are_left_out(covered, absent):
    assert absent not in phrases(candidate_phrases(CORPUS, covered, top=50))


def test_taxonomy_keywords_and_entity_names_are_left_out():
    found = phrases(candidate_phrases(CORPUS, taxonomy_keywords(), top=50))
    assert not {"缩表", "美联储", "美债", "收益率"} & set(found)


@pytest.mark.parametrize(
    "texts, top, expected_length",
    [({}, 20, 0), ({"a": []}, 20, 0), ({"a": ["。"]}, 20, 0), (CORPUS, 3, 3)],
)
def test_edge_inputs(texts, top, expected_length):
    assert len(candidate_phrases(texts, set(), top=top)) == expected_length


def test_output_is_deterministic_and_independent_of_dict_order():
    reordered = dict(reversed(list(CORPUS.items())))
    assert candidate_phrases(CORPUS, set(), top=10) == candidate_phrases(reordered, set(), top=10)
