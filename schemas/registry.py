"""Every ledger table in one place: its model, the step that writes it, how its rows are keyed and ordered.

Each table is an asset of its own, named after it, materialised by its step (one step may write several
tables: a multi-asset). The rest is derived from here: each table's asset and schema check, the per-article
tables dropped with their article, the order rows are stored and read in.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandera.pandas as pa

from .articles import ArticlesSchema, IngestLogSchema, SentencesSchema
from .claims import ClaimFiguresSchema, ClaimsSchema
from .entities import EntitiesSchema, MentionsSchema
from .figures import FiguresSchema
from .narratives import (
    ArticleNarrativesSchema,
    ArticleTermsSchema,
    CandidateNarrativesSchema,
    ClaimNarrativesSchema,
    NarrativeTimelineSchema,
    NarrativesSchema,
    StoryTermsSchema,
)
from .rejected import RejectedRowsSchema


@dataclass(frozen=True)
class Table:
    model: type[pa.DataFrameModel]
    step: str  # the step (Dagster op) whose run materialises the table's asset
    sort: tuple[str, ...]  # the order rows are written in
    key: str | None = None  # the column a batch replaces rows by (None: the table is written whole)
    shown: str | None = None  # ORDER BY of the site's copy, when not ``sort``; "" keeps the table off the site

    @property
    def site_order(self) -> str:
        return ", ".join(self.sort) if self.shown is None else self.shown


# In the order the pipeline fills them.
REGISTRY = {
    "ingest_log": Table(IngestLogSchema, "articles", ("file_name",), "file_name"),
    "articles": Table(ArticlesSchema, "articles", ("article_id",), "article_id"),
    "sentences": Table(SentencesSchema, "sentences", ("article_id", "sentence_no"), "article_id"),
    "figures": Table(FiguresSchema, "figures", ("article_id", "start"), "article_id"),
    "entities": Table(EntitiesSchema, "entities", ("entity_id",), "entity_id"),
    "mentions": Table(MentionsSchema, "entities", ("article_id", "start"), "article_id"),
    "claims": Table(ClaimsSchema, "claims", ("article_id", "start"), "article_id"),
    "claim_figures": Table(ClaimFiguresSchema, "claims", ("claim_id", "figure_id"), "claim_id"),
    "narratives": Table(NarrativesSchema, "narratives", ("narrative_id",)),
    "claim_narratives": Table(ClaimNarrativesSchema, "narrative_tags", ("claim_id", "narrative_id"), "claim_id"),
    "article_narratives": Table(
        ArticleNarrativesSchema, "narrative_tags", ("article_id", "narrative_id"), "article_id"
    ),
    "article_terms": Table(ArticleTermsSchema, "narrative_tags", ("article_id", "term"), "article_id", shown=""),
    "candidate_narratives": Table(CandidateNarrativesSchema, "narratives", ("phrase",), shown="score DESC, phrase"),
    "story_terms": Table(StoryTermsSchema, "narrative_tags", ("article_id", "term"), "article_id", shown=""),
    "narrative_timeline": Table(NarrativeTimelineSchema, "narratives", ("narrative_id", "period", "period_start")),
    # Every step sets its rejects aside here; ledger_db settles them for the whole ledger.
    "rejected_rows": Table(RejectedRowsSchema, "ledger_db", ("table_name", "row_json")),
}

TABLES = {name: table.model for name, table in REGISTRY.items()}

# The tables each step writes (the assets of its multi-asset).
STEP_TABLES: dict[str, list[str]] = {}
for _name, _table in REGISTRY.items():
    STEP_TABLES.setdefault(_table.step, []).append(_name)

# The per-article tables: their rows go with their article.
ARTICLE_ROWS = [name for name, table in REGISTRY.items() if table.key == "article_id" and name != "articles"]

# What the site reads, and in which order.
SITE_ORDER = {name: table.site_order for name, table in REGISTRY.items() if table.shown != ""}
