"""The reach of stance words: the stretches of a claim whose words count for nothing (after 能否, after 只是) and
those whose words turn (before 只是, what is priced in), each bounded by its clause."""

from __future__ import annotations

import re

from .stance_rules import SIGN
from .stance_rules import rules as _rules

NEGATION_REACH = 8  # characters before a stance word, inside its clause, where a negation applies
CLAUSE = re.compile(r"[，,；;：:。！!？?]")


def clause_bounds(simplified: str, at: int, floor: int, ceiling: int) -> tuple[int, int]:
    starts = [m.end() for m in CLAUSE.finditer(simplified, floor, at)]
    clause_end = CLAUSE.search(simplified, at, ceiling)
    return (starts[-1] if starts else floor), (clause_end.start() if clause_end else ceiling)


def scopes(simplified: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The stretches of simplified[start:end] whose words count for nothing (after 能否, after 只是) and those
    whose words turn (before 只是: 反弹只是熊市中的反弹; after 已经反映了: 大部分利好)."""
    rules = _rules()
    dropped, turned = [], []
    for m in rules.set_aside.finditer(simplified, start, end):
        dropped.append((m.start(), clause_bounds(simplified, m.end(), start, end)[1]))
    for m in rules.diminishers.finditer(simplified, start, end):
        clause_start, clause_end = clause_bounds(simplified, m.start(), start, end)
        turned.append((clause_start, m.start()))
        dropped.append((m.start(), clause_end))
    for m in rules.denied.finditer(simplified, start, end):
        # beyond where its own negation reaches (words nearer are turned by it already); a doubt (怀疑这种乐观) has none
        negations = [at for at, _, kind in rules.negations.finditer(simplified, *m.span()) if kind == "negation"]
        begin = negations[0] + NEGATION_REACH + 1 if negations else m.end()
        turned.append((begin, clause_bounds(simplified, m.end(), start, end)[1]))
    for m in rules.priced_in.finditer(simplified, start, end):
        # what was taken in: after the verb (已经反映了利好), or before it as its subject (利空已经反映在股价中)
        taken = [(m.end(), clause_bounds(simplified, m.end(), start, end)[1])]
        taken += [(clause_bounds(simplified, m.start(), start, end)[0], m.start())]
        turned += taken
        if m["verb"] or any(label in SIGN for span in taken for *_, label in rules.words.finditer(simplified, *span)):
            dropped.append(m.span("verb") if m["verb"] else m.span())  # the verb (消化) says how it was taken
    for pattern, turns in rules.restated:
        for m in pattern.finditer(simplified, start, end):
            before = (clause_bounds(simplified, m.start(), start, end)[0], m.start())
            if any(label in SIGN for _, _, label in rules.words.finditer(simplified, *before)):
                dropped.append(m.span())  # the word of the estimate only says how the thing before it is seen
                turned += [before] if turns else []
            elif any(label == "turner" for *_, label in rules.turners.finditer(simplified, *before)):
                turned.append(m.span())  # a bad thing seen too small is bad news (成本被低估), too big good
    for m in rules.negated_cause.finditer(simplified, start, end):
        dropped.append(m.span("cause"))
    dropped += [m.span("part") for pattern in rules.uncounted for m in pattern.finditer(simplified, start, end)]
    for m in rules.calmed.finditer(simplified, start, end):
        dropped.append((m.end(), clause_bounds(simplified, m.end(), start, end)[1]))
    for m in rules.explained_by.finditer(simplified, start, end):
        before = (clause_bounds(simplified, m.start(), start, end)[0], m.start())
        if before[1] > before[0] and any(label in SIGN for _, _, label in rules.words.finditer(simplified, *before)):
            # the cause of what the claim is about, with the clauses that add to it (…，而…)
            stop = clause_bounds(simplified, m.end(), start, end)[1]
            while (more := rules.cause_goes_on.match(simplified, stop)) and more.end() < end:
                stop = clause_bounds(simplified, more.end(), start, end)[1]
            dropped.append((m.start(), stop))
            break
    return dropped, turned


def within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in spans)
