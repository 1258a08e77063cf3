"""Models of the ingest tables: files seen, articles kept, their sentences."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .common import ARTICLE_ID, DATE_SOURCES, FILE_FORMATS, INGEST_STATUSES, SCRIPTS


class IngestLogSchema(pa.DataFrameModel):
    file_name: Series[str] = pa.Field(unique=True, description="Path of the file, relative to the articles folder.")
    format: Series[str] = pa.Field(
        isin=FILE_FORMATS, description="How the file is read, by its suffix: text, markdown, html or pdf."
    )
    status: Series[str] = pa.Field(
        isin=INGEST_STATUSES, description="ingested, duplicate (same text as another file) or refused."
    )
    reason: Series[str] = pa.Field(nullable=True, description="Why the file was refused or which file it duplicates.")
    article_id: Series[str] = pa.Field(
        nullable=True, str_matches=ARTICLE_ID, description="The article the file became, if any."
    )
    encoding: Series[str] = pa.Field(nullable=True, description="Detected text encoding.")
    n_bytes: Series[int] = pa.Field(ge=0, description="Size of the file in bytes.")
    fingerprint: Series[str] = pa.Field(
        str_matches=r"^[0-9a-f]{16}$",
        description="Digest of the file's bytes, modification time, sidecar and the extraction code: the version the "
            "ledger holds (a changed fingerprint is re-extracted).",
    )

    class Config:
        strict = True
        description = "Every file the run saw, with what became of it (the ingest report)."


class ArticlesSchema(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(
        unique=True, str_matches=ARTICLE_ID, description="Content-based id: first 16 hex digits of sha256."
    )
    file_name: Series[str] = pa.Field(
        description="The article's file (the first name, if the same text came under several)."
    )
    title: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="Title from metadata, or derived from the text."
    )
    author: Series[str] = pa.Field(nullable=True, description="Author from metadata or an author line.")
    source: Series[str] = pa.Field(nullable=True, description="Publication or site, from metadata.")
    url: Series[str] = pa.Field(nullable=True, description="Original address, from metadata.")
    published: Series[pd.Timestamp] = pa.Field(
        nullable=True,
        description="Publication date: from the file's metadata, else from a dateline of the text; null when unknown.",
        metadata={"sql": "DATE"},
    )
    published_from: Series[str] = pa.Field(
        nullable=True,
        isin=DATE_SOURCES,
        description="Where published came from: front_matter, sidecar, html, pdf, text (a dateline), "
        "text_year_from_text or text_year_from_file_time (a dateline without its year).",
    )
    script: Series[str] = pa.Field(isin=SCRIPTS, description="Script of the original: simplified or traditional.")
    text_original: Series[str] = pa.Field(description="Cleaned text in its original script; all offsets point into it.")
    text_simplified: Series[str] = pa.Field(description="Simplified copy (OpenCC), same length as text_original.")
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the cleaned text.")
    n_chars: Series[int] = pa.Field(gt=0, description="Length of text_original in characters.")
    ingested_at: Series[pd.Timestamp] = pa.Field(
        description="Modification time of the file (UTC), so unchanged input gives unchanged rows."
    )
    encoding: Series[str] = pa.Field(description="Detected encoding of the file.")

    @pa.dataframe_check(error="text_simplified must have the length of text_original")
    def simplified_is_aligned(cls, df: pd.DataFrame) -> Series[bool]:
        return df["text_original"].str.len() == df["text_simplified"].str.len()

    @pa.dataframe_check(error="n_chars must be the length of text_original")
    def n_chars_is_length(cls, df: pd.DataFrame) -> Series[bool]:
        return df["text_original"].str.len() == df["n_chars"]

    @pa.dataframe_check(error="published_from is given exactly when published is")
    def date_has_source(cls, df: pd.DataFrame) -> Series[bool]:
        return df["published"].isna() == df["published_from"].isna()

    class Config:
        strict = True
        description = "One row per distinct article."


class SentencesSchema(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID, description="The article.")
    sentence_no: Series[int] = pa.Field(ge=0, description="Position of the sentence in the article, from 0.")
    start: Series[int] = pa.Field(ge=0, description="Offset of the first character in text_original.")
    end: Series[int] = pa.Field(gt=0, description="Offset just past the last character in text_original.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="The sentence in its original script.")
    text_simplified: Series[str] = pa.Field(description="The sentence in Simplified script.")

    @pa.dataframe_check(error="start must be before end")
    def span_is_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["start"] < df["end"]

    class Config:
        strict = True
        unique = ["article_id", "sentence_no"]
        description = "Sentences of each article with their character span."
