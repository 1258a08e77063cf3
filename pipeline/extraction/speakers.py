"""Speakers: who a sentence attributes its view to, from the frames of reported speech.

Names need not be known in advance: "X 表示", "据 X 数据", "X 报告指出", "在 X 看来" frame a speaker, and the words
before the cue are taken as a name when they have the shape of one (an organisation's ending, a title, a person's name).
Pronouns ("他还表示") and first-person voice ("我们认为") are reported as such for the caller to resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import lexicons
from .claim_kinds import CONTENT
from .name_shapes import acting_before_quotation, common_word, ends_a_name, has_predicate, titled_name
from .name_shapes import called_name, unknown_han_name
from .segmenting import tagged_words, word_bounds
from .speaker_names import firm_of, is_organisation, speaker_name
from .speaker_rules import BOUNDARY, LEFT_BOUNDARY, MAX_NAME, rules, source_frames

NAMED, UNNAMED, FIRST_PERSON, PRONOUN = "named", "unnamed", "first_person", "pronoun"
# a list's bullet, or a live blog's or a video transcript's time ("**03:30** 鲍威尔…", "[02:23] 她预估…"), before a
# frame: no part of the name
_BULLET = re.compile(
    r"^\s*(?:[-–—•·●■▪◆◇□*+▷▶►➤]\s+|[・‧]\s*|\**\s*\d{1,2}:\d{2}\s*\**\s*|[\[【(（]\d{1,2}:\d{2}(?::\d{2})?[\]】)）]\s*"
    # ... and a list's or a section's number ("1. ", "1、", "3.1 ", "①"), not a figure's (1.5倍)
    r"|\d{1,2}(?:[.．](?!\d)|、)\s*|\d{1,2}[.．]\d{1,2}(?:[.．]\d{1,2})?\s+|[①-⑳]\s*)"
)


def bulleted(simplified: str) -> bool:
    """Whether a line opens with a list's bullet or number ("- ", "1、", "①")."""
    return bool(_BULLET.match(simplified))


def unbulleted(simplified: str) -> str:
    """A line without the list's bullet or number it opens with."""
    return _BULLET.sub("", simplified, count=1)


_DENIAL = re.compile(r"(?:并不|并非|并没有|不是|从不|绝不)")
_PARENTHETICAL = re.compile(r"[（(][^（）()]{0,40}[）)]")
# a mood has no amount: "比特币则不宜超过百分之三" advises a weight, it brings no speaker in
_AMOUNT = re.compile(r"[\d０-９]|百分之|[一二三四五六七八九十两半][成倍]")
_POSSESSIVE = {"的", "嘅"}  # Mandarin and Cantonese
MAX_MOOD = 8  # characters after a speaker brought in ("相对乐观", "看法更加谨慎")
_ROUGHLY = re.compile(r"的?(?:粗略|初步|大致|最新|内部)$")  # how rough an estimate is, after whose it is
LEFT_REACH = 96  # a firm, a title and a name: "Northgate Capital首席投资官Daniel Okafor"


@dataclass(frozen=True)
class Attribution:
    kind: str  # named | unnamed | first_person | pronoun
    name: str | None  # the speaker as written (Simplified), for ``named``
    start: int  # where the frame starts in the sentence
    end: int = 0  # where it ends: what follows is what the speaker says
    firm: str | None = None  # the firm a named speaker came with ("恒岭银行首席经济师岑子豪")
    pronoun: str | None = None  # the pronoun, for ``pronoun`` (该行 means a firm)
    data: bool = False  # a source of data (据X数据)


def attribute(simplified: str, known: frozenset[str] = frozenset()) -> Attribution | None:
    """The first speaker frame of a sentence (Simplified text), if any. ``known`` holds names
    (Simplified, case-folded) of people and organisations the gazetteer found in the article."""
    r = rules()
    # a list's bullet is no part of the name after it ("- 高盛则维持…"): blanked, offsets kept
    simplified = _BULLET.sub(lambda m: " " * len(m.group()), simplified, count=1)
    for quoted in r.quoted_kind.finditer(simplified):  # "研究机构「X」在报告中指出": X, known by its marks
        known |= {lexicons.term_key(quoted["name"])}
        simplified = _blanked(simplified, quoted.start(), quoted.start("name"))
        simplified = _blanked(simplified, quoted.end("name"), quoted.end())
    found: list[tuple[Attribution | None, int]] = []  # (attribution, where its frame ends)
    for pattern in r.unnamed_frames:
        if match := pattern.search(simplified):
            found.append((Attribution(UNNAMED, None, match.start()), match.end()))
    for pattern in r.seen_by:
        for match in pattern.finditer(simplified):
            found.append((_classify(match.group("name"), match.start(), known, force=True), match.end()))
    for pattern in r.publishes:
        if match := pattern.search(simplified):
            # Whoever publishes a report, or moves a forecast in one, is a source, known or not.
            end = match.end("name")
            # The frame goes on to a verb of speech that closes it ("X的一份报告则认为，…").
            if (cue := r.cues.search(simplified, match.end())) and not any(
                ch in BOUNDARY for ch in simplified[end : cue.start()]
            ):
                end = cue.end()
            name, start = match.group("name"), match.start("name")
            # "他将目标价上调至…": whom the pronoun points back to moves it
            named = Attribution(PRONOUN, None, start, pronoun=name) if r.pronoun.fullmatch(name) else None
            found.append((named or _classify(name, start, known, force=True), end))
    for pattern in r.speaks_at:  # "X在业绩说明会上表示", not "美联储在本次会议上降息"
        match = pattern.search(simplified)
        cue = r.cues.search(simplified, match.end()) if match else None
        if cue and not any(ch in BOUNDARY for ch in simplified[match.end() : cue.start()]):
            found.append((_classify(match.group("name"), match.start("name"), known, force=True), cue.end()))
    reporting, data = set(), set()  # news that carries someone's words (据彭博报道，X表示…): X speaks, not the outlet
    for start, name, end in source_frames(simplified):
        name = _ROUGHLY.sub("", name.strip())  # 按照该团队的粗略估算: the team's
        if r.pronoun.fullmatch(name):
            found.append((Attribution(PRONOUN, None, start, pronoun=name), end))
        elif name:
            found.append((_classify(name, start, known, force=True), end))
            if simplified[:end].endswith(tuple(r.data["reports"])):
                reporting.add(start)
            if simplified[:end].endswith(tuple(r.data["data_sources"])):
                data.add(start)
    for match in r.cues.finditer(simplified):
        beside = {simplified[match.start() - 1 : match.start()], simplified[match.end() : match.end() + 1]}
        if beside & _POSSESSIVE and not match.group().startswith("的"):
            # a noun or a modifier, not a verb of speech ("市场对…的担忧", "市场担心的需求见顶", "港股嘅预测市盈率")
            continue
        # Only the last LEFT_REACH characters can hold a name and what stands between it and the cue.
        floor = max(0, match.start() - LEFT_REACH)
        left_start = max([floor - 1] + [simplified.rfind(ch, floor, match.start()) for ch in LEFT_BOUNDARY]) + 1
        left = simplified[left_start : match.start()]
        bare = not left.strip(" ，,") and left_start > floor
        if bare:
            # "X，爆料说…": the name stands before a comma and a bare verb of speech.
            before = max([floor - 1] + [simplified.rfind(ch, floor, left_start - 1) for ch in LEFT_BOUNDARY]) + 1
            left, left_start = simplified[before : left_start - 1], before
        attribution = _classify(left, left_start, known)
        if attribution is None and bare:
            attribution = _subject(left.strip(), left_start, known)  # "X回顾了…，认为…": the clause's subject speaks
        if attribution is None and (mark := left.rfind("的")) > 0 and _owned(left[:mark], left[mark + 1 :]):
            # a firm or a titled person after a modifier ("本次发行的保荐机构X证券相关负责人"), a person after
            # the firm they belong to ("中金的周立衡")
            attribution = _classify(left[mark + 1 :], left_start + mark + 1, known)
        if attribution is not None and attribution.kind == FIRST_PERSON and match.group() in r.data["others_cues"]:
            continue  # "我个人觉得…": the writer's view, no frame
        if attribution is not None:
            found.append((attribution, match.end()))
            break  # later cues start later: the first frame is found
    found = [(a, end) for a, end in found if a is not None]
    if not found:  # a person doing something before a colon and a quotation ("林雪摇摇头：“…”") says it
        acting = acting_before_quotation(simplified, known, rules().cues)
        return Attribution(NAMED, acting[0], acting[1], acting[2]) if acting else None
    # Of frames that start alike, the longest ("X的一份报告则认为" over "X的一份报告").
    first, end = min(found, key=lambda item: (item[0].start, -item[1]))
    if first.start in reporting:
        first, end = next(((a, e) for a, e in found if a.kind == NAMED and a.start >= end), (first, end))
    return replace(first, end=end, data=first.start in data)


# a firm that may be a clause's subject: one of these endings, not a sum of money (投资, 资本)
_SUBJECT_FIRM = re.compile(r"(?:证券|银行|基金|资管|期货|保险|信托|投顾|研究院|研究所|集团|公司)$")


def _subject(clause: str, start: int, known: frozenset[str]) -> Attribution | None:
    """Who a clause opens with, before its verb of two characters or more, a time or an adverb maybe between
    ("罗振邦肯定赛道逻辑": 罗振邦, not 罗振邦肯; "美联储本周按兵不动": 美联储)."""
    for end in range(min(len(clause) - 2, MAX_NAME), 1, -1):
        head = clause[:end]
        firm = _SUBJECT_FIRM.search(head) and is_organisation(head) and not re.search(r"\d", head)
        if not (firm or (rules().person.fullmatch(head) and not head.isupper())):  # not an acronym (AI, HBM)
            continue  # a name's shape first: the rest is segmented only after one
        words = [(w, tag) for w, tag in tagged_words(clause[end:]) if tag[:1] not in "td"]
        if words and len(words[0][0]) > 1 and (words[0][1][:1] == "v" or words[0][1] == "i"):
            if found := _classify(head, start, known):
                return found if found.kind == NAMED else None
    return None


def _blanked(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def who(phrase: str, known: frozenset[str] = frozenset()) -> Attribution | None:
    """What a phrase that only names someone is (a signature: "东岳资产董事长 宋怀远", "某外资银行首席投资官")."""
    return _classify(phrase, 0, known, force=True)


# a body's department unnamed, between its name and an officer's title ("证监会相关部门负责人")
_DEPARTMENT = re.compile(r"(?:相关|有关)(?:部门|司局|业务部门)$")
_ROLE_OF = re.compile(r"^(?P<owner>[^的]{2,12})的(?P<role>[^的]{2,10})$")
_FIRM_TAGS = ("nr", "nrt", "nt", "nz", "eng")  # a name, a transliterated one, an organisation's, a Latin word
_NAME_TAGS = ("nr", "nrt", "nz", "eng")


def _of_a_firm(role: str) -> bool:
    """Whether a role is some firm's: its firm's ending comes after a name (某某证券分析师), not first (基金经理)."""
    firm = rules().organisation.search(role)
    return firm is not None and firm.start() > 0


def _classify(left: str, start: int, known: frozenset[str] = frozenset(), force: bool = False) -> Attribution | None:
    """What the words before a cue are: a name, an anonymous source, a pronoun, the first person."""
    r = rules()
    name = _PARENTHETICAL.sub("", left).strip()
    if _DENIAL.match(name):
        return None  # "…，并不代表对前景的判断": what something does not stand for, no one
    # 他们把评级下调至, 将韩股评级上调至: who moves a thing, not what is moved (将 only opening: 本基金将 is a future)
    name = "" if name.startswith(("把", "将")) else name[: name.find("把")] if "把" in name else name
    # Peel discourse openers from the front and adverbs or settings from the back.
    for _ in range(4):
        opened = r.discourse.sub("", name).strip()
        closed = r.between.sub("", opened).strip()
        if closed == name:
            break
        if len(opened) - len(closed) == 1 and ends_a_name(opened, closed):
            closed = opened  # a name's last character, not an adverb (策略师杉本和也表示)
        name = closed
    if (kin := r.kin.match(name)) and called_name(rest := name[kin.end() :]):
        name = rest  # a friend or a colleague named after who they are to the writer ("我一个做TMT的朋友阿杰")
    if not name or len(name) > MAX_NAME or r.condition.match(name):
        return None
    if r.first_person.fullmatch(name):
        return Attribution(FIRST_PERSON, None, start)
    if r.pronoun.fullmatch(name) or r.pointed_role.fullmatch(name):
        return Attribution(PRONOUN, None, start, pronoun=name)
    firm = r.pronoun.match(name)
    if firm and firm.group().startswith("该") and r.trailing_title.fullmatch(name[firm.end() :]):
        return Attribution(PRONOUN, None, start, pronoun=firm.group())  # the firm's officer (该行经济学家): the firm's
    titled = r.titled.search(name)
    # an anonymous firm's titled person is named all the same (一家云服务商的首席财务官赵启明)
    if r.unnamed.fullmatch(name) or (indefinite(name) and not (titled and titled_name(titled.group("name")))):
        return Attribution(UNNAMED, None, start)
    cleaned = name if lexicons.term_key(name) in known else speaker_name(name)
    untitled = _DEPARTMENT.sub("", r.trailing_title.sub("", name))
    if cleaned is None and lexicons.term_key(untitled) in known and not r.faceless.search(name):
        cleaned = name  # a known firm and a title, a department maybe between: "微软CEO", "证监会相关部门负责人"
    if cleaned is None and (owner := _firm_of_role(name)):
        # a role of a firm the tagger knows as a name ("伯恩斯坦的分析师", "瑞穗分析师", "Jefferies的策略师"): the
        # firm speaks
        tags = [tag for word, tag in tagged_words(owner) if word.strip()]
        # an organisation's word (nt) only with 的: 商务部官员 is a ministry's anonymous official
        firm_tags = _FIRM_TAGS if "的" in name else _NAME_TAGS
        cleaned = owner if len(tags) == 1 and tags[0] in firm_tags else None
    if cleaned is None and r.generic_role.match(name) and not _of_a_firm(name):
        # A role with no name ("外资分析师", "有关人士", "基金经理") is an anonymous source.
        return Attribution(UNNAMED, None, start)
    if cleaned is None and force and 2 <= len(name) <= 20 and not (has_predicate(name) or r.bare_firm.fullmatch(name)):
        cleaned = name
    return Attribution(NAMED, cleaned, start, firm=firm_of(name)) if cleaned else None


def _firm_of_role(name: str) -> str | None:
    """The words before a role, with or without 的 ("伯恩斯坦的分析师", "瑞穗分析师"), when the rest is a role."""
    if owner := _ROLE_OF.match(name):
        return owner["owner"] if rules().generic_role.match(owner["role"]) else None
    bare = rules().trailing_title.sub("", name)
    return bare if bare != name and len(bare) >= 2 and rules().generic_role.match(name) else None


def words_from(frame: Attribution | None, simplified: str) -> int:
    """Where a frame's words begin: after it, or at its start when its cue is the view ("X仍然坚定看多。")."""
    if frame is None:
        return 0
    if rules().stated_view.search(simplified, 0, frame.end) and not CONTENT.search(simplified, frame.end):
        return frame.start
    return frame.end


def only_introduces(simplified: str) -> bool:
    """Whether a unit only brings a speaker in with their mood ("策略师 X 则相对乐观", "也有…人士看法
    更加谨慎"): the view itself comes in the sentences that follow."""
    r = rules()
    text = simplified.strip().rstrip("。！!")
    for match in r.introduction.finditer(text):
        rest = text[match.end() :]
        if len(rest) > MAX_MOOD or any(ch in BOUNDARY for ch in rest) or r.cues.match(rest) or _AMOUNT.search(rest):
            continue  # a view follows, not a mood ("有业内人士则认为库存偏高")
        found = _classify(match.group("phrase"), 0)
        if found is not None and found.kind in (NAMED, UNNAMED):
            return True
    return False


def _owned(owner: str, phrase: str) -> bool:
    """Whether the phrase after a 的 is a speaker of its own: a firm or a titled person, or a person's name
    after a name with no verb (中金的周立衡, not 他所说的风险)."""
    if _has_firm_or_title(phrase):
        return True
    person = bool(rules().person.match(phrase)) and not common_word(phrase) or unknown_han_name(phrase)
    # ... or a person a clause describes, by their work ("在券商做策略的小林", "做了二十年宏观的周衡跟我吃饭时")
    described = called_name(rules().between.sub("", phrase).strip())
    return bool(owner.strip()) and (person and not has_predicate(owner) or described)


def _has_firm_or_title(phrase: str) -> bool:
    r = rules()
    return bool(is_organisation(phrase) or r.firm_kind.match(phrase) or r.titled.search(phrase))


def indefinite(phrase: str) -> bool:
    """An indefinite source ("有分析师", "一位…基金经理", "某券商"), whose opener is a word of its own
    (有色组 is a team, not 有 + 色组)."""
    r = rules()
    if r.indefinite_inside.search(phrase) and (r.trailing_title.search(phrase) or is_organisation(phrase)):
        return True  # a role of an indefinite firm: 国内某大型期货公司研究员
    match = r.indefinite.match(phrase)
    if match is None:
        return False
    return match.end() in word_bounds(phrase)
