"""The corpus-level narrative rows: discovered narratives beside the taxonomy, their claims and
articles, and every narrative's timeline. Plain functions over rows read from the ledger.

A discovered narrative's claims are the claims of its articles that hold one of its key words
(in the words of the claim's sentence); an article carries it with the share of its text in
those claims, as a taxonomy narrative is weighed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import duckdb

from pipeline.extraction import stories, timelines
from pipeline.extraction import narratives as narrative_rules
from pipeline.extraction.lexicons import term_key
from schemas.common import DISCOVERED, TAXONOMY

def corpus_narratives(
    found: list[stories.Story],
    published: dict[str, date | None],
    n_chars: dict[str, int],
    claims: Iterable[tuple],
    taxonomy_weights: list[tuple[str, str, float]],
    taxonomy_tags: list[tuple[str, str, float]],
) -> dict[str, list[dict]]:
    """Rows of ``narratives`` (both origins), the discovered rows of ``article_narratives`` and
    ``claim_narratives``, and ``narrative_timeline``.

    ``found``: the discovered stories (``stories.discover``); ``claims``: tuples of claim_id, article_id,
    n_chars (its length), stance and context (its sentence, Simplified), in article and text order,
    read once;
    ``taxonomy_weights`` / ``taxonomy_tags``: the taxonomy's rows of article_narratives /
    claim_narratives, as tuples (article_id or claim_id, narrative_id, weight or score): a dict a row cost
    0.17 s of CPU at 10,000 articles.
    """
    story_of = {article_id: story for story in found for article_id in story.articles}
    keys = {story.narrative_id: _any_of([term_key(k) for k in story.keywords]) for story in found}
    tags, carried_chars, stances = [], defaultdict(int), []
    # One pass: the claims' sentences are not all held at once. Tuples, not dicts: a dict a claim cost
    # 0.4 s of CPU at 10,000 articles.
    for claim_id, article_id, chars, stance, context in claims:
        stances.append((claim_id, article_id, stance))
        story = story_of.get(article_id)
        if story and keys[story.narrative_id].search(_sentence_key(context)):
            tags.append({"claim_id": claim_id, "narrative_id": story.narrative_id, "score": 1.0})
            carried_chars[article_id] += chars
    weights = []
    for story in found:
        for article_id in story.articles:
            chars = carried_chars.get(article_id)
            if chars and n_chars.get(article_id):
                weight = round(min(1.0, chars / n_chars[article_id]), 4)
                weights.append({"article_id": article_id, "narrative_id": story.narrative_id, "weight": weight})
    all_weights = taxonomy_weights + [(w["article_id"], w["narrative_id"], w["weight"]) for w in weights]
    found_tags = [(t["claim_id"], t["narrative_id"], t["score"]) for t in tags]
    narratives = _taxonomy_rows(all_weights, published) + _discovered_rows(found, found_tags, taxonomy_tags)
    return {
        "narratives": narratives,
        "article_narratives": weights,
        "claim_narratives": tags,
        "narrative_timeline": _timeline_rows(published, all_weights, stances, taxonomy_tags + found_tags),
    }


def _sentence_key(simplified: str) -> str:
    """``term_key`` of a text already in Simplified script, without converting it again (OpenCC maps
    Simplified text to itself; its call per claim was half of this step's time at 10,000 articles).
    str.split drops the characters ``\\s`` matches (both are str.isspace), in about half the time."""
    return "".join(simplified.split()).casefold()


def _any_of(keys: list[str]) -> re.Pattern:
    """A pattern found in a text that holds one of ``keys`` (one pass over a claim's sentence, not one per
    key word); with no key, found in none."""
    return re.compile("|".join(map(re.escape, keys)) if keys else "(?!)")


def _taxonomy_rows(weights: list[tuple], published: dict[str, date | None]) -> list[dict]:
    articles_of = _members(weights)
    rows = []
    for narrative in narrative_rules.load_taxonomy():
        articles = articles_of.get(narrative.narrative_id, set())
        first, last = _span(articles, published)
        rows.append(
            {
                **vars(narrative),
                "origin": TAXONOMY,
                "terms": " ".join(narrative_rules.strong_keywords(narrative.narrative_id)),
                "n_articles": len(articles),
                "first_seen": first,
                "last_seen": last,
                "taxonomy_overlap": None,
            }
        )
    return rows


def _discovered_rows(found: list[stories.Story], tags: list[tuple], taxonomy_tags: list[tuple]) -> list[dict]:
    """A discovered narrative overlaps the taxonomy narrative that carries most of its claims."""
    claims_of = _members(tags)
    taxonomy_claims = _members(taxonomy_tags)
    least = stories.settings().overlap
    rows = []
    for story in found:
        n, first, last = len(story.articles), story.first, story.last
        seen = f",{first} 至 {last}" if first else ""
        rows.append(
            {
                "narrative_id": story.narrative_id,
                "name_zh": story.label,
                "name_en": story.label,
                "description": f"从论断中发现的叙事:{n} 篇文章{seen};关键词 {'、'.join(story.keywords)}。",
                "origin": DISCOVERED,
                "terms": " ".join(story.keywords),
                "n_articles": n,
                "first_seen": first,
                "last_seen": last,
                "taxonomy_overlap": stories.overlaps(claims_of.get(story.narrative_id, set()), taxonomy_claims, least),
            }
        )
    return rows


def _timeline_rows(
    published: dict[str, date | None], weights: list[tuple], stances: list[tuple[str, str, str]], tags: list[tuple]
) -> list[dict]:
    """``stances``: (claim_id, article_id, stance) of every claim; ``weights``, ``tags``: (article_id or claim_id,
    narrative_id, weight or score). Only what has a date has a place on a timeline: the rows of undated articles
    are not gathered at all."""
    dated = {article_id for article_id, day in published.items() if day is not None}
    stances = [s for s in stances if s[1] in dated]
    dated_claims = {claim_id for claim_id, _, _ in stances}
    by_narrative: dict[str, dict[str, float]] = defaultdict(dict)
    for article_id, narrative_id, weight in weights:
        if article_id in dated:
            by_narrative[narrative_id][article_id] = weight
    carried: dict[str, set[str]] = defaultdict(set)
    for claim_id, narrative_id, _ in tags:
        if claim_id in dated_claims:
            carried[claim_id].add(narrative_id)
    rows = timelines.timeline(
        published,
        dict(by_narrative),
        [(article_id, stance) for _, article_id, stance in stances],
        carried,
        [claim_id for claim_id, _, _ in stances],
    )
    return [vars(r) for r in rows]


def _members(rows: list[tuple]) -> dict[str, set[str]]:
    """narrative_id -> the members (articles or claims) of its rows (member, narrative_id, weight or score)."""
    members: dict[str, set[str]] = defaultdict(set)
    for member, narrative_id, _ in rows:
        members[narrative_id].add(member)
    return members


def _span(articles: set[str], published: dict[str, date | None]) -> tuple[date | None, date | None]:
    known = sorted(d for d in (published.get(a) for a in articles) if d is not None)
    return (known[0], known[-1]) if known else (None, None)


def suggestions(ledger: Path, include_covered: bool = False) -> str:
    """Taxonomy entries (YAML) for the discovered narratives of a published ledger: those no
    taxonomy narrative overlaps, or all of them."""
    with duckdb.connect(str(ledger), read_only=True) as conn:
        rows = conn.execute(
            "SELECT narrative_id, terms, first_seen, last_seen FROM narratives WHERE origin = 'discovered' "
            "AND (? OR taxonomy_overlap IS NULL) ORDER BY n_articles DESC, narrative_id",
            [include_covered],
        ).fetchall()
        members = dict(
            conn.execute(
                "SELECT narrative_id, list(article_id ORDER BY article_id) FROM article_narratives "
                "GROUP BY narrative_id"
            ).fetchall()
        )
    size = stories.settings().label_terms
    found = []
    for narrative_id, terms, first, last in rows:
        keywords = tuple(terms.split())
        label = keywords[:size]
        articles = tuple(members.get(narrative_id, []))
        found.append(stories.Story(narrative_id, "·".join(label), label, keywords, articles, first, last))
    return stories.taxonomy_entries(found)
