"""Who a later "他表示", "该行预计" or "会议指出" means: the titled person, firm or meeting a clause or a sentence
opens with, without a verb of speech of its own."""

from __future__ import annotations

import re

from . import lexicons
from .name_shapes import TIME_LEAD, common_word, titled_name
from .speaker_names import is_organisation
from .speaker_rules import HAN, rules
from .speakers import UNNAMED, indefinite


# a person brought in by the name they go by ("他叫邝立民", "一位名叫X的工程师") or as the writer's friend or colleague
# with their name or nickname ("和一个做私募的朋友老谭喝茶"): whom a later 他 means
_CALLED = re.compile(rf"(?:名叫|叫做|(?:他|她|佢)叫)(?P<name>[{HAN}]{{2,3}})")
_RELATION = re.compile(rf"(?:朋友|老友|好友|同事|同学|邻居|师兄|学长|客户)(?P<name>[老小阿][{HAN}]|[{HAN}]{{2,3}})")


def _called(simplified: str) -> list[tuple[int, str]]:
    r = rules()
    found = []
    for pattern in (_CALLED, _RELATION):
        for m in pattern.finditer(simplified):
            name = m["name"]
            nickname = name[0] in "老小阿" and r.surname.fullmatch(name[1:2])
            full = next((name[:n] for n in (3, 2) if r.family.match(name[:n]) and not common_word(name[:n])), None)
            if nickname or full:
                found.append((m.start(), name[:2] if nickname else full))
    return found


# a nickname and the full name the text gives it, in brackets or after a dash and a post ("阿芬（全名李慧芬）",
# "舊同學Ken哥——溢豐資產投資總監葉啟鏗")
_ALIASED = re.compile(
    rf"(?P<nick>[A-Za-z]{{2,8}}[{HAN}]?|[老小阿][{HAN}A-Za-z]{{1,3}}|[{HAN}]{{1,2}}[哥姐叔仔])"
    rf"\s*(?:[（(](?:全名|本名|真名)?[:：]?\s*(?P<full>[{HAN}]{{2,4}})[）)]|(?P<apposed>——[^，,。；;]{{2,30}})(?=[。，,；;]))"
)


# the short form a record gives a titled person in brackets and quotation marks, with or without 以下简称
# ("局长麦德伦先生（"局长"）", "董事长王大明（以下简称“王董”）"): whom a frame with it later means
_DEFINED = re.compile(rf"[（(]\s*(?:以下简称|以下称|下称|简称)?\s*[“\"「](?P<short>[{HAN}]{{2,6}})[”\"」]\s*[）)]")
_HONORIFIC = re.compile(r"(?:先生|女士|小姐|博士)$")


def aliases(simplified: str) -> dict[str, str]:
    """The nicknames a sentence gives the full names of ("Ken哥——…投资总监叶启铿": Ken哥 -> 叶启铿; "局长麦德伦先生
    （"局长"）": 局长 -> 麦德伦): whom a frame with the nickname later means."""
    r = rules()
    found = {}
    for m in _DEFINED.finditer(simplified):
        titled = [t for t in r.titled.finditer(simplified, 0, m.start()) if t.end() == m.start()]
        full = _HONORIFIC.sub("", titled[-1]["name"]) if titled else ""
        if r.person.fullmatch(full) and not common_word(full):
            found[m["short"]] = full
    for m in _ALIASED.finditer(simplified):
        titled = r.titled.search(m["apposed"]) if m["apposed"] else None  # after a dash, a name a title brings in
        full = m["full"] or (titled["name"] if titled else "")
        if r.person.fullmatch(full) and not common_word(full) and not r.person.fullmatch(m["nick"]):
            found[m["nick"]] = full
    return found


# someone the writer met or asked, not named ("我有问过一位在投信做电子研究的朋友"): whom a 他 after it means
_MET = re.compile(
    r"(?:问过|请教过|认识|遇到|碰到|聊过|问了|请教了)(?:一位|一个|一名)[^，,。；;]{0,20}?(?:朋友|人士|同行|前辈|老兵|老手)"
)


def introduced(simplified: str, known: frozenset[str] = frozenset()) -> str | None:
    """The last titled person or organisation opening a clause without a verb of speech ("…，卓景资本策略师
    Rahul Menon 则相对乐观"), a name the article knows (高盛则持…看法) or a meeting held ("主持召开…会议"):
    whom a "他表示", "该行预计" or "会议指出" after it means. An anonymous one ("某投信的主管则比较保守") is UNNAMED."""
    r = rules()
    if stamp := TIME_LEAD.match(simplified):
        simplified = simplified[stamp.end() :]
    found = [(m.start(), m["name"]) for m in r.meetings.finditer(simplified)] + _called(simplified)
    found += [(m.start(), UNNAMED) for m in _MET.finditer(simplified)]
    found += [(simplified.find(nick), full) for nick, full in aliases(simplified).items()]
    for match in r.introduction.finditer(simplified):
        phrase = match.group("phrase").strip()
        if not r.titled.search(phrase):  # a setting before a speech made ("昨日在论坛上发表演讲") is no part of it
            for _ in range(3):
                phrase = r.between.sub("", phrase).strip()
        titled = r.titled.search(phrase)
        if titled and titled_name(titled.group("name")):  # named, though of a firm not named (另一家…厂董事长X)
            found.append((match.start(), titled.group("name").strip()))
        elif indefinite(phrase):
            found.append((match.start(), UNNAMED))
        elif is_organisation(phrase) or lexicons.term_key(phrase) in known or (
            r.person.fullmatch(phrase) and "不同" in match.group()
        ):
            found.append((match.start(), phrase))
    return max(found)[1] if found else None


# the subject a news sentence opens with, before when it acted ("财政司司长陈茂波今日展开…")
_DATED_SUBJECT = re.compile(
    r"^\s*(?P<phrase>[^，,。；;：:]{3,20}?)(?:今日|今天|昨日|昨天|日前|近日|本周|上周|周[一二三四五六日]|\d{1,2}日)"
)


def titled_opening(simplified: str, known: frozenset[str] = frozenset()) -> str | None:
    """A titled person or a firm a sentence opens with, before the day they acted ("财政司司长陈茂波今日展开…",
    "恒岭银行昨日举行…"): whom a "他表示" or "该行…" in the sentences after means."""
    subject = _DATED_SUBJECT.match(simplified)
    if subject is None:
        return None
    phrase = subject["phrase"].strip()
    if indefinite(phrase):
        return None  # 某外资投行昨日公布…: no one named for 该行 to mean
    if is_organisation(phrase) or lexicons.term_key(phrase) in known:
        return phrase
    titled = rules().titled.search(phrase)
    return titled["name"].strip() if titled and titled_name(titled["name"]) else None
