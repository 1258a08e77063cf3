"""The records the extractors produce: one frozen dataclass per kind of row.

Offsets (``start``, ``end``) are always character offsets into the article's
``text_original``; ``text_simplified`` has the same length, so an offset found
in one is valid in the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Article:
    article_id: str
    file_name: str
    title: str
    author: str | None
    source: str | None
    url: str | None
    published: date | None
    published_from: str | None  # schemas.common.DATE_SOURCES
    script: str  # "simplified" | "traditional"
    text_original: str
    text_simplified: str
    sha256: str  # of the decoded, cleaned text: the identity of the article
    n_chars: int
    ingested_at: datetime
    encoding: str


@dataclass(frozen=True)
class Refusal:
    """A file that could not be used, and why; the run reports it and goes on."""

    file_name: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    sentence_no: int
    start: int
    end: int
    text: str
    text_simplified: str


@dataclass(frozen=True)
class Span:
    """A stretch of the text known only by its place (a stored figure, when claims are linked to it)."""

    start: int
    end: int


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    quote: str
    low: float
    high: float
    unit: str
    qualifier: str | None = None  # approx | over | under | nearly
    direction: str | None = None  # up | down
    subject: str | None = None
    metric: str | None = None
    period: str | None = None
    period_start: date | None = None
    period_end: date | None = None


@dataclass(frozen=True)
class Entity:
    entity_id: str
    name: str
    kind: str  # company | index | person | region | asset | institution | product
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    entity_id: str
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class Claim:
    sentence_no: int
    start: int
    end: int
    text: str
    claim_type: str  # forecast | judgement | causal | recommendation
    speaker: str  # a name as written, "author" (the article's own voice) or "unnamed"
    hedge: str  # certain | likely | possible
    stance: str  # bullish | bearish | neutral, toward ``about``
    about: str | None = None  # what the view is about
    speaker_entity_id: str | None = None
    about_entity_id: str | None = None


@dataclass(frozen=True)
class Narrative:
    narrative_id: str
    name_zh: str
    name_en: str
    description: str
