"""The cues of lexicons/claims.yaml that say what a claim unit is (claim_kinds.py reads units with them): type,
hedge and view words in one matcher, the patterns of junk, facts, events, advice and causes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicons

HEDGES = ("possible", "likely", "certain")  # the weakest cue found decides
LABEL = 8  # characters of a line's label before its advice ("黄金：", "美元指数：")
CLAUSE_END = re.compile(r"[，,；;。！!？?：:]")
STATE_REACH = 6  # characters between a word of now and the turning point it qualifies (已接近见底)


@dataclass(frozen=True)
class Rules:
    junk: re.Pattern
    cues: lexicons.TermMatcher  # type, hedge and view cues, and words that only look like them
    cause_nouns: frozenset[str]  # causal cues that are nouns, and causal after 的 too (…强势的主因)
    fact_verbs: lexicons.TermMatcher
    fact_forms: re.Pattern
    not_views: re.Pattern  # indirect questions, a reporter's findings
    events: re.Pattern  # scheduled events: news, not views
    published: re.Pattern  # a report published, in a first clause: the views it holds follow
    copula: re.Pattern  # "X是Y", "X变得Y": a characterisation, which is a view
    advice: re.Pattern  # a trading verb opening a unit or after a modal
    # a causative just before advice: what others are made to do (会让大家继续加码); a condition opening
    # its clause: what someone may do (若决策者继续回避)
    caused: re.Pattern
    interprets: re.Pattern  # a clause that reads what the data mean (说明…, 反映…)
    readings: re.Pattern  # where a clause ends, or a reading of the figures before it begins (…跌破4%通常意味着…)
    advice_patterns: re.Pattern
    causal_patterns: re.Pattern  # a mechanism by its shape (随…而…)
    hedges: lexicons.TermMatcher
    leading: re.Pattern
    now: re.Pattern  # a likelihood and, in its clause, how things stand now: a judgement
    now_state: re.Pattern  # a turning point said of how things stand now (已接近见底)
    awaited: re.Pattern  # a condition awaited as an event (一旦, 万一): what follows it looks ahead


@lru_cache(maxsize=1)
def rules() -> Rules:
    data = lexicons.load("claims")

    def group(path: str) -> tuple[str, ...]:
        node = data
        for key in path.split("."):
            node = (node or {}).get(key)
        return lexicons.terms(node, f"claims.{path}")

    # One matcher, longest cue first: 不会 is a forecast cue even though 会 is one too,
    # and 机会 is none. A word in several groups keeps its first label here.
    groups = [("none", group("not_cues"))]
    types = ("recommendation", "explanation", "causal_connective", "forecast", "state", "likelihood", "future", "modal")
    groups += [(f"type:{t}", group(f"claim_types.{t}")) for t in types]
    groups += [("view", group("view_cues"))]
    labels: dict[str, str] = {}
    for label, words in groups:
        for word in words:
            labels.setdefault(word, label)
    return Rules(
        junk=lexicons.one_pattern(group("junk_patterns")),
        cues=lexicons.TermMatcher(labels),
        cause_nouns=frozenset(group("cause_nouns")),
        fact_verbs=lexicons.matcher_of([("fact", group("fact_verbs"))]),
        fact_forms=lexicons.one_pattern(group("fact_patterns")),
        not_views=lexicons.one_pattern(group("question_patterns") + group("observation_patterns")),
        events=lexicons.one_pattern(group("event_patterns")),
        published=re.compile(data["published"]),
        copula=re.compile(f'{data["copula"]}|{data["becoming"]}'),
        advice_patterns=lexicons.one_pattern(
            group("recommendation_patterns") + (rf"^\s*{data['plan_label']}",) + group("rated_lines")
        ),
        causal_patterns=lexicons.one_pattern(group("causal_patterns")),
        interprets=re.compile(rf"\s*(?:这|此)?(?:{lexicons.alternation(group('interpretations'))})"),
        readings=re.compile(rf"{CLAUSE_END.pattern}|(?=(?:{lexicons.alternation(group('interpretations'))}))"),
        caused=re.compile(
            rf"(?:{lexicons.alternation(group('causatives'))})[^，,。；;]{{0,4}}$"
            rf"|(?:^|[，,；;])\s*(?:{lexicons.alternation(group('condition_openers'))})[^，,。；;]*$"
        ),
        now=re.compile(
            rf"(?:{lexicons.alternation(group('claim_types.likelihood'))})[^，,；;。]*?(?:{lexicons.alternation(group('now'))})"
        ),
        now_state=re.compile(
            rf"(?:{lexicons.alternation(group('now'))})[^，,；;。]{{0,{STATE_REACH}}}?"
            rf"(?:{lexicons.alternation(group('claim_types.state'))})"
        ),
        awaited=re.compile(data["awaited_conditions"]),
        leading=re.compile(rf"^\s*(?:{lexicons.alternation(group('leading_connectives'))})[，,\s]*"),
        hedges=lexicons.matcher_of(
            [("none", group("not_hedges"))] + [(f"hedge:{h}", group(f"hedges.{h}")) for h in HEDGES]
        ),
        advice=re.compile(
            # at the start (a quote mark may open it), after a label ("黄金：逢低做多") or a modal (不可避免: none)
            rf"(?:^[「『“\"]?(?:[^，,。；;：:]{{1,{LABEL}}}[：:])?\s*|(?<![不无难])(?:{lexicons.alternation(group('trade_modals'))}))[，,]?\s*"
            rf"(?:{data['trade_occasion']})?"
            rf"(?:{lexicons.alternation(group('trade_adverbs'))})?\s*(?:{_trade_verbs(group('trade_verbs'))})"
        ),
    )


def _trade_verbs(verbs: tuple[str, ...]) -> str:
    """The trading verbs as one alternation; a one-character one (多, 空, 买) only before what it trades, a
    Latin code or a quotation ("多IF", "空“茅指数”"), or ending its clause ("可以买，但…"), since 多家 and 空间 are
    no advice; none before a word that makes it a kind of trader (做空机构, 做多者, 卖方)."""
    return "|".join(
        re.escape(v) + (r"(?=[A-Za-z0-9“\"「]|[，,。；;！!？?]|$)" if len(v) == 1 else r"(?!机构|者|方|派)")
        for v in sorted(verbs, key=len, reverse=True)
    )
