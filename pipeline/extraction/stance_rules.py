"""The rules of stance as data (lexicons/stance.yaml, and claims.yaml's negations and contrasts),
compiled once for stance.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicons
from .lexicons import TermMatcher

SIGN = {"bullish": 1, "bearish": -1}


@dataclass(frozen=True)
class StanceRules:
    words: TermMatcher  # bullish / bearish
    negations: TermMatcher  # negation / none
    contrast: re.Pattern  # a contrast, or 而是 after a denial (group "turn")
    corrected: re.Pattern  # 只是 correcting a denial (没有取消，只是递延): no contrast (group "merely")
    both_denied: re.Pattern  # 不X，但也不Y: no contrast (group "also")
    concession: re.Pattern  # a clause that grants what the rest outweighs
    turners: TermMatcher  # bad_when_rising nouns
    directions: frozenset[str]
    actions: TermMatcher  # bullish / bearish / neutral advice
    weak_actions: frozenset[str]  # advice that decides only when no other action does
    owning_holds: frozenset[str]  # holds that choose what they hold when preferred (不如持有)
    rejected: re.Pattern  # the action turned down (与其…不如)
    directive: re.Pattern  # a policy directive naming a task (要统筹…): no way
    warning: re.Pattern  # a warning after an action (追高需要警惕)
    refusal: re.Pattern  # advice refused earlier in an action's clause (不建议…追涨)
    at_once: re.Pattern  # the pace refused right before an action (不要一次买满): its way kept
    paced: re.Pattern  # the pace named anywhere in advice (唔好一次过全部入): a refusal of it is no way
    chases: frozenset[str]  # buying high, refused before a buy later: the price refused, not the way
    denied: re.Pattern  # a view not held (不认为): what it would hold turns
    both_sides: re.Pattern  # no direction: a scenario with both sides, an explanation set against another
    two_ways: re.Pattern  # of those, a scenario naming both ways
    rebuttal: re.Pattern  # the speaker disagreeing with the view just told (…，我不同意)
    premature: re.Pattern  # a view said to come too early (说泡沫为时过早): its clause turns
    unlikely: re.Pattern  # an event said unlikely to happen (硬着陆不太可能发生): its way turns
    explained_away: re.Pattern  # a move put down to a passing cause, a lasting one denied: its way turns
    limited: re.Pattern  # an effect said to be small (group "effect")
    limited_ways: dict[str, str]  # each effect's way when it is small
    definitions: re.Pattern  # a definition: no direction from tone words
    effect: re.Pattern  # a verb of an effect: what follows it decides
    offsetting: frozenset[str]  # effects that cancel what they act on
    cancelling: frozenset[str]  # of those, the ones that with no object cancel a bad thing said before
    benefits: frozenset[str]  # effects of help or harm, turned only by a bad thing right after them
    endings: re.Pattern  # a word that ends what comes before it
    expectations: tuple[tuple[re.Pattern, str], ...]  # vs the expected, an excess, a target, a thing displaced; its way
    versus_expected: tuple[tuple[re.Pattern, str], ...]  # vs the expected alone: faster (bullish), slower
    excess: re.Pattern  # an excess alone (过于乐观, 涨太快): its way stays, whatever bad thing comes before
    levels: tuple[tuple[re.Pattern, str], ...]  # the level of a bad thing (坏账风险较低), and its way
    copula: re.Pattern  # "X是Y" (claims.yaml): a bad thing before it is what the rest is, not what moves
    judged: re.Pattern  # a level, an excess or the expected judged (估值偏高, 涨得太急, 超出预期): an evaluation
    set_aside: re.Pattern  # an open question: no direction after it
    diminishers: re.Pattern  # X只是Y: X is belittled, Y only says how
    priced_in: re.Pattern  # 已经反映了X: X is behind the market, so it turns
    restated: tuple[tuple[re.Pattern, bool], ...]  # X被高估 turns X, X被低估 keeps it (and whether it turns)
    explained_by: re.Pattern  # A主要是由于B: A decides when it has a direction
    cause_goes_on: re.Pattern  # a clause adding to the cause (…，而…)
    negated_cause: re.Pattern  # 不会因为X就Y: Y is negated, X counts for nothing
    calmed: re.Pattern  # a worry denied (不担心): bullish, what it is not worried about counts for nothing
    uncounted: tuple[re.Pattern, ...]  # 由X下调至Y: X, the state left, counts for nothing
    emphasis: re.Pattern  # 真的 in 性价比真的不高: read without it
    revised: re.Pattern  # a target or forecast with the figure it replaces ("目标价：1,480元（原1,880元）")


@lru_cache(maxsize=1)
def rules() -> StanceRules:
    data = lexicons.load("stance")
    claims = lexicons.load("claims")

    def group(name: str, source: dict = data, where: str = "stance") -> tuple[str, ...]:
        return lexicons.terms(source.get(name), f"{where}.{name}")

    labels = {w: label for label in (*SIGN, "neutral") for w in group(label)}
    # Words that only look like negations (无疑, 不断, 未来) are matched, then ignored.
    negations = {w: "negation" for w in group("negations", claims, "claims")}
    negations.update({w: "none" for w in group("not_negations")})
    # a turnabout (反而) sets what follows against what came before, as a contrast does, but opens no unit
    contrasts = group("contrasts", claims, "claims") + group("turnabouts")
    limited = {w: way for way, words in data["limited_effects"].items() for w in group(way, data["limited_effects"])}
    actions = [
        ("bullish", group("buy_actions")),
        ("bearish", group("sell_actions")),
        ("neutral", group("hold_actions")),
        ("none", group("not_actions")),
    ]
    return StanceRules(
        words=TermMatcher(labels),
        negations=TermMatcher(negations),
        contrast=re.compile(
            rf"[，,；;]\s*(?:{lexicons.alternation(contrasts)})|{data['set_against']}"
            # ... and a turnabout after its clause's own short subject ("…散户在卖，机构反而在低接")
            rf"|[，,；;][^，,；;。]{{1,6}}?(?:{lexicons.alternation(group('subject_turnabouts'))})"
        ),
        corrected=re.compile(data["corrected"]),
        both_denied=re.compile(data["both_denied"]),
        concession=re.compile(
            rf"(?:^|[，,；;])\s*(?:{lexicons.alternation(group('concessions'))}|{data['set_apart']})[^，,；;。]*[，,]"
        ),
        turners=lexicons.matcher_of([("turner", group("bad_when_rising")), ("none", group("not_bad"))]),
        directions=frozenset(group("directions")),
        actions=lexicons.matcher_of(actions),
        weak_actions=frozenset(group("weak_actions")),
        owning_holds=frozenset(group("owning_holds")),
        rejected=re.compile(data["rejected_action"]),
        directive=re.compile(data["directive"]),
        warning=re.compile(data["advice_warning"]),
        refusal=re.compile(data["advice_refusal"]),
        at_once=re.compile(rf"(?:{data['at_once']})$"),
        paced=re.compile(data["at_once"]),
        chases=frozenset(group("chases")),
        denied=re.compile(lexicons.alternation(group("denied_views"))),
        both_sides=lexicons.one_pattern(group("two_ways") + group("both_sides") + group("explained_against")),
        two_ways=lexicons.one_pattern(group("two_ways")),
        rebuttal=re.compile(data["rebuttal"]),
        premature=re.compile(data["premature"]),
        unlikely=re.compile(data["unlikely"]),
        explained_away=re.compile(data["explained_away"]),
        limited=re.compile(rf"(?P<effect>{lexicons.alternation(limited)}){data['limited_size']}"),
        limited_ways=limited,
        definitions=lexicons.one_pattern(group("definitions")),
        revised=re.compile(data["revised_figure"]),
        # an effect's word followed by an ending is news whose end is told (利空出尽), no verb of an effect
        effect=re.compile(f"(?:{lexicons.alternation(group('effect_verbs'))})(?!{lexicons.alternation(group('endings'))})"),
        offsetting=frozenset(group("offsetting")),
        cancelling=frozenset(group("cancelling")),
        benefits=frozenset(group("benefits")),
        endings=re.compile(lexicons.alternation(group("endings"))),
        levels=tuple((re.compile(p), label) for label, p in data["levels"].items()),
        copula=re.compile(claims["copula"]),
        judged=lexicons.one_pattern(p for group in ("levels", "excess", "expectations") for p in data[group].values()),
        versus_expected=tuple((re.compile(p), label) for label, p in data["expectations"].items()),
        excess=lexicons.one_pattern(data["excess"].values()),
        expectations=tuple(
            (re.compile(p), label)
            for group in ("expectations", "excess", "targets", "delays", "calmed", "displaced")
            for label, p in data[group].items()
        ),
        set_aside=re.compile(lexicons.alternation(group("set_aside"))),
        diminishers=re.compile("|".join(group("diminishers"))),
        priced_in=re.compile("|".join(group("priced_in"))),
        restated=tuple(
            (re.compile("|".join(group(name))), name == "overstated") for name in ("overstated", "understated")
        ),
        explained_by=re.compile(data["explained_by"]),
        cause_goes_on=re.compile(data["cause_goes_on"]),
        negated_cause=re.compile(data["negated_cause"]),
        calmed=re.compile(data["calmed"]["bullish"]),
        uncounted=tuple(re.compile(p) for p in data["uncounted"]),
        emphasis=re.compile(data["emphasis"]),
    )


def stance_words(simplified: str) -> list[tuple[int, int, str]]:
    """The words of a direction (bullish, bearish) in the text."""
    return [found for found in rules().words.finditer(simplified) if found[2] in SIGN]


def judges(simplified: str) -> bool:
    """Whether the text judges a level or a move by its words ("估值明显偏高", "涨得太急了")."""
    return bool(rules().judged.search(simplified))
