"""Sections of an article that are one person's words by how the article marks them: a section of someone's own words
signed at its end, a letter or a commentary signed on a page of several, a translation after its marker line, a
heading of a post and a name, a firm heading a digest's item, the messages of an e-mail thread, a letter an article
quotes, the answers of a question-and-answer page (dialogue.py asks; the lines naming who comments or writes below
them are column_bylines.py's)."""

from __future__ import annotations

import re

from . import item_headings as items
from . import speaker_names
from .label_names import person
from .name_shapes import common_word
from .records import Sentence
from .sentence_roles import heading
from .speaker_rules import HAN, LATIN_NAME, rules
from .turn_labels import AUTHOR

# a heading of a post and a name behind a mark ("■ 利昇地产研究部主管　骆家燊"), or of a name, a bar and a post
# ("01 葛怀远｜远川资本董事长")
_POSTED = re.compile(
    rf"^[■□◆◇●▌▍#*\s]*(?P<post>[^\s：:，,。—\-－]{{2,30}})[ \t　]+(?P<who>[{HAN}]{{2,4}})\s*"
    r"(?:[（(][^）)]{1,16}[）)])?\s*$"  # a note on what they stand for ("委员 周立衡（风控）")
)
_NAME_THEN_POST = re.compile(
    rf"^[#\s]*(?:\d{{1,2}}[.、．]?\s*)?(?P<who>[{HAN}]{{2,4}})\s*[|｜]\s*(?P<post>[^|｜]{{2,30}})$"
)
# a section of someone's own words ("首席投资总监的话", "主编寄语", "主席报告", "董事长致股东的信"), signed at its
# end by a name and a title
_OWN_WORDS = re.compile(
    r"(?:的话|寄语|致辞|卷首语|(?:主席|董事长|总裁|总经理)(?:致[^\s，,。]{1,6}?)?(?:报告|的信|函件))\s*$"
)
_BOARD_ORDER = re.compile(r"承董事(?:会|局)命")
SIGNATURE_REACH = 30  # the sentences such a section's signature may come after its heading
# a letter's sign-off ("讀者　陳振邦（九龍塘）", "——读者 李明"): on a page of letters, the letter from the heading
# above it is theirs
_SIGN_OFF = re.compile(
    r"^[\s—－-]*(?:读者|来函者|投稿人|投书人)[\s　:：]*[「“]?(?P<name>[^\s（()）「」“”]{2,12})[」”]?"
    r"\s*(?:[（(][^）)]{1,12}[）)])?\s*$"
)
# ... on a page whose letters open by addressing the editor ("编辑先生："), any few words on who writes before the name,
# an honorific after it, or a pen name in quotation marks ("退休教师　司徒惠芳女士（北角）", "读者「深水埗打工仔」")
_SALUTATION = re.compile(r"\s*(?:编辑|主编|编者)(?:先生|女士|小姐)?\s*[：:]\s*$")
_LETTER_SIGNATURE = re.compile(
    rf"^\s*(?:[^\s（()）「」:：，,。]{{1,10}}[\s　]+|[^\s（()）「」:：，,。]{{1,10}}(?=「))?"
    rf"(?:(?P<name>{LATIN_NAME}|[{HAN}]{{2,4}}?)(?:先生|女士|小姐|太太)?|「(?P<pen>[^」\s]{{2,12}})」)"
    r"\s*(?:[（(][^）)]{1,12}[）)])?\s*$"
)
# ... or a commentary's, its writer's name over who they are ("贺知行（作者系某财经大学金融学院副教授）")
_WRITER_NOTE = re.compile(r"^\s*(?P<name>[^\s（()）]{2,12})\s*[（(]作者(?:系|为|是)[^）)]{2,40}[）)]\s*$")
LETTER_REACH = 80  # the sentences a letter may run above its sign-off
MAX_SIGNED_TITLE = 12
# a line after which a translation runs ("以下为推文翻译（括号内为译者补充）："), to the next heading: the words of the
# writer named above it ("作者Dale Whitmore（@dwhitmore）", "原作者：李明")
_TRANSLATION = re.compile(r"\s*以下(?:为|是)[^，,。：:]{0,12}?(?:翻译|译文|中译|编译)")
_WRITER = re.compile(rf"(?:原作者|原文作者|作者|推主|博主)[：:\s]*(?P<name>{LATIN_NAME}|[{HAN}]{{2,4}})")
WRITER_REACH = 8  # the sentences above a translation's line that may name its writer


def signed_sections(sentences: list[Sentence]) -> dict[int, str]:
    """The headings of sections of someone's own words signed at their end (a name and their title, each on a line
    of its own, in either order; a reader's sign-off under a letter), keyed to the signer: the section is theirs."""
    signed, letters = {}, {}
    addressed = any(_SALUTATION.match(sentence.text_simplified) for sentence in sentences)
    for at, sentence in enumerate(sentences):
        off = _SIGN_OFF.match(sentence.text_simplified) or _WRITER_NOTE.match(sentence.text_simplified)
        signature = _LETTER_SIGNATURE.match(sentence.text_simplified) if addressed and not off else None
        # (a short line of a word alone is no signature: a name's shape, or more around it)
        if signature and (signature["pen"] or signature["name"] != sentence.text_simplified.strip()):
            off = {"name": signature["pen"] or signature["name"]}
        if off and (addressed or rules().person.fullmatch(off["name"])):
            above = (s for s in reversed(sentences[max(0, at - LETTER_REACH) : at]) if heading(s.text_simplified))
            if (opening := next(above, None)) is not None:
                letters[opening.sentence_no] = off["name"]
            continue
        if not (_OWN_WORDS.search(sentence.text_simplified) and len(sentence.text_simplified) <= MAX_SIGNED_TITLE * 2):
            continue
        following = sentences[at + 1 : at + SIGNATURE_REACH]
        lines = [line.text_simplified.strip(" \t*#　") for line in following]
        # an announcement's sign-off by order of the board ("承董事会命"): the company's, not a section's signature
        lines = lines[: next((at for at, line in enumerate(lines) if _BOARD_ORDER.match(line)), len(lines))]
        # a name over its title, or a title over its name ("主席" then "庞思远"), or both on a line ("董事长：陆承渊")
        pairs = [pair for first, second in zip(lines, lines[1:]) for pair in ((first, second), (second, first))]
        parted = (line.replace("：", ":").partition(":") for line in lines)
        pairs += [(name.strip(), post.strip()) for post, colon, name in parted if colon]
        if name := next((name for name, post in pairs if _signs(name, post)), None):
            signed[sentence.sentence_no] = name
    # a page of one letter is its writer's article: the author's own voice
    return signed | (letters if len(letters) > 1 else {})


def _signs(name: str, post: str) -> bool:
    """Whether two lines are a signature: a person's name and their title."""
    titled = len(post) <= MAX_SIGNED_TITLE and rules().trailing_title.search(post)
    return bool(titled and rules().person.fullmatch(name))


def translated(sentences: list[Sentence]) -> dict[int, str]:
    """The lines after which a translation of a writer named above them runs, keyed to that writer."""
    translated = {}
    for at, sentence in enumerate(sentences):
        if not _TRANSLATION.match(sentence.text_simplified):
            continue
        for above in reversed(sentences[max(0, at - WRITER_REACH) : at]):
            found = _WRITER.search(above.text_simplified)
            name = found and next((n for n in _name_starts(found["name"]) if rules().person.fullmatch(n)), None)
            if name:
                translated[sentence.sentence_no] = name
                break
    return translated


# a heading naming in brackets at its end whose the section is ("一、业绩概览（CFO 戴雨桐）", "二、展望（邵启鸣）"), not
# a dateline's reporter ("…电（记者 X）")
_BRACKETED = re.compile(
    rf"^[#\s]*\S[^（()）]{{1,30}}?[（(](?!记者|作者|文|编辑|撰文|整理|通讯员|实习生)(?:[^（()）：:]{{1,12}}[ \t　])?"
    rf"(?P<name>[{HAN}]{{2,4}})[）)]\s*$"
)


def bracketed(sentences: list[Sentence]) -> dict[int, str]:
    """The headings that name in brackets the person whose the section below them is, keyed to that person."""
    return {
        s.sentence_no: found["name"]
        for s in sentences
        if (found := _BRACKETED.match(s.text_simplified))
        and heading(s.text_simplified)
        and rules().person.fullmatch(found["name"])
        and not common_word(found["name"])  # a weekday's (周三) or a word's shape of a name
    }


def _name_starts(name: str) -> list[str]:
    """A Latin name whole, a Han one by its longest start that is a name ("李明在" -> 李明)."""
    return [name] if name[:1].isascii() else [name[:n] for n in range(len(name), 1, -1)]


def posted(line: str) -> str | None:
    """The person a heading names with their post ("■ 某地产研究部主管　骆家燊", "01 葛怀远｜远川资本董事长")."""
    posted = _POSTED.match(line) or _NAME_THEN_POST.match(line)
    if posted and rules().trailing_title.search(posted["post"]):
        return person(posted["who"], frozenset())
    return None


# an e-mail's sender in its header, a quoted one too ("寄件者: Kelvin To 杜家駿", "> 发件人：林书瑶 <…>"), and the
# header's other fields, the last of which the message's body follows
_SENDER = re.compile(r"^[>\s]*(?:发件人|寄件者|寄件人|From)\s*[:：]\s*(?P<who>[^<>（()）]+?)\s*(?:[<（(].*)?$")
_HEADER_FIELD = re.compile(
    r"^[>\s]*(?:发送时间|发送日期|寄件日期|日期|时间|收件人|收件者|抄送|副本|主题|主旨|附件|Sent|Date|To|Cc|Bcc|Subject"
    r"|Attachments?)\s*[:：]"
)
HEADER_REACH = 8  # the lines a header's fields may run below its sender


def emailed(sentences: list[Sentence]) -> dict[int, str]:
    """The first line of each message of a thread that several people wrote, keyed to its sender (a department's
    message is the house's own voice); one person's e-mail, however forwarded, is its writer's article."""
    bodies: dict[int, str] = {}
    for at, sentence in enumerate(sentences):
        if not (found := _SENDER.match(sentence.text_simplified)):
            continue
        header = sentences[at : at + HEADER_REACH]
        # (a short message's window may reach the next one's sender: its header ends there)
        header = header[: next((n for n, s in enumerate(header) if n and _SENDER.match(s.text_simplified)), None)]
        ends = [n for n, s in enumerate(header) if n == 0 or _HEADER_FIELD.match(s.text_simplified)]
        if (body := at + ends[-1] + 1) < len(sentences) and not _SENDER.match(sentences[body].text_simplified):
            bodies[sentences[body].sentence_no] = _sender(found["who"])
    people = {who for who in bodies.values() if who != AUTHOR}
    return bodies if len(people) > 1 else {}


def _sender(who: str) -> str:
    """The person a sender's field names, by their Chinese name after a Latin one ("Kelvin To 杜家骏"), else the
    author (a desk's or a department's address)."""
    words = who.split()
    for name in (words[-1] if words else "", who.strip()):
        if rules().person.fullmatch(name) and person(name, frozenset()):
            return name
    return AUTHOR


# a question-and-answer site's count of an answer's votes ("1,284 人赞同了该回答"), under its writer's name and bio
_VOTES = re.compile(r"^\s*(?:\*\*)?[\d,，.]+\s*万?\s*人赞同了该回答\s*(?:\*\*)?\s*$")
_ANSWERER = re.compile(r"\s*(?:#{1,6}\s+)?(?P<name>(?=\S*\w)[^\s，,。；;：:！!？?、]{2,20})\s*")  # not a rule (---)
ANSWERER_REACH = 3  # the lines above the votes that may hold the writer's name


def answered(sentences: list[Sentence]) -> dict[int, str]:
    """The votes of each answer of a question-and-answer page, keyed to its writer named above them; a page of one
    answer is its writer's own."""
    found = {
        sentence.sentence_no: name
        for at, sentence in enumerate(sentences)
        if _VOTES.match(sentence.text_simplified) and (name := _answerer(sentences[max(0, at - ANSWERER_REACH) : at]))
    }
    return found if len(found) > 1 else {}


def _answerer(lines: list[Sentence]) -> str | None:
    """The writer's name among the lines above an answer's votes: the nearest line that is a name alone (its
    bio, a sentence or a post, is passed over), or the upper of two such lines right above them (a name, its bio)."""
    found = (_ANSWERER.fullmatch(line.text_simplified) for line in reversed(lines))
    names = [name["name"] if name else None for name in found]
    names = [name if name and not rules().trailing_title.search(name) else None for name in names]  # a post alone
    if len(names) > 1 and names[0] and names[1]:  # a name, then a bio of no post ("有色行业研究十二年")
        return names[1]
    return next(filter(None, names), None)


# a letter or a document an article quotes after its lead line ("以下为公开信内容节录：", "全文如下：",
# "以下为提案主要内容（经本报编辑摘录）："), to its sign-off (此致), a closing line (a rule, "记者手记"),
# a platform's entry ("投资者提问…") or LETTER_REACH lines on
_DOCUMENT_LEAD = re.compile(
    r"(?:以下(?:为|是)[^，,。：:]{0,16}?(?:信|函|全文|原文|节录|摘录|内容)[^，,。：:]{0,12}|(?:全文|原文|内容)如下)\s*[：:]\s*$"
    r"|^\s*以下(?:为|是)[^，,。：:]{0,16}?(?:转载|转引|转发)\s*[：:]?\s*$"  # "以下为券商点评转载"
)
# a reprinted report's masthead, its firm before a bar ("启衡证券研究所｜电力设备与新能源｜公司快评")
_MASTHEAD = re.compile(r"^\s*(?P<firm>[^\s｜|：:，,。]{4,20})\s*[｜|]")
_FAREWELL = re.compile(r"^\s*(?:此致|谨启|敬启)\s*[，,。]?\s*$")
_SALUTE = re.compile(r"^\s*敬礼\s*[！!。]?\s*$")
_CLOSING = re.compile(r"^\s*(?:[—\-－=*_━─]{4,}|记者手记|记者观察|编后语?|编者按|编者的话)\s*$")
# a document's field naming who drafted it ("提案人：甘立衡"), near its top
_DRAFTER = re.compile(rf"^\s*(?:提案人|建议人|起草人|执笔人?)\s*[：:]\s*(?P<name>{LATIN_NAME}|[{HAN}]{{2,4}})\s*$")
SIGNER_REACH = 3  # the lines after the sign-off that may hold the signature
DRAFTER_REACH = 6  # the lines after the lead that may hold a drafter's field


def quoted_documents(sentences: list[Sentence]) -> dict[int, str]:
    """Each line of a letter or a document an article quotes, keyed to its signer (the firm or the person under its
    sign-off), its drafter, or the firm on a reprinted report's masthead (a letter that is the article itself is its
    author's: it has no lead line)."""
    found: dict[int, str] = {}
    for at, sentence in enumerate(sentences):
        if not _DOCUMENT_LEAD.search(sentence.text_simplified):
            continue
        who, end = None, min(len(sentences), at + 1 + LETTER_REACH)
        for n in range(at + 1, end):
            text = sentences[n].text_simplified
            if n - at <= DRAFTER_REACH and (drafter := _DRAFTER.match(text)):
                who = who or drafter["name"]
            if n - at <= DRAFTER_REACH and (masthead := _MASTHEAD.match(text)):
                who = who or (masthead["firm"] if speaker_names.is_organisation(masthead["firm"]) else None)
            if _FAREWELL.match(text):
                who, end = _signer(sentences[n + 1 : n + 1 + SIGNER_REACH]) or who, n
                break
            if n - at > 2 and (_CLOSING.match(text) or items.role_entry(text)):  # a rule, or a platform's entry
                end = n
                break
        if who:
            found |= {line.sentence_no: who for line in sentences[at + 1 : end]}
    return found


def _signer(lines: list[Sentence]) -> str | None:
    """Who signs a letter: the firm on the first line under the sign-off (敬礼 passed over), or the name ending it
    ("管理合伙人　韦思朗")."""
    for line in lines:
        text = line.text_simplified.strip()
        if _SALUTE.match(text):
            continue
        if speaker_names.is_organisation(text):
            return text
        name = text.split()[-1] if text.split() else ""
        return name if rules().person.fullmatch(name) and person(name, frozenset()) else None
    return None


def headlined(sentences: list[Sentence]) -> dict[int, str]:
    """A digest's items headed by a firm and its view's headline ("东岭期货：短期涨幅过快，警惕回调"), keyed to the
    firm: the item is its words. Only where two firms or more so head items, a digest's shape: one such line alone may
    be a filing's field ("注册资本：…")."""
    found = {
        sentence.sentence_no: found["firm"]
        for sentence in sentences
        if heading(sentence.text_simplified)
        and (found := items.FIRM_HEADLINE.match(sentence.text_simplified))
        and speaker_names.is_organisation(found["firm"])
    }
    return found if len(set(found.values())) > 1 else {}
