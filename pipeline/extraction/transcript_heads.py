"""The head of a transcript or interview: the names it gives its roles ("主持人：刘思远　嘉宾：…许嘉文"), its
numbered speakers, and the person whose words it is (a guest, one who introduces themself, one interviewed or
invited, whose talk or report it is), which dialogue.py's turns fall back on."""

from __future__ import annotations

import re

from . import lexicons
from .script import to_simplified
from .speaker_rules import BOUNDARY, HAN, rules
from .name_shapes import common_word, honorific_of, titled_name, unknown_han_name
from .speaker_names import defined_short_names, speaker_name
from .label_names import MAX_TAIL_NAME, person, tail_name
from .turn_labels import ANSWER, MAX_LABEL, QUESTION, UNNAMED, turn_of, turn_rules
from .chat_headers import TIMESTAMP
from .records import Sentence

# The lines of a transcript's head that may name its cast: a headline split at its bracketed column name, a
# programme's date line, then the cast ("【晨早财经热线】", "金价再破顶…", "节目日期：…", "主持：X　嘉宾：Y").
HEAD_LINES = 5
# a name or nickname alone: 许嘉文, 小安, 阿Ken
_SHORT_NAME = re.compile(rf"[{HAN}]{{2,{MAX_TAIL_NAME}}}|[{HAN}]{{0,2}}[A-Za-z]{{2,{MAX_LABEL}}}")

# a head naming whom it interviews, at its end or before what they speak of ("本报专访X，谈…")
_INTERVIEWED = re.compile(
    r"(?:独家)?(?:专访|采访)了?[｜|：:\s]*(?P<who>[^，,。；;！!？?“”「」【】\s｜|]{2,30}(?:\s[A-Z][A-Za-z]+)?)\s*(?:$|[，,。])"
)
# an interview's headline naming its guest before the colon ("【专访】某某精密董事长X：…", "专访｜X：…")
_INTERVIEW_HEADLINE = re.compile(
    r"^\s*(?:【(?:独家)?专访】|(?:独家)?专访\s*[|｜])\s*(?P<who>[^：:|｜【】]{2,30}?)\s*[：:]"
)
# ... or a headline of what a titled person talks about ("资金大迁徙：前投资长X谈「离开美国」之后")
_TALKS_ABOUT = re.compile(r"(?:^|[：:｜|\s])\s*(?P<who>[^：:，,。|｜\s「」“”#]{3,20}?)(?:谈|畅谈|详谈|细谈|纵论)")
# a host's line naming the guest invited ("今日请咗…投资总监X同我哋倾下", "今天我们请到了…X")
_GUEST_INVITED = re.compile(
    r"(?:请咗|请到了?|邀请到了?|邀请了)(?P<who>[^，,。；;！!？?]{2,30}?)\s*(?:同|和|跟|与|来|为|一起|$|[，,。])"
)
# a talk's head naming whose it is ("以下为X副行长Y在…论坛上的演讲实录", "以下内容整理自X昨晚在…的直播")
_TALK_OF = re.compile(
    r"以下(?:内容)?(?:为|是|整理自|摘自|节选自)(?P<who>[^，,。；;在]{2,30}?)(?:昨晚|昨天|昨日|今晚|今日|今天|日前|近日|早前|上周)?"
    r"(?:[（(][^）)]{1,12}[）)])?"
    r"在[^，,。；;]{2,40}?[上中]?的(?:主旨)?(?:演讲|讲话|发言|致辞|报告|直播|分享)"
)
# an editor's note naming whose report an excerpt is ("以下为远川研究院年度预测报告的节选")
_EXCERPT_OF = re.compile(r"以下(?:为|是)(?P<who>[^，,。；;]{2,40}?)(?:报告|研报|预测|展望)的?(?:节选|摘要|要点|摘编)")
# a translation's head naming whose report it is ("原文：X Securities（下称“X”）研究团队《…》", "本文编译自美国投行X…")
_TRANSLATED_FROM = re.compile(r"(?:原文|编译自|译自)(?!作者|标题|链接)[：:\s]*(?P<who>[^，,。；;《]{2,60})")
# a head naming who answers the press ("国家能源局有关负责人就《…》答记者问"), at a sentence's start
_ANSWERS_PRESS = re.compile(
    r"(?:^|[。！!；;])\s*(?P<who>[^，,。；;《：:]{2,30}?)(?:就[^。；;]{2,60}?)?(?:答记者问|回答了?记者的?提问)"
)
# (a Latin name keeps its given name: "翻译｜宏观交易员Ray Caldwell：…")
_HEADLINE_SPEAKER = re.compile(
    r"(?:[|｜]|^【[^】]{2,12}】)\s*(?:[^|｜：:\s]{2,16}\s+(?![A-Za-z]+\s*[：:]))?(?P<who>[^|｜：:\s]{0,16}?[A-Za-z]+\s[A-Za-z]+|[^|｜：:\s]{2,8})\s*[：:]"
)
_PARAGRAPH = re.compile(r"[，,][^\n]*[。！!？?]")  # a body's line of clauses ending a sentence
_NAME_AND_POST = re.compile(r"\s*(?P<who>[^\s（(：:，,。]{2,8})\s*[（(][^）)]{2,40}[）)]\s*$")
# ... or of the post and then the name, apart by a space ("某某协会副会长　X" under a speech's title), not an item
# of a list after another's end ("公司出席：…CEO X；CFO Y；IR负责人 Z")
_LISTED = ("；", ";", "、", "，", ",")
_POST_AND_NAME = re.compile(
    rf"\s*(?P<post>[^\s（(：:，,。]{{2,30}})[ \t　]+(?P<who>[{HAN}]{{2,4}}?)(?:先生|女士|小姐|博士|教授)?\s*$"
)
# a speaker introducing themself ("大家好，我是…投资总监方嘉欣"; Cantonese 我係 reads 我系)
_SELF_INTRODUCED = re.compile(
    r"^\s*(?:哈啰|哈喽|嗨|hello|hi)?[，,！!\s]*(?:(?:大家好|各位好|各位观众|你好|您好)[，,！!\s]*){0,2}我(?:是|系|叫)"
    r"(?P<who>[^，,。；;！!？?\s]{2,30})"
)


# the sources a written text drew on ("本简报基于公开资料、对十余位业界人士的访谈以及…")
_DRAWN_ON = re.compile(r"(?:基于|通过|结合|综合)[^。；;！？!?]{0,40}?(?:访谈|采访|调研|交流)")


# a head's line describing who answers ("专家背景：某头部变压器企业前销售总监"): an anonymous source when the
# description is indefinite
_GUEST_DESCRIBED = re.compile(r"\s*(?:专家|嘉宾|受访者|访谈对象)(?:背景|介绍|简介|身份)[：:](?P<who>.+)")
_NAME_FIRST = re.compile(r"(?P<name>[^\s，,、：:]{2,20})[，,]")  # a role's description led by a name and a comma


def cast(simplified: str) -> dict[str, str]:
    """The names a transcript's head gives its roles ("主持人：刘思远　嘉宾：…许嘉文" ->
    question: 刘思远, answer: 许嘉文): the last name in each role's description."""
    found: dict[str, str] = {}
    window = simplified[: int(rules().data["transcript_window"])]
    for line in window.splitlines()[: HEAD_LINES + 2]:
        if (described := _GUEST_DESCRIBED.match(line)) and rules().indefinite_inside.search(described["who"]):
            found.setdefault(ANSWER, UNNAMED)
            continue
        # a role with its person in brackets ("主持人（记者 沈若岚）：")
        if turn_rules().aside_label.match(line) and (turn := turn_of(line)) and turn.role and turn.name:
            found.setdefault(turn.role, turn.name)
            continue
        pieces: list[str] = []
        for piece in re.split(r"[\s　|｜/]+", line):
            # a piece with no label goes on with the role before it ("嘉宾：…首席分析师 贺立群"), a field not (时间：…)
            if pieces and turn_of(piece) is None and not re.match(r"[^\s：:]{1,6}[：:]", piece):
                pieces[-1] += " " + piece
            else:
                pieces.append(piece)
        for piece in pieces:
            turn = turn_of(piece)
            if turn is None or turn.role is None or turn.role in found:
                continue
            description = re.sub(r"[（(][^）)]*[）)]$", "", piece[turn.end :].strip())  # its note in brackets
            if (lead := _NAME_FIRST.match(description)) and rules().person.fullmatch(lead["name"]):
                found[turn.role] = lead["name"]  # a name, then who they are ("梁启衡，某评级机构前董事总经理")
                continue
            if turn.role == ANSWER and rules().indefinite_inside.search(description):
                found[turn.role] = UNNAMED  # a guest the minutes do not name ("某厂商前产品总监")
                continue
            # a role given several names holds no one person: co-hosts each speak their own views ("主播：周屹 / 林夏")
            # ... each perhaps with a note ("主播：何川（前交易员）、乔安（从业者）")
            bare = re.sub(r"[（(][^）)]*[）)]", "", description)
            # ... but a name and a title after it is one person ("韩立衡 教授")
            names = [n for n in re.split(r"[\s、，,/／]+", bare) if not rules().trailing_title.fullmatch(n)]
            if len(names) > 1 and all(map(_SHORT_NAME.fullmatch, names)):
                continue
            # a role given a short name and nothing else names its person, a nickname too ("主持人：小安")
            if _SHORT_NAME.fullmatch(description):
                found[turn.role] = description
                continue
            # words spoken after the role ("基金经理人：别只看辉达，要看谁在付帐单") describe no one
            if not re.search(r"[，,。！!？?]", description) and (name := tail_name(untitled(description))):
                found[turn.role] = name
    return found


def numbered_speakers(simplified: str) -> dict[str, tuple[str, str | None]]:
    """The names the head of a transcript made by machine gives its numbered speakers ("说话人1：阿Ken（主播）；
    说话人2：王立（嘉宾）" -> 说话人1: (阿Ken, question), 说话人2: (王立, answer)), keyed by term_key of the label."""
    r = turn_rules()
    found: dict[str, tuple[str, str | None]] = {}
    for match in r.numbered.finditer(simplified[: int(rules().data["transcript_window"])]):
        note = (match["post"] or "") + (match["note"] or "")
        role = next((role for word, role in r.roles.items() if len(word) > 1 and word in note), None)
        found[lexicons.term_key(match["label"])] = (match["name"], role)
    return found


def _nickname(introduced: re.Match) -> str | None:
    """A speaker who introduces themself by a short name that is no word ("我是阿伦"), else None."""
    who = introduced["who"]
    own = introduced.re is _SELF_INTRODUCED and _SHORT_NAME.fullmatch(who) and not common_word(who)
    return who if own and not rules().trailing_title.search(who) else None


def untitled(who: str) -> str:
    """A description without the title or form of address after its name ("郑嘉文博士" -> 郑嘉文)."""
    who = rules().trailing_title.sub("", who)
    honorific = honorific_of(who) or ""
    return who[: len(who) - len(honorific)] if len(who) - len(honorific) > 1 else who  # 王博士 stays whole


def _interviewee(who: str) -> str | None:
    """The name ending a guest's description: a Chinese one, or a Latin one after its title ("首席执行官Thomas
    Whitaker")."""
    titled = rules().titled.search(who)
    return tail_name(untitled(who)) or (titled["name"] if titled and titled["name"].isascii() else None)


def designated_speaker(simplified: str, author: str | None = None) -> str | None:
    """The person whose words a transcript or talk is: its guest, or one introduced at its top
    ("X 系…首席经济学家…以下是直播文字稿"), else its byline when that is a person's name."""
    r = turn_rules()
    window = simplified[: int(rules().data["transcript_window"])]
    # a word of talk in the sources a text drew on ("基于…对业界人士的访谈") makes no transcript of it
    drawn = [found.span() for found in _DRAWN_ON.finditer(window)]
    if all(any(a <= m.start() < b for a, b in drawn) for m in r.markers.finditer(window)):
        return None
    if guest := cast(simplified).get(ANSWER):
        return guest
    for index, line in enumerate(window.splitlines()[:HEAD_LINES]):
        turn = turn_of(line)
        if turn is not None and (turn.role == QUESTION or (index and turn.name)):
            continue  # the host asks; a turn below the headline ("Ellison：…") introduces no one
        match = re.match(rf"\s*(?P<name>[^{BOUNDARY}\s]{{2,20}}?)(?:{r.introduces})", line)
        if match and (name := speaker_name(match.group("name"))) and rules().person.match(name):
            return name
        if (excerpt := _EXCERPT_OF.search(line)) and (firm := rules().firm.match(excerpt["who"])):
            return firm["firm"]  # the firm whose report it is, however the report is described after its name
        if (source := _TRANSLATED_FROM.search(line)) and (firm := _source_firm(source["who"])):
            return firm
        if (press := _ANSWERS_PRESS.search(line)) and (  # the body whose official answers, if no one is named
            name := speaker_name(rules().trailing_title.sub("", press["who"])) or speaker_name(press["who"])
        ):
            return name
        if (headline := _INTERVIEW_HEADLINE.match(line) or _TALKS_ABOUT.search(line)) and (
            (titled := rules().titled.search(headline["who"])) and titled_name(titled["name"])
        ):
            return titled["name"].strip()  # a family name the list lacks is a name all the same after its title
        # a headline naming whom it interviews ("——专访远川能源研究院院长石景川")
        if (match := _INTERVIEWED.search(line) or _SELF_INTRODUCED.match(line) or _TALK_OF.search(line)) and (
            name := tail_name(untitled(match.group("who"))) or _nickname(match)
        ):
            return name
    # ... or, below a video's head of title, fields and cues, the first words spoken introducing their speaker
    for line in window.splitlines()[HEAD_LINES:]:
        if (match := _SELF_INTRODUCED.match(line)) and (name := tail_name(untitled(match["who"])) or _nickname(match)):
            return name
    # a headline naming who speaks before its colon ("路演纪要 | 某某基金 X：…"), or a line of name and post alone
    lines = [line for line in window.splitlines() if line.strip()]
    alone = [line for at, line in enumerate(lines) if not (at and lines[at - 1].rstrip().endswith(_LISTED))]
    heads = [_HEADLINE_SPEAKER.search(line) for line in lines[:1]] + [_NAME_AND_POST.match(line) for line in alone]
    posts = (_POST_AND_NAME.match(line) for line in alone)
    heads += [found for found in posts if found and rules().trailing_title.search(found["post"])]
    for match in filter(None, heads):
        name = speaker_name(match["who"])
        # in the headline, a family name the list lacks names someone all the same ("【演讲实录】启衡资本褚明涛：…")
        if name and (rules().person.match(name) or (match.re is _HEADLINE_SPEAKER and unknown_han_name(name))):
            return name
    # a lead below the headline naming whom the paper interviews ("本报专访…行政总裁X，谈…"), or the guest a host
    # invites ("今日请咗…投资总监X同我哋倾下")
    interviewed = (
        _interviewee(match["who"])
        for line in lines
        if (match := _INTERVIEWED.search(line) or _GUEST_INVITED.search(line))
    )
    if name := next(filter(None, interviewed), None):
        return name
    # ... else its byline, when its head says it is a talk (not a column's mention of one: "在讲座上问我最多的问题")
    byline = to_simplified(author or "").strip()
    talk = r.markers.search(window[: (body.start() if (body := _PARAGRAPH.search(window)) else None)])
    return byline if byline and talk and rules().person.match(byline) else None


# a title and a name in a head's list of who attends ("主席：董事長 王志遠", "出席：董事長 陳國棟、財務長 林淑芬")
_TITLE_AND_NAME = re.compile(rf"(?P<title>[{HAN}]{{2,8}})[ \t　]+(?P<name>[{HAN}]{{2,4}})(?=[、，,；;\s]|$)")


_LIST_PIECE = re.compile(r"[：:，,、；;\s]+")  # a head's list split into its items ("董事、总经理陆海涛")
_ITEM = re.compile(r"[；;，,\n]")  # a head's list split into its people
_JOINT = re.compile(r"兼|及")  # one person's titles joined ("董事会主席兼执行董事")
_ADDRESS = re.compile(r"(?:先生|女士|小姐)$")  # a form of address after the name ("黎志衡先生")
_NOTE = re.compile(r"[（(][^）)]*[）)]")  # a note in brackets ("X先生（大会主席）")


def titled_names(head: str) -> dict[str, tuple[str, None]]:
    """The people a transcript's head names after their title, keyed by the title: a turn labelled with the title
    alone ("董事長回覆：") is theirs. The title may run into the name in a list ("董事长宋启明，董事会秘书冯若澜");
    each of joined titles is theirs, and so is its role's word alone ("董事会主席兼执行董事X": 主席), unless it is
    two people's ("执行董事")."""
    pairs = [(found["title"], found["name"]) for found in _TITLE_AND_NAME.finditer(head)]
    for piece in map(lambda piece: _NOTE.sub("", piece), _LIST_PIECE.split(head)):
        if (titled := rules().titled.search(piece)) and (name := _ADDRESS.sub("", titled["name"].strip())):
            pairs.append((piece[: titled.start("name")].strip(), name))
    # titles before the last one and its name in an item of the list are the same person's ("副行长、…局长 X")
    for item in _ITEM.split(head):
        *before, last = item.split("、")
        holder = next((name for title, name in pairs if title and item.endswith(name) and title in last), None)
        titles = [title.strip() for title in before if rules().trailing_title.fullmatch(title.strip())]
        pairs += [(title, holder) for title in titles if holder]
    found: dict[str, set[str]] = {}
    ending: dict[str, set[str]] = {}  # a title's ending that is a title (主席 of 董事会主席), the full titles first
    for title, name in pairs:
        if not (rules().trailing_title.search(title) and rules().person.fullmatch(name)):
            continue
        for part in {title, *_JOINT.split(title)}:
            found.setdefault(lexicons.term_key(part), set()).add(name)
            for role in (part[at:] for at in range(1, len(part) - 1) if rules().trailing_title.fullmatch(part[at:])):
                ending.setdefault(lexicons.term_key(role), set()).add(name)
    found = {**{k: v for k, v in ending.items() if k not in found}, **found}
    return {title: (next(iter(names)), None) for title, names in found.items() if len(names) == 1}


def _source_firm(who: str) -> str | None:
    """The firm whose report a translation is: by the short name the head defines for it, else its name."""
    if short := defined_short_names(who):
        return short[0]
    firm = rules().firm.match(who)
    return firm["firm"] if firm else None


# a head's line naming who holds a role ("经理人：林品蓉", "分析师：陈浩然 CFA"): the role alone means them
HOLDER = re.compile(r"\s*(?P<role>[^：:，,。\s]{2,8})[：:]\s*(?P<name>[^\s，,。；;｜|（(]{2,16})")
_LISTED_AFTER = re.compile(r"\s*(?:[（(][^）)]*[）)])?\s*(?:$|[、，,；;]|和|及)")
_CAST_LINE = re.compile(rf"{HOLDER.pattern}\s*(?:[（(][^）)]*[）)])?\s*")


def cast_lines(sentences: list[Sentence], known: frozenset[str]) -> dict[str, str]:
    """A head's line of a role and the one person in it ("客户经理：林浩朗（工号…）"), when lines below open with
    that role ("[10:15] 客户经理：…"): the role's turns are that person's. A role the head gives several people
    (a digest's 分析师：X, …, 分析师：Y) names none of them."""
    cast: dict[str, list[str]] = {}
    for sentence in sentences[:12]:
        if (line := _CAST_LINE.fullmatch(sentence.text_simplified)) and (name := person(line["name"], known)):
            cast.setdefault(line["role"], []).append(name)
    below = [s.text_simplified for s in sentences if not _names_after_label(s.text_simplified, known)]
    opens = {role: re.compile(rf"(?:{TIMESTAMP.pattern})?[^：:]{{0,12}}?{re.escape(role)}\s*[：:]") for role in cast}
    return {
        lexicons.term_key(role): names[0]
        for role, names in cast.items()
        if len(names) == 1 and any(opens[role].match(said) for said in below)
    }


def _names_after_label(line: str, known: frozenset[str]) -> bool:
    """Whether a line is a role and whom it names, one or a list ("分析师：X（…）、Y（…）"), no words spoken."""
    return bool((held := HOLDER.match(line)) and person(held["name"], known) and _LISTED_AFTER.match(line, held.end()))
