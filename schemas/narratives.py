"""Models of the narrative tables."""

import pandera.pandas as pa
from pandera.typing import Series

from .common import ARTICLE_ID


class NarrativesSchema(pa.DataFrameModel):
    narrative_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^[a-z0-9_\-]+$", description="Id from the taxonomy file."
    )
    name_zh: Series[str] = pa.Field(str_length={"min_value": 1}, description="Chinese name.")
    name_en: Series[str] = pa.Field(str_length={"min_value": 1}, description="English name.")
    description: Series[str] = pa.Field(description="What the narrative says.")

    class Config:
        strict = True
        description = "The narrative taxonomy (pipeline/extraction/lexicons/narratives.yaml)."


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
