"""File names as the site shows them: two names that differ only in Unicode form must read differently.

"café" can be written with a composed é or with e and a combining accent,
"Ａ股" with a full-width or an ASCII letter: the file system keeps them apart,
a reader cannot. Such a name is shown with the code points of its characters
that normalisation would change, so each reads as what it is.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable

from .markup import esc


def _folded(name: str) -> str:
    return unicodedata.normalize("NFKC", name)


def confusable(names: Iterable[str]) -> frozenset[str]:
    """The names that equal another of ``names`` once both are NFKC-normalised, and those not in NFC."""
    names = list(names)
    counts = Counter(_folded(n) for n in names)
    return frozenset(n for n in names if counts[_folded(n)] > 1 or not unicodedata.is_normalized("NFC", n))


def _changeable(char: str) -> bool:
    """A character that has another spelling (composed, full-width, ...) or joins the one before it."""
    return unicodedata.normalize("NFKD", char) != char or unicodedata.combining(char) != 0


def code_points(name: str) -> str:
    """'U+00E9' for a composed é, 'U+0301' for the accent of a decomposed one, '' for plain ASCII."""
    return " ".join(f"U+{ord(c):04X}" for c in name if _changeable(c))


def file_label(name: str, confusable_names: frozenset[str]) -> str:
    """The escaped name, followed by its changeable code points when it could be taken for another name.

    Of two names that normalise alike, at least one holds such a character, so the two read differently.
    """
    points = code_points(name) if name in confusable_names else ""
    return f'{esc(name)} <small class="unicode-form">[{points}]</small>' if points else esc(name)
