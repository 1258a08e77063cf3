"""Pandera models, one per ledger table, and the helpers that apply them.

The models are the single source of truth for each table: column types and
constraints (validated on every write and in the asset checks), and column
descriptions (written to DuckDB as COMMENT ON and shown on the site).
"""

from __future__ import annotations

from .articles import ArticlesSchema, IngestLogSchema, SentencesSchema
from .claims import ClaimFiguresSchema, ClaimsSchema
from .entities import EntitiesSchema, MentionsSchema
from .figures import FiguresSchema
from .narratives import (
    ArticleNarrativesSchema,
    ArticleTermsSchema,
    CandidateNarrativesSchema,
    ClaimNarrativesSchema,
    NarrativesSchema,
)
from .rejected import RejectedRowsSchema

# Table name -> model, in the order the pipeline fills them.
TABLES = {
    "ingest_log": IngestLogSchema,
    "articles": ArticlesSchema,
    "sentences": SentencesSchema,
    "figures": FiguresSchema,
    "entities": EntitiesSchema,
    "mentions": MentionsSchema,
    "claims": ClaimsSchema,
    "claim_figures": ClaimFiguresSchema,
    "narratives": NarrativesSchema,
    "claim_narratives": ClaimNarrativesSchema,
    "article_narratives": ArticleNarrativesSchema,
    "article_terms": ArticleTermsSchema,
    "candidate_narratives": CandidateNarrativesSchema,
    "rejected_rows": RejectedRowsSchema,
}
