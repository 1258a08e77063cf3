"""The names a turn's label may hold: a person or firm it names ("许嘉文：", "某某证券："), not an asset, an
industry, a role or a rating ("白银：", "光伏：", "理专：", "韩国（超配）："),
the name ending a guest's description ("宏观研究者许嘉文"), and whom a label of a short name or a title means: a short
name a head gives someone ("专家"), a title the head gave a name, a foreign name's last part ("萨瑟兰理事")."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicons
from .entities import things
from .name_shapes import addressed, family_nickname, honorific_of
from .speaker_names import is_organisation, speaker_name
from .speaker_rules import DOTTED_NAME, HAN, rules
from .stance_rules import rules as stance_rules

MAX_TAIL_NAME = 4  # a name ending a guest's description ("宏观研究者许嘉文")
# a Reddit user ("u/MacroMaple"), named so by the forum; a shop's or an app's user, masked ("j***8", "小***猫", "王***")
_FORUM_USER = re.compile(r"u/[A-Za-z0-9_-]{3,20}|[^\s*：:，,。]{1,4}\*{2,4}[^\s*：:，,。]{0,4}")
# an English compound word, capitalised to head a list's line ("Cross-border：", "Buy-side："); a name's parts after
# a hyphen are capitalised when it stands alone (Jean-Pierre)
_ENGLISH_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")


def person(phrase: str, known: frozenset[str]) -> str | None:
    if lexicons.term_key(phrase) in known or _FORUM_USER.fullmatch(phrase) or addressed(phrase):
        return phrase
    if lexicons.term_key(phrase) in _chat_parties():
        return phrase  # the two sides of a saved chat with an assistant ("用户：", "助手：")
    # a label naming an asset, index, product, region or industry heads a list's line ("白银：波动较大", "光伏：…"),
    # not a turn, nor does an English label ("Risk："); a role is no name either, though it open with a family name
    # ("理专：…")
    key = lexicons.term_key(phrase)
    if _ENGLISH_COMPOUND.fullmatch(phrase) or key in things() or key in _industries() or key in _english_labels():
        return None
    if rules().generic_role.fullmatch(phrase):
        return None
    if family_nickname(phrase):
        return phrase  # a label's nickname ("老周："), a person whatever the tagger makes of the word
    return None if _rating(phrase) else speaker_name(phrase)


def _rating(phrase: str) -> bool:
    """Advice's word alone (超配, 增持: jieba's rare verbs of a family name's shape) is a rating, no one."""
    return any(found[:2] == (0, len(phrase)) for found in stance_rules().actions.finditer(phrase, 0, len(phrase)))


@lru_cache(maxsize=1)
def _chat_parties() -> frozenset[str]:
    parties = lexicons.terms(rules().data["chat_parties"], "speakers.chat_parties")
    return frozenset(lexicons.term_key(w) for w in parties)


@lru_cache(maxsize=1)
def _english_labels() -> frozenset[str]:
    labels = lexicons.terms(rules().data["english_labels"], "speakers.english_labels")
    return frozenset(lexicons.term_key(w) for w in labels)


@lru_cache(maxsize=1)
def _industries() -> frozenset[str]:
    return frozenset(lexicons.term_key(w) for w in lexicons.terms(rules().data["industries"], "speakers.industries"))


def role_word(label: str, ranked: tuple[str, ...]) -> str:
    """The longest role a label opens with ("嘉宾", "Q", "A"); a Latin letter glued to more of them opens a word, no
    role ("AI：", "Apple：")."""
    return next((w for w in ranked if label.startswith(w) and not (w.isascii() and _LATIN.match(label, len(w)))), "")


_LATIN = re.compile(r"[A-Za-z]")


def tail_name(description: str) -> str | None:
    """The name ending a person's description ("宏观研究者许嘉文" -> 许嘉文)."""
    return next(
        (
            description[-k:]
            for k in range(2, MAX_TAIL_NAME + 1)
            # a Chinese name only: a letter's nickname ends a handle (财经老K), it is not the whole name
            if len(description) >= k and rules().person.fullmatch(description[-k:]) and not description[-1].isascii()
        ),
        None,
    )


_TAG = re.compile(r"[【\[][^】\]]{1,12}[】\]]\s*")  # a group's brand before a sender's name ("【某投顾】")


def sender(field: str, known: frozenset[str]) -> str:
    """The name a chat's sender field gives: a person's without the brand and the form of address around it
    ("【某投顾】林鸿升老师" -> 林鸿升), else the field as shown ("Wendy王")."""
    shown = _TAG.sub("", field).strip() or field.strip()
    bare = re.sub(r"老师$", "", shown)
    return person(bare, known) or tail_name(bare) or shown


def role_holder(phrase: str, known: frozenset[str]) -> str | None:
    """Who holds a role named after them ("恒拓科技董秘回答：" -> 恒拓科技董秘). The company a filing
    speaks for ("公司回复：", "本公司答复：") is its author, and a bare kind of firm names no one."""
    if not phrase or rules().first_person.fullmatch(phrase) or rules().bare_firm.fullmatch(phrase):
        return None
    if phrase in rules().data["role_modifiers"]:  # what kind of guest ("客座讲者："), not who
        return None
    # a description and a name ("专栏作家 吴佩珊"), else the holder as written ("恒拓科技董秘")
    last = phrase.rpartition(" ")[2]  # a description and a handle ("发文者 u/QuietCompounder")
    return person(phrase, known) or (person(last, known) or tail_name(phrase) if " " in phrase else None) or phrase


# a part of a song or a show, in English, before its performer ("Verse 1", "Hook"), not a credit ("Source", "Photo")
_PART = re.compile(
    r"(?!(?:source|via|by|from|credits?|photos?|editor|reporter|translat)\b)[A-Za-z][A-Za-z \-]{1,20}\d{0,2}\s*", re.I
)


def bracketed_name(label: str, known: frozenset[str]) -> str | None:
    """Who a bracketed label names: itself, or the person after its fund or firm and a bar ("远川成长混合｜韩默"),
    after the part of a song they perform and a colon ("Verse 1：阿峰"), or after the sector they cover and a space
    ("电新 王皓宇")."""
    # (after a colon, only a part's name in English: a credit's word is no part, "【责编：X】")
    parts = [b for b in "｜|" if b in label]
    parts += [b for b in "：:" if b in label and _PART.fullmatch(label.partition(b)[0])]
    fund, bar, name = label.rpartition(next(iter(parts), " "))
    # after a bar, a person's shape of a name, perhaps with a title ("策展人录音｜区慕贤博士"): a column's name there
    # is no one ("【某投顾｜周报速递】")
    name = titled_holder(name.strip()) or name.strip() if bar else name.strip()
    shaped = rules().person.fullmatch(name) or lexicons.term_key(name) in known or bar in ("：", ":")
    named = person(label, known) or (person(name, known) if bar and fund.strip() and shaped else None)
    return named or bulletin(label) or lettered(label)  # ... or one of the people it letters ("【提问者A】")


# a house's bulletin named in brackets, its firm first ("東瀚銀行 每周市場觀點 5/12", "某某证券 晨报")
_BULLETIN = re.compile(
    r"(?P<firm>[^\s｜|]{2,16})\s+\S{0,6}?(?:观点|快讯|周报|日报|晨报|晨讯|月报|点评|早报|策略|展望|速递|视点|简报|要闻)"
)


def bulletin(label: str) -> str | None:
    """The firm whose bulletin a bracketed label names, if it names a firm."""
    found = _BULLETIN.match(label.strip())
    return found["firm"] if found and is_organisation(found["firm"]) else None


# a line naming someone and the short name they go by ("特邀专家：X，某机构前董事总经理（以下简称“专家”）",
# "讲者：某公司协理 X（以下简称萧协理）"), or the letter a script's head gives them ("逗哏：马乐天（下称甲）")
_ABBREVIATED = re.compile(
    r"(?:^|[：:\s])(?P<who>[^，,（(：:\s]{2,20})[，,（(][^\n]*?(?:以下简称|以下称|下称|简称)"
    r"(?:[“\"「『](?P<short>[^”\"」』]{1,8})[”\"」』]|(?P<bare>[^”\"」』）)，,\s]{1,4})(?=[）)]))",
    re.M,
)


def abbreviated(text: str) -> dict[str, str]:
    """The people a text names with the short name they then go by, keyed by that short name: "专家：" is X's when
    the head names X first, and "萧协理说" X's after "讲者：某公司协理 X（以下简称萧协理）"; an anonymous one
    (某…前产品总监) or a company keeps its label."""
    return {
        lexicons.term_key(found["short"] or found["bare"]): found["who"]
        for found in _ABBREVIATED.finditer(text)
        if rules().person.fullmatch(found["who"])
    }


_DOTTED = re.compile(DOTTED_NAME)


def foreign_names(sentences) -> dict[str, str]:
    """The foreign names a text writes whole in Chinese characters ("琳恩·萨瑟兰"), keyed by their last part: a label
    of that part and a title ("萨瑟兰理事：") is theirs. A title run into the name is left out ("理事琳恩·萨瑟兰")."""
    found: dict[str, str] = {}
    for sentence in sentences:
        for name in _DOTTED.findall(sentence.text_simplified):
            whole = titled["name"] if (titled := rules().titled.search(name)) else name
            found.setdefault(lexicons.term_key(re.split(r"[·・]", whole)[-1]), whole)
    return found


def label_holder(label: str, titles: dict[str, str], foreign: dict[str, str], named: str | None) -> str | None:
    """Whom a label of a title names where its turn names no one (``named`` None): the holder of a title the head
    gave a name, a note after it ("投资策略师（电话加入）："), or the foreign name written whole elsewhere whose last
    part the title goes with ("萨瑟兰理事：", "主席布兰肯希普：")."""
    if named is not None:
        return None
    if (title := lexicons.term_key(label.strip())) in titles:
        return titles[title]
    titled = rules().titled.search(label)
    return foreign.get(lexicons.term_key(titled["name"] if titled else rules().trailing_title.sub("", label).strip()))


# a ballot's or a contest's number before a name ("1号 林奕辰候选人", "3号选手")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*号\s*")


def titled_holder(label: str) -> str | None:
    """A full name glued to the title or form of address after it, perhaps after its number ("林奕辰教授", "伍嘉欣博士",
    "1号 林奕辰候选人"): the name. A title is no name (person() turns down "林奕辰教授" as a role), nor a family name
    alone before it (郑候选人)."""
    bare = _NUMBERED.sub("", label).strip()
    form = honorific_of(bare)
    untitled = bare[: -len(form)] if form else rules().trailing_title.sub("", bare).strip()
    return untitled if untitled != bare and rules().person.fullmatch(untitled) else None


@lru_cache(maxsize=1)
def _lettered() -> re.Pattern:
    kinds = lexicons.alternation(lexicons.terms(rules().data["lettered_people"], "speakers.lettered_people"))
    return re.compile(rf"(?:{kinds})(?:[A-Z]|[甲乙丙丁]|\d{{1,4}})")


# a Latin given name, perhaps with the family name, glued before or after a Chinese full name, as Hong Kong and Taiwan
# chats and memos show people ("Vicky林佩璇", "麦家轩 Jason Mak"), perhaps after their post and a space
_ENGLISH_NAME = r"[A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11})?"
_NICKNAMED = re.compile(
    rf"(?:[^\s：:]{{2,16}}\s+)?(?:{_ENGLISH_NAME}\s?(?P<before>[{HAN}]{{2,4}})|(?P<after>[{HAN}]{{2,4}})\s?{_ENGLISH_NAME})"
)


def nicknamed(label: str) -> str | None:
    """A person shown by their English name and their Chinese name, perhaps after their post ("Vicky林佩璇",
    "企业银行部主管 麦家轩 Jason Mak"): the Chinese name. A family name alone with it is an address ("Wendy王")."""
    found = _NICKNAMED.fullmatch(label.strip())
    name = found and (found["before"] or found["after"])
    return name if name and rules().person.fullmatch(name) and person(name, frozenset()) else None


def lettered(label: str | None) -> str | None:
    """A kind of people and the letter or number a label tells one apart by ("面试官A", "访客1234"): the label."""
    return label if label and _lettered().fullmatch(label) else None


_TICKER = re.compile(r"(?:\d{4,6}|[A-Z]{1,5})(?:\.[A-Z]{1,2})?")  # a stock's code (00700, 2330.TW, NVDA)
_FULL_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+")


def stock_pick(head: str, note: str) -> bool:
    """A label's head and bracketed note are a stock, its code and perhaps the house's rating, as a line of picks gives
    them ("騰訊（00700）", "Terawatt Data（TRWD，买入）"); a person's full name before their post is theirs ("Kelvin Lau
    (RM)")."""
    code, *rating = re.split(r"\s*[，,、/｜|]\s*", note)
    if not _TICKER.fullmatch(code) or len(rating) > 1:
        return False
    return rating[0] in rules().data["pick_ratings"] if rating else not _FULL_LATIN_NAME.fullmatch(head)
