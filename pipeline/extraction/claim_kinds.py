"""What a claim unit says: whether it is a view at all, its type and its hedge.

A unit is a view when it is no junk, no question, no scheduled event, has a
predicate, and carries a view: a type cue, a hedge, a view word, a stance word
or a copula that characterises its subject. A figure with a data verb, or in a
data shape, reports a fact unless a type cue or hedge makes it a view. Type by
cue precedence (recommendation, forecast, causal, judgement); hedge by the
weakest cue. Cues are data (lexicons/claims.yaml), matched in Simplified text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from . import lexicons
from .claim_kind_rules import CLAUSE_END, HEDGES, rules as _rules
from .claim_units import is_conditional, points_at_case
from .questions import asks, rhetorical
from .segmenting import tagged_words, word_bounds
from .stance_rules import judges, stance_words

_PREDICATE_TAGS = re.compile(r"v(?!n)|a$|ad$|d$")
_IDIOM_TAGS = ("i", "l")  # an idiom or set phrase of the stance lexicon predicates too (供不应求)
# verbs of predicting jieba tags as nouns: one predicts a figure with no other verb ("该行预计明年金价在4600美元")
_PREDICTING = frozenset({"预计", "预期", "预测", "预估", "估计"})
CONTENT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_FORESEEING = ("type:forecast", "type:future", "type:modal", "type:likelihood")
# Tags of a complement that only identifies: a person, place or organisation name, a number, a date.
_IDENTIFIERS = ("nr", "ns", "nt", "m", "t")
# a figure, an amount in Chinese numerals ("一百七十二亿元"), or a run of periods counted in words ("连续四周净流出"
# reports data as a figure does)
_FIGURE = re.compile(
    r"\d|[零一二两三四五六七八九十百千万亿兆]+(?:点|倍|成|%|％)|百分之"
    r"|[零一二两三四五六七八九十百千]{2,}[万亿]*(?:元|美元|港元|日元|欧元|吨|桶|辆|台|股)"
    r"|连续[一二两三四五六七八九十]+个?(?:交易日|日|天|周|星期|月|季度?|年)"
)
# a footnote's mark after words (…的比例[1]): no figure of the sentence; a note's own (注[1]：) starts a note
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s注註])(?:\[\^?\d{1,3}\]|［\d{1,3}］|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
MINCONTENT = 5
# what gives an event as a cause (…主要是由于租约将于明年到期), and a dateline's day opening a sentence (12月4日晚，…)
_CAUSE_GIVEN = re.compile(r"由于|因为|源于|归因于")
_DAY_LEAD = re.compile(r"\s*(?:本报讯\s*)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:早|晚|上午|下午|晚间|早间)?[，,]\s*")
# those a trading verb names by their view ("看好比特币的一方认为", "看空者"): a speaker, no advice
_CAMP = re.compile(r"[^，,。；;]{0,8}?的(?:一方|一派|阵营)|者")
# Part-of-speech tagging reads at most this much of a unit (its cost grows faster than the text).
MAX_SCAN = 200


@lru_cache(maxsize=256)  # a claim's unit is read by is_view, then for its type and hedge
def cue_labels(simplified: str) -> frozenset[str]:
    """Every label a unit's cues carry; hedges are matched on their own, so that a hedge inside
    a longer type cue (可能 in 可能会) still counts and 更可能 is not 可能."""
    rules = _rules()
    found = {
        label
        for start, end, label in rules.cues.finditer(simplified)
        # a verb of cause after 的 is a noun (实际利率对金价的压制减弱了), a noun of cause is one anyway;
        # one before 的 describes a noun (AI带来的收入仍然有限)
        if not (
            label == "type:causal_connective"
            and ("的" in (simplified[start - 1 : start], simplified[end : end + 1]))
            and simplified[start:end] not in rules.cause_nouns
        )
        # an explanation's 的 before a noun describes it (AI带动的算力需求), at a clause's end it explains (是AI带动的)
        and not (label == "type:explanation" and simplified[end - 1] == "的" and CONTENT.match(simplified, end))
    }
    hedges = [(start, end, label) for start, end, label in rules.hedges.finditer(simplified) if label != "none"]
    if any(end - start == 1 for start, end, _ in hedges):
        # a hedge of one character is a word of its own, not part of a name (若 in 林若川)
        bounds = word_bounds(simplified)
        hedges = [h for h in hedges if h[1] - h[0] > 1 or {h[0], h[1]} <= bounds]
    found |= {label for _, _, label in hedges}
    text = simplified.strip()
    caused, camp = rules.caused.search, _CAMP.match
    advice = [m for m in rules.advice.finditer(text) if not (caused(text, 0, m.start()) or camp(text, m.end()))]
    if advice or rules.advice_patterns.search(simplified):
        found.add("type:recommendation")
    if rules.causal_patterns.search(simplified):
        found.add("type:causal_connective")
    return frozenset(found)


def has_content(text: str) -> bool:  # read up to the MINCONTENT-th character of content, not all
    return next(islice(CONTENT.finditer(text), MINCONTENT - 1, None), None) is not None


@lru_cache(maxsize=4096)  # as stance.stance_of: set phrases repeat; a claim's unit is read again by its sentence's cuts
def is_view(simplified: str) -> bool:
    rules = _rules()
    text = _FOOTNOTE_MARK.sub("", simplified).strip()
    if rules.junk.search(text):
        return False
    if not has_content(text) or asks(text):
        return False
    if rules.not_views.search(text):
        return False
    # an event given as the cause of something is an explanation ("展望调整主要是由于租约将于明年到期")
    if (found := rules.events.search(text)) and not _CAUSE_GIVEN.search(text, 0, found.start()):
        # an event in a later clause leaves the clauses before it to judge ("公司经营情况良好，…，如有相关计划将及时
        # 履行信息披露义务"); a report published, those after it ("外资今日发布台股展望，将加权指数目标订在30,000点")
        # (a dateline's day before it opens no clause: "12月4日晚，某评级公司发布公告，将…")
        start = dated.end() if (dated := _DAY_LEAD.match(text)) else 0
        cut = max(text.rfind(mark, start, found.start()) for mark in "，,；;")
        if cut < 0 and (published := rules.published.match(text, start)):
            return is_view(text[published.end() :])
        return cut > 0 and is_view(text[:cut])
    asserts = rhetorical(text)  # 又从何而来？ puts forward the reverse of its words: a view
    labels = cue_labels(text) - {"none"} | ({"view"} if asserts else set())
    if _FIGURE.search(text) and (rules.fact_verbs.labels_in(text) or rules.fact_forms.search(text)):
        # A figure with a data verb reports a fact unless a type cue or a hedge makes it a view, or a
        # clause without a figure is one ("已经涨了三倍，后面更多是博弈"), or reads the figures ("…跌破4%意味着过热").
        viewed = any(label.startswith(("type:", "hedge:")) for label in labels) or any(
            own_view(clause) for clause in rules.readings.split(text) if not _FIGURE.search(clause)
        ) or asserts
    else:
        viewed = bool(labels) or bool(stance_words(text)) or judges(text) or _characterises(text)
    # Advice is a predicate itself (jieba tags 建议 and 加码 as nouns), and so is a copula jieba tags as a
    # conjunction (而是, 只是). Tagging last, as it costs most: a predicate shows within the first MAX_SCAN characters.
    return viewed and (
        "type:recommendation" in labels
        or bool(_target().match(text))  # a target stated by its figure needs no verb ("目标价6.5元")
        or any(
            _PREDICATE_TAGS.match(tag)
            or (tag in _IDIOM_TAGS and stance_words(word))
            or (tag == "vn" and word in _PREDICTING)
            for word, tag in tagged_words(text[:MAX_SCAN])
        )
        or _characterises(text)
    )


@lru_cache(maxsize=1)
def _target() -> re.Pattern:
    return re.compile(lexicons.load("claims")["target_line"])


def foresees(simplified: str) -> bool:
    """Whether a unit says what will or may happen (a hedge, a future or a modal: 会蚕食毛利, 可能影响)."""
    return any(label.startswith("hedge:") or label in _FORESEEING for label in cue_labels(simplified))


def own_view(clause: str) -> bool:
    """Whether a clause is a view by its own words: a type cue, a hedge or a characterising copula (a
    stance word alone describes the data: 创年内新高)."""
    labels = cue_labels(clause)
    if _rules().fact_forms.search(clause) or _rules().not_views.search(clause):
        return False  # a record the data set ("是今年以来最大的单周流出纪录"), a condition alone
    return has_content(clause) and (
        any(label.startswith(("type:", "hedge:")) for label in labels)
        or _characterises(clause)
        # an evaluation with a direction ("杠杆水平总体可控"), not a record the data set ("创下最大单周跌幅")
        or ("view" in labels and bool(stance_words(clause)) and not _rules().fact_verbs.labels_in(clause))
        # a level or a move it judges ("估值明显偏高", "涨得太急了")
        or judges(clause)
        # what the data are read to mean ("…，说明大户一边博升、一边买保险")
        or bool(_rules().interprets.match(clause))
    )


def _characterises(simplified: str) -> bool:
    """A copula whose complement describes ("是一体两面的", "是时间税") rather than identifies
    (one name, place, number or date: "董事长是林志成")."""
    for match in _rules().copula.finditer(simplified):
        complement = CLAUSE_END.split(simplified[match.end() :], maxsplit=1)[0]
        words = [(w, tag) for w, tag in tagged_words(complement) if CONTENT.search(w) and tag != "uj"]
        if words and not (len(words) == 1 and words[0][1].startswith(_IDENTIFIERS)):
            return True
    return False


def claim_type(simplified: str, labels: set[str]) -> str:
    """Recommendation; then forecast for an explicit future or target; then causal for an explanation
    of what happened, hedged or not (可能与…有关); then forecast for a likelihood, unless it is about how
    things stand now (或许已经); then causal for a
    cause inside the unit; then forecast for a particular future (将); then, for 会, causal
    under a condition (a mechanism) and forecast otherwise; else judgement."""
    rules = _rules()
    if "type:recommendation" in labels:
        return "recommendation"
    if "type:forecast" in labels or ("type:state" in labels and not rules.now_state.search(simplified)):
        return "forecast"
    # "所以…" opening a unit links it to the sentence before; the unit's own cause counts.
    inner = cue_labels(rules.leading.sub("", simplified, count=1)) if rules.leading.match(simplified) else labels
    if ("type:future" in labels and is_conditional(simplified)) or rules.awaited.search(simplified):
        # a scenario: what will happen if ("若日圆因加息走强，出口股获利将受压"), or once (一旦…就会…)
        return "forecast"
    if "type:explanation" in inner:
        return "causal"
    if "type:likelihood" in labels and not rules.now.search(simplified):
        return "forecast"
    if "type:causal_connective" in inner:
        return "causal"
    if "type:future" in labels:
        return "forecast"
    if "type:modal" in labels:
        # a condition on a case in general is a mechanism; one on the case at hand (这种趋势) looks ahead
        return "causal" if is_conditional(simplified) and not points_at_case(simplified) else "forecast"
    return "judgement"


def hedge_of(labels: set[str]) -> str:
    return next((h for h in HEDGES if f"hedge:{h}" in labels), "certain")

