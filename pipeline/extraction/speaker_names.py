"""Names in frames: whether a phrase names a speaker (a titled person, an organisation, a bare name), the
firm a speaker's name opens with, and the ending an organisation is meant by later."""

from __future__ import annotations

import re
from functools import lru_cache

import jieba

from . import lexicons
from .name_shapes import COMMON_WORD, FORMS_OF_ADDRESS, HAN_NAME, common_word, dotted_words, has_predicate
from .name_shapes import NOUN_TAGS, titled_name, unknown_han_name
from .segmenting import tagged_words
from .speaker_rules import HAN, rules

_BRAND = re.compile(r"[\u4e00-\u9fff]{2}")  # a firm's two-character brand
# a publication under its title marks, with at most its country before it ("《金融时报》", "英国《金融时报》")
_PUBLICATION = re.compile(r"[^《》，,。]{0,4}《[^《》]{1,20}》")
_DENIED = re.compile(r"(?:不是|并非|并不|不|没有|没|非)")
# a count of things, not of people or firms ("两座燃气机组预计明年并网": the units are what is expected)
_COUNTED_THINGS = re.compile(r"(?:[一两二三四五六七八九十几数多]|\d{1,3})[座台条项只批笔款架艘辆套栋块片]")
_ADDRESS = re.compile(rf"(?<=[{HAN}]{{2}})(?:{FORMS_OF_ADDRESS})$")
_TOPIC_THEN_I = re.compile(r".+?(?:我|我们|我哋|本人|笔者)")
# the last character of a measure's, a level's or a column's name (股息率, 成交额, 估值, 止损价, 支撑位, 铜价周评)
_NOT_NAME_ENDS = "率额值评价位间"
_JOINING = ("p", "u")  # a preposition or a particle opens a clause; no firm's name holds one (和 may: 发展和改革委员会)
MAX_FIRMS_PERSON = 4  # characters of a Chinese name after its firm (a longer rest is a department or a phrase)
MIN_BRAND, MAX_BRAND = 2, 4  # characters of a firm's name before its ending that can stand for it (华泰 of 华泰证券)
SHORT_FORM = 3  # characters of an organisation's ending that can stand for it (研究处, 委员会; not 银行)


@lru_cache(maxsize=1)
def _horizons() -> frozenset[str]:
    return frozenset(lexicons.terms(lexicons.load("claims")["horizons"], "claims.horizons"))


def speaker_name(phrase: str) -> str | None:
    """The speaker a noun phrase names, if it has the shape of a name: a titled person
    ("首席策略师 John Smith" -> "John Smith"), an organisation with or without a title
    ("某某证券", "微软CEO"), a bare person's name; else None."""
    r = rules()
    phrase = phrase.strip()
    if _DENIED.match(phrase) or _COUNTED_THINGS.match(phrase):  # a denial is no name ("不是投资" before 建议)
        return None
    if dotted_words(phrase):  # a section's topic and its part ("能源·原油"), no foreign name
        return None
    if phrase in _horizons():  # a horizon before a kept view ("中长期维持逢低做多思路") is no one
        return None
    if _TOPIC_THEN_I.fullmatch(phrase):  # a topic and then the speaker ("黄金我也看好"): 我 speaks
        return None
    titled = r.titled.search(phrase)
    while titled and not titled_name(titled["name"]) and (later := r.titled.search(phrase, titled.start() + 1)):
        titled = later  # a title inside an organisation's name (委员会委员X: 委员 twice) is none
    if titled and titled_name(titled.group("name")):
        name, family = titled.group("name").strip(), phrase[: titled.start()]
        # a record's style: the family name, the title, then the given name ("郭部长文彬", "邱委员志明")
        held = r.family.match(family + name) if family and len(name) <= 2 else None
        return family + name if held and held.end() == len(family) else name
    if is_organisation(phrase) or _PUBLICATION.fullmatch(phrase):
        return phrase
    # a person's name and then their title, as Taiwan writes it ("郭承叡经理", "林孟泽协理"), or a form of address
    # after a full name ("区卓凡先生"): the name, not a role
    untitled = _ADDRESS.sub("", r.trailing_title.sub("", phrase))
    if untitled != phrase and r.person.fullmatch(untitled) and r.family.match(untitled) and not common_word(untitled):
        return untitled
    kind = r.firm_kind.match(phrase)
    if kind and (
        is_organisation(kind["name"]) or not (has_predicate(kind["name"]) or r.generic_role.match(kind["name"]))
    ):
        return kind["name"].strip()
    if phrase[-1:] in _NOT_NAME_ENDS:
        return None  # a measure or a column, not a person of that family name (毛利率, 股息率亦较高, 铜价周评)
    if (person := firms_person(phrase)) is not None:
        return person
    return phrase if _bare_name(phrase) else None


def _bare_name(phrase: str) -> bool:
    # nor a noun and a verb after it (黄金可 of "黄金可作为…的工具"), though a name may open with a word (周一鸣), nor
    # two nouns of two characters (储能温控: a business's line)
    tags = [tag for _, tag in tagged_words(phrase)] if len(phrase) in (3, 4) else []
    worded = len(tags) == 2 and tags[0] == "n" and tags[1].startswith("v") and len(phrase) == 3
    if len(phrase) == 4 and len(tags) == 2 and all(tag in NOUN_TAGS for tag in tags):
        return False
    return bool((rules().person.match(phrase) and not common_word(phrase) and not worded) or unknown_han_name(phrase))


def firms_person(phrase: str) -> str | None:
    """The person named after their firm with no title between ("中信证券张明", "启衡资本的褚明涛" -> the name),
    else None."""
    firm = rules().firm.match(phrase)
    person = phrase[firm.end() :].removeprefix("的").strip() if firm else ""
    if not HAN_NAME.fullmatch(person) or len(person) > MAX_FIRMS_PERSON:
        return None  # a Latin rest is a title or a desk (公司CEO, 证券固收 are no one's names)
    listed = rules().person.fullmatch(person) and not common_word(person)  # a family name of the list
    return person if listed or (len(person) > 2 and unknown_han_name(person)) else None


def short_form(name: str) -> str | None:
    """The ending by which an organisation named in full is meant later ("泰丰金控经济研究处" -> 研究处, as in
    "研究处认为"), when that ending names a department (three characters or more), not any bank or firm."""
    ending = rules().organisation.search(name)
    if ending is None or ending.start() == 0 or len(ending.group()) < SHORT_FORM or rules().trailing_title.search(name):
        return None  # none, the whole name, or a title's (X银行首席经济学家 is a person)
    return ending.group()


def brand(name: str) -> str | None:
    """The name before an organisation's ending, by which it is meant later ("华泰证券" -> 华泰, as in "华泰认为"),
    when it is a rare word of two to four Han characters (not 中国 of 中国银行, 平安 of 平安证券)."""
    ending = rules().organisation.search(name)
    if ending is None or not MIN_BRAND <= ending.start() <= MAX_BRAND or rules().trailing_title.search(name):
        return None
    short = name[: ending.start()]
    jieba.dt.check_initialized()  # the dictionary's frequencies load with it
    rare = jieba.dt.FREQ.get(short, 0) < COMMON_WORD and not common_word(short)
    return short if re.fullmatch(f"[{HAN}]+", short) and rare else None


def short_names(name: str) -> tuple[str | None, str | None]:
    """The names an organisation named in full goes by later: its department's ending and its brand."""
    return short_form(name), brand(name)


def firm_of(speaker: str) -> str | None:
    """The firm a speaker's name opens with ("恒岭银行首席经济师岑子豪" -> 恒岭银行), if it is more than the firm."""
    firm = rules().firm.match(speaker)
    if firm is None or firm.end() >= len(speaker) or rules().pronoun.match(speaker):
        return None  # a pointer opens the name (该行首席投资总监…): its firm is the one pointed back to
    return firm.group("firm")


def pointed_at(speaker: str, pronoun: str | None, firm: str | None) -> str:
    """Whom a pronoun means: a firm's pronoun (该行, 该投顾) the firm of the last speaker who came with
    one; any other, the last speaker."""
    if firm and pronoun and pronoun.startswith("该") and not rules().pointed_role.fullmatch(pronoun):
        return firm
    return speaker


def is_organisation(phrase: str) -> bool:
    """A name with an organisation's ending and no verb; a suffix alone is none ("投资建议": 投资 is the
    advice's kind, not a firm)."""
    organisation = rules().organisation.search(phrase)
    # a title after the organisation is no predicate of it (国家能源局相关负责人), nor is its ending (评级 tags as
    # a verb in 标普全球评级)
    untitled = rules().trailing_title.sub("", phrase)
    if organisation is None or organisation.start() == 0 or "|" in phrase or "｜" in phrase:
        return False  # none, an ending alone, or a heading's parts apart by a bar ("银行｜金融组")
    if _DENIED.match(phrase):
        return False  # what a firm is not ("非研究部观点")
    if organisation.start() == 2 and organisation.group() in _brand_endings() and _BRAND.fullmatch(phrase[:2]):
        return True  # a brand of two characters before a firm's ending (启衡证券)
    ended = organisation.end() >= len(untitled)
    # a department's ending after a firm's name (宏岳投顾研究部: 投 tags as a verb)
    owner = untitled[: organisation.start()]
    words = tagged_words(owner)
    if not any(ch.isalnum() for ch in owner) or any(tag.startswith(_JOINING) for _, tag in words):
        return False  # a mark before a bare ending ("【银行"), or a clause, not a name (据协会, 在投资, X将龙头的评级)
    if words and (words[0][0] in _DISPOSAL or (words[0][1] == "c" and len(words[0][0]) > 1)):
        # what a rating's verb acts on ("并将韩国股票评级维持在超配": 将 tags as an adverb), or a clause a conjunction
        # opens ("再说公司：…", a post's turn to its next topic; 和 of 和黄 is a name's)
        return False
    return not has_predicate(untitled) or (ended and (not has_predicate(owner) or is_organisation(owner)))


_DISPOSAL = ("将", "把")  # the marks of an object put before its verb


@lru_cache(maxsize=1)
def _brand_endings() -> frozenset[str]:
    return frozenset(lexicons.terms(rules().data["brand_endings"], "speakers.brand_endings"))


# a firm's short name defined after its full one ("中衡信用评级有限公司（下称“中衡信评”）", "（以下简称：X）"), or
# only quoted in brackets, as press releases in Hong Kong do ("X有限公司（「X资产」）")
_DEFINED_SHORT = re.compile(
    r"(?P<full>[^\s，,。；;：:（(“”「」]{4,40})[（(](?:(?:以下|下文)?(?:简称|下称|称)[：:]?\s*[“「\"]?|[“「\"])"
    r"(?P<short>[^”」\"）)，,]{2,12})[”」\"]?[）)]"
)


# a firm's name of four characters (a brand, its kind) and its Latin name in brackets ("寒鸦研究（Jackdaw Research）")
_LATIN_NAMED = re.compile(rf"(?P<name>[{HAN}]{{4}})[（(](?P<latin>[A-Z][A-Za-z.&' -]{{2,40}})[）)]")


# a listed company's short name with its stock code, apart from the words before it ("向 昌明医药(603586) 提问")
_LISTED = re.compile(rf"(?<![{HAN}])(?P<name>[{HAN}]{{2,6}})[（(]\d{{4,6}}(?:\.[A-Z]{{2}})?[）)]")


def defined_short_names(simplified: str) -> list[str]:
    """The short names a text defines for the organisations it names in full: the frames that use them
    ("中衡信评表示") name a speaker, though the short name has no organisation's ending. A name with its firm's
    Latin name in brackets ("寒鸦研究（Jackdaw Research）") is a firm too, and so is its brand (寒鸦), and a name
    with its stock code (a question to "昌明医药(603586)" that "昌明医药：" answers)."""
    r = rules()
    shorts = [
        short
        for m in _DEFINED_SHORT.finditer(simplified)
        # the definition says the full name is one: its organisation's ending closes it, whatever tags as a verb
        if (ending := r.organisation.search(m["full"]))
        and ending.end() == len(m["full"])
        and not r.bare_firm.fullmatch(short := m["short"].strip())  # 公司, 本行: the text's own firm
    ]
    for m in _LATIN_NAMED.finditer(simplified):
        if (ending := r.organisation.search(m["latin"].strip())) and ending.end() == len(m["latin"].strip()):
            shorts += [m["name"], m["name"][:2]] if " " in m["latin"].strip() else [m["name"]]
    return shorts + [m["name"] for m in _LISTED.finditer(simplified)]
