"""Model of the figures table: every number that measures something."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .common import ARTICLE_ID, DIRECTIONS, QUALIFIERS, UNIT_CODES

# A fall cannot exceed 100%; a rise of over 100,000% is a misread, not a figure.
PERCENT_RANGE = (-100.0, 100_000.0)


class FiguresSchema(pa.DataFrameModel):
    figure_id: Series[str] = pa.Field(unique=True, description="article_id:f<start>.")
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID, description="The article.")
    sentence_no: Series[int] = pa.Field(ge=0, description="The sentence that holds the figure.")
    start: Series[int] = pa.Field(ge=0, description="Offset of the quote in text_original.")
    end: Series[int] = pa.Field(gt=0, description="Offset just past the quote.")
    quote: Series[str] = pa.Field(str_length={"min_value": 1}, description="The figure exactly as written.")
    low: Series[float] = pa.Field(description="Lower bound in base units (equal to high for a single value).")
    high: Series[float] = pa.Field(description="Upper bound in base units.")
    unit: Series[str] = pa.Field(
        isin=UNIT_CODES,
        description="Unit code: ISO currency, %, pp, pt, kWh, W, VA, person, x, event, count, ratio, unitless.",
    )
    qualifier: Series[str] = pa.Field(nullable=True, isin=QUALIFIERS, description="approx, over, under or nearly.")
    direction: Series[str] = pa.Field(
        nullable=True, isin=DIRECTIONS, description="up or down when the text states a rise or a fall."
    )
    subject: Series[str] = pa.Field(nullable=True, description="Who or what is measured.")
    entity_id: Series[str] = pa.Field(nullable=True, description="The entity the subject names, if any.")
    metric: Series[str] = pa.Field(nullable=True, description="What is measured (capex, 资金流入, 目标点位 ...).")
    period: Series[str] = pa.Field(nullable=True, description="The period as written (2026, 今年, 三季度 ...).")
    period_start: Series[pd.Timestamp] = pa.Field(
        nullable=True, description="First day of the period, when resolvable.", metadata={"sql": "DATE"}
    )
    period_end: Series[pd.Timestamp] = pa.Field(
        nullable=True, description="Last day of the period, when resolvable.", metadata={"sql": "DATE"}
    )

    @pa.dataframe_check(error="low must not exceed high")
    def low_not_above_high(cls, df: pd.DataFrame) -> Series[bool]:
        return df["low"] <= df["high"]

    @pa.dataframe_check(error="start must be before end")
    def span_is_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["start"] < df["end"]

    @pa.dataframe_check(error=f"percentages must lie within {PERCENT_RANGE}")
    def percent_is_sane(cls, df: pd.DataFrame) -> Series[bool]:
        low, high = PERCENT_RANGE
        return (df["unit"] != "%") | (df["low"].between(low, high) & df["high"].between(low, high))

    class Config:
        strict = True
        description = "Every number that measures something, normalised to base units and traced to its sentence."
