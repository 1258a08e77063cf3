"""Who says a sentence of an article: a speaker's frame, the speaker a quotation or a pronoun goes on with,
a turn's voice, else the designated speaker or the article's own voice (claims.py asks, sentence by sentence)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import claim_kinds, dialogue, lexicons, speaker_names, speakers, turn_labels
from .claim_units import QUOTE_CLOSES, QUOTE_OPENS, Unit
from .name_shapes import addressed_names, has_predicate, honorific_of, tagged_words
from .records import Sentence
from .sentence_roles import goes_on_from_last, sets_against_last
from .speaker_rules import HAN

AUTHOR, UNNAMED = turn_labels.AUTHOR, turn_labels.UNNAMED
MAX_MENTIONED = 4  # characters after a title that may hold a name
_HAN_NAME_START = re.compile(f"[{HAN}]{{2}}")
_GIVEN_LATIN = re.compile(rf"\s*[A-Z][a-z]+ ?(?=[{HAN}])")
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?]")
_JOINS = ("兼", "及", "、", "/")  # between two titles one person holds
_ITEM_ENDS = ("，", ",", "。", "；", ";", "、", "（", "(")
BARE_FRAME = 12  # content characters of a sentence that, with nothing after its cue, is only a frame
OWN_FRAME = 3  # characters before a later part's own frame (但, 不过)
# a headline's part that a name and a colon open, at its start or after a space
_HEADED = re.compile(r"(?:^|\s)(?P<name>[^\s：:，,。]{2,12})[：:]")

_CLOSING = dict(zip(QUOTE_OPENS, QUOTE_CLOSES, strict=True))  # the mark that closes each opening one


def opening_quotation(simplified: str) -> int:
    """Where a quotation that opens a sentence closes (the index of its closing mark); 0 when none opens it."""
    text = simplified.lstrip()
    if text[:1] not in _CLOSING:
        return 0
    close = simplified.find(_CLOSING[text[0]], len(simplified) - len(text) + 1)
    return max(close, 0)


def frame_of(simplified: str, known: frozenset[str]) -> speakers.Attribution | None:
    """A sentence's speaker frame. One right after a quotation that opens the sentence ("“……，”X表示，“……”")
    frames the quotation, whatever frames its words quote ("“我们认为…，”X写道"); else the first frame."""
    if close := opening_quotation(simplified):
        after = speakers.attribute(" " * close + simplified[close:], known)
        right_after = after is not None and not claim_kinds.CONTENT.search(simplified[close : after.start])
        if right_after and after.start > close:
            return after
    return speakers.attribute(simplified, known)


def postposed(sentence: Sentence, frame: speakers.Attribution) -> bool:
    """Whether a frame comes after the quotation that opens its sentence, whose speaker it names."""
    return 0 < opening_quotation(sentence.text_simplified) < frame.start


# the writer setting their own view against the one just reported ("X预计…，但我们认为…")
_ANSWERED = re.compile(r"\s*(?:但是?|不过|然而|可是)[，,]?\s*(?:我们|我|笔者|本人)[则却仍也]?(?:认为|觉得|判断|相信)")
_WRITER = re.compile(r"\s*(?:我|笔者|本人)(?:个人)?[则却倒仍也]?(?:认为|觉得|判断|相信|估计)")


def answers_report(unit: Unit, sentence: Sentence, frame: speakers.Attribution | None) -> bool:
    """Whether a unit is the writer answering the speaker the sentence reports without quoting them: after a contrast
    (但我认为), or in the writer's own 我 after a frame with no verb of speech (高盛把目标上调到…，我觉得有点激进)."""
    text = sentence.text_simplified
    named = frame is not None and frame.kind == speakers.NAMED and not any(mark in text for mark in QUOTE_OPENS)
    silent = named and not speakers.rules().cues.search(text, frame.start, frame.end)
    return named and bool(_ANSWERED.match(unit.simplified) or (silent and _WRITER.match(unit.simplified)))


def own_frame(unit: Unit, known: frozenset[str]) -> speakers.Attribution | None:
    """A named speaker's frame opening a later part of a sentence ("…一成五，但陈冠宇坦言，…")."""
    own = speakers.attribute(unit.simplified, known)
    return own if own is not None and own.kind == speakers.NAMED and own.name and own.start <= OWN_FRAME else None


def opened_by(simplified: str, named: set[str]) -> str | None:
    """The speaker a sentence opens with, of those who have spoken (the longest name)."""
    text = simplified.lstrip()
    return max((n for n in named if len(n) > 1 and text.startswith(n)), key=len, default=None)


def only_frame(simplified: str, frame: speakers.Attribution) -> bool:
    """A sentence that is only a speaker and a cue ("”温启航强调。", "X总经理一边翻着订单一边说。")."""
    content = claim_kinds.CONTENT.findall
    if content(simplified[frame.end :]):
        return False  # words after the cue are what is said ("王博士建议回避中小企业")
    return len(content(simplified)) <= BARE_FRAME or not content(simplified[: frame.start])


# a frame that says the speech goes on ("他续称，", "她进一步指出，", "佢仲补充话"): its paragraph is the speaker's
_GOES_ON_SAYING = re.compile(
    r"\s*(?:他|她|其|佢|该行|该机构)?(?:亦|也)?(?:续称|续指|续说|进一步(?:指出|表示|称|解释)|还(?:表示|指出|称|说)|又(?:称|指|说)"
    r"|补充(?:说|称|指出|表示))"
)


# a quotation after a colon closing a clause of 他 ("…，他的回答很干脆：“…”", "他站在另一边：「…」")
_PRONOUN_QUOTES = re.compile(r"(?:^|[，,；;])\s*(?:他|她|佢)[^，,。；;：:]{0,12}[：:]\s*[“「『]")


def speaker_of(frame, carried, firm, designated, sentence, previous, last_speaker, opener) -> str:
    """``opener``: the named speaker whose frame is in the first sentence of the sentence's paragraph."""
    same_paragraph = previous is not None and sentence.start == previous.end
    if frame is not None:
        if frame.kind == speakers.NAMED:
            return frame.name
        if frame.kind == speakers.UNNAMED:
            return UNNAMED
        if frame.kind == speakers.PRONOUN:
            if carried:
                return speaker_names.pointed_at(carried, frame.pronoun, firm)
            # 该行, 该机构 with no one named before: the firm was brought in without a name (某外资投行…，该行…)
            return designated or (UNNAMED if (frame.pronoun or "").startswith("该") else AUTHOR)
        if frame.kind == speakers.FIRST_PERSON:
            return designated or AUTHOR
    before = previous.text_simplified.rstrip() if previous is not None else ""
    after_colon = before.endswith(("；", ";", "：", ":"))
    # the speaker said the clause before, or framed it ("法人指出，…；…"), not a paragraph or more above
    said = carried and same_paragraph and after_colon and last_speaker in (None, carried)
    if said and (last_speaker == carried or speakers.attribute(before)):  # the frame read again only here
        return carried  # "X表示：…；…", not the writer's own clause after a semicolon
    # "X提醒，…。「……」": a quotation goes on with the speaker before it, and so do a quotation's paragraphs after
    # "X写道：", each opening with its mark, and a paragraph of a quotation alone after X's views (a feature's 「…」)
    quoting = after_colon or (previous is not None and previous.text_simplified.lstrip()[:1] in QUOTE_OPENS)
    simplified = sentence.text_simplified
    alone = before[-1:] in "。！!" and simplified.rstrip()[-1:] in QUOTE_CLOSES and last_speaker in (None, carried)
    if carried and simplified.lstrip()[:1] in QUOTE_OPENS and (same_paragraph or quoting or alone):
        return carried
    if carried and (speakers.rules().pronoun.match(simplified.lstrip()) or _PRONOUN_QUOTES.search(simplified)):
        return carried
    if carried and sets_against_last(simplified):
        return carried
    if carried and same_paragraph and previous is not None and _GOES_ON_SAYING.match(previous.text_simplified):
        return carried  # "他续称，…。…": speech said to go on goes on to the paragraph's end
    if carried and carried == last_speaker and goes_on_from_last(simplified, same_paragraph):
        return carried  # "X认为…。不过，…" answers X's own view; "X认为…。如果…" goes on with it
    if carried and carried == last_speaker == opener and same_paragraph and not designated:
        # a paragraph a named speaker's frame opens goes on in their words ("X提醒，…。…"), unless the writer's
        # own voice comes back ("本文的估计…", "我们认为…")
        if not speakers.rules().first_person.search(simplified):
            return carried
    return designated or AUTHOR


def firm_kept(frame: speakers.Attribution, simplified: str, firm: str | None, firm_speaker: str) -> tuple:
    """The firm a 该行 means after a named speaker's frame, and the speaker who came with it: the firm a speaker
    came with, kept while the same person speaks ("岑子豪提醒" after "X银行…岑子豪") or one of it speaks
    ("该行首席投资总监X表示"); an organisation speaking is its own firm."""
    if frame.firm:
        return frame.firm, frame.name
    if firm and simplified.startswith("该", frame.start):
        return firm, frame.name
    if speaker_names.is_organisation(frame.name):
        return frame.name, frame.name
    return (firm if frame.name in firm_speaker else None), firm_speaker


def headed_by(simplified: str, known: frozenset[str]) -> tuple[str, int] | None:
    """The speaker a headline gives the words after its colon, and where they begin ("外銷訂單連10紅 經濟部：AI需求
    續旺"): a name the gazetteer knows, opening the headline or a part of it after a space."""
    found = next((m for m in _HEADED.finditer(simplified) if lexicons.term_key(m["name"]) in known), None)
    return (found["name"], found.end()) if found else None


@lru_cache(maxsize=1)
def _trailing_source() -> re.Pattern:
    return re.compile(lexicons.load("speakers")["trailing_source"])


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")  # a family name in Latin letters
# a closing line crediting what came before to who wrote or gave it (not to who compiled it: 整理)
_PROVIDED = re.compile(r"[>\s]*以上(?:内容|观点|点评|分析|评论)?(?:由|为)(?P<who>[^，,。；;]{2,30}?)(?:提供|撰写|口述)")
# a line of a dash and a name signing the quotation above it ("——东岳资产董事长 宋怀远", "—— 宋怀远｜东岳资产董事长":
# the post after a bar is no part of the name), or of the name in brackets after it ("（某协会副秘书长 罗建华）"; a page
# mark, "— 2 —" or "--- 第 2 页 ---", holds digits: no name)
_SIGNATURE = re.compile(
    # ... a note in brackets after the name, then their post after a bar or a comma ("—— X（业界昵称…），某公司创办人")
    r"[\s>]*(?:(?:——|--|—)\s*(?P<who>(?:[^，,。；;！!？?“”「」\d\-—｜|（(：:]{2,6}[：:])?[^，,。；;！!？?“”「」\d\-—｜|（(：:]{2,40}?)(?:[（(][^）)]{1,30}[）)])?"
    r"(?:\s*[｜|][^，,。；;！!？?]{1,40}|[，,][^，,。；;！!？?\d]{1,40})?"
    r"|[（(](?P<bracketed>[^，,。；;！!？?（）()：:\d]{2,40})[）)])\s*"
)


def signed(simplified: str, known: frozenset[str], before: str = "") -> str | None:
    """The speaker a signature line gives the quotation above it (``before``, for one in brackets): a name, or
    unnamed for an indefinite one; or a line crediting the paragraph above to its analysts ("（分析师：X、Y）"): the
    first of them (the writers of a whole piece, 执笔, are its author)."""
    if (credit := _CREDIT_LINE.fullmatch(simplified)) and (said := speakers.who(credit["who"], known)):
        return said.name if said.kind == speakers.NAMED else None
    found = _SIGNATURE.fullmatch(simplified)
    if found and found["bracketed"] and not before.rstrip().endswith(tuple(QUOTE_CLOSES)):
        return None  # a note in brackets after a sentence of the writer's ("（编辑：…）") signs nothing
    said = speakers.who((found["who"] or found["bracketed"]).strip(), known) if found else None
    if said is None or said.kind not in (speakers.NAMED, speakers.UNNAMED):
        return None
    return said.name if said.kind == speakers.NAMED else UNNAMED


_CREDIT_LINE = re.compile(
    r"\s*[（(](?:分析师|研究员|联系人)[：:]\s*(?P<who>[^（）()、，,；;]{2,20})(?:[、，,；;][^（）()]*)?[）)]\s*"
)


def provided_by(simplified: str, known: frozenset[str]) -> str | None:
    """The person a closing line credits the whole piece to ("以上内容由基金经理沈逸舟提供"), if it names one."""
    said = speakers.who(found["who"], known) if (found := _PROVIDED.match(simplified)) else None
    return said.name if said is not None and said.kind == speakers.NAMED else None


def credited(simplified: str) -> str | None:
    """The source a line credits its views to after them, when the sentence is only that credit."""
    return found["name"] if (found := _trailing_source().fullmatch(simplified.strip(" 。.\t"))) else None


def addressed(name: str, named: set[str]) -> str:
    """The speaker named in full before whom a family name and a form of address mean ("李总" after 李明哲, "王博士"
    after 王雪, "Ellison" after Mark Ellison); the name itself when none or more than one has spoken with it."""
    if _LATIN_WORD.fullmatch(name):  # a family name in Latin letters ("Ellison：" after Mark Ellison)
        earlier = {n for n in named if n.endswith(" " + name)}
        return earlier.pop() if len(earlier) == 1 else name
    honorific = honorific_of(name)
    if honorific is None:
        return name
    family = name[: -len(honorific)]
    earlier = {n for n in named if n.startswith(family) and n != name and len(n) > len(family)}
    return earlier.pop() if len(earlier) == 1 else name


def family_addressed(said: str, named: set[str]) -> str | None:
    """The one speaker named in full whose family name and title open a frame read as anonymous ("孔分析师预计"
    after 孔令涛 spoke): a family name of one or two characters, then the title."""
    for honorific in speakers.rules().data["honorifics"]:
        at = said.find(honorific)
        if 0 < at <= 2 and (found := addressed(said[: at + len(honorific)], named)) != said[: at + len(honorific)]:
            return found
    return None


@lru_cache(maxsize=1)
def _titles() -> lexicons.TermMatcher:
    return lexicons.matcher_of([("title", lexicons.terms(speakers.rules().data["titles"], "speakers.titles"))])


def mentioned(simplified: str) -> set[str]:
    """The people a sentence names after their title or before a form of address, speaking or not ("投资总监卢泓",
    "黎国栋先生"): whom "卢总" may mean later. A title right after another is no name ("主任研究员陈美穗")."""
    titled = {name for _, end, _ in _titles().finditer(simplified) if (name := _name_after(simplified, end))}
    return titled | addressed_names(simplified)


def _name_after(simplified: str, end: int) -> str | None:
    if given := _GIVEN_LATIN.match(simplified, end):  # an English given name before the Chinese one ("Grace 施雅婷")
        return _name_after(simplified, given.end())
    rest, shaped = simplified[end : end + MAX_MENTIONED], speakers.rules().person.fullmatch
    # a family name first (cheap), then the tagger's word for a name
    if not (_HAN_NAME_START.match(rest) and (shaped(rest[:2]) or shaped(rest[:3]))):
        return None
    words = tagged_words(rest)
    (word, tag), (given, given_tag) = words[0], words[1] if len(words) > 1 else ("", "")
    if tag.startswith("nr") and shaped(word):
        return word
    if tag.startswith("nr") and given_tag.startswith("nr") and shaped(word + given):
        return word + given  # the tagger's family name and given name apart (沈 嘉禾)
    # a name the tagger cut after its family name (冯 浩然), ending a list's item ("…行政总裁冯浩然。")
    return next((rest[:n] for n in (3, 2) if shaped(rest[:n]) and rest[n : n + 1] in _ITEM_ENDS), None)


def titled_subject(simplified: str) -> str | None:
    """A titled person a sentence opens with, whatever they then do ("海澄证券分析师程嘉蔚提供了另一个视角。"):
    whom a 她认为 after it means. Only a firm or a department may stand before the title."""
    joined: int | None = None  # where the last title ended, when no name came after it
    for start, end, _ in _titles().finditer(simplified[: _CLAUSE_END.search(simplified + "。").start()]):
        # what a 的 closes is a modifier ("主营客服SaaS的某软件创始人X"): only the words after it must be a firm's;
        # a title joined to the last (创始人兼CEO X) is one
        modifier_end = simplified.rfind("的", 0, start) + 1
        held = joined is not None and simplified[joined:start] in _JOINS
        if not held and has_predicate(simplified[modifier_end:start]):
            return None
        if name := _name_after(simplified, end):
            return name
        joined = end
    return None


def note_title(titles: dict[str, str], before: str, name: str) -> None:
    """Keep the title a named speaker came with ("财政司司长" of 财政司司长邓嘉禾), so that the title alone later means
    them; a title two speakers came with means neither."""
    if not speakers.rules().generic_role.fullmatch(title := before.strip()):
        return
    titles[title] = name if titles.get(title, name) == name else ""


def title_holder(titles: dict[str, str], said: str) -> str | None:
    """The one named speaker a title alone and its cue point back to ("基金经理预期" after "本基金经理X认为"); the
    title may have come with 本 or 该."""
    for title, name in titles.items():
        bare = title.removeprefix("本").removeprefix("该")
        if name and len(bare) > 1 and said.startswith(bare) and len(said) - len(bare) <= dialogue.MAX_CUE:
            return name
    return None
