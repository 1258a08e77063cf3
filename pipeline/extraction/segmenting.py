"""Word segmentation (jieba) in bounded pieces.

jieba's HMM for unknown words copies its best paths at every character, so a long
run of characters it does not know costs the square of its length. Text is handed
to it in pieces of at most SEGMENT_CHARS: a sentence is seldom longer, and a word
cut at a piece's edge changes nothing that is read from the words (a verb somewhere,
term counts of a long text).
"""

from __future__ import annotations

import logging

import jieba
import jieba.posseg

SEGMENT_CHARS = 500

jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading to stderr


def pieces(text: str, size: int = SEGMENT_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters."""
    return [text[i:i + size] for i in range(0, len(text), size)] or [text]


def tagged_words(text: str):
    """(word, part-of-speech tag) pairs of ``text``, lazily, piece by piece."""
    for piece in pieces(text):
        for pair in jieba.posseg.cut(piece):
            yield pair.word, pair.flag
