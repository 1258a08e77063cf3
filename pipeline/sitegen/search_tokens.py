"""The search index's tokens and their hash: one spec with ``site/javascripts/search.js``.

A token is a Han character, a pair of adjacent Han characters, or a Latin word or number, in lower
case; ``bucket_of`` (FNV-1a) sends it to its bucket file, as ``terms`` and ``bucketOf`` do in the browser.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

TITLE_WEIGHT = 5  # a token in the title counts as this many in the text
_HAN = ((0x3400, 0x9FFF), (0xF900, 0xFAFF))  # code points of Han characters (ranges, inclusive)
_LATIN = re.compile("[0-9a-z\u00c0-\u024f]+")
# A token as one integer (what the index counts, sorts and looks up with numpy): a Han character its code point, a
# pair of them first * _PAIR + second (code points are below 2**21), a Latin word -1 - its number in the shard.
_PAIR = 1 << 21


def token_keys(text: str, words: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The tokens of ``text`` (Han characters, pairs of adjacent ones, Latin words in lower case) as integer keys,
    sorted, and their occurrences. ``words`` numbers the Latin words met so far; new ones are added."""
    lowered = text.lower()
    points = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    han = np.zeros(len(points), dtype=bool)
    for low, high in _HAN:
        han |= (points >= low) & (points <= high)
    paired = han[:-1] & han[1:]
    latin = [-1 - words.setdefault(word, len(words)) for word in _LATIN.findall(lowered)]
    keys = [points[han], points[:-1][paired] * _PAIR + points[1:][paired], np.array(latin, dtype=np.int64)]
    return np.unique(np.concatenate(keys), return_counts=True)


def token_text(key: int, words: list[str]) -> str:
    """The token a key stands for (``words``: the Latin words in the order they were numbered)."""
    if key < 0:
        return words[-1 - key]
    return chr(key) if key < _PAIR else chr(key // _PAIR) + chr(key % _PAIR)


def tokens(text: str) -> Counter:
    """Occurrences of each token of ``text``: Han characters and pairs of adjacent ones, Latin words."""
    numbers: dict[str, int] = {}
    keys, counts = token_keys(text, numbers)
    words = list(numbers)
    return Counter({token_text(int(k), words): int(n) for k, n in zip(keys, counts)})


def page_tokens(record: dict, words: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """A page's token keys and occurrences: its text's, those of the other script's text that the text lacks (a
    token in both scripts counts once), and its title's, each counted TITLE_WEIGHT times."""
    text, text_n = token_keys(record["text"], words)
    alt, alt_n = token_keys(record["alt"], words)
    title, title_n = token_keys(record["title"], words)
    only_alt = ~np.isin(alt, text, assume_unique=True)
    keys, where = np.unique(np.concatenate([text, alt[only_alt], title]), return_inverse=True)
    counts = np.concatenate([text_n, alt_n[only_alt], TITLE_WEIGHT * title_n])
    return keys, np.bincount(where, weights=counts).astype(np.int64)


def bucket_of(token: str, buckets: int) -> int:
    """The bucket of a token: FNV-1a (32 bits) of its UTF-8 bytes, modulo the shard's buckets."""
    h = 0x811C9DC5
    for byte in token.encode():
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h % buckets


# Tokens hashed together by ``bucket_hashes`` are at most this long (in UTF-8 bytes); longer ones one at a time.
_HASHED_TOGETHER = 64


def bucket_hashes(tokens: list[bytes]) -> np.ndarray:
    """``bucket_of(token, 2**32)`` of each token (its UTF-8 bytes), with numpy: a byte position at a time for all."""
    lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    short = lengths <= _HASHED_TOGETHER
    width = int(lengths[short].max(initial=0))
    matrix = np.zeros((len(tokens), width), dtype=np.uint64)
    sizes = np.where(short, lengths, 0)
    flat = np.frombuffer(b"".join(t for t, s in zip(tokens, short) if s), dtype=np.uint8)
    rows = np.repeat(np.arange(len(tokens)), sizes)
    matrix[rows, np.arange(len(flat)) - np.repeat(np.cumsum(sizes) - sizes, sizes)] = flat
    hashes = np.full(len(tokens), 0x811C9DC5, dtype=np.uint64)
    for column in range(width):
        hashes = np.where(column < sizes, ((hashes ^ matrix[:, column]) * 0x01000193) & 0xFFFFFFFF, hashes)
    for i in np.flatnonzero(~short):
        hashes[i] = bucket_of(tokens[i].decode(), 2**32)
    return hashes.astype(np.uint32)
