"""Models of the narrative tables."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .common import ARTICLE_ID, NARRATIVE_ORIGINS, PERIODS


class NarrativesSchema(pa.DataFrameModel):
    narrative_id: Series[str] = pa.Field(
        unique=True,
        str_matches=r"^[a-z0-9_\-]+$",
        description="Id from the taxonomy file, or d- and a hash of its key words for a discovered one.",
    )
    origin: Series[str] = pa.Field(
        isin=NARRATIVE_ORIGINS, description="taxonomy (listed in advance) or discovered (found in the corpus)."
    )
    name_zh: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="Chinese name (a discovered one: its key words)."
    )
    name_en: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="English name (a discovered one: its key words)."
    )
    description: Series[str] = pa.Field(description="What the narrative says.")
    terms: Series[str] = pa.Field(
        description="Its words: the taxonomy's strong keywords, or a discovered one's key words, best first."
    )
    n_articles: Series[int] = pa.Field(ge=0, description="Articles carrying it.")
    first_seen: Series[pd.Timestamp] = pa.Field(
        nullable=True,
        description="Earliest publication date of those articles (null when none is dated).",
        metadata={"sql": "DATE"},
    )
    last_seen: Series[pd.Timestamp] = pa.Field(
        nullable=True, description="Latest publication date of those articles.", metadata={"sql": "DATE"}
    )
    taxonomy_overlap: Series[str] = pa.Field(
        nullable=True, description="For a discovered one: the taxonomy narrative on at least half its articles, if any."
    )

    class Config:
        strict = True
        description = (
            "Narratives of both origins: the taxonomy (pipeline/extraction/lexicons/narratives.yaml) and the "
            "stories discovered in the corpus's claims."
        )


class ClaimNarrativesSchema(pa.DataFrameModel):
    claim_id: Series[str] = pa.Field(description="The claim.")
    narrative_id: Series[str] = pa.Field(description="A narrative the claim carries.")
    score: Series[float] = pa.Field(gt=0, le=1, description="Strength of the match, (0, 1].")

    class Config:
        strict = True
        unique = ["claim_id", "narrative_id"]
        description = "Which claims carry which narratives."


class ArticleNarrativesSchema(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID, description="The article.")
    narrative_id: Series[str] = pa.Field(description="The narrative.")
    weight: Series[float] = pa.Field(ge=0, le=1, description="How much of the article carries the narrative, [0, 1].")

    class Config:
        strict = True
        unique = ["article_id", "narrative_id"]
        description = "Per article, the weight of each narrative it carries."


class ArticleTermsSchema(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID, description="The article.")
    term: Series[str] = pa.Field(
        str_length={"min_value": 2},
        description="A word of its claims that no narrative keyword covers (Simplified, case-folded).",
    )
    weight: Series[float] = pa.Field(gt=0, description="TF-IDF of the word in the article's untagged claims.")

    class Config:
        strict = True
        unique = ["article_id", "term"]
        description = "Per article, the words candidate narratives are ranked from."


class CandidateNarrativesSchema(pa.DataFrameModel):
    phrase: Series[str] = pa.Field(unique=True, description="A recurring key phrase no narrative covers.")
    score: Series[float] = pa.Field(ge=0, description="TF-IDF weight over claims.")
    n_articles: Series[int] = pa.Field(ge=1, description="Number of articles whose claims use it.")

    class Config:
        strict = True
        description = "Candidate narratives: recurring key phrases outside the taxonomy."


class StoryTermsSchema(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID, description="The article.")
    term: Series[str] = pa.Field(
        str_length={"min_value": 2},
        description="A word (or two side by side) of its claims that can name a story, names included (Simplified).",
    )
    n: Series[int] = pa.Field(ge=1, description="Times it occurs in the article's claims.")

    class Config:
        strict = True
        unique = ["article_id", "term"]
        description = "Per article, the words discovered narratives are clustered from."


class NarrativeTimelineSchema(pa.DataFrameModel):
    narrative_id: Series[str] = pa.Field(description="The narrative (either origin).")
    period: Series[str] = pa.Field(isin=PERIODS, description="day or week (a week starts on Monday).")
    period_start: Series[pd.Timestamp] = pa.Field(description="First day of the period.", metadata={"sql": "DATE"})
    n_articles: Series[int] = pa.Field(ge=0, description="Articles of the period carrying the narrative.")
    article_share: Series[float] = pa.Field(
        ge=0, le=1, description="Their share of the period's articles, weighted by how strongly each carries it."
    )
    n_claims: Series[int] = pa.Field(ge=0, description="Claims of the period carrying it.")
    claim_share: Series[float] = pa.Field(ge=0, le=1, description="Their share of the period's claims.")
    stance_balance: Series[float] = pa.Field(ge=-1, le=1, description="(bullish - bearish) / its claims in the period.")

    class Config:
        strict = True
        unique = ["narrative_id", "period", "period_start"]
        description = "Narratives over time: intensity and stance balance per day and per week (dated articles only)."
