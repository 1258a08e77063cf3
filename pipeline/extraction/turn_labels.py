"""Turn labels: whose words a dialogue's line is, by its label ("许嘉文：", "问：", "嘉宾 X（…）：", "//@X:",
"B1 id：", "【某某证券】"); the names a label holds are label_names.py's, an audience's labels audience_labels.py's."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicons
from .chat_headers import BARE_TIME, BRANCHES, MAX_LABEL, MENTION, NOTE, STAMP, TIMESTAMP, handle_writer, headers
from .audience_labels import audience_label, chat_sender, timed_label, writer_note
from .label_names import addressed, bracketed_name, lettered, nicknamed, person, role_holder, sender, tail_name
from .label_names import bulletin, role_word, stock_pick, titled_holder
from .speaker_rules import BOUNDARY, HAN, LATIN_NAME, rules

QUESTION, ANSWER = "question", "answer"
AUTHOR, UNNAMED = "author", "unnamed"  # the guide's speakers for the writer and for an anonymous source
_COUNTED = re.compile(r"(?:(?<!第)[一二两三四五六七八九十几]|\d+)\s*[个条道点]|同一[个条道]")  # "两个问题"
MAX_SIDE = 6  # characters of a side's label in a debate ("多方", "看空方", "反方二辩")
_SIDE = re.compile(r"(?:正|反|多|空|看多|看空)方")
# a label in brackets, not a Markdown link nor a stock and its code ("[2603 长荣]")
_BRACKET_LABEL = re.compile(r"\s*[【\[〔](?P<name>(?!\d{4,6}\s)[^】\]〕]{1,16})[】\]〕](?!\()")
_ANNOTATION = re.compile(r"\s*[【\[](?:批注|评注|评审意见|审阅意见|旁注)\s*[-–—－]\s*")
_NARRATION = re.compile(r"(?:记者|主播|主持人?)?旁白")
_VOICE_OVER = re.compile(rf"{_NARRATION.pattern}|记者|主播")
# an outlet's dateline in brackets ("【香港電台】", "【明報專訊】"): where the news is from, no speaker
_OUTLET = re.compile(
    r"(?:电台|電台|电视台|電視台|日报|日報|时报|時報|周刊|週刊|通讯社|通訊社|新闻|新聞|专讯|專訊|报|報|讯|訊|社|网|網)$"
)
_BULLET = re.compile(r"\s*[●•·▪◆■○◎▷▶►➤]\s*")
# a label in bold (a bullet before it is passed over first), its colon outside the marks or in them
_MARKED_LABEL = re.compile(r"\s*(?:-\s*)?\*\*(?P<inner>(?:[^*：:]|(?<=\d):(?=\d)){1,40}?)(?:\*\*\s*[：:]|[：:]\s*\*\*)")
_MODERATOR = re.compile(r"^(?:版主|管理员|超版|楼主)\s*[-－·]\s*")  # a forum role before a display name
_VERIFIED = re.compile(r"\s+V$")  # a verified account's badge ("汇率江湖老K V")
_NICKNAME = re.compile(rf"[{HAN}]{{0,4}}[A-Za-z]{{1,8}}")  # 财经老K, 阿Ken
_ORDINAL = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*$")
_LIST_NUMBER = re.compile(r"\s*\d{1,2}\s*[.．、)）]")
# a guest kept anonymous by a letter or number after the role ("嘉宾A", "专家乙", "受访者2")
_LETTER = re.compile(r"[B-PR-Z]|[乙丙丁戊]")
# a role, maybe numbered, then a bar and who holds it ("Q1｜邱冠宇（财金二）：", "A｜罗柏丞：")
_BARRED_ROLE = re.compile(
    r"\s*(?P<role>[^\s｜|：:\d]{1,6}?)\d{0,2}\s*[｜|]\s*(?P<who>[^｜|：:（(\s]{2,12})(?:[（(][^）)]{1,20}[）)])?\s*[：:]"
)
# a remark's word after a speaker's title and name, apart by a space ("社长 蔡承翰 讲评：", not "编辑点评："), or
# glued to a family name and a title ("郭副总裁补充：")
_REMARK = re.compile(r"(?<=\S)\s+(?:讲评|点评|总结|补充|发言|致辞)$")
_GLUED_REMARK = re.compile(r"(?P<who>\S{2,8}?)(?:补充|回应|发言)")
# a post and no name ("RM", "投资策略师"), before who holds it in brackets
_POST = re.compile(rf"[A-Z]{{2,4}}|(?:首席)?[{HAN}]{{0,4}}(?:策略师|分析师|经济学家|经理|顾问|主管)")
_ANONYMOUS = re.compile(r"(?P<role>[^\sA-Za-z\d]{1,6}?)\s*(?:[A-Za-z]|[甲乙丙丁戊]|\d{1,2})")


@dataclass(frozen=True)
class Turn:
    role: str | None  # question | answer, when the label is a role
    name: str | None  # the speaker the label names
    end: int  # where the label ends: the line's words follow
    alias: str | None = None  # a side's label that named its speaker once ("多方（许嘉言）：" -> 多方)
    header: bool = False  # a line of its own naming the sender of the lines below it (a chat export)
    speech: bool = False  # a label alone on its line over a speech, which runs on past its editor's subheadings


@dataclass(frozen=True)
class _Rules:
    markers: re.Pattern
    introduces: str
    label: re.Pattern
    handle: re.Pattern  # a post's author in a repost chain ("//@用户名:"), a forum's replier ("推 id:"), a voter
    roles: dict[str, str]  # label word -> question | answer
    ranked_roles: tuple[str, ...]  # the role words, longest first (投资者提问 before 提问)
    floor_label: re.Pattern  # a forum reply's floor and author ("B1 老王爱存股："): the words after are theirs
    reply_to: re.Pattern  # a post's author answering someone ("回复@用户:")
    aside_label: re.Pattern  # a label with a note in brackets ("周牧之（远澜资本合伙人）：")
    soundbite: re.Pattern  # a broadcast's soundbite, its speaker described ("【同期声】某公司 主任 刘国栋：")
    caption: re.Pattern  # a broadcast's caption over who speaks, the name first ("【字幕：梁志恒｜某公司创办人】")
    numbered: re.Pattern  # a machine transcript's head naming a numbered speaker ("说话人1：阿Ken（主播）")
    comments: re.Pattern  # the line opening a post's comments ("共 86 条评论")
    commenter: re.Pattern  # a comment's handle before its words ("阿June：…")


@lru_cache(maxsize=1)
def turn_rules() -> _Rules:
    data = rules().data

    def group(name: str) -> tuple[str, ...]:
        return lexicons.terms(data[name], f"speakers.{name}")

    roles = {w: QUESTION for w in group("question_labels")} | {w: ANSWER for w in group("answer_labels")}
    acts = rf"\s+(?:{lexicons.alternation(group('post_actions'))})(?:\s*@{MENTION})?"
    return _Rules(
        markers=re.compile(lexicons.alternation(group("transcript_markers"))),
        introduces=lexicons.alternation(group("introduces")),
        # a label, perhaps with a note in brackets on who speaks ("嘉宾 X（某研究院首席研究员）：")
        label=re.compile(rf"\s*(?P<label>[^{BOUNDARY}（(]{{1,{MAX_LABEL}}}?(?:[（(][^）)]{{1,40}}[）)])?)[：:]"),
        handle=re.compile(
            rf"\s*(?:[-*]\s+|>\s*)?(?:(?:(?://)?@|(?:{lexicons.alternation(group('reply_marks'))})\s+)"
            rf"(?P<handle>[^\s:：@/]{{1,{MAX_LABEL}}})(?:\s+(?:{lexicons.alternation(group('votes'))})(?:[（(][^）)]{{1,8}}[）)])?"
            # ... or what it does on a question-and-answer page ("@X 回答：", "@X 回复 @Y：", "> **X** 回复 @Y：")
            rf"|{acts})?|\*\*(?P<bold>[^\s:：@/*]{{1,{MAX_LABEL}}})\*\*{acts}"
            rf"|(?P<replier>[^\s:：@/*]{{1,{MAX_LABEL}}})\s+(?:{lexicons.alternation(group('reply_to'))})\s*@{MENTION})\s*[：:]"
        ),
        roles=roles,
        ranked_roles=tuple(sorted(roles, key=len, reverse=True)),
        # a reply's mention: after 回复 with a colon, or bare before a space ("@理性投资人 谢谢提醒，…")
        reply_to=re.compile(
            rf"\s*(?:(?:{lexicons.alternation(group('reply_to'))})\s*@{MENTION}[：:]|@{MENTION}[ \t])\s*"
        ),
        aside_label=re.compile(
            rf"\s*(?P<head>{LATIN_NAME}|[^（(：:，,。\s]{{1,{MAX_LABEL}}})\s*[（(](?P<aside>[^）)]{{1,40}})[）)]\s*[：:]"
        ),
        numbered=re.compile(data["numbered_speaker"]),
        comments=re.compile(data["comments_heading"]),
        # a commenter's handle, under a reply's branch (└) or not, a note ("X（IP属地：广东）："), a badge ("X V：")
        commenter=re.compile(
            rf"\s*(?:[{BRANCHES}]\s*)?(?P<name>[^\s:：，,。@（({BRANCHES}]{{1,{MAX_LABEL}}})"
            rf"(?:\s*(?:UP主|楼主|博主|作者)|\s+V)?(?:\s*[（(\[【](?P<note>[^）)\]】]{{1,20}})[）)\]】])?"
            # ... or whom it answers after it ("股友x7y8z9 回复@老张看盘：", Zhihu's "X（作者） 回复 Y：")
            rf"(?:\s*(?:{lexicons.alternation(group('reply_to'))})\s*@?{MENTION})?[：:]\s*(?=\S)"
        ),
        soundbite=re.compile(  # ... or a line of its own over the words ("【SOT｜某某厂董事长 X】")
            rf"\s*[【\[（(](?:{lexicons.alternation(group('soundbite_tags'))})(?:[】\]）)]\s*(?P<who>[^：:]{{2,40}})[：:]"
            rf"|\s*[｜|:：/]\s*(?P<inside>[^】\]）)]{{2,40}})[】\]）)]\s*$)"
        ),
        caption=re.compile(
            rf"\s*[【\[](?:{lexicons.alternation(group('caption_tags'))})\s*[：:｜|]\s*(?P<who>[^｜|，,】\]]{{2,30}}?)\s*"
            r"[｜|，,][^】\]]{1,60}[】\]]\s*$"
        ),
        floor_label=re.compile(rf"\s*(?:{data['post_number']})\s*(?P<name>[^\s:：，,。]{{1,{MAX_LABEL}}})\s*[：:]\s*"),
    )


def turn_of(line: str, known: frozenset[str] = frozenset(), aliases: dict[str, str] | None = None) -> Turn | None:
    """The turn a line's label opens: a role ("问：", "主持人："), a name ("许嘉文："), both
    ("嘉宾许嘉文："), or a handle in a repost chain ("//@价值小散：") or of a forum's reply ("推 id:").
    ``aliases`` holds the sides a debate's labels named once ("多方（许嘉言）：" makes "多方：" 许嘉言's) and the
    roles a head gave one person ("客户经理：林浩朗"); they come before a role's own reading.
    A label that is none of these ("风险提示：") opens no turn. A programme's time before the label
    ("[00:01:20] 嘉宾 X：") or a list's bullet ("● X（…）：") is passed over."""
    if (bare := BARE_TIME.match(line)) and (turn := turn_of(line[bare.end() :], known, aliases)):
        return replace(turn, end=bare.end() + turn.end)  # (else a chat's line of a time, a sender and words: below)
    if stamp := TIMESTAMP.match(line) or _BULLET.match(line) or _ANNOTATION.match(line):
        # a programme's time, a list's bullet, or a reviewer's note opening in brackets ("【批注 – 周副总：…】") first
        turn = turn_of(line[stamp.end() :], known, aliases)
        if turn is None and TIMESTAMP.match(line) and (sent := chat_sender(line[stamp.end() :])):  # whoever sent it
            turn = Turn(QUESTION if sent[0] else None, sent[1], sent[2])
        rest = line[stamp.end() + turn.end :] if turn else ""
        if (boxed := _BRACKET_LABEL.match(rest)) and (firm := bulletin(boxed["name"])):  # a house view pasted in
            return Turn(None, firm, len(line) - len(rest) + boxed.end(), header=not rest[boxed.end() :].strip())
        return replace(turn, end=turn.end + stamp.end()) if turn else None
    if (timed := timed_label(line)) and (turn := turn_of(timed[0] + "：" + line[timed[1] :], known, aliases)):
        return replace(turn, end=timed[1])  # a chat's message quoted after its sender and time ("老周 23:14：…")
    if marked := _MARKED_LABEL.match(line):  # "● **沈安澜（澜川资本董事长）**：…": the label inside the marks
        turn = turn_of(marked["inner"].strip() + "：" + line[marked.end() :], known, aliases)
        return replace(turn, end=marked.end()) if turn else None
    if (noted := writer_note(line)) is not None:
        return Turn(None, AUTHOR, noted)
    r = turn_rules()
    if (bite := r.soundbite.match(line)) and (name := tail_name((bite["who"] or bite["inside"]).strip())):
        return Turn(None, name, bite.end(), header=bite["inside"] is not None)
    # a caption's name, or a role it keeps unnamed ("资深基金经理（…）"); a caption of data names no one
    if (caption := r.caption.match(line)) and (who := NOTE.sub("", caption["who"]).strip()):
        name = person(who, known) or titled_holder(who) or (UNNAMED if rules().generic_role.fullmatch(who) else None)
        if name:
            return Turn(None, name, caption.end(), header=True)
    if (voice_over := r.label.match(line)) and _NARRATION.fullmatch(voice_over["label"].strip()):
        return Turn(None, AUTHOR, voice_over.end())  # a programme's narration ("旁白："), the outlet's own voice
    if heard := audience_label(line):  # a viewer's, caller's or commenter's line: a question when it asks
        asks, name, end = heard
        return Turn(QUESTION if asks else None, name, end)
    if handle := r.handle.match(line):  # ... an arrow before the writer's own view is theirs ("→ 我们看法：")
        name = handle_writer(handle["handle"] or handle["bold"] or handle["replier"]) or AUTHOR  # "X（楼主） 回复 @Y："
        return Turn(None, AUTHOR if rules().first_person.match(name) else name, handle.end())
    bracket = _BRACKET_LABEL.match(line)
    if bracket and (side := (aliases or {}).get(lexicons.term_key(bracket["name"]))):
        return Turn(None, side, bracket.end())  # a letter the head named ("【B】" after "B＝嘉宾 陈敏")
    if bracket and _VOICE_OVER.fullmatch(bracket["name"]):  # a newscast's own voice ("【记者旁白】"), the outlet's
        return Turn(None, AUTHOR, bracket.end(), header=not line[bracket.end() :].strip())
    if bracket and (cast := _bracketed_role(bracket["name"], known)):
        return replace(cast, end=bracket.end())  # a programme's role, perhaps with its holder ("【嘉宾 陈立新】")
    if bracket and len(bracket["name"]) > 1 and not _OUTLET.search(bracket["name"]) and (
        firm := bracketed_name(bracket["name"], known)
    ):
        # a digest's line of one firm's view ("【某某证券】…"), or a head over one manager's words ("【某基金｜韩默】")
        return Turn(None, firm, bracket.end(), header=not line[bracket.end() :].strip())
    if floor := r.floor_label.match(line):
        return Turn(None, floor["name"], floor.end(), header=not line[floor.end() :].strip())
    if header := headers().sender.fullmatch(line.strip()):
        name = header["name"] or header["latin"]
        shown = name + ("" if name.isascii() else header["aside"] or "")  # a handle's name aside
        poster = header["poster"] or header["note"] or header["badge"] or header["last_badge"]
        poster = poster or re.fullmatch(rules().data["poster_handle"], name)  # "作者　👍88": the post's writer
        return Turn(None, AUTHOR if poster else shown, len(line), header=True)
    if header := headers().floor.fullmatch(line.strip()):  # the handle names the replier, whatever they display
        shown = _MODERATOR.sub("", NOTE.sub("", header["shown"] or ""))  # "版主-老K（总结）" is 老K
        name = header["handle"] or shown or (header["anonymous"] and UNNAMED) or AUTHOR  # or the poster
        return Turn(None, name, len(line), header=True)
    if fields := headers().fields.match(line):  # the sender's field, whatever it looks like ("Wendy王", "Kevin Lee")
        return Turn(None, sender(fields["name"], known), fields.end())
    # a sender who is a person, or a group's host after its name ("飙股研究室-陈老师"); not a flash's headline words
    if (said := headers().line.match(line)) and (name := person(said["name"], known) or tail_name(said["name"])):
        return Turn(None, name, said.end())
    if reply := r.reply_to.match(line):
        return Turn(None, None, reply.end())  # the post's author answering someone: the author's words
    if aside := r.aside_label.match(line):
        # a label with who the speaker is in brackets: "周牧之（远澜资本合伙人）：", "主持人（财经记者 沈若岚）："
        head, note = _LIST_NUMBER.sub("", aside["head"], count=1).strip(), aside["aside"].strip()  # "1．X（…）："
        if STAMP.fullmatch(note) and (turn := turn_of(aside["head"] + "：" + line[aside.end() :], known, aliases)):
            return replace(turn, end=turn.end + aside.end() - len(aside["head"]) - 1)  # "董秘回复（04-02 16:31）："
        if stock_pick(head, note):  # a stock heading a line of picks ("騰訊（00700）：…"): the writer's words
            return None
        if _anonymous(head):
            return Turn(ANSWER, UNNAMED, aside.end())
        role = r.roles.get(head)
        if not role and _POST.fullmatch(head) and (holder := person(note, known)):
            return Turn(None, holder, aside.end())  # a post, then who holds it ("RM（叶凯琳）：", "策略师（温子澄）：")
        # a role's person ending its note, its nickname ("主播（财经老K）："), a title the head named ("答（主席）：")
        held = (aliases or {}).get(lexicons.term_key(note)) or (note if _NICKNAME.fullmatch(note) else None)
        name = (tail_name(note) or held) if role else person(head, known) or titled_holder(head)  # "黄卓谦博士（…）"
        if role or name:
            return Turn(role, name or None, aside.end())
        # a side with its speaker in brackets ("多方（许嘉言）：", "正方（某某证券）：")
        if (side := person(note, known)) and len(head) <= MAX_SIDE:
            return Turn(None, side, aside.end(), alias=head)
    if (barred := _BARRED_ROLE.match(line)) and (role := r.roles.get(barred["role"])):
        return Turn(role, person(barred["who"], known) or tail_name(barred["who"]), barred.end())
    if barred and _SIDE.fullmatch(barred["role"]) and (side := person(barred["who"], known)):
        return Turn(None, side, barred.end(), alias=barred["role"])  # a debate's side and its speaker ("正方｜X：")
    match = r.label.match(line)
    if match is None:
        return None
    # a verified account's badge ("汇率江湖老K V") is no name, nor a reply's branch mark ("└ 作者回复")
    label = _REMARK.sub("", _VERIFIED.sub("", match.group("label").strip()).lstrip(BRANCHES + " "))
    label = glued["who"] if (glued := _GLUED_REMARK.fullmatch(label)) and addressed(glued["who"]) else label
    if label.startswith(("引用", "引述")):
        return None  # a reply's lead to what it quotes ("引用 X 的回复："), no one's turn: the replier's goes on
    if aliases and (side := aliases.get(lexicons.term_key(label))):
        return Turn(None, side, match.end())
    if _anonymous(label):
        return Turn(ANSWER, UNNAMED, match.end())
    ranked = r.ranked_roles
    word = role_word(label, ranked)
    # a role after who holds it ("投资者提问：", "恒拓科技董秘回答：")
    if not word and (
        tail := next((w for w in ranked if label.endswith(w) and (len(w) > 1 or _one_character_role(label))), "")
    ):
        holder = label[: -len(tail)].strip()  # the label's shape says a speaker holds it
        if _COUNTED.search(holder) or holder.endswith("的"):
            # a sentence's words before a colon ("后台留言最多的两个问题：", "还有一个更长远的问题："), no one's label
            return None
        return Turn(r.roles[tail], role_holder(holder, known), match.end())
    # a numbered role ("问题2", "Q3"); who holds a role, with a note in brackets ("嘉宾 X（某研究院首席）")
    rest = _ORDINAL.sub("", NOTE.sub("", label[len(word) :])).strip()
    name = person(rest, known) if rest else None
    if rest and name is None:
        # not a role and a name ("Apple：" is no answer): a name alone, or after its desk or team ("铜组 赵启航：")
        head, _, tail = label.rpartition(" ")
        # a name and an English name before or after it is the name ("林佩璇 Vicky"), not the English name alone
        name = nicknamed(label) or person(label, known)
        # (a list's number before an English word or no name's shape heads a point: "2. Payback：…", "2. 炒糖色：…")
        topic = _LIST_NUMBER.fullmatch(head) and (tail.isascii() or not rules().person.fullmatch(tail))
        word, name = "", name or (person(tail, known) if 0 < len(head.strip()) <= MAX_SIDE and not topic else None)
        name = name or titled_holder(tail) or lettered(label)  # "林奕辰教授", "1号 林奕辰候选人", "面试官A"
    if not word and name is None:
        # a role and no name before words spoken ("专家：订单很满，…") or an anonymous guest's description in a head
        # ("专家：某头部云厂商前采购总监"), not a byline ("分析员：X｜某证券"), or alone over an anonymous one
        rest, role = line[match.end() :], NOTE.sub("", label).strip()
        spoken = re.search(r"[，,。！!？?]", rest) or rules().indefinite_inside.match(rest.strip())
        alone = not rest.strip() and rules().indefinite_inside.search(role)
        if (spoken or alone) and rules().generic_role.fullmatch(role if alone else label):
            return Turn(ANSWER, UNNAMED, match.end(), header=bool(alone))
        return None
    return Turn(r.roles.get(word), name, match.end(), speech=not line[match.end() :].strip())


def _one_character_role(label: str) -> bool:
    """A role of one character after a space, a full name or a title ("X 答：", "周明远答：", "某某电气董秘答：")."""
    holder = label[:-1]
    firm = rules().trailing_title.sub("", holder)  # whose title it is: a name, not a kind of firm ("公司董秘")
    titled = firm != holder and (not firm or (len(firm) >= 2 and not rules().bare_firm.fullmatch(firm)))
    return holder.endswith(" ") or titled or (len(holder) > 2 and bool(rules().person.fullmatch(holder)))


def _bracketed_role(label: str, known: frozenset[str]) -> Turn | None:
    """A role in brackets, alone or before who holds it ("【主持人】", "【嘉宾 陈立新】")."""
    r = turn_rules()
    word = role_word(label, r.ranked_roles)
    rest = label[len(word) :].strip()
    name = person(rest, known) if rest else None
    return Turn(r.roles[word], name, 0) if word and (name or not rest) else None


def _anonymous(label: str) -> bool:
    """A guest's role and a letter or number for their name ("嘉宾A", "专家乙"), or a letter alone ("B：") but Q, A."""
    if _LETTER.fullmatch(label):
        return True
    if (guest := _ANONYMOUS.fullmatch(label)) is None:
        return False
    return turn_rules().roles.get(guest["role"]) == ANSWER or bool(rules().generic_role.match(guest["role"]))

