"""Stance: which way a view points for its own subject, from stance words with negation and contrast.

The market-commentary lexicon (lexicons/stance.yaml) decides; the financial sentiment dictionary of Yao et al.
(2021), shipped by the cntext package, counts for words the lexicon lacks. A negation earlier in the same clause
flips the word after it ("不会快速推进缩表"); after a contrast (但是, 然而) only the part the speaker stands by counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .claim_kinds import CONTENT
from .lexicons import TermMatcher
from .segmenting import word_bounds
from .sentiment import sentiment_dictionary
from .stance_rules import SIGN, rules as _rules
from .stance_scopes import CLAUSE, NEGATION_REACH, clause_bounds, scopes, within

LAST_WEIGHT = 1.5  # a Chinese clause's comment comes last ("消费复苏的基础并不牢固"): its word weighs more
TURN_REACH = 12  # and where the bad thing a change word changes may stand (美债收益率将在明年年中回落)
_EXCESS = ("过于", "过度")
_TURNED = {"bullish": "bearish", "bearish": "bullish"}
_SCENE = re.compile(r"(?:^|[，,])\s*随着[^，,。；;]{1,40}?[，,]")
# Quotation marks around a phrase (估值已经「飞得太高」) set it off, they do not part its words.
_SCARE_QUOTES = str.maketrans("", "", "「」『』“”‘’\"")
# what may stand between a move and its comparison with the expected (回落的速度, 降温得)
_MOVE_GAP = re.compile(r"(?:的|得)?(?:速度|幅度|节奏|步伐|力度)?")
# 了, and a modifier of the object (报表, 市场的, 信用周期的)
_OBJECT_GAP = re.compile(r"了?(?:[^，,；;：:。！!？?的]{0,2}的?|[^，,；;：:。！!？?的]{3,4}的)")


@lru_cache(maxsize=1)
def _fallback() -> TermMatcher:
    return TermMatcher(sentiment_dictionary())


def _window(simplified: str, start: int, floor: int, reach: int = NEGATION_REACH) -> int:
    """Where the stretch before ``start`` that can turn a word begins: its clause, at most ``reach`` back."""
    window_start = max(floor, start - reach)
    return max([window_start] + [m.end() for m in CLAUSE.finditer(simplified, window_start, start)])


# a time clause of what has not happened yet ("没破之前", "在没有降息以前"): its 没 negates nothing after it
_NOT_YET = re.compile(r"(?:没有|没|未)[^，,。；;！!？?]{1,8}?(?:之前|以前)")


def negated(simplified: str, start: int, floor: int) -> bool:
    if (denied := _rules().negated_cause.search(simplified, max(floor, start - NEGATION_REACH * 4), start)) and (
        denied.end() == start
    ):
        return True  # 不会因为X就Y: the negation reaches past the cause to Y
    # Negations in a row cancel in pairs ("没有降低风险": 降低 negates 风险, 没有 negates that); the row
    # nearest the word decides. An excess (过度乐观) stays bad whatever negates it (不宜过度乐观).
    row: list[str] = []
    row_end = 0
    window = _window(simplified, start, floor)
    window = max([window] + [m.end() for m in _NOT_YET.finditer(simplified, window, start)])
    for at, end, label in _rules().negations.finditer(simplified, window, start):
        if label == "negation":
            row = row + [simplified[at:end]] if row and at - row_end <= 1 else [simplified[at:end]]
            row_end = end
    return any(word in _EXCESS for word in row) or len(row) % 2 == 1


def _turned(simplified: str, start: int, end: int, floor: int, change: bool = False) -> bool:
    """A change word (``change``, or one of the directions) after a thing that is bad when it grows
    ("违约率攀升", "通胀回落"), or just before it."""
    rules = _rules()
    if not change and simplified[start:end] not in rules.directions:
        return False
    window = _window(simplified, start, floor, TURN_REACH)
    # a bad thing before a copula is what the rest is, not what changes (最大的风险是…不及预期)
    window = max([window] + [m.end() for m in rules.copula.finditer(simplified, window, start)])
    if any(label == "turner" for _, _, label in rules.turners.finditer(simplified, window, start)):
        return True
    return _acts_on_bad(simplified, end)


def _bad_object(simplified: str, words: TermMatcher, effect: re.Match, bounds: frozenset[int] | None) -> bool:
    """Whether an effect acts on a bad thing: a bad noun right after it (压制了通胀), or, for a verb that
    offsets, an object whose own words are bearish (抵消外需放缓的冲击; 拖累指数走低 says the result)."""
    if _acts_on_bad(simplified, effect.end(), effect.group() in _rules().benefits):
        return True
    if effect.group() not in _rules().offsetting:
        return False
    stop = clause_bounds(simplified, effect.end(), 0, len(simplified))[1]
    if effect.group() in _rules().cancelling and not CONTENT.search(simplified, effect.end(), stop):
        return True  # nothing after it (…，但订单的成长足以抵消): it cancels the bad thing said before
    return _balance(simplified, words, effect.end(), stop, bounds) < 0


def _acts_on_bad(simplified: str, end: int, adjacent: bool = False) -> bool:
    """Whether a change word acts on a bad thing right after it or, unless ``adjacent``, after a short
    modifier ("放大波动", "推高成本", "压制了通胀", "降低了报表杠杆")."""
    found = next(_rules().turners.finditer(simplified, end, _object_end(simplified, end)), None)
    if found is None or found[2] != "turner":
        return False
    return found[0] == end if adjacent else bool(_OBJECT_GAP.fullmatch(simplified, end, found[0]))


def _label_of(words: TermMatcher, simplified: str, match: re.Match) -> str | None:
    found = next(words.finditer(simplified, match.start(), match.end()), None)
    return found[2] if found is not None and found[:2] == match.span() else None


def _inside(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(s <= start and end <= e for s, e, _ in spans)


def _ended(simplified: str, end: int) -> bool:
    """Whether an ending word later in the same clause ends what the word before ``end`` says; a negated
    ending ends nothing (升息循环还没有结束)."""
    stop = clause_bounds(simplified, end, 0, len(simplified))[1]
    return any(not negated(simplified, m.start(), end) for m in _rules().endings.finditer(simplified, end, stop))


def _object_end(simplified: str, end: int) -> int:
    """Where a change word's object can end: its clause, at most NEGATION_REACH on."""
    stop = min(len(simplified), end + NEGATION_REACH)
    clause_end = CLAUSE.search(simplified, end, stop)
    return clause_end.start() if clause_end else stop


@lru_cache(maxsize=4096)  # remembered, bounded: commentary repeats its set phrases
def stance_of(simplified: str) -> str:
    """bullish, bearish or neutral, by the signed balance of stance words; the sentiment dictionary decides
    only a unit where the lexicon finds no word at all, not even one of no direction (震荡)."""
    rules = _rules()
    simplified = rules.emphasis.sub("", simplified.translate(_SCARE_QUOTES))
    if rules.both_sides.search(simplified):
        return "neutral"
    if revised := rules.revised.search(simplified):  # a target or forecast revised: the way of its change
        new, old = (float(revised[figure].replace(",", "")) for figure in ("new", "old"))
        return "bullish" if new > old else "bearish" if new < old else "neutral"
    rebutted = rules.rebuttal.search(simplified)
    if rebutted and next(rules.words.finditer(simplified, rebutted.end()), None) is None:
        return _TURNED.get(stance_of(simplified[: rebutted.start()]), "neutral")
    if away := rules.explained_away.search(simplified):
        move = simplified[: away.start("because")]
        # a move the lexicon names (这一轮反弹), not a subject the sentiment dictionary likes (黄金)
        if any(label in SIGN for *_, label in rules.words.finditer(move)) and (moved := stance_of(move)) in _TURNED:
            return _TURNED[moved]
    early = rules.premature.search(simplified)
    if early and next(rules.words.finditer(simplified, early.end()), None) is None:
        said = stance_of(simplified[clause_bounds(simplified, early.start(), 0, len(simplified))[0] : early.start()])
        if said != "neutral":
            return _TURNED[said]
    unlikely = rules.unlikely.search(simplified)
    if unlikely and next(rules.words.finditer(simplified, unlikely.end()), None) is None:
        event = simplified[clause_bounds(simplified, unlikely.start(), 0, len(simplified))[0] : unlikely.start()]
        if any(label in SIGN for *_, label in rules.words.finditer(event)) and (way := stance_of(event)) in _TURNED:
            return _TURNED[way]
    if limited := rules.limited.search(simplified):
        # a bad effect's smallness is good news, a good one's bad; an effect contained (可控) reassures
        return "bullish" if limited["contained"] else rules.limited_ways[limited["effect"]]
    words = rules.words
    if (scene := _SCENE.search(simplified)) and next(words.finditer(simplified, scene.end()), None) is not None:
        simplified = simplified[scene.end() :]  # what a 随着 clause sets the scene for is the view
    found = _stance(simplified, words)
    defines = rules.definitions.search(simplified)
    if found == "neutral" and not defines and next(words.finditer(simplified), None) is None:
        # The dictionary's words count only as whole words: 许可 is not in 或许可以, nor 变通 in 改变通胀.
        return _stance(simplified, _fallback(), word_bounds(simplified))
    return found


@lru_cache(maxsize=4096)
def unread(simplified: str) -> bool:
    """Whether the rules read nothing in a text: no word of a way or of none, in the lexicon or the dictionary,
    and no frame that says two ways, a definition or a measured level."""
    rules = _rules()
    simplified = rules.emphasis.sub("", simplified.translate(_SCARE_QUOTES))
    frames = (rules.both_sides, rules.revised, rules.limited, rules.definitions, rules.judged, rules.words)
    if any(next(iter(frame.finditer(simplified)), None) is not None for frame in frames):
        return False
    bounds = word_bounds(simplified)
    return all(not {at, end} <= bounds for at, end, _ in _fallback().finditer(simplified))


def _stance(simplified: str, words: TermMatcher, bounds: frozenset[int] | None = None) -> str:
    """After a contrast only the second part counts; the first decides only when the second is balanced.
    From a verb of an effect on, only the effect counts."""
    rules = _rules()
    last, merely = None, {m.start("merely") for m in rules.corrected.finditer(simplified)}
    both = {m.start("also") for m in rules.both_denied.finditer(simplified)}
    for last in (m for m in rules.contrast.finditer(simplified) if m.start() not in merely | both):
        pass
    start = last.end() if last else 0
    for granted in rules.concession.finditer(simplified, start):
        last, start = granted, granted.end()
    # the last verb of an effect; one after 的 is a noun (降息的利好, 外需放缓的冲击), one after 被 is what its
    # subject suffers (美元信用被稀释); one in an excess is the excess's (下跌属对…冲击的过度反应)
    compared = [(m.start(), m.end(), "") for p, _ in rules.expectations for m in p.finditer(simplified, start)]
    effect = None
    for effect in (
        m
        for m in rules.effect.finditer(simplified, start)
        if simplified[m.start() - 1 : m.start()] not in ("的", "被") and not _inside(m.start(), m.end(), compared)
    ):
        pass
    dropped, turned = scopes(simplified, start, len(simplified)) if effect else ([], [])  # read only with one
    if effect and not within(effect.start(), dropped) and (label := _label_of(words, simplified, effect)) in SIGN:
        # The verb of an effect says which way it goes; what follows is only what it acts on.
        flip = (
            negated(simplified, effect.start(), start)
            ^ _bad_object(simplified, words, effect, bounds)
            ^ within(effect.start(), turned)
        )
        balance = -SIGN[label] if flip else SIGN[label]
    else:
        balance = _balance(simplified, words, start, len(simplified), bounds)
        if (ways := _denied_both_ways(simplified, words, start, both, bounds)) is not None:
            balance = ways
    if balance == 0 and merely and not last:
        balance = 1  # a denial that only corrects ("订单没有取消，只是递延") reassures, whatever it denies
    if balance == 0 and last:
        # the first part ends at the contrast, or, after a denial, at its 而是
        turn = "turn" if "turn" in last.re.groupindex and last.group("turn") else 0
        balance = _balance(simplified, words, 0, last.start(turn), bounds)
    return "bullish" if balance > 0 else "bearish" if balance < 0 else "neutral"


def _denied_both_ways(
    simplified: str, words: TermMatcher, start: int, both: set[int], bounds: frozenset[int] | None
) -> float | None:
    """不X，但也不Y: when the two denials point opposite ways (不会大涨，但也不会大跌), no direction; else None."""
    for at in sorted(b for b in both if b >= start):
        first = _balance(simplified, words, start, at, bounds)
        second = _balance(simplified, words, at, len(simplified), bounds)
        if first * second < 0:
            return 0.0
    return None


def _balance(simplified: str, words: TermMatcher, start: int, end: int, bounds: frozenset[int] | None) -> float:
    """The signed weight of the stance words in simplified[start:end], each turned by a negation, a bad thing or an
    ending; an excess (过于乐观) is turned by no bad thing it is about (对风险过于乐观)."""
    compared = [
        (m.start(), m.end(), label)
        for pattern, label in _rules().expectations
        for m in pattern.finditer(simplified, start, end)
    ]
    found = [w for w in words.finditer(simplified, start, end) if bounds is None or {w[0], w[1]} <= bounds]
    # A word that is part of an ending is the ending's (机会 in 降息的机会不高).
    ends = [(m.start(), m.end(), "") for m in _rules().endings.finditer(simplified, start, end)]
    found = [w for w in found if not _inside(w[0], w[1], ends) or (w[0], w[1]) in {e[:2] for e in ends}]
    # A no-direction word weighs nothing; a word inside a comparison with the expected is the comparison's.
    # A bad thing's level is a word of its own: its noun does not turn it again (坏账风险较低).
    levels = [
        (m.start(), m.end(), label)
        for pattern, label in _rules().levels
        for m in pattern.finditer(simplified, start, end)
    ]
    found = [
        (at, stop, label)
        for at, stop, label in found
        if label in SIGN and not _inside(at, stop, compared) and not _inside(at, stop, levels)
    ]
    moved = _moves_compared(simplified, found, start, end)
    found = [w for w in found if w not in moved.values()]
    dropped, turned = scopes(simplified, start, end)
    found = sorted(w for w in found + compared + levels if not within(w[0], dropped))
    excessive = {m.span() for m in _rules().excess.finditer(simplified, start, end)}
    balance = 0.0
    for i, (at, stop, label) in enumerate(found):
        sign = SIGN[label] * (LAST_WEIGHT if i == len(found) - 1 else 1)
        if move := moved.get((at, stop, label)):
            # faster than expected keeps the move's way, slower turns it (通胀回落慢于预期 is bearish)
            sign *= SIGN[_way(simplified, move, start)]
        elif (
            negated(simplified, at, start)
            ^ (_turned(simplified, at, stop, start, (at, stop, label) in compared) and (at, stop) not in excessive)
            ^ _ended(simplified, stop)
            ^ within(at, turned)
        ):
            sign = -sign
        balance += sign
    return balance


def _moves_compared(simplified: str, found: list, start: int, end: int) -> dict:
    """Each comparison with the expected that comes right after a move (回落慢于预期, 降温的速度比预期更快),
    with that move: the comparison says how the move went."""
    moves = [w for w in found if simplified[w[0] : w[1]] in _rules().directions]
    paired = {}
    for pattern, label in _rules().versus_expected:
        for m in pattern.finditer(simplified, start, end):
            before = [w for w in moves if w[1] <= m.start() and _MOVE_GAP.fullmatch(simplified, w[1], m.start())]
            if before:
                paired[(m.start(), m.end(), label)] = before[-1]
    return paired


def _way(simplified: str, word: tuple[int, int, str], floor: int) -> str:
    """A move's way, turned by a negation or a bad thing before it (通胀回落 is bullish)."""
    at, stop, label = word
    flip = negated(simplified, at, floor) ^ _turned(simplified, at, stop, floor)
    return ("bearish" if label == "bullish" else "bullish") if flip else label
