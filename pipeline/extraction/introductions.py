"""Who a later "他表示", "该行预计" or "会议指出" means: the titled person, firm or meeting a clause or a sentence
opens with, without a verb of speech of its own."""

from __future__ import annotations

import re

from . import lexicons
from .name_shapes import TIME_LEAD, titled_name
from .speaker_names import is_organisation
from .speaker_rules import rules
from .speakers import UNNAMED, indefinite


def introduced(simplified: str, known: frozenset[str] = frozenset()) -> str | None:
    """The last titled person or organisation opening a clause without a verb of speech ("…，卓景资本策略师
    Rahul Menon 则相对乐观"), a name the article knows (高盛则持…看法) or a meeting held ("主持召开…会议"):
    whom a "他表示", "该行预计" or "会议指出" after it means. An anonymous one ("某投信的主管则比较保守") is UNNAMED."""
    r = rules()
    if stamp := TIME_LEAD.match(simplified):
        simplified = simplified[stamp.end() :]
    found: list[tuple[int, str]] = [(m.start(), m["name"]) for m in r.meetings.finditer(simplified)]
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
