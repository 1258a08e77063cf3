"""An entity page is rendered again when what it shows changes: each kind of change that alters the page, on
the page of the bundled run's most mentioned entity, alters its digest too (``page_digests``; else an
incremental site would keep a stale page), and what the page does not show (its articles' narratives) leaves
both as they were."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from pipeline.sitegen.entity_pages import entity_claims, entity_page
from pipeline.sitegen.ledger import Ledger, load
from pipeline.sitegen.page_digests import page_digests


@pytest.fixture(scope="module")
def tables(ledger) -> dict[str, pd.DataFrame]:
    return load(ledger).tables


def _subject(tables: dict[str, pd.DataFrame]) -> str:
    return tables["mentions"].groupby("entity_id").size().idxmax()


def _named_once(tables: dict[str, pd.DataFrame]) -> str:
    """An entity that only some articles name (the most mentioned is named by all four)."""
    articles = tables["mentions"].groupby("entity_id")["article_id"].nunique()
    return articles[articles < tables["articles"]["article_id"].nunique()].index[0]


def _page(tables: dict[str, pd.DataFrame], entity_id: str) -> tuple[str, str]:
    ledger = Ledger(tables)
    entity = ledger.entities[ledger.entities["entity_id"] == entity_id].iloc[0]
    with duckdb.connect() as conn:  # the digests are taken in DuckDB: of these tables, changed or not
        for name, frame in tables.items():
            conn.execute(f"CREATE TABLE {name} AS SELECT * FROM frame")
        digest = page_digests(ledger, conn)[1][entity_id]
    return digest, entity_page(ledger, entity)


def _set(tables, table, column, value, where):
    frame = tables[table].copy()
    frame.loc[where(frame), column] = value
    tables[table] = frame


def _shown_claim(tables, entity_id) -> int:
    """The row (in ``claims``) of the first claim the page lists."""
    return int(entity_claims(Ledger(dict(tables)), entity_id)[0])


def _renamed(tables, entity_id):
    _set(tables, "entities", "name", "改名的实体", lambda f: f["entity_id"] == entity_id)


def _mention_dropped(tables, entity_id):
    mentions = tables["mentions"]
    tables["mentions"] = mentions.drop(mentions.index[mentions["entity_id"] == entity_id][0])


def _title_changed(tables, entity_id):
    article = tables["mentions"].loc[tables["mentions"]["entity_id"] == entity_id, "article_id"].iloc[0]
    _set(tables, "articles", "title", "新标题", lambda f: f["article_id"] == article)


def _figure_changed(tables, entity_id):
    _set(tables, "figures", "metric", "另一个指标", lambda f: f["entity_id"] == entity_id)


def _claim_reworded(tables, entity_id):
    row = _shown_claim(tables, entity_id)
    _set(tables, "claims", "text", "改写的论断", lambda f: f.index == row)


def _speaker_linked(tables, entity_id):
    # A claim of another article links the shown claim's speaker to an entity: its speaker link changes here.
    row = _shown_claim(tables, entity_id)
    claims = tables["claims"].copy()
    claims.loc[row, "speaker"] = "王小明"
    other = claims.index[claims["article_id"] != claims.loc[row, "article_id"]][0]
    claims.loc[other, ["speaker", "speaker_entity_id"]] = ["王小明", "linked-elsewhere"]
    tables["claims"] = claims


def _object_gone(tables, entity_id):
    # The entity a shown claim is about loses its page: the claim's object is no longer a link.
    row = _shown_claim(tables, entity_id)
    other = tables["entities"].loc[tables["entities"]["entity_id"] != entity_id, "entity_id"].iloc[0]
    _set(tables, "claims", "about_entity_id", other, lambda f: f.index == row)
    changed = dict(tables)
    tables["entities"] = changed["entities"][changed["entities"]["entity_id"] != other]


def _speaks_elsewhere(tables, entity_id):
    # A claim of an article that never names the entity is its own (its speaker page counts it).
    involved = pd.concat(
        [
            tables["mentions"].loc[tables["mentions"]["entity_id"] == entity_id, "article_id"],
            tables["figures"].loc[tables["figures"]["entity_id"] == entity_id, "article_id"],
            tables["claims"].loc[tables["claims"]["about_entity_id"] == entity_id, "article_id"],
        ]
    )
    row = tables["claims"].index[~tables["claims"]["article_id"].isin(set(involved))][0]
    _set(tables, "claims", ["speaker", "speaker_entity_id"], ["某人", entity_id], lambda f: f.index == row)


@pytest.mark.parametrize(
    "change",
    [
        _renamed,
        _mention_dropped,
        _title_changed,
        _figure_changed,
        _claim_reworded,
        _speaker_linked,
        _object_gone,
        _speaks_elsewhere,
    ],
)
def test_a_change_that_alters_an_entity_page_alters_its_digest(tables, change):
    entity_id = (_named_once if change is _speaks_elsewhere else _subject)(tables)
    changed = dict(tables)
    change(changed, entity_id)
    (digest, page), (new_digest, new_page) = _page(dict(tables), entity_id), _page(changed, entity_id)
    assert new_page != page  # the change is one the reader sees
    assert new_digest != digest


def test_its_articles_narratives_leave_the_page_and_its_digest(tables):
    entity_id = _subject(tables)
    changed = dict(tables)
    _set(changed, "narratives", "name_zh", "改名的叙事", lambda f: f.index == f.index[0])
    _set(changed, "article_narratives", "weight", 0.123, lambda f: f.index >= 0)
    assert _page(changed, entity_id) == _page(dict(tables), entity_id)


def test_the_same_inputs_give_the_same_digest(tables):
    entity_id = _subject(tables)
    assert _page(dict(tables), entity_id) == _page({k: v.copy() for k, v in tables.items()}, entity_id)
