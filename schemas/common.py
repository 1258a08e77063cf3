"""Closed code lists shared by several models."""

from pathlib import Path

import yaml

# Unit codes of the figure gold guide: the list the figure extractor's lexicon declares.
_UNITS = Path(__file__).resolve().parents[1] / "pipeline" / "extraction" / "lexicons" / "units.yaml"
UNIT_CODES: list[str] = yaml.safe_load(_UNITS.read_text(encoding="utf-8"))["codes"]
QUALIFIERS = ["approx", "over", "under", "nearly"]
DIRECTIONS = ["up", "down"]
SCRIPTS = ["simplified", "traditional"]
# The claim types of the claim gold guide (CLAIMS-GUIDE.md).
CLAIM_TYPES = ["forecast", "judgement", "causal", "recommendation"]
HEDGES = ["certain", "likely", "possible"]
STANCES = ["bullish", "bearish", "neutral"]
NARRATIVE_ORIGINS = ["taxonomy", "discovered"]
TAXONOMY, DISCOVERED = NARRATIVE_ORIGINS
DISCOVERED_PREFIX = "d-"  # of a discovered narrative's id; no taxonomy id may start so
PERIODS = ["day", "week"]  # of a narrative's timeline; a week starts on Monday
ENTITY_KINDS = ["company", "index", "person", "region", "asset", "institution", "product"]
INGEST_STATUSES = ["ingested", "duplicate", "refused"]
# How a file is read, by its suffix (pipeline/extraction/files.py).
FILE_FORMATS = ["text", "markdown", "html", "pdf"]
# Where an article's published date came from: its front matter, a sidecar NAME.yml, the web
# page's or the PDF's metadata, a dateline of the text (the year from the text's other dates,
# or from the file's modification time, when the dateline has none).
DATE_SOURCES = ["front_matter", "sidecar", "html", "pdf", "text", "text_year_from_text", "text_year_from_file_time"]

# Article ids are the first 16 hex digits of the cleaned text's SHA-256.
ARTICLE_ID = r"^[0-9a-f]{16}$"
