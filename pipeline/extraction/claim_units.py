"""Claim units: a sentence cut where one view ends and the next begins. A sentence loses its list label ("2)", "一、");
a lead-in before a colon ("理由有三条:") is dropped and what it introduces starts anew; a contrast (但是, 然而) or a new
coordinated action (并, 此外) starts a new unit, the view after it standing on its own. Offsets are the article's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicons
from .records import Sentence
from .segmenting import tagged_words

_OPEN, _CLOSE = '“「『（(【《"', '”」』）)】》"'
QUOTE_OPENS = '「『“"'  # the marks that open a quotation
QUOTE_CLOSES = '」』”"'  # and those that close one
_CLAUSE_END = "，,；;：:"
# an emoji with what joins or modifies it ("🙅‍♀️": a person, a joiner, a sign, a selector); ‼️ and ⁉️ too
_PICTURE = "\U0001f300-\U0001faff\u2600-\u27bf"
_EMOJI = re.compile(f"[{_PICTURE}\u203c\u2049][\u200d\ufe0f\U0001f3fb-\U0001f3ff{_PICTURE}]*")
# a time reached or set ("到2028年", "截至年底"), after the writer's frame too ("我相信三到五年内，…")
_UNTIL = re.compile(r"^(?:(?:我|我们|笔者)?(?:相信|认为|觉得|预计|估计|判断))?(?:到|至(?!少)|截至|截止|在|于)?")
_SINCE = re.compile(r"(?:开始|起|以后|之后|以来|之内|以内|内)$")  # "明年下半年开始", "三年内"
_RANGE = re.compile(r"(?<=[\d一二两三四五六七八九十])[到至~～-](?=[\d一二两三四五六七八九十])")  # "三到五年"
_DATED = re.compile(r"\d{4}年|[\d一二两三四五六七八九十]个?(?:年|月|季度?)$")  # "2028年", "三年", "两个季度"
_DIGIT = re.compile(r"[\d０-９]")
_CONSEQUENCE = re.compile(r"[就则会将可能便才恐料应宜要必令让使]|那么|有望|最好|建议|不妨|难免|意味|说明|导致")
# 而且 adds a point: one with a subject and a modal of its own is a view of its own ("…，而且美联储大概率降息")
_ADDING = re.compile(r"^\s*而且")
# all that cuts (clauses); a comma or colon between digits is a number's (4,500美元) or a time's (10:30)
_MARKS = re.compile(f"(?!(?<=\\d)[,:]\\d)[{re.escape(_OPEN + _CLOSE + _CLAUSE_END)}]|{_EMOJI.pattern}")
_COLON, TRAILING = "：:", "，,；;：:。！!…．.、 \t"
# A clause before a colon that ends so only frames what follows ("更现实的是:", "理由有四条:").
# ... or a section's label ("**点评**：", "盈利预测与投资建议：")
_LEAD_IN_END = re.compile(
    r"(?:是|在于|如下|(?<![\d,.])[一二三四五六七八九十两几\d]{1,2}(?:条|点|个|方面)|看|说|讲|而言|来看|来说"
    r"|\*\*|点评|事件|结论|要点|摘要|投资建议|操作建议)$"
)
# ... and before a colon, a label of the views that follow ("核心观点：", "我们的看法："), which before a comma
# is a view itself ("维持增持观点，…")
_VIEWS_LABEL = re.compile(r"(?:观点|看法)$")
MIN_UNIT = 4
# advice to the readers a clause describes ("看好恒指的投资者可留意…"): a recommendation of its own after a view
_ADVISED_GROUP = re.compile(r"\s*[^，,；;。]{1,12}的(?:投资者|投资人|散户|朋友|读者)(?:不妨|可以|可|宜|应该|应|要)")
# whom the next clause speaks to, a clause of its own ("没上车的朋友，建议等回调"): nothing stands in it
_ADDRESSEE = re.compile(
    r"[^，,；;。]{0,12}的(?:投资者|投资人|散户|朋友|读者|粉丝|小伙伴)们?|各位(?:朋友|投资者|读者)?们?"
)
# a stock and its code opening a clause (…，奇鋐（3017）、台達電（2308）可逢回布局): a pick, a view of its own
_PICK = re.compile(r"\s*[^，,；;。（(]{1,12}[（(]\d{4,6}(?:\.[A-Z]{2})?[）)]")
_POSTED_AT = re.compile(r"\s+\d{1,2}/\d{1,2}\s+\d{1,2}:\d{2}\s*$")
LEAD_IN_TAIL = 16  # the last characters of its clause a lead-in's ending is read from (bounded cost)
HEAD = 10


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    text: str
    simplified: str


@dataclass(frozen=True)
class _Rules:
    label: re.Pattern  # a list label opening a sentence
    risk_list: re.Pattern  # a report's risks listed after their label
    advice_heading: re.Pattern  # a heading or lead-in of advice
    measure_item: re.Pattern  # a measure of a list
    starter: re.Pattern  # a clause that opens a new unit
    horizon: re.Pattern  # a time horizon (短期, 长期): a unit of its own after another one, or with advice
    horizon_advice: re.Pattern
    own_modal: re.Pattern  # a clause with its own short subject before a modal
    goes_on: re.Pattern  # a clause that goes on from the one before (也, 就, 这, 而且)
    topic_contrast: re.Pattern  # a topic set against the last one (对消费板块则相对谨慎)
    topic_opener: re.Pattern  # a topic alone, before what is said of it (对于稳健型客户)
    contrast: re.Pattern  # a contrast opening a clause (但是, 然而)
    contrast_opening: re.Pattern  # a contrast opening a sentence (不过，…)
    condition_opening: re.Pattern  # a condition opening a clause (一旦…)
    argument_opening: re.Pattern  # a condition or a circumstance opening a sentence (如果…, 随着…)
    demonstrative: re.Pattern  # a demonstrative opening a noun phrase (这一格局)
    waiting: re.Pattern  # a clause that waits for the next one
    conceded: re.Pattern  # a clause that concedes before a contrast
    framed: re.Pattern  # a clause ending on a verb of speech: a frame waiting for its words


def _speech_cues() -> tuple[str, ...]:
    data = lexicons.load("speakers")
    return lexicons.terms(data["speech_cues"], "speakers.speech_cues") + lexicons.terms(
        data["rating_cues"], "speakers.rating_cues"
    )


@lru_cache(maxsize=1)
def unit_rules() -> _Rules:
    data = lexicons.load("claims")

    def group(name: str) -> tuple[str, ...]:
        return lexicons.terms(data.get(name), f"claims.{name}")

    starters = lexicons.alternation(group("contrasts") + group("unit_starters"))
    goes_on, modals = lexicons.alternation(group("continuations")), lexicons.alternation(group("own_modals"))
    demonstratives = lexicons.alternation(group("demonstratives"))
    conditions = lexicons.alternation(group("condition_openers"))
    contrasts = lexicons.alternation(group("contrasts"))
    return _Rules(
        label=re.compile(data["list_label"]),
        risk_list=re.compile(data["risk_list"]),
        advice_heading=re.compile(data["advice_heading"]),
        measure_item=re.compile(data["measure_item"]),
        starter=re.compile(rf"\s*(?!{lexicons.alternation(group('not_starters'))})(?:{starters})"),
        horizon=re.compile(lexicons.alternation(group("horizons"))),
        horizon_advice=re.compile(data["horizon_advice"]),
        own_modal=re.compile(rf"^\s*(?!{goes_on})(?P<head>[^，,；;：:]{{2,{HEAD}}}?)(?:{modals})"),
        # 就算 opens a concession, not a clause going on with 就
        goes_on=re.compile(rf"\s*(?!{demonstratives}|{conditions})(?:{goes_on}|{starters})"),
        topic_contrast=re.compile(data["topic_contrast"]),
        topic_opener=re.compile(data["topic_opener"]),
        contrast=re.compile(rf"\s*(?:{contrasts})"),
        contrast_opening=re.compile(rf"\s*(?:{contrasts})[，,]"),
        condition_opening=re.compile(rf"\s*(?:{conditions})"),
        argument_opening=re.compile(rf"\s*(?:{conditions}|{lexicons.alternation(group('circumstance_openers'))})"),
        demonstrative=re.compile(rf"\s*(?:{demonstratives})"),
        waiting=lexicons.one_pattern(group("waiting_clauses")),
        conceded=re.compile(data["conceded"]),
        framed=re.compile(rf"(?:{lexicons.alternation(_speech_cues())})$"),
    )


@lru_cache(maxsize=1)
def _conditionals() -> lexicons.TermMatcher:
    data = lexicons.load("claims")
    return lexicons.matcher_of(
        [
            ("if", lexicons.terms(data.get("conditionals"), "claims.conditionals")),
            ("none", lexicons.terms(data.get("not_conditionals"), "claims.not_conditionals")),
        ]
    )


def is_conditional(simplified: str) -> bool:
    """Whether a condition (如果, 一旦, 当…时) frames the text; 主要是 and 当前 hold no condition."""
    return "if" in _conditionals().labels_in(simplified)


def points_at_case(simplified: str) -> bool:
    """Whether a demonstrative points at a particular case (这种趋势, 该公司, 此轮)."""
    return bool(unit_rules().demonstrative.search(simplified))


def only_topic(simplified: str) -> bool:
    """Whether a clause only sets the topic of what follows ("对于稳健型客户", "展望四季度")."""
    return bool(unit_rules().topic_opener.match(simplified))


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause: cut after a comma, semicolon or colon outside quotes and brackets."""
    spans, depth, start = [], 0, 0
    for ch, end in ((mark.group(), mark.end()) for mark in _MARKS.finditer(text)):  # not every character
        if ch in _OPEN and not (ch == '"' and depth):
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif depth == 0 and (ch in _CLAUSE_END or (_EMOJI.match(ch) and text[end : end + 1].isspace())):
            # a post's emoji before a space ends its clause as a comma would ("赚了不少😂 但说实话…")
            spans.append((start, end))
            start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def split_units(sentence: Sentence) -> list[Unit]:
    rules = unit_rules()
    simplified = sentence.text_simplified
    offset = match.end() if (match := rules.label.match(simplified)) else 0
    units: list[tuple[int, int]] = []
    current: list[int] | None = None  # [start, end] of the unit being built
    lead_in_end: int | None = None
    for start, end in clauses(simplified[offset:]):
        start, end = start + offset, end + offset
        piece = simplified[start:end]
        if lead_in_end is not None:
            # What a lead-in ("理由有四条:") introduces stands apart from what came before it.
            if current is not None and current[1] > current[0]:
                units.append(tuple(current))
            current, lead_in_end = None, None
        elif current is not None and _opens_unit(piece, simplified[current[0] : current[1]].strip(TRAILING)):
            units.append(tuple(current))
            current = None
        tail = piece[-LEAD_IN_TAIL:-1].strip()
        if piece[-1:] in _COLON and (_LEAD_IN_END.search(tail) or _VIEWS_LABEL.search(tail)):
            lead_in_end = end
            if current is not None:
                units.append(tuple(current))
            current = None
            continue
        if current is None:
            current = [start, end]
        else:
            current[1] = end
    if current is not None:
        units.append(tuple(current))
    return [u for u in (_trimmed(sentence, s, e) for s, e in units) if u is not None]


def _opens_unit(piece: str, before: str) -> bool:
    """Whether a clause starts a new unit after the unit ``before`` (which must be long enough)."""
    rules = unit_rules()
    if len(before) < MIN_UNIT or only_topic(before):
        return False
    return (
        # a contrast opens a unit whatever came before it; another starter only after a part that can stand
        (
            bool(rules.starter.match(piece))
            and (bool(rules.contrast.match(piece)) or stands_alone(before))
            and not (rules.contrast.match(piece) and _conceded(before + piece.lstrip()[:2]))
        )
        or (
            (own := rules.own_modal.match(_ADDING.sub("", piece, count=1)))
            and stands_alone(before)
            and not _goes_on_in_time(own, before)
        )
        or (bool(rules.topic_contrast.match(piece)) and stands_alone(before))
        or (_sets_horizons(piece, before) and stands_alone(before))
        or (bool(_ADVISED_GROUP.match(piece) or _PICK.match(piece)) and stands_alone(before))
        # a condition after a part that can stand opens the scenario it sets ("…，一旦技术迭代加速，…")
        or (bool(rules.condition_opening.match(piece)) and stands_alone(before) and not rules.framed.search(before))
        # a quotation is the speaker's own words: "他指出，…，「…」"
        or (piece.lstrip()[:1] in QUOTE_OPENS and stands_alone(before))
    )


def _sets_horizons(piece: str, before: str) -> bool:
    """A clause opening with a horizon after a unit that named another ("长期看好，短期…"), or advising for it."""
    rules = unit_rules()
    opening = rules.horizon.match(piece.lstrip())
    if not opening:
        return False
    advice = rules.horizon_advice.match(piece.lstrip(), opening.end())
    return bool(advice) or any(m.group() != opening.group() for m in rules.horizon.finditer(before))


def _conceded(before: str) -> bool:
    """Whether the unit before a contrast (its first characters after it) concedes (融资余额是偏高，但…), or denies
    what 只是 corrects (订单没有取消，只是递延): the view is what the contrast says of it, one unit."""
    return bool(unit_rules().conceded.search(before))


def stands_alone(before: str) -> bool:
    """A unit that can stand without the next clause: no condition waiting for its consequence
    ("如果…, 就可能…"), no copula waiting for its complement ("X的意思是, …") and no last
    clause that only frames the next ("由于…", "在…背景下") or says when ("至少明年上半年")."""
    last = before[max(0, *(before.rfind(c) + 1 for c in _CLAUSE_END)) :].strip()
    earlier = re.split(f"[{_CLAUSE_END}]", before[: len(before) - len(last)].rstrip(_CLAUSE_END + " "))[-1]
    return (
        not is_conditional(last)
        and not _condition_goes_on(earlier, last)
        and not _LEAD_IN_END.search(before[-LEAD_IN_TAIL:])
        and not unit_rules().waiting.search(last)
        and not _only_time(last)
        and not _ADDRESSEE.fullmatch(last)
    )


def _condition_goes_on(earlier: str, last: str) -> bool:
    """Whether a condition goes on over a clause that brings nothing about ("如果…降息超过三次，美元大幅走弱，…");
    an opener of one character (若) opens its clause, inside a name (周若宁) it is none."""
    opener = unit_rules().condition_opening.search(earlier)
    opens = opener is not None and (opener.start() == 0 or len(opener.group().strip()) > 1)
    return opens and is_conditional(earlier) and not _CONSEQUENCE.search(last)


def _goes_on_in_time(own: re.Match, before: str) -> bool:
    """A modal after only a time goes on with the view before ("…自给率会持续提升，到2028年有望超过七成"),
    unless that gave a figure: a forecast of the same measure is a view of its own ("今年约为190万台，明年有望…")."""
    last = before[max(0, *(before.rfind(c) + 1 for c in _CLAUSE_END)) :]
    return _only_time(own["head"]) and not _DIGIT.search(last)


def _only_time(clause: str) -> bool:
    """A clause that only says when ("至少明年上半年", "到2028年", "明年下半年开始"): what then happens is next."""
    clause = _RANGE.sub("", _SINCE.sub("", _UNTIL.sub("", clause.strip(), count=1), count=1))
    tags = [tag for w, tag in tagged_words(clause) if w.strip()]
    dated = any(t.startswith("t") for t in tags) or bool(_DATED.search(clause))
    return dated and all(t.startswith(("t", "m", "f", "q", "d")) for t in tags)


def _trimmed(sentence: Sentence, start: int, end: int) -> Unit | None:
    text = sentence.text_simplified
    if stamp := _POSTED_AT.search(text, start, end):
        end = stamp.start()  # a forum reply's date and time after its words ("…都是过气的 12/03 22:20")
    while start < end and text[start] in TRAILING:
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    if start >= end:
        return None
    return Unit(sentence.start + start, sentence.start + end, sentence.text[start:end], text[start:end])
