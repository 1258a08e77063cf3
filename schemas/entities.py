"""Models of the entities and mentions tables."""

import pandera.pandas as pa
from pandera.typing import Series

from .common import ARTICLE_ID, ENTITY_KINDS


class EntitiesSchema(pa.DataFrameModel):
    entity_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^[a-z0-9_\-]+$", description="Stable slug of the entity."
    )
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Display name.")
    kind: Series[str] = pa.Field(
        isin=ENTITY_KINDS, description="company, index, person, region, asset, institution or product."
    )
    aliases: Series[str] = pa.Field(description="Aliases in Simplified, Traditional and English, separated by ' | '.")

    class Config:
        strict = True
        description = "Companies, indexes, people, places, assets, institutions and products mentioned in the articles."


class MentionsSchema(pa.DataFrameModel):
    entity_id: Series[str] = pa.Field(description="The entity.")
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID, description="The article.")
    sentence_no: Series[int] = pa.Field(ge=0, description="The sentence of the mention.")
    start: Series[int] = pa.Field(ge=0, description="Offset of the mention in text_original.")
    end: Series[int] = pa.Field(gt=0, description="Offset just past the mention.")
    surface: Series[str] = pa.Field(str_length={"min_value": 1}, description="The mention as written.")

    class Config:
        strict = True
        unique = ["article_id", "start"]
        description = "Where each entity is mentioned, with its span."
