"""The shapes of names: whether a phrase is a person's or firm's name the gazetteer has never seen, a
common word of jieba's dictionary, or a clause with a verb (speakers.py reads frames with these); the person a
sentence opens with."""

from __future__ import annotations

from collections.abc import Iterable

import re
from functools import lru_cache

import jieba.posseg

from . import lexicons
from .segmenting import tagged_words
from .speaker_rules import HAN, rules

HAN_NAME = re.compile(rf"[{HAN}]{{2,4}}")
# a programme's time before what is said ("00:03:10 X聊…")
TIME_LEAD = re.compile(r"\s*[\[【(（]?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?\s+")
# a topic's clause before the subject ("谈到产业前景，江承晔完全不掩饰他的乐观")
_TOPIC_FIRST = re.compile(r"\s*(?:谈到|谈及|提到|说到|说起|对于|对|至于|关于|面对|针对)[^，,。；;]{1,16}[，,]\s*")
_HAN_PAIR = re.compile(rf"[{HAN}]{{2}}")
# Pieces this frequent in jieba's dictionary are no part of an unknown name: words (盈利, 市场)
# and single characters (的, 是); rarer ones are (启航 in 温启航, 安 in 梅里安).
COMMON_WORD = 300
COMMON_CHAR = 10000
NOT_IN_NAMES = ("r", "p", "c", "u", "t", "d", "m", "q", "f")


def common_word(phrase: str) -> bool:
    """A frequent word of jieba's dictionary that is no name (黄金 has a surname's shape), or a time word
    however rare (周五 has one too)."""
    jieba.dt.check_initialized()  # the dictionary's frequencies load with it
    tag = jieba.posseg.dt.word_tag_tab.get(phrase)
    return tag is not None and (
        tag == "t"
        or (not tag.startswith(("nr", "nt", "nz", "ns", "j", "eng")) and jieba.dt.FREQ.get(phrase, 0) >= COMMON_WORD)
    )


_NAME_DOT = re.compile("[·・]")
NOUN_TAGS = ("n", "vn", "an")  # jieba's tags of common nouns (金属, 原油): no part of a foreign name


def dotted_words(phrase: str) -> bool:
    """Words a middle dot joins that are common words each ("能源·原油", "贵金属·黄金"), or phrases ending in one
    ("衡川策略·周度观点": a house's series and its title): a topic and its part, not a foreign name's parts
    (杰罗姆·鲍威尔, 大卫·索罗斯: one of them a name)."""
    parts = _NAME_DOT.split(phrase.strip())
    return len(parts) > 1 and all(
        common_word(part) or (len(part) > 1 and jieba.posseg.dt.word_tag_tab.get(part) in NOUN_TAGS) or _worded(part)
        for part in parts
    )


def _worded(part: str) -> bool:
    """A phrase of four characters or more whose words end in a common noun or verb of two (周度观点, 每周观察);
    a Chinese name is shorter (正方·贺季平, 气泡·小韭菜), a transliterated name's pieces end in a name's piece or a
    single character (哈特 内特, 拉加 德)."""
    words = tagged_words(part)
    return len(part) >= 4 and len(words) > 1 and len(words[-1][0]) > 1 and words[-1][1] in (*NOUN_TAGS, "v")


def unknown_han_name(phrase: str) -> bool:
    """Two to four Chinese characters that name someone the gazetteer has never seen (荒井健司,
    温启航): a name or organisation abbreviation by jieba's dictionary (nr, nt, j), or no word
    of it at all, made of rare pieces with no pronoun, time word or function word."""
    if not HAN_NAME.fullmatch(phrase):
        return False
    known = jieba.posseg.dt.word_tag_tab.get(phrase)
    if known is not None:
        return known.startswith(("nr", "nt", "j"))
    return all(
        not tag.startswith(NOT_IN_NAMES)
        and jieba.dt.FREQ.get(word, 0) < (COMMON_CHAR if len(word) == 1 else COMMON_WORD)
        for word, tag in tagged_words(phrase)
    )


def ends_a_name(phrase: str, shorter: str) -> bool:
    """Whether the character an adverb peel took from a titled name was the name's own: the name is
    not a Chinese one without it (李四也表示 is 李四; 杉本和也 is a name of four characters)."""
    r = rules()
    titled, short = r.titled.search(phrase), r.titled.search(shorter)
    return bool(titled and titled_name(titled["name"]) and not (short and r.person.match(short["name"])))


def titled_name(phrase: str) -> bool:
    """Whether the words after a title name someone: a name's shape, an unknown Chinese name, words the
    tagger reads as names only, or, as a title is followed by a name, Chinese characters that open with a
    rare word (杉本和也, whose 和也 are common words alone)."""
    if rules().person.match(phrase) or unknown_han_name(phrase):
        return True
    if "々" in phrase[1:]:  # the mark repeating a character is Japanese: after a title, a name (佐々木美穗)
        return True
    if len(phrase) > 4:  # a Japanese name of five or six characters, by its given name's ending (森田祐二郎)
        return phrase[-1] in _long_name_endings() and not rules().trailing_title.search(phrase)
    if not HAN_NAME.fullmatch(phrase) or rules().trailing_title.search(phrase):
        return False  # no name, or a title after a title (首席策略师)
    words = tagged_words(phrase)
    if all(tag == "nr" for _, tag in words):
        return True  # a transliterated name the tagger reads as names only (哈 马克)
    word, tag = words[0]
    return len(word) > 1 and not tag.startswith(NOT_IN_NAMES) and jieba.dt.FREQ.get(word, 0) < COMMON_WORD


@lru_cache(maxsize=1)
def _long_name_endings() -> frozenset[str]:
    return frozenset(lexicons.terms(rules().data["long_name_endings"], "speakers.long_name_endings"))


def has_predicate(phrase: str) -> bool:
    """Whether a phrase holds a verb, and so is a clause rather than a name."""
    return any(
        tag.startswith("v") and word not in ("研究", "投资", "咨询", "管理", "控股", "评级", "评估")
        for word, tag in tagged_words(phrase)
    )


def called_name(phrase: str) -> bool:
    """A person's name or what friends call them (阿杰, 小林, 老周): how a writer names someone they know."""
    return bool(rules().person.fullmatch(phrase) or _CALLED.fullmatch(phrase)) and not common_word(phrase)


_CALLED = re.compile(rf"[阿小老][{HAN}]{{1,2}}")
_NICK = re.compile(rf"[阿小老][{HAN}]")  # a nickname of a character after 阿, 小 or 老 ("阿凯", "小林")


def honorific_of(name: str) -> str | None:
    """The form of address a name ends with after at least a family name ("王总", "郑嘉文博士"), if any."""
    forms = [h for h in rules().data["honorifics"] if name.endswith(h) and len(name) > len(h)]
    return max(forms, key=len, default=None)  # the longest: 副总裁 of 郭副总裁, not 总裁


def family_nickname(phrase: str) -> bool:
    """老, 小 or 阿 and a family name ("老周", "小陈", "阿黄"): how a chat or a script labels a person, though the
    tagger knows many of them as common words."""
    return phrase[:1] in "阿小老" and bool(rules().surname.fullmatch(phrase[1:]))


def addressed(phrase: str) -> bool:
    """A family name and a form of address alone ("李教授", "欧阳博士"), or a nickname and one ("阿凯老师", "小林经理"):
    a person, though a role ends it."""
    form = honorific_of(phrase)
    return bool(form) and bool(_NICK.fullmatch(phrase[: -len(form)]) or rules().surname.fullmatch(phrase[: -len(form)]))


def by_family_name(names: Iterable[str | None]) -> dict[str, str]:
    """The people a transcript's head names, keyed by their family name alone, which labels their turns ("林：" for
    林志豪)."""
    return {found.group(): name for name in names if name and (found := rules().family.match(name))}


def named_opening(simplified: str) -> str | None:
    """A person a sentence opens with by jieba's tag of its first word, a programme's time or a topic's clause
    before it ("00:03:10 罗子骞聊AI资本开支的回报问题", "谈到前景，江承晔…"): whom a 他 or 在她看来 after it means."""
    lead = TIME_LEAD.match(simplified) or _TOPIC_FIRST.match(simplified)
    words = tagged_words(simplified[lead.end() :] if lead else simplified.lstrip())
    words = words[1:] if words and words[0][1] == "c" else words  # after a conjunction ("但X并不打算改变")
    if not words:
        return None
    (word, tag), given = words[0], words[1][0] if len(words) > 1 else ""
    if tag.startswith("nr") and rules().person.fullmatch(word):
        return word
    # a family name the tagger cut from a given name of two ("邵 启衡"), not from a word (麦 博士)
    cut = tag == "nr" and len(word) == 1 and _HAN_PAIR.fullmatch(given) and not common_word(given)
    return word + given if cut and rules().person.fullmatch(word + given) else None


FORMS_OF_ADDRESS = "先生|女士|小姐"  # after a full name (黎国栋先生); 太太 after a man's name is his wife
# ... and a teacher's, a doctor's, a lawmaker's (刘卓谦议员)
_ADDRESS = re.compile(f"{FORMS_OF_ADDRESS}|老师|师傅|博士|教授|议员|委员")


def addressed_names(simplified: str) -> set[str]:
    """The full names a sentence gives with a form of address after them ("持有人 黎国栋先生", "叶郑美仪女士": a
    married woman's two family names, "李淑萍老师"): whom "黎先生", "叶女士" and "李老师" later mean."""
    found, r = set(), rules()
    for m in _ADDRESS.finditer(simplified):
        before = simplified[max(0, m.start() - 4) : m.start()]
        married = len(before) == 4 and r.surname.fullmatch(before[:1]) and r.family.match(before[1:])
        name = before if married else next((before[-n:] for n in (4, 3) if r.family.match(before[-n:])), None)
        if name and not common_word(name):
            found.add(name)
    return found


# what someone does before a colon and the quotation that follows ("林雪摇摇头：“…”", "顾怀瑾答得干脆：“…”")
_ACTS_THEN_QUOTES = re.compile(r"(?P<act>[^\s，,。；;：:“”「」]{1,10})[：:]\s*[“「『]")
_COLON_QUOTES = re.compile(r"[：:]\s*[“「『]")
MAX_ACTING = 24  # characters of a name, what they do and the colon before a quotation ("钱大为把杯子一顿：")


def acting_before_quotation(simplified: str, known: frozenset[str], cues: re.Pattern) -> tuple[str, int, int] | None:
    """(name, start, end) of a person who opens a sentence and does something before a colon and a quotation, with
    no verb of speech (``cues``) between: the quotation, which begins at ``end``, is theirs."""
    text = simplified.lstrip()
    if not _COLON_QUOTES.search(text, 0, MAX_ACTING):
        return None  # most sentences: no name is looked for (the tagger's reading is the cost)
    name = named_opening(text) or next((n for n in known if len(n) > 1 and text.startswith(n)), None)
    if name and (acted := _ACTS_THEN_QUOTES.match(text, len(name))) and not cues.search(acted["act"]):
        offset = len(simplified) - len(text)
        return name, offset, offset + acted.end() - 1
    return None


def untimed(simplified: str) -> str:
    """A line without the time a transcript or a live blog opens it with ("[02:15] ", "09:30 ")."""
    return TIME_LEAD.sub("", simplified, count=1)
