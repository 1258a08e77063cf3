"""The ledger as the site sees it: one DataFrame per table, plus lookups."""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow as pa

from pipeline.extraction.entities import slug
from pipeline.extraction.script import to_simplified
from schemas import SITE_ORDER

from .file_names import confusable
from .labels import is_named


@dataclass(frozen=True)
class Ledger:
    tables: dict[str, pd.DataFrame]

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self.tables[name]
        except KeyError:
            raise AttributeError(name) from None

    def rows_of(self, table: str, column: str, value) -> pd.DataFrame:
        """The rows of ``table`` whose ``column`` equals ``value``, in table order.

        Pages ask this once per article or entity: grouping once beats
        filtering the whole table for each page (quadratic in the corpus).
        """
        key = (table, column)
        groups = self._groups.get(key)
        if groups is None:
            frame = getattr(self, table)
            groups = self._groups[key] = {v: g for v, g in frame.groupby(column, sort=False)} if not frame.empty else {}
        found = groups.get(value)
        return getattr(self, table).iloc[0:0] if found is None else found

    def records_of(self, table: str, column: str, value) -> list:
        """Like ``rows_of``, as a list of named tuples (those of ``itertuples``): cheaper for the article
        pages. Only the rows asked for become tuples (a run renders the few pages whose inputs changed)."""
        key = (table, column)
        found = self._records.get(key)
        if found is None:
            frame = getattr(self, table)
            row = namedtuple("Pandas", frame.columns, rename=True)
            found = self._records[key] = (row, [frame[c].tolist() for c in frame.columns], _positions(frame[column]))
        row, columns, (codes, order, bounds) = found
        code = codes.get(value)
        rows = () if code is None else order[bounds[code] : bounds[code + 1]].tolist()
        return [row(*[values[i] for values in columns]) for i in rows]

    @cached_property
    def _groups(self) -> dict:
        return {}

    @cached_property
    def _records(self) -> dict:
        return {}

    @cached_property
    def titles(self) -> dict[str, str]:
        return dict(zip(self.articles["article_id"], self.articles["title"]))

    @cached_property
    def confusable_file_names(self) -> frozenset[str]:
        return confusable(self.ingest_log["file_name"])

    @cached_property
    def narrative_names(self) -> dict[str, str]:
        return dict(zip(self.narratives["narrative_id"], self.narratives["name_zh"]))

    @cached_property
    def entity_names(self) -> dict[str, str]:
        return dict(zip(self.entities["entity_id"], self.entities["name"]))

    @cached_property
    def bylines(self) -> dict[str, str | None]:
        return dict(zip(self.articles["article_id"], self.articles["author"]))

    @cached_property
    def speaker_ids(self) -> dict[str, str]:
        """Claim id -> the id of its named speaker's page.

        The speaker's entity when the claim links one; else the entity that the
        same name (in either script) is linked to elsewhere, when it is only
        one; else a slug of the name, so that the page keeps its name across runs.
        """
        named = self.claims[self.claims["speaker"].map(is_named).astype(bool)]  # bool even when empty
        # Each name converted once: a corpus's named claims repeat a few hundred names (26,000 claims at 10,000).
        simplified = {name: to_simplified(name) for name in set(named["speaker"])}
        linked: dict[str, set[str]] = {}
        for name, entity_id in zip(named["speaker"], named["speaker_entity_id"]):
            if entity_id:
                linked.setdefault(simplified[name], set()).add(entity_id)
        ids = {}
        for claim_id, name, entity_id in zip(named["claim_id"], named["speaker"], named["speaker_entity_id"]):
            known = linked.get(simplified[name], set())
            ids[claim_id] = entity_id or (next(iter(known)) if len(known) == 1 else slug(name, "person"))
        return ids

    @cached_property
    def speaker_claims(self) -> pd.DataFrame:
        """The claims of named speakers, with the id of their speaker's page (``speaker_id``)."""
        named = self.claims[self.claims["claim_id"].isin(self.speaker_ids)]
        return named.assign(speaker_id=named["claim_id"].map(self.speaker_ids))

    @cached_property
    def claim_positions(self) -> pd.Index:
        """Claim ids, in the order of ``claims``: ``get_indexer`` gives their rows' positions."""
        return pd.Index(self.claims["claim_id"])

    @cached_property
    def claim_narrative_positions(self) -> np.ndarray:
        """The position (in ``claims``) of the claim of each row of ``claim_narratives`` (-1: none); the frames
        are read with a range index, so a row's label is its position."""
        return self.claim_positions.get_indexer(self.claim_narratives["claim_id"])

    @cached_property
    def published_dates(self) -> dict:
        """Article id -> its publication date."""
        return dict(zip(self.articles["article_id"], self.articles["published"]))

    @cached_property
    def claim_article_ranks(self) -> np.ndarray:
        """Each claim's article as its rank among the articles' ids: sorting by it sorts by the id."""
        return pd.factorize(self.claims["article_id"].to_numpy(dtype=object), sort=True)[0]

    @cached_property
    def claim_figure_positions(self) -> np.ndarray:
        """The position (in ``claims``) of the claim of each row of ``claim_figures`` (-1: none)."""
        return self.claim_positions.get_indexer(self.claim_figures["claim_id"])

    @cached_property
    def claims_holding(self) -> dict[str, np.ndarray]:
        """Entity id -> positions (in ``claims``) of the claims whose span holds one of its mentions.

        Each mention is tested against the claims of its article, for all entities at once and with
        numpy, a block of mentions at a time (the pairs of a whole corpus would take a few hundred MB).
        """
        claims, mentions = self.claims, self.mentions
        if claims.empty or mentions.empty:
            return {}
        codes, _ = pd.factorize(pd.concat([claims["article_id"], mentions["article_id"]], ignore_index=True))
        order = np.argsort(codes[: len(claims)], kind="stable")
        by_article = codes[: len(claims)][order]
        claim_start, claim_end = claims["start"].to_numpy()[order], claims["end"].to_numpy()[order]
        mention_article = codes[len(claims) :]
        first = np.searchsorted(by_article, mention_article, "left")
        count = np.searchsorted(by_article, mention_article, "right") - first
        start, end, entity = (mentions[c].to_numpy() for c in ("start", "end", "entity_id"))
        found = []
        for block in range(0, len(mentions), MENTION_BLOCK):
            n = count[block : block + MENTION_BLOCK]
            mention = np.repeat(np.arange(block, block + len(n)), n)
            claim = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n) + np.repeat(first[block : block + len(n)], n)
            holds = (claim_start[claim] <= start[mention]) & (end[mention] <= claim_end[claim])
            found.append(pd.DataFrame({"entity": entity[mention[holds]], "claim": order[claim[holds]]}))
        pairs = pd.concat(found, ignore_index=True)
        return {e: np.unique(g.to_numpy()) for e, g in pairs.groupby("entity", sort=False)["claim"]}

    @cached_property
    def claims_about(self) -> dict[str, np.ndarray]:
        """Entity id -> positions (in ``claims``) of the claims about it."""
        return self.claims.groupby("about_entity_id", sort=False).indices if not self.claims.empty else {}

    @cached_property
    def claim_tag_rows(self) -> pd.DataFrame:
        """``claim_narratives``, each claim's narratives best first: the order a claim's tags are shown in."""
        return self.claim_narratives.sort_values(["claim_id", "score"], ascending=[True, False])

    def claim_tags(self, claim_id: str) -> list[str]:
        """The narratives of a claim, best first (a dict of every claim's took seconds to build at 10,000
        articles, where a run renders the pages of a few)."""
        return [row.narrative_id for row in self.records_of("claim_tag_rows", "claim_id", claim_id)]


def _positions(keys: pd.Series) -> tuple[dict, np.ndarray, np.ndarray]:
    """The rows of each key, in table order: (key -> code, row positions by code, where each code's
    rows start in them). pandas' ``groupby().indices`` built its dict a key at a time from an Arrow-backed
    index (1.5 s for the 255,000 claims with a narrative at 10,000 articles)."""
    codes, uniques = pd.factorize(keys.to_numpy(dtype=object))  # a missing key gets -1 and no rows
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
    return dict(zip(uniques.tolist(), range(len(uniques)))), order, bounds


# Mentions tested at once by ``Ledger.claims_holding``: about 60 claims each (a few MB of pairs).
MENTION_BLOCK = 20_000


# A title is repeated on every page and row that lists its article (a row per figure on the
# data page), and each copy is segmented for the search index: the site shows it clipped.
# The ledger keeps it whole.
TITLE_MAX_CHARS = 120


# Columns no page reads, left in the database: the sentences' two texts are a quarter of what
# the site's tables take in memory (~0.1 GB at 10,000 articles); pages cut the article's text.
UNREAD = {"sentences": ("text", "text_simplified")}


# What only an article page reads (None: the whole table): ``load`` without ``article_pages`` leaves it in
# DuckDB, and ``of_articles`` reads it for the pages rendered. A run adding one article renders a few
# hundred of 10,000 article pages, and the articles' texts and the sentences were a fifth of the whole read.
ARTICLE_PAGE_ONLY: dict[str, tuple[str, ...] | None] = {
    "articles": ("text_original", "text_simplified"),
    "sentences": None,
}
# The other tables an article page shows rows of (``article_pages.article_inputs``), by article or by claim.
ARTICLE_PAGE_ROWS = {"figures": "article_id", "claims": "article_id", "article_narratives": "article_id"}


def load(conn, article_pages: bool = True) -> Ledger:
    """The site's tables from the DuckDB connection ``conn``, in a fixed order so pages are stable; without
    ``article_pages``, not what only article pages read (``ARTICLE_PAGE_ONLY``)."""
    left = {} if article_pages else ARTICLE_PAGE_ONLY
    read = [name for name in SITE_ORDER if left.get(name, ()) is not None]
    return Ledger({name: _read(conn, name, left.get(name) or ()) for name in read})


def of_articles(ledger: Ledger, conn, article_ids: list[str]) -> Ledger:
    """``ledger`` holding only the rows of ``article_ids`` in the tables an article page shows, with every column
    the site reads: ``ARTICLE_PAGE_ONLY`` read from ``conn`` at once, the others taken from ``ledger``'s frames.
    What the article pages of a run render, looked up with ``records_of``, whose lists of the whole tables took
    0.4 s at 10,000 articles for the few pages a run adding one article renders."""
    articles = "article_id IN (SELECT article_id FROM page_articles)" if article_ids else "false"
    conn.register("page_articles", pd.DataFrame({"article_id": article_ids}, dtype=object))
    try:
        tables = {name: _read(conn, name, where=f"WHERE {articles}") for name in ARTICLE_PAGE_ONLY}
    finally:
        conn.unregister("page_articles")
    for name, column in ARTICLE_PAGE_ROWS.items():
        frame = ledger.tables[name]
        tables[name] = frame[frame[column].isin(article_ids)]
    narratives = ledger.claim_narratives
    tables["claim_narratives"] = narratives[narratives["claim_id"].isin(tables["claims"]["claim_id"])]
    return Ledger({**ledger.tables, **tables})


def _read(conn, name: str, exclude: tuple[str, ...] = (), where: str = "") -> pd.DataFrame:
    """The site's copy of table ``name``, without the columns ``exclude``: its rows ``where``, in the site's order
    (each table's is a key: the rows of some articles come in the order they have among all)."""
    left = (*UNREAD.get(name, ()), *exclude)
    columns = f"* EXCLUDE ({', '.join(left)})" if left else "*"
    frame = read_frame(conn, f"SELECT {columns} FROM {name} {where} ORDER BY {SITE_ORDER[name]}")
    if name == "articles":
        frame["title"] = frame["title"].map(site_title)
    return frame


def site_columns(conn, name: str) -> list[str]:
    """The columns of table ``name`` that ``load`` reads with ``article_pages``, in order."""
    return [c for c in conn.sql(f"SELECT * FROM {name} LIMIT 0").columns if c not in UNREAD.get(name, ())]


def read_frame(conn, sql: str) -> pd.DataFrame:
    """The rows of ``sql`` as a DataFrame whose text columns hold Python strings, and None for SQL NULL
    (so that `value or "—"` works in the pages), and whose dates are datetime64[us].

    Read through Arrow: DuckDB's ``df()`` gives pandas' Arrow-backed strings, which the pages would turn
    back into objects, and whose groups pandas builds a string at a time (at 10,000 articles, 2.6 s
    against 1.0 s of CPU for the whole ledger).
    """
    table = conn.sql(sql).to_arrow_table()
    texts = [f.name for f in table.schema if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)]
    rest = table.drop_columns(texts)
    for i, field in enumerate(rest.schema):
        if pa.types.is_date(field.type):
            rest = rest.set_column(i, field.name, rest.column(i).cast(pa.timestamp("us")))
    frame = rest.to_pandas()
    for name in texts:
        frame[name] = pd.Series(table.column(name).to_numpy(zero_copy_only=False), dtype=object, index=frame.index)
    return frame[table.column_names]


def site_title(title: str | None) -> str | None:
    """The title as the site shows it: at most TITLE_MAX_CHARS characters, an ellipsis marking a cut."""
    if title is None or len(title) <= TITLE_MAX_CHARS:
        return title
    return title[: TITLE_MAX_CHARS - 1] + "…"
