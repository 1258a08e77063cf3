"""Chinese script: detect Simplified vs Traditional, and make a Simplified copy.

The Simplified copy is used for matching and search; it always has the same
length as the original so that offsets found in it point into the original.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import opencc

SIMPLIFIED = "simplified"
TRADITIONAL = "traditional"
# Han characters: CJK Extension A, the Unified Ideographs and the compatibility ones (a regex range).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """OpenCC tw2s, kept character-aligned with ``text``: t2s, after Taiwan's variant characters (著 as
    the particle 着: 隨著 → 随着) are read as the standard ones.

    Phrase rules can change a line's length (rarely); such lines are converted
    one character at a time instead, which keeps every offset valid.
    """
    convert = _converter("tw2s").convert
    whole = convert(text)
    if len(whole) == len(text):
        return whole
    lines = []
    for line in text.splitlines(keepends=True):
        converted = convert(line)
        if len(converted) != len(line):
            converted = "".join(_one_char(convert, ch) for ch in line)
        lines.append(converted)
    return "".join(lines)


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text)


def _one_char(convert, ch: str) -> str:
    out = convert(ch)
    return out if len(out) == 1 else ch


def detect_script(text: str, simplified: str | None = None) -> str:
    """Traditional when more characters change under tw2s than under s2t."""
    simplified = to_simplified(text) if simplified is None else simplified
    traditional_only = _changed(text, simplified)
    if not traditional_only:  # nothing is Traditional-only: Simplified, whatever s2t would change
        return SIMPLIFIED
    traditional = to_traditional(text)
    simplified_only = _changed(text, traditional) if len(traditional) == len(text) else 0
    return TRADITIONAL if traditional_only > simplified_only else SIMPLIFIED


def _changed(text: str, converted: str) -> int:
    """At how many places ``text`` and ``converted`` differ, up to the shorter's end (code points
    compared as arrays: a character at a time in Python was most of this function's time)."""
    n = min(len(text), len(converted))
    return int(np.count_nonzero(_code_points(text[:n]) != _code_points(converted[:n])))


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
