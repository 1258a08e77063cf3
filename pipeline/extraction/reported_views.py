"""Reported speech: a speaker's sentence cut into the views it strings together, the parts of a unit, and whether a
host's line relays a view."""

from __future__ import annotations

import re

from . import claim_kinds, speakers
from .claim_units import (
    HEAD,
    MIN_UNIT,
    QUOTE_CLOSES,
    QUOTE_OPENS,
    TRAILING,
    Unit,
    clauses,
    is_conditional,
    only_topic,
    stands_alone,
    unit_rules,
)
from .records import Sentence
from .segmenting import tagged_words
from .turn_labels import AUTHOR

# Tags of a word that can be a clause's own subject: nouns, names, abbreviations, verbal nouns, places, times.
_SUBJECT_TAGS = ("n", "j", "vn", "eng", "s", "t", "f")
# Tags of a word that can stand before a subject as its modifier: distinguishing words (超大规模), adjectives,
# numerals and measures (二三线厂商). A pronoun is a subject itself (我, 他们) or a subject's (各国央行).
_MODIFIER_TAGS = ("b", "a", "m", "q")
# words that modify a noun though jieba tags them as verbs ("相关厂商的产品单价…")
_MODIFYING_VERBS = frozenset({"相关", "有关", "其他", "其余"})
_NOUN_TAGS = ("n", "j", "eng")
_MARKET = re.compile(r"\s*(?:[A港美日韩台欧陆]股|中概股)")
# 而 setting a subject against the last ("…是真实的，而韩国的估值仍然偏低"), not 而且, 而是, 而言, 而已
_WHEREAS = re.compile(r"^\s*而(?![且是言已非])")
_EXPLAINS = re.compile(r"原因(?:是|在于)|是因为|是由于")
# A clause that only says the one before still holds ("…，这一点没有改变"): no view of its own.
_STILL_HOLDS = re.compile(
    r"^\s*(?:这一点|这点|这一|这个|此)(?:判断|看法)?(?:并|也|始终|一直|依然|仍然)?(?:没有改变|没变|未变|不变|没有变|成立)"
)


def views(units: list[Unit], said_from: int, framed_at: int | None = None, kinds_only: bool = False) -> list[Unit]:
    """A reported speaker's unit cut where a clause with its own subject begins a view of its own after
    one ("X表示，通胀回落慢于预期，现在讨论降息仍为时过早"): news strings a source's views into one
    sentence. A frame opening a clause after a view cuts too ("…供不应求，我们判断…"). ``kinds_only`` (a turn's
    own words, no frame) cuts only where the kind of view changes ("融资余额偏高，大家杠杆不要开太大")."""
    found = []
    for unit in units:
        text, start = unit.simplified, 0
        at = framed_at - unit.start if framed_at is not None else 0
        if 0 < at < len(text) and text[:at].rstrip()[-1:] in "，,；;":
            before = text[:at].rstrip(" ，,；;")
            # a view by its own words, not a move its stance word describes ("合约价连续三个月上涨")
            stands = not (only_topic(before) or is_conditional(before)) and claim_kinds.own_view(before)
            if stands and claim_kinds.is_view(text[at:]):
                found.append(piece(unit, 0, at))
                start = at
        elif 0 < at < len(text) and _quoted(text[:at]):
            found.append(piece(unit, 0, at))  # "“……，”X表示": the quotation before its speaker's frame
            start = at
        for cut in subject_cuts(text, max(0, said_from - unit.start)):
            said, rest = text[max(start, said_from - unit.start) : cut], text[cut:]
            # the clauses after 原因是 are the cause's parts ("主要原因是赤字太大，市场担心供给增加，…"): one view;
            # so is a clause that only says the one before still holds
            own = not (_EXPLAINS.search(said) or _STILL_HOLDS.match(rest))
            if kinds_only and _kind(said) == _kind(rest):
                continue  # a turn's clauses of one kind of view are one line of argument, whoever each is about
            if own and claim_kinds.is_view(said) and claim_kinds.is_view(rest):
                found.append(piece(unit, start, cut))
                start = cut
        found.append(piece(unit, start, len(text)))
    return found


def _kind(text: str) -> str:
    return claim_kinds.claim_type(text, set(claim_kinds.cue_labels(text)))


def _quoted(before: str) -> bool:
    """Whether the words before a frame are the end of a quotation that opens their unit or began before it
    ("“需求依然强劲，”X表示"), not a term quoted inside them ("所谓的“软着陆”，X认为")."""
    text = before.rstrip(" ，,")
    return text[-1:] in QUOTE_CLOSES and max(text.rfind(mark) for mark in QUOTE_OPENS if mark != '"') <= 0


def clamp(offset: int, unit: Unit) -> int:
    return min(len(unit.simplified), max(0, offset))


def piece(unit: Unit, start: int, end: int) -> Unit:
    """Part of a unit, without the punctuation and spaces around it (a label's space: "推 abc: 韩股…")."""
    text = unit.simplified
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in "，,；;：: ":
        end -= 1
    return Unit(unit.start + start, unit.start + end, unit.text[start:end], text[start:end])


def subject_cuts(simplified: str, floor: int = 0) -> list[int]:
    """Where, after ``floor``, a clause opens with a subject of its own (a noun, not a clause going
    on with 也, 就, 这 or 但) after a part that can stand alone: where one view may end and the next
    begin inside a unit ("通胀回落慢于预期，降息仍为时过早")."""
    cuts = []
    for start, _ in clauses(simplified)[1:]:
        before = simplified[floor:start].strip(TRAILING)
        if start <= floor or len(before) < MIN_UNIT or unit_rules().goes_on.match(simplified, start):
            continue
        # a demonstrative opens a noun phrase, whatever the tagger makes of the word after it (此次通知);
        # tagging, which costs most, comes last
        opens = (
            unit_rules().demonstrative.match(simplified, start)
            or unit_rules().condition_opening.match(simplified, start)
            or _opens_with_subject(_WHEREAS.sub("", simplified[start : start + HEAD * 2], count=1))
        )
        if opens and stands_alone(before):
            cuts.append(start)
    return cuts


def _opens_with_subject(text: str) -> bool:
    if _MARKET.match(text):
        return True  # jieba cuts a market's short name into a numeral and a measure word (日/m 股/q)
    tagged = [(w, tag) for w, tag in tagged_words(text) if w.strip()]
    words = [tag for _, tag in tagged]
    if words[:1] and words[0].startswith("r"):
        return True
    if len(tagged) > 1 and tagged[0][0] in _MODIFYING_VERBS and tagged[1][1].startswith(_NOUN_TAGS):
        return True
    if words[:1] and words[0].startswith(_MODIFIER_TAGS):
        # a modified word must be a noun: a numeral before a verbal noun or a time is a date (二零二五年增长)
        head = next((tag for tag in words if not tag.startswith(_MODIFIER_TAGS)), "")
        return head.startswith(_NOUN_TAGS)
    return bool(words) and words[0].startswith(_SUBJECT_TAGS)


# a host's own opinion, however plainly framed ("我插一句，我自己是觉得电价才是更实际的问题")
_OWN_OPINION = re.compile(r"(?:^|[，,：:])\s*我(?:自己|个人)?(?:是|倒是|其实|反而)?(?:觉得|认为|看好|看淡)")


def relays(frame: speakers.Attribution | None, speaker: str, voice: str | None, sentence: Sentence) -> bool:
    """A host's or reporter's line that reports someone else's view ("记者：不少投资人担心，…") carries
    that view; one that asks ("有分析认为…，您怎么看？") does not."""
    if sentence.text_simplified.rstrip().endswith(("？", "?")):
        return False
    if (frame is not None and frame.kind == speakers.FIRST_PERSON) or _OWN_OPINION.search(sentence.text_simplified):
        return True  # the host's own view, stated ("…我们判断今年这类融资仍有五成以上的增长。", "我自己是觉得…")
    return frame is not None and speaker not in (voice, AUTHOR)
