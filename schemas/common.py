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
ENTITY_KINDS = ["company", "index", "person", "region", "asset", "institution", "product"]
INGEST_STATUSES = ["ingested", "duplicate", "refused"]

# Article ids are the first 16 hex digits of the cleaned text's SHA-256.
ARTICLE_ID = r"^[0-9a-f]{16}$"
