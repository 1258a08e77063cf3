"""An article page is rendered again when what it shows changes: each kind of change that alters the
page, on a page of the bundled run, alters its digest too (``page_digests``; else an incremental site
would keep a stale page)."""

from __future__ import annotations

import unicodedata

import duckdb
import pandas as pd
import pytest

from pipeline.sitegen.article_pages import article_inputs, article_page
from pipeline.sitegen.build import pages
from pipeline.sitegen.page_digests import article_digests
from pipeline.sitegen.ledger import Ledger, load

COMPOSED = "café.txt"  # NFC on its own: shown as written until a name that folds alike joins it


@pytest.fixture(scope="module")
def tables(ledger) -> dict[str, pd.DataFrame]:
    return load(ledger).tables


def _subject(tables: dict[str, pd.DataFrame]) -> str:
    """The article with the most claims that carry a narrative and a named speaker."""
    tagged = tables["claims"][tables["claims"]["claim_id"].isin(tables["claim_narratives"]["claim_id"])]
    return tagged.groupby("article_id").size().idxmax()


def _page(tables: dict[str, pd.DataFrame], article_id: str) -> tuple[str, str]:
    ledger = Ledger(tables)
    article = next(a for a in ledger.articles.itertuples(index=False) if a.article_id == article_id)
    with duckdb.connect() as conn:  # the digests are taken in DuckDB: of these tables, changed or not
        for name, frame in tables.items():
            conn.execute(f"CREATE TABLE {name} AS SELECT * FROM frame")
        digest = article_digests(ledger, conn)[article_id]
    return digest, article_page(article_inputs(ledger, article))


def _set(tables, table, column, value, where=None):
    frame = tables[table].copy()
    rows = frame.index if where is None else where(frame)
    frame.loc[rows, column] = value
    tables[table] = frame


def _narrative_renamed(tables, article_id):
    claims = tables["claims"][tables["claims"]["article_id"] == article_id]["claim_id"]
    tag = tables["claim_narratives"][tables["claim_narratives"]["claim_id"].isin(claims)]["narrative_id"].iloc[0]
    _set(tables, "narratives", "name_zh", "改名的叙事", lambda f: f["narrative_id"] == tag)


def _claim_untagged(tables, article_id):
    claim = tables["claim_narratives"].merge(tables["claims"][["claim_id", "article_id"]], on="claim_id")
    claim = claim[claim["article_id"] == article_id]["claim_id"].iloc[0]
    tables["claim_narratives"] = tables["claim_narratives"][tables["claim_narratives"]["claim_id"] != claim]


def _speaker_linked(tables, article_id):
    # A claim of another article links the speaker's name to an entity: the speaker's page changes here too.
    mine = tables["claims"][(tables["claims"]["article_id"] == article_id)]["speaker"]
    name = next(s for s in mine if s not in ("author", "unnamed"))
    claims = tables["claims"].copy()
    other = claims.index[claims["article_id"] != article_id][0]
    claims.loc[other, ["speaker", "speaker_entity_id"]] = [name, "linked-elsewhere"]
    tables["claims"] = claims


def _file_name_confusable(tables, article_id):
    # Another file whose name folds to the same one: the article's own row is unchanged, its label is not.
    log = tables["ingest_log"]
    twin = log.iloc[[0]].assign(file_name=unicodedata.normalize("NFD", COMPOSED), article_id=None)
    tables["ingest_log"] = pd.concat([log, twin], ignore_index=True)


def _weight_changed(tables, article_id):
    _set(tables, "article_narratives", "weight", 0.123, lambda f: f["article_id"] == article_id)


def _figure_changed(tables, article_id):
    _set(tables, "figures", "metric", "另一个指标", lambda f: f["article_id"] == article_id)


def _sentence_moved(tables, article_id):
    sentences = tables["sentences"]
    first = sentences.index[sentences["article_id"] == article_id][0]
    _set(tables, "sentences", "end", sentences.loc[first, "end"] - 1, lambda f: f.index == first)


def _byline_changed(tables, article_id):
    _set(tables, "articles", "author", "新作者", lambda f: f["article_id"] == article_id)


@pytest.mark.parametrize(
    "change",
    [
        _narrative_renamed,
        _claim_untagged,
        _speaker_linked,
        _file_name_confusable,
        _weight_changed,
        _figure_changed,
        _sentence_moved,
        _byline_changed,
    ],
)
def test_a_change_that_alters_an_article_page_alters_its_digest(tables, change):
    base = dict(tables)
    article_id = _subject(base)
    file_name = base["articles"].loc[base["articles"]["article_id"] == article_id, "file_name"].iloc[0]
    _set(base, "articles", "file_name", COMPOSED, lambda f: f["article_id"] == article_id)
    _set(base, "ingest_log", "file_name", COMPOSED, lambda f: f["file_name"] == file_name)
    changed = dict(base)
    change(changed, article_id)
    (digest, page), (new_digest, new_page) = _page(base, article_id), _page(changed, article_id)
    assert new_page != page  # the change is one the reader sees
    assert new_digest != digest


def test_the_same_inputs_give_the_same_digest(tables):
    article_id = _subject(tables)
    assert _page(dict(tables), article_id) == _page({k: v.copy() for k, v in tables.items()}, article_id)


def test_the_site_reads_the_rows_of_the_article_pages_it_renders(ledger):
    """Without what only article pages read (the articles' texts, the sentences), the pages are the same: the
    rows of the pages to render are read with them (``of_articles``); a current page is not rendered."""
    whole = {path: render() for path, _, render in pages(load(ledger), ledger)}
    lean = load(ledger, article_pages=False)
    assert "sentences" not in lean.tables and "text_original" not in lean.articles.columns
    kept = next(path for path in whole if path.startswith("articles/") and path.endswith(".html"))
    found = {path: render for path, _, render in pages(lean, ledger, lambda path, digest: path == kept)}
    assert found[kept] is None and found.keys() == whole.keys()
    assert {path: render() for path, render in found.items() if path != kept} == {
        path: page for path, page in whole.items() if path != kept
    }
