"""Word segmentation (jieba) at a cost linear in the text.

Two of jieba's costs grow badly on text it does not know, such as a long run of
rare characters (a mis-decoded file, a hostile title):
- the Viterbi search of ``jieba.cut`` for new words copies its best paths at every
  character, so a run of n unknown characters costs n². ``linear_viterbi`` is the
  same search with back-pointers, and gives the same result;
- the part-of-speech HMM of ``jieba.posseg`` weighs pairs of its hundreds of states
  at every character of a new word: about a millisecond a character, ten at one it
  has never seen. ``tagged_words`` runs that HMM only on text of sentence length
  (HMM_MAX_CHARS) whose Han characters it knows, which ordinary sentences are; a
  longer text is read with the dictionary's words alone, and the tags of a new
  word are remembered (an article names the same people again and again).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

import jieba
import jieba.finalseg
import jieba.posseg
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading to stderr

_HMM_HAN = re.compile("[\u4e00-\u9fd5]")  # the characters jieba hands to its HMMs
HMM_MAX_CHARS = 120


JIEBA_VITERBI = jieba.finalseg.viterbi  # jieba's own search, the reference linear_viterbi is tested against
JIEBA_POS_VITERBI = jieba.posseg.viterbi  # the part-of-speech search, remembered by remembered_viterbi


def linear_viterbi(obs, states, start_p, trans_p, emit_p):
    """jieba.finalseg.viterbi with back-pointers instead of copied paths: same (probability, states)."""
    floor = jieba.finalseg.MIN_FLOAT
    scores = {y: start_p[y] + emit_p[y].get(obs[0], floor) for y in states}
    # The same candidates in the same order as jieba, so sums and ties come out the same.
    previous = {y: [(y0, trans_p[y0].get(y, floor)) for y0 in jieba.finalseg.PrevStatus[y]] for y in states}
    back: list[dict[str, str]] = []
    for ch in obs[1:]:
        step, came_from = {}, {}
        for y in states:
            emission = emit_p[y].get(ch, floor)
            step[y], came_from[y] = max([(scores[y0] + move + emission, y0) for y0, move in previous[y]])
        scores = step
        back.append(came_from)
    prob, state = max((scores[y], y) for y in "ES")
    route = [state]
    for came_from in reversed(back):
        state = came_from[state]
        route.append(state)
    route.reverse()
    return prob, route


@lru_cache(maxsize=65536)
def _tags_of_new_word(obs: str) -> tuple[float, tuple]:
    prob, route = JIEBA_POS_VITERBI(obs, char_state_tab_P, start_P, trans_P, emit_P)
    return prob, tuple(route)


def remembered_viterbi(obs, states, start_p, trans_p, emit_p):
    """jieba.posseg's Viterbi, remembered per new word (its tables never change)."""
    if not (states is char_state_tab_P and start_p is start_P and trans_p is trans_P and emit_p is emit_P):
        return JIEBA_POS_VITERBI(obs, states, start_p, trans_p, emit_p)
    prob, route = _tags_of_new_word(obs)
    return prob, list(route)


def speed_up_jieba() -> None:
    """Make every jieba.cut of this process use linear_viterbi,
    and jieba.posseg remember the tags of new words."""
    jieba.finalseg.viterbi = linear_viterbi
    jieba.posseg.viterbi = remembered_viterbi


# Texts of sentence length are remembered: a claim unit is tagged for its predicate and again for
# its topic, and commentary repeats its set phrases. Bounded: a few MB per process.
CACHED_CHARS = 200
TAGGED_CACHE = 4096


def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech tag) pairs of ``text``; new words are guessed only where that is cheap."""
    return _remembered_tags(text) if len(text) <= CACHED_CHARS else _tags(text)


def word_bounds(text: str) -> frozenset[int]:
    """The offsets where jieba's words of ``text`` begin and end."""
    bounds, at = {0}, 0
    for word, _ in tagged_words(text):
        at += len(word)
        bounds.add(at)
    return frozenset(bounds)


def _tags(text: str) -> tuple[tuple[str, str], ...]:
    cheap = len(text) <= HMM_MAX_CHARS and all(ch in char_state_tab_P for ch in _HMM_HAN.findall(text))
    return tuple((pair.word, pair.flag) for pair in jieba.posseg.cut(text, HMM=cheap))


_remembered_tags = lru_cache(maxsize=TAGGED_CACHE)(_tags)


speed_up_jieba()
