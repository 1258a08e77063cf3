"""The rules of reported speech as compiled patterns, from lexicons/speakers.yaml: verbs of speech,
source frames, anonymous sources, pronouns, titles and organisation endings (speakers.py uses them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicons
from .script import to_simplified
from .segmenting import word_bounds

HAN = "\u4e00-\u9fff\u3005"  # 々 repeats a character in Japanese names (佐々木)
BOUNDARY = '，,。；;：:！!？?“”"「」『』（）()【】\n、—'
# Where the words before a cue begin: a parenthesis does not end a name ("梅里安（Dana Merian）表示").
LEFT_BOUNDARY = BOUNDARY.replace("（）()", "")
LATIN_NAME = r"[A-Z][A-Za-z.'’\-]*(?:[ ·][A-Z][A-Za-z.'’\-]*){0,3}"
# a foreign name in Chinese characters, its parts parted by a middle dot ("马克·霍尔", "杰罗姆·鲍威尔")
DOTTED_NAME = rf"[{HAN}]{{1,6}}(?:[·・][{HAN}]{{1,6}}){{1,2}}"
MAX_DEPARTMENT = 8  # characters of a department between a firm and a title
MAX_NAME = 48
MAX_SOURCE = 24  # characters of a source between 据 and 数据 ("据X研究院测算")


@dataclass(frozen=True)
class _Rules:
    cues: re.Pattern
    sources: re.Pattern
    source_after: re.Pattern
    seen_by: tuple[re.Pattern, ...]
    unnamed_frames: tuple[re.Pattern, ...]
    publishes: tuple[re.Pattern, ...]
    speaks_at: tuple[re.Pattern, ...]  # an event a speaker speaks at: a frame only with a verb of speech after it
    unnamed: re.Pattern
    first_person: re.Pattern
    pronoun: re.Pattern
    discourse: re.Pattern
    kin: re.Pattern  # who someone is to the writer, with what comes before it, up to their name (我一个做TMT的朋友)
    condition: re.Pattern  # a condition's opener: what follows is its subject, no speaker (只要美联储维持…)
    between: re.Pattern
    organisation: re.Pattern
    firm: re.Pattern
    titled: re.Pattern
    firm_kind: re.Pattern  # a kind of firm before its name (评级机构穆迪)
    quoted_kind: re.Pattern
    stated_view: re.Pattern  # a cue that is a view itself, ending a frame
    generic_role: re.Pattern
    bare_firm: re.Pattern
    pointed_role: re.Pattern  # a role pointed back to ("该基金经理", "这位分析师")
    trailing_title: re.Pattern
    faceless: re.Pattern  # a role that names no one person (经济部官员 is an unnamed source)
    indefinite: re.Pattern
    indefinite_inside: re.Pattern  # an indefinite word inside a name ("国内某大型期货公司")
    person: re.Pattern
    family: re.Pattern  # the family name of a Han person's name (林 of 林志豪, 欧阳 of 欧阳思远)
    surname: re.Pattern  # a family name alone (郭 of 郭副总裁)
    introduction: re.Pattern
    meetings: re.Pattern
    data: dict


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = lexicons.load("speakers")

    def group(name: str) -> tuple[str, ...]:
        return lexicons.terms(data.get(name), f"speakers.{name}")

    patterns = lexicons.load("entities")["patterns"]
    surnames = lexicons.alternation(
        to_simplified(s) for s in lexicons.terms(patterns["surnames"], "entities.patterns.surnames")
    )
    # ... and those that also begin common words, not before a character that makes one (简 not in 简单)
    surnames += "".join(
        f"|{re.escape(name)}(?![{re.escape(words)}])" for name, words in patterns["word_surnames"].items()
    )
    titles = lexicons.alternation(group("titles"))
    return _Rules(
        # A cue that goes on into a title, an event or an office is none (分析师, 说明会, 统计处), nor a rating's
        # verb after a modal (授信会维持增长: a forecast's verb, not a rating kept) or with no object before its
        # level (TP上调至980,000, EPS下调至12元: the measure rises, no house raises it).
        cues=re.compile(
            rf"(?:(?<![会将能可])(?:{lexicons.alternation(group('rating_cues'))})(?![至到])|"
            rf"(?:{lexicons.alternation(group('speech_cues') + group('others_cues'))}))"
            rf"(?![师员会局人处室科]|{data['verdict_on_words']}|{data['adverb_after_cue']}|{data['time_after_cue']})"
            rf"|{data['view_label']}|{data['told']}"
            rf"|{data['said_cantonese']}|{data['points_made']}"
        ),
        sources=re.compile(
            rf"(?:^|(?<=[{BOUNDARY}]))(?:{lexicons.alternation(group('source_before'))})"
            rf"(?P<name>[^{BOUNDARY}]{{2,{MAX_SOURCE}}}?)(?:{lexicons.alternation(group('source_after'))})"
        ),
        source_after=re.compile(lexicons.alternation(group("source_after"))),
        seen_by=tuple(re.compile(p) for p in group("seen_by")),
        unnamed_frames=tuple(re.compile(p) for p in group("unnamed_frames")),
        publishes=tuple(re.compile(p) for p in group("publishes")),
        speaks_at=tuple(re.compile(p) for p in group("speaks_at")),
        unnamed=re.compile(rf"(?:{'|'.join(group('unnamed'))})"),
        first_person=re.compile(rf"(?:{lexicons.alternation(group('first_person'))})"),
        # 该 before an organisation's ending points back too (该投顾, 该投行).
        pronoun=re.compile(
            rf"(?:{lexicons.alternation(group('pronouns'))}|该(?:{lexicons.alternation(group('organisation_suffixes'))}))"
        ),
        discourse=re.compile(rf"^(?:{lexicons.alternation(group('discourse'))}|{data['dated']})"),
        kin=re.compile(rf"^[^，,。；;：:]{{0,16}}?(?:{lexicons.alternation(group('kin'))})"),
        between=re.compile(rf"(?:{'|'.join(group('between'))})$"),
        # An organisation's name, perhaps with a department and a title after it ("X银行数字资产研究主管").
        organisation=re.compile(
            rf"(?:{lexicons.alternation(group('organisation_suffixes'))})(?:[^，,。；;\s]{{0,{MAX_DEPARTMENT}}}?\s*(?:{titles}))?$",
            re.I,
        ),
        # The firm that opens a speaker's name ("恒岭银行首席经济师岑子豪" -> 恒岭银行), for 该行 to mean.
        firm=re.compile(rf"^(?P<firm>.{{2,{MAX_NAME}}}(?:{lexicons.alternation(group('organisation_suffixes'))}))"),
        # the name after the last of titles in a row ("主任研究员陈美穗": not 研究员陈美穗); an English given name
        # before a Chinese one is left out of it ("Grace 施雅婷"), as a turn's label leaves it out
        titled=re.compile(
            rf"(?:{titles})\s*(?!{titles})(?:[A-Z][a-z]+ ?(?=[{HAN}]))?"
            rf"(?P<name>{LATIN_NAME}|{DOTTED_NAME}|[{HAN}]{{2,6}})$"
        ),
        stated_view=re.compile(rf"(?:{lexicons.alternation(group('stated_views'))})$"),
        # a firm's name in quotation marks after its kind ("研究机构「X」"): the name alone, whatever its shape
        quoted_kind=re.compile(
            rf"(?:{lexicons.alternation(group('firm_kinds'))})[「“\"『](?P<name>[^」”\"』{BOUNDARY}]{{2,{MAX_SOURCE}}})[」”\"』]"
        ),
        firm_kind=re.compile(
            rf"^(?:{lexicons.alternation(group('firm_kinds'))})\s*(?P<name>{LATIN_NAME}|[{HAN}]{{2,6}}|\S{{2,{MAX_NAME}}}?(?:{titles}))$"
        ),
        # a kind of firm with no name before it ("公司", "本行"): the firm a text speaks of, or for
        bare_firm=re.compile(rf"(?:本|该)?(?:{lexicons.alternation(group('organisation_suffixes'))})"),
        pointed_role=re.compile(rf"(?:该|这位|这名|此|那位)(?:{titles}|人士|高层|人)"),
        generic_role=re.compile(rf"^(?:[{HAN}A-Za-z]{{0,6}}?)(?:{titles}|人士|法人)们?$"),
        trailing_title=re.compile(rf"\s*(?:{titles})$"),
        faceless=re.compile(rf"(?:{lexicons.alternation(group('faceless_roles'))})$"),
        condition=re.compile(rf"^(?:{lexicons.alternation(group('conditions'))})"),
        indefinite=re.compile(data["indefinite"]),
        indefinite_inside=re.compile(data["indefinite_inside"]),
        # ... a nickname of a letter (老K, 阿J, K哥) too
        person=re.compile(
            rf"^(?:{LATIN_NAME}|{DOTTED_NAME}|(?:{surnames})[{HAN}]{{1,2}}|[A-Z][A-Za-z&.]{{1,20}}"
            rf"|[老阿小][A-Za-z]{{1,3}}|[A-Z]{{1,3}}[哥姐叔神])$"
        ),
        family=re.compile(rf"^(?:{surnames})(?=[{HAN}]{{1,2}}$)"),
        surname=re.compile(rf"(?:{surnames})"),
        introduction=re.compile(
            rf"(?:^|(?<=[{BOUNDARY}]))(?P<phrase>[^{BOUNDARY}]{{2,{MAX_NAME}}}?)"
            # 持 of a verb's second half (保持, 维持, 坚持, 支持) brings no one in
            # ... nor does 的分析 of a title (某投顾的分析师X: the title's holder is brought in)
            rf"(?<![保维坚支扶主秉挟劫把])(?:{lexicons.alternation(group('introduced_by'))})(?![师员])"
        ),
        meetings=re.compile(data["meetings"]),
        data=data,
    )


def source_frames(simplified: str) -> list[tuple[int, str, int]]:
    """The frames of a source (据X数据, 根据X的测算) as (start, name, end): a source's word that goes on into a
    longer word is none ("据北岸研究院测算": 研究 is the institute's; "按照每兆瓦数据中心耗铜测算": 数据中心), and
    the frame goes on to the next that ends a word."""
    r, bounds, frames = rules(), None, []
    for match in r.sources.finditer(simplified):
        at, end = match.end("name"), match.end()
        while end not in (bounds := bounds or word_bounds(simplified)):
            later = r.source_after.search(simplified, at + 1, match.start("name") + MAX_SOURCE + 1)
            if later is None or any(ch in BOUNDARY for ch in simplified[at : later.start()]):
                break
            at, end = later.start(), later.end()
        if end in bounds:
            frames.append((match.start(), simplified[match.start("name") : at], end))
    return frames
