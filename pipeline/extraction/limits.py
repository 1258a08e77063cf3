"""The per-file limits (lexicons/limits.yaml), in one place for every reader."""

from __future__ import annotations

from dataclasses import dataclass, fields

from .lexicons import load


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    max_metadata_bytes: int
    max_metadata_depth: int
    max_line_chars: int
    max_title_chars: int
    earliest_year: int
    latest_year: int
    max_pdf_pages: int
    max_markup_percent: int


def _load() -> Limits:
    data = load("limits")
    names = {f.name for f in fields(Limits)}
    if set(data) != names or not all(isinstance(v, int) and v > 0 for v in data.values()):
        raise ValueError(f"lexicon limits.yaml must give exactly {sorted(names)}, each a positive integer")
    return Limits(**data)


LIMITS = _load()
