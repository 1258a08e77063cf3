"""The SQL the assets and checks run, one statement (or one commented list of them) a file."""

from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent


@cache
def query(name: str) -> str:
    """The text of ``name``.sql (a path relative to this folder, without the suffix)."""
    return (FOLDER / f"{name}.sql").read_text(encoding="utf-8")
