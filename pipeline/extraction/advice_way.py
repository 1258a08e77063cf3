"""The stance of advice: the way of the first action a recommendation advises (lexicons/stance.yaml's
buy, sell and hold actions), a negation turning it."""

from __future__ import annotations

import re

from . import claim_kinds
from .stance import negated
from .stance_rules import rules

# a pair trade's first leg, with or without a mark before the second ("多金融、空航运", "建议是多铜空油")
_FIRST_LEG = re.compile(
    r"(?:^|[，,。；;\s]|(?<=[是为议]))([多空])[^，,。；;、多空]{1,8}?[、，,]?\s*[多空](?!头|方|分歧)"
)
# 上 or 方面 after an action's word makes it a topic ("配置上"), unless it begins a word (持有上下游, 买入上游)
_TOPIC_MARK = re.compile(r"方面|上(?![下游市涨升调行车])")
# 的 and a person after an action's word: whom advice is for ("没上车的朋友"), not what it advises
_ADVISED = re.compile(r"的(?:朋友|兄弟|姐妹|人|投资者|投资人|散户|读者|粉丝|小伙伴|同学|老铁|各位)")
# ... unless they want to do it: the advice is then when to ("想抄底的朋友，等回落到3000点再考虑")
_WANTING = re.compile(r"(?:想|想要|打算|准备)$")
# a refusal after the action it refuses, perhaps with its speaker between ("追高我不建议")
_REFUSED_AFTER = re.compile(r"\s*(?:我们|我|本人|笔者)?(?:并|是)?(?:不建议|不推荐|不赞成|不鼓励)")
# a weight in a portfolio moved ("把韩国ETF的仓位从两成降到一成"): its way, unless an action comes before it
_WEIGHT_MOVED = re.compile(
    r"(?:比重|仓位|权重|配置比例|持仓比例)[^，,。；;]{0,10}?(?:(?P<up>提高|上调|增加|提升|升|加)|降低|下调|减少|调降|降|减)(?:到|至)"
)
# the manner of a doing, after a refusal of it (不宜因短期波动而频繁转换基金, 唔好只睇回报)
_MANNER = re.compile(
    r"\s*(?:因[^，,。；;]{0,8}?而|因为[^，,。；;]{0,8}?就)?(?:盲目|频繁|一味|只看|只睇|只靠|只顾|过度(?!乐观|悲观)|贸然)"
)
# an English rating in a cell of a table's row ("星澄科技  2388 HK  BUY  58.0"): the row's way
_RATED_CELL = re.compile(
    r"\s{2,}(?i:(?P<up>buy|accumulate|outperform|overweight)|sell|reduce|underperform|underweight)(?:\s{2,}|\s*$)"
)
# what adds a further action to the advice before ("…，并减持美元现金")
_ADDED = re.compile(r"\s*(?:并且|并|同时|另外|再)\s*")


def advice_stance(simplified: str) -> str | None:
    """The direction of the first action a recommendation advises, a negation turning it; a pair trade
    takes its first leg's (多金融、空航运 is bullish)."""
    if leg := _FIRST_LEG.search(simplified):
        return "bullish" if leg.group(1) == "多" else "bearish"
    rejected = rules().rejected.search(simplified)
    floor = rejected.end() if rejected else 0  # 不如 is no negation of what it prefers
    # what a concession grants is no advice (与多数机构看好铜价不同，…)
    floor = max([floor] + [m.end() for m in rules().concession.finditer(simplified)])
    warned = None  # an action warned against ("追高需要谨慎") decides only if no other follows
    warned_to = 0  # ... nor is the warning's own word one ("抄底就是接飞刀")
    weak = None  # attention advised (关注…), the same
    left = [m.span("part") for p in rules().uncounted for m in p.finditer(simplified)]  # 由买入下调至持有: not 买入
    if rated := _RATED_CELL.search(simplified):
        return "bullish" if rated["up"] else "bearish"
    directive = rules().directive.search(simplified)
    if (moved := _WEIGHT_MOVED.search(simplified)) and not any(
        start < moved.start() and label != "none" for start, _, label in rules().actions.finditer(simplified)
    ):
        return "bullish" if moved["up"] else "bearish"
    for start, end, label in rules().actions.finditer(simplified):
        if directive and directive.end() <= start:
            return "neutral"  # a policy directive names a task before any trade (要统筹算力资源布局)
        if start < max(floor, warned_to) or any(a <= start < b for a, b in left) or label == "none":
            continue  # before what 不如 prefers, inside a part it leaves out, or a word that only looks like an action
        advised = _ADVISED.match(simplified, end) and not _WANTING.search(simplified, 0, start)
        if _TOPIC_MARK.match(simplified, end) or advised:
            continue  # a topic ("配置上建议均衡") or who is advised ("没上车的朋友"), not an action
        if label == "neutral":
            # holding, and buying more later ("继续持有…，回调就是加仓机会"): the way is the buying
            held = simplified[start:end] in rules().owning_holds
            return "bullish" if held and (rejected or _adds_later(simplified, end, floor)) else label
        if warning := rules().warning.match(simplified, end):
            warned, warned_to = warned or _opposite(label), warning.end()
            continue
        turned = negated(simplified, start, floor) or _refused(simplified, start, floor)
        turned = turned or _refused_after(simplified, end)
        if turned and simplified[start:end] in rules().chases and _buys_later(simplified, end):
            continue  # not chasing, to buy later (不追高，等回调再分批买入): the price is refused, not the way
        way = _opposite(label) if turned and not rules().at_once.search(simplified, 0, start) else label
        if turned and _refuses_the_other_way(simplified, end, label, floor):
            return "neutral"  # neither buying nor selling (不会加码，但也不会卖掉): holding
        if simplified[start:end] not in rules().weak_actions:
            return way
        weak = weak or way
    # a refusal opening the advice (one character may come before it: 但不要…) or in its last clause
    opening = rules().refusal.match(simplified, floor) or rules().refusal.match(simplified, floor + 1)
    paced = rules().paced.search(simplified)  # 唔好一次过全部入: the pace refused, not the way
    if not (warned or weak or paced) and (opening or _refused(simplified, len(simplified), floor)):
        refusal = opening or rules().refusal.search(simplified, floor)
        if refusal and _MANNER.match(simplified, refusal.end()):
            return "neutral"  # a manner refused (不宜频繁转换基金, 不要盲目抽新股, 不能只看评级): how, not which way
        return "bearish"  # a doing of no known way refused (不要去做通用大模型): the thing is advised against
    if not (warned or weak) and directive:
        return "neutral"  # a policy directive names a task, not a way (要统筹算力资源布局)
    return warned or weak


def _opposite(label: str) -> str:
    return "bearish" if label == "bullish" else "bullish"


def _refused(simplified: str, start: int, floor: int) -> bool:
    """Whether advice refused earlier in the action's clause turns it (不建议在价格快速拉升时追涨)."""
    clause = max([floor] + [simplified.rfind(mark, 0, start) + 1 for mark in "，,；;。"])
    return bool(rules().refusal.search(simplified, clause, start))


def _refused_after(simplified: str, end: int) -> bool:
    """Whether the action is refused right after it, its speaker between ("追高我不建议")."""
    return bool(_REFUSED_AFTER.match(simplified, end))


def _refuses_the_other_way(simplified: str, end: int, label: str, floor: int) -> bool:
    """Whether a later action of the other way is refused as well."""
    return any(
        other == _opposite(label) and negated(simplified, start, floor)
        for start, _, other in rules().actions.finditer(simplified, end)
    )


def _adds_later(simplified: str, end: int, floor: int) -> bool:
    """Whether a buying action after a hold is advised, not refused (继续持有，不加仓 keeps the hold)."""
    return any(
        label == "bullish" and not negated(simplified, start, floor) and not _refused(simplified, start, floor)
        for start, _, label in rules().actions.finditer(simplified, end)
    )


def _buys_later(simplified: str, end: int) -> bool:
    return any(label == "bullish" for _, _, label in rules().actions.finditer(simplified, end))


def goes_on(simplified: str) -> bool:
    """Whether a unit after a recommendation only adds another trade to it (\"建议延长存续期，并减持美元现金\"):
    advice too, though its verb does not open it."""
    added = _ADDED.match(simplified)
    if not (added and added.end()):
        return False
    labels = {label for label in claim_kinds.cue_labels(simplified[added.end() :]) if label.startswith("type:")}
    # another step of the same advice ("应加快…，并推动…"), unless the step is a view of its own kind (并预计…)
    return "type:recommendation" in labels or not labels - {"type:causal_connective"}
