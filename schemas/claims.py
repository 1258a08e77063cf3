"""Models of the claims and claim_figures tables."""

import pandera.pandas as pa
from pandera.typing import Series

from .common import ARTICLE_ID, CLAIM_TYPES, HEDGES, STANCES


class ClaimsSchema(pa.DataFrameModel):
    claim_id: Series[str] = pa.Field(unique=True, description="article_id:c<start>.")
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID, description="The article.")
    sentence_no: Series[int] = pa.Field(ge=0, description="The sentence that holds the claim.")
    start: Series[int] = pa.Field(ge=0, description="Offset of the claim in text_original.")
    end: Series[int] = pa.Field(gt=0, description="Offset just past the claim.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="The claim as written.")
    claim_type: Series[str] = pa.Field(isin=CLAIM_TYPES, description="forecast, judgement, causal or recommendation.")
    speaker: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="Who puts the view forward: a person or organisation as named, 'author' (the article's own "
            "voice) or 'unnamed' (分析人士, 市场人士).",
    )
    speaker_entity_id: Series[str] = pa.Field(
        nullable=True, description="The entity the speaker is, when the gazetteer or a name pattern knows it."
    )
    hedge: Series[str] = pa.Field(isin=HEDGES, description="certain, likely or possible.")
    stance: Series[str] = pa.Field(
        isin=STANCES, description="Toward the claim's own subject (about): bullish, bearish or neutral."
    )
    about: Series[str] = pa.Field(
        nullable=True, description="What the view is about: the first entity it names, else its first noun phrase."
    )
    about_entity_id: Series[str] = pa.Field(
        nullable=True, description="The entity the claim is about, when it names one."
    )

    class Config:
        strict = True
        description = (
            "Views (forecasts, judgements, causal accounts, recommendations) about markets, companies, "
            "the economy or technology; reported facts are figures, not claims."
        )


class ClaimFiguresSchema(pa.DataFrameModel):
    claim_id: Series[str] = pa.Field(description="The claim.")
    figure_id: Series[str] = pa.Field(description="A figure stated in the claim.")

    class Config:
        strict = True
        unique = ["claim_id", "figure_id"]
        description = "Figures that serve as evidence in each claim."
