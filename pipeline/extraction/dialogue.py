"""Transcripts and interviews: whose words a line is. A talk or interview introduces its speaker at the top
("X 系…首席经济学家，以下是直播文字稿"; "主持人：A　嘉宾：…B"); a dialogue labels each turn ("B：…", "问：…").
A turn's label names the speaker of its line and of the unlabelled lines after it, but a digest's bracketed line
(【某证券】…) its own line only; the designated speaker answers where a label names no one."""

from __future__ import annotations

import re
from dataclasses import replace

from . import item_headings as items, lexicons, speaker_names
from .records import Sentence
from .script import to_simplified
from .speaker_rules import rules
from .name_shapes import by_family_name
from .audience_labels import AUDIENCE
from .speakers import attribute, unbulleted, who as speaker_who
from .transcript_heads import HOLDER, cast, cast_lines, designated_speaker, numbered_speakers, titled_names, untitled
from .label_names import abbreviated, lettered, person, tail_name
from .column_bylines import commented
from .signed_sections import answered, bracketed, emailed, headlined, posted, quoted_documents
from .signed_sections import signed_sections, translated
from .head_lists import listed_guests, listed_names
from .paper_abstracts import abstracts
from .official_documents import official_parts
from .labelled_turns import bracketed_dialogue, labelled_turns
from .chat_headers import NOTE, STAMP
from .turn_labels import ANSWER, AUTHOR, QUESTION, UNNAMED, Turn

# a section heading naming who wrote it ("## 宏观 | 魏子谦", "## 宏观（@周楠）"): theirs to the next heading
_AFTER_BAR = r"[^|｜]{1,16}?\s*[|｜]\s*(?P<name>[^|｜\s]{2,20}|[^|｜\s]{2,12}\s[^|｜\s]{2,12})"
_AT_HANDLE = r"[^（(]{1,16}?[（(]@(?P<at>[^（）()\s]{2,20})[）)]"
# ... or in a note after it of who presents it ("(1) 半导体（分析师：林柏翰）", "一、回顾（报告人：总经分析师 刘冠廷）")
_PRESENTER = (
    r"(?:[(（]\d{1,2}[)）])?[^（(]{1,30}?[（(](?:报告人|分析师|研究员|主讲人?|主笔|执笔)\s*[：:]\s*(?:\S{1,12}\s+)?"
    r"(?P<by>[^\s）)]{2,4})[）)]"
)
_SIGNED_SECTION = re.compile(rf"^[#\s]*(?:{_AFTER_BAR}|{_AT_HANDLE}|{_PRESENTER})\s*$")
# a line of whose views follow ("首席投资策略师 区家明 观点：", "经理人观点"): theirs to the next heading
_VIEWS_OF = re.compile(
    r"^[#\s*]*(?:【[^】]{1,8}】)?(?P<who>[^，,。；;：:|｜【】\[\]\d]{2,30}?)\s*的?(?:近期|最新|最近)?(?:观点|看法)\s*[：:]?"
    r"(?:[（(][^）)]{1,16}[）)])?[*\s]*$"
)
# an audience's line, or a chat replay's message after its time ("[00:02:40] 投资菜鸟Jess：…"), and a host's label
_ASKED_BY_AUDIENCE = re.compile(rf"\s*(?:{AUDIENCE}|\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]\s*(?![【\[]))")
_HOST = re.compile(r"\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[【\[])?(?:主播|主持人|主持)")
MIN_PRESENTER_TURNS = 3  # turns of a presenter alone under their label: a script, not one prompt of a host
_CUE = re.compile(r"\s*[【\[]")  # a script's cue in brackets ("[镜头]", "【BGM】")
# a stage cue in a speech ("[掌声]", "[幻灯片 2：…]", "[播放视频]"): the speaker goes on after it
_STAGE_CUE = re.compile(r"\s*\[(?:掌声|笑声|鼓掌|幻灯片|PPT|播放|音乐|停顿|现场)[^\]]{0,40}\]\s*")
_SUMMING = re.compile(r"总结|小结|结语")  # a label's word for summing up: the host's own views follow
# ... or a named reporter's, who reports in a newscast ("[00:00:50] 记者 王柏翰：…激励。"): they ask only with a "？"
_REPORTING = re.compile(r"记者\s*[^\s：:？?]")
_ASKS = re.compile(r"[？?]")  # ... and a host's own view (_OWN_VIEW) with no question mark is no question
_OWN_VIEW = re.compile(r"我(?:个人|自己)?[都也]?[唔不]?(?:觉得|认为|同意)|我(?:自己)?[的嘅]?(?:睇法|看法)")
_QUOTING = re.compile(r"\s*(?:引用|引述)[^：:]{1,30}[：:]\s*$")  # a reply's lead to the lines it quotes
_QUOTE_MARKED = re.compile(r"\s*(?:[>＞]|「[^」]+」\s*$|“[^”]+”\s*$)")  # a quoted line: ">", or in quotes whole
# (a magazine's kicker may come first, apart by a space: "由投行到旧书堆　麦树森：「…」")
_HEADED_BY = re.compile(r"^[#\s]*(?:[^：:|｜\s]{2,20}[ \t　]+)?(?P<who>[^：:|｜\s]{2,16})[：:]")
_PROVIDED = re.compile(
    r"(?:问答|回答|答复|解答)(?:内容)?由(?P<who>[^，,。；;：:\s]{2,20}?)(?:整理)?提供|来源[：:]\s*(?P<source>[^\s，,。；;]{2,20})"
)
MAX_CUE = 4  # characters of a cue after a role ("认为", "进一步指出")
# a host's line inviting the next speaker ("接下来有请远航资产首席投资官林雅琪"): theirs the talk after it
_INVITED = re.compile(r"^\s*(?:首先|接下来|下面|最后|然后|现在)?(?:我们)?(?:有请|请出)(?P<who>[^，,。；;！!：:]{2,40})")
# a signature under a quotation ("—— X｜某资本合伙人"), not a page mark's dash ("— 2 —")
_SIGNED_OFF = re.compile(r"\s*(?:——|--|—)\s*[^\d\s—-]")
_MARK = re.compile(r"\s*[^\w\s]{1,2}\s*")  # a line of a mark or two and no word


class Voices:
    """Who speaks each sentence of an article: the turn a label opens, which in a dialogue (two
    labelled turns or more) goes on over the unlabelled lines after it, else is its line's alone;
    where no turn speaks, the designated speaker. The host's or questioner's turn asks and links:
    the views are the guest's."""

    def __init__(self, sentences: list[Sentence], author: str | None, known: frozenset[str]):
        head = "".join(s.text_simplified + "\n" for s in sentences[:12])
        self.designated = designated_speaker(head, author)
        # the byline's writer answering questions of their own ("问：…？答：…"): the article's own voice
        self._self_answered = bool(author) and self.designated == to_simplified(author).strip()
        self.cast = cast(head)
        numbered = titled_names(head) | numbered_speakers(head)  # whom the head names 说话人1, 董事长
        for name, role in numbered.values():
            if role:
                self.cast.setdefault(role, name)
        # the names the head casts label their turns, whatever they look like ("小安：")
        known = known | {lexicons.term_key(name) for name in self.cast.values()} | listed_names(head)
        self.holders = {
            lexicons.term_key(line["role"]): name
            for sentence in sentences[:30]
            if (line := HOLDER.match(sentence.text_simplified))
            and rules().generic_role.fullmatch(line["role"])
            and (name := person(line["name"], known))
        } | {title: name for title, (name, _) in titled_names(head).items() if rules().generic_role.fullmatch(title)}
        # "【B】" the head named (B＝嘉宾 X); "林：" of a person the head named in full
        aliases = {label: name for label, (name, _) in numbered.items()} | by_family_name(self.cast.values())
        # ... or listed one a line; "专家：" after "特邀专家：X，…（以下简称“专家”）"
        # ... or given anywhere ("讲者：某公司协理 X（以下简称萧协理）"), whom a frame's short name means too
        self.short_names = abbreviated("\n".join(s.text_simplified for s in sentences))
        aliases |= by_family_name(listed_guests(head)) | self.short_names
        aliases |= cast_lines(sentences, known)
        self.turns = labelled_turns(sentences, known, aliases, numbered)
        if QUESTION in self.cast and any(_ASKED_BY_AUDIENCE.match(sentences[n].text_simplified) for n in self.turns):
            # viewers ask a live stream's host, who answers ("主播（财经老K）：…", "连麦观众「小鱼」：…？")
            self.cast.setdefault(ANSWER, self.cast.pop(QUESTION))
            for number, turn in self.turns.items():
                if turn.role == QUESTION and _HOST.match(sentences[number].text_simplified):
                    self.turns[number] = replace(turn, role=ANSWER)
        host = self.cast.get(QUESTION)
        if host and ANSWER not in self.cast and {t.name for n, t in self.turns.items() if n and t.name} <= {host}:
            # a host alone on air, who reads the viewers' questions out and answers them: the views are the host's
            self.cast[ANSWER] = self.cast.pop(QUESTION)
            self.turns = {n: replace(t, role=ANSWER) if t.role == QUESTION else t for n, t in self.turns.items()}
        elif (
            not self.cast
            and len(roles := {n: t for n, t in self.turns.items() if not _CUE.match(sentences[n].text_simplified)})
            >= MIN_PRESENTER_TURNS
            and all(t.role == QUESTION and _HOST.match(sentences[n].text_simplified) for n, t in roles.items())
        ):
            # a presenter no head names, alone under their role's label among a script's cues ("【BGM】"): the
            # writer's own views
            self.cast[ANSWER] = AUTHOR
            self.turns |= {n: replace(t, role=ANSWER) for n, t in roles.items()}
        if ANSWER not in self.cast and any(t.role == ANSWER and not t.name for t in self.turns.values()):
            # answers under a headline that names who gives them ("华兴银行研究院：人民币汇率五问五答")
            if sentences and (headed := _HEADED_BY.match(sentences[0].text_simplified)):
                # (where the head names no one but the byline, a person after a firm the lexicon lacks:
                # "恒溢资产麦嘉朗：日股…", not a title: "某公司董事长：…")
                bylined = self._self_answered or not self.designated
                named = person(headed["who"], known) or (tail_name(headed["who"]) if bylined else None)
                if named and not rules().generic_role.fullmatch(named):
                    self.cast[ANSWER] = named
            # ... or a head's line saying who provides them ("以下问答由某基金整理提供", "来源：某基金")
            provided = (m["who"] or m["source"] for s in sentences[:12] if (m := _PROVIDED.search(s.text_simplified)))
            if ANSWER not in self.cast and speaker_names.is_organisation(who := next(provided, "")):
                self.cast[ANSWER] = who
        # the sentence opening a section of one person's own words: an answer's votes, a signed section's heading
        self._openers = answered(sentences) | signed_sections(sentences) | translated(sentences) | commented(sentences)
        self._mails, self._said = emailed(sentences), ""  # a thread's messages, whose ">" lines may quote the earlier
        self._items, self._item_firm = headlined(sentences), None  # a digest's items by firm; the item read
        self.turns = {number: turn for number, turn in self.turns.items() if number not in self._items}  # no turns
        self._openers |= bracketed(sentences) | self._mails | quoted_documents(sentences) | self._items
        self._openers |= abstracts(sentences) | official_parts(sentences)
        self._digest_brackets = not bracketed_dialogue(sentences, self.turns)  # each "【某证券】…" line alone
        # questions whose answers carry no label ("问题一：…？" and the paragraphs after it), the headline aside
        self._answers_unlabelled = all(turn.role == QUESTION for number, turn in self.turns.items() if number)
        self.speakers = ({turn.name for turn in self.turns.values()} | {self.designated}) - {None, AUTHOR, UNNAMED}
        self._speaking: str | None = None
        self._section: str | None = None  # the writer a signed section heading names
        self._firm_item = False  # whether that heading is a digest's item naming a firm
        self._company: str | None = None  # the listed company an item's heading names, whose the answers are
        self._listed = items.listed_company(s.text_simplified for s in sentences[:12])  # a Q&A page's, its officer's
        self._digest = sum(bool(items.ITEM_WRITER.match(s.text_simplified)) for s in sentences) > 1  # pieces' writers
        self._asking = False
        self._posted = sum(bool(posted(s.text_simplified)) for s in sentences)  # headings of a post and a name
        self._asked = False  # whether the last turn was a question labelled as one ("问（股东）：", not "主持人：")
        self._header = self._own_line = False  # a header line opens a turn; a digest's bracketed line is one
        self._bracket_head = False  # the turn's header is a bracketed heading: the next such heading ends it
        self._speech = False  # the turn is a speech under its label's own line
        self._body = False  # past the head: a text line has been read
        self._previous: Sentence | None = None
        self._quoting = False  # under a reply's lead to the lines it quotes
        self.in_turn = False

    def at(self, sentence: Sentence, heading: bool = False) -> tuple[Turn | None, str | None, bool]:
        """(the turn the sentence opens, who speaks it, whether it asks); call in text order. A
        ``heading`` ends a labelled turn (a chat's unpunctuated lines are its sender's messages).
        ``in_turn`` then tells whether a labelled turn speaks it (not the designated speaker)."""
        turn = self.turns.get(sentence.sentence_no)
        new_paragraph = self._previous is None or sentence.start != self._previous.end
        views_of = _VIEWS_OF.match(sentence.text_simplified) if new_paragraph else None
        # a time alone heads nothing, nor does an emoji alone (a thread's 🧵)
        if _SIGNED_OFF.match(sentence.text_simplified):
            self._section = None  # a signature under a quotation ("—— X｜某资本合伙人") closes it, heading nothing
        elif (
            (
                heading
                and not STAMP.fullmatch(sentence.text_simplified)
                and not _MARK.fullmatch(sentence.text_simplified)
            )
            or views_of
            or items.ITEM_OF_FIRM.match(sentence.text_simplified)
        ):
            line = sentence.text_simplified
            signed = _SIGNED_SECTION.match(line)
            # a name alone, or, below the byline, after its title and a space ("## 宏观｜首席经济学家 方志远")
            who = (signed["name"] or signed["at"] or signed["by"]) if signed else ""
            named = signed and (" " not in who or self._body) and person(who, frozenset())
            # ... or, below the head, after their post and a space, behind a mark ("■ 利昇地产研究部主管　骆家燊"),
            # not a signature under a quotation ("——某资产董事长 X"), or before a bar and their post ("01 X｜某董事长")
            if self._body and not named and self._posted > 1 and (heading_of := posted(line)):
                named = signed = heading_of  # (a byline of one writer so shaped is the author's: several are sections)
            item = items.FIRM_ITEM.match(line) or items.ITEM_OF_FIRM.match(line)
            if company := items.COMPANY_ITEM.match(line):
                self._company = company["firm"]  # to the next such heading: a question's own lines head nothing
            # (below the head: a masthead's "某某投顾｜讲座纪实" names the outlet)
            firm = item["firm"] if item and self._body and speaker_names.is_organisation(item["firm"]) else None
            if firm and (found := rules().firm.match(firm)):
                firm = found["firm"]  # a team's firm ("某证券电力设备团队")
            # a digest item's own labelled lines ("报告标题：《…》", "评级：买入") go on with its firm's section
            if not ((self._firm_item or self._section) and items.ITEM_FIELD.match(line)):
                self._section = (named or firm) if (signed or firm) else views_of and self._whose(views_of["who"])
                self._firm_item = bool(firm and not named)
        if self._firm_item and (analyst := items.ANALYST.match(sentence.text_simplified)):
            self._section = person(analyst["name"], frozenset()) or self._section  # the item's one analyst's report
        if self._digest and (writer := items.ITEM_WRITER.match(sentence.text_simplified)):
            self._section = person(writer["name"], frozenset()) or writer["name"]  # the writer a digest sums up
        elif self._digest and items.OWN_VIEW.match(sentence.text_simplified):
            self._section = None  # ... to the digest's own view of it
        if sentence.sentence_no in self._openers:
            self._section, self._speaking, self._asking = self._openers[sentence.sentence_no], None, False
        self._item_firm = self._items.get(sentence.sentence_no, None if heading else self._item_firm)
        if self._item_firm and (said := attribute(sentence.text_simplified)) and said.firm == self._item_firm:
            self._section = said.name  # the firm's analyst the item quotes goes on in its later paragraphs
        if (invited := _INVITED.match(sentence.text_simplified)) and (name := tail_name(untitled(invited["who"]))):
            self._section, self._speaking, self._asking = name, None, False
        if turn is not None:
            # a reply's mention under a sender's header ("@理性投资人 谢谢提醒") is that sender's words
            kept = self._speaking if self._header and turn.name is None and turn.role is None else None
            company = self._company if turn.role == ANSWER else None  # "答：" under "【1】某公司（301928）"
            name = self._listed if items.officer(turn.name) and self._listed else turn.name  # "董秘回复" the company's
            name = self._section if name == AUTHOR and self._mails and self._section else name  # a mail's "我的看法："
            self._speaking = name or self.cast.get(turn.role) or company or kept
            if not self._speaking and turn.role == ANSWER and self._self_answered:
                self._speaking = AUTHOR
            # the host asks, unless answering another's question (a chairman hosting a meeting's questions)
            # ... or summing up under a label that says so ("主持人总结（X）：")
            summing = _SUMMING.search(sentence.text_simplified[: turn.end])
            # ... nor when its label says it answers ("答（董事长）：" of the chairman who hosts the meeting)
            hosting = turn.name is not None and turn.name == self.cast.get(QUESTION) and not self._asked and not summing
            hosting = hosting and turn.role != ANSWER
            reporting = bool(turn.name and _REPORTING.search(sentence.text_simplified[: turn.end]))
            reporting = reporting and not _ASKS.search(sentence.text_simplified)
            own = _OWN_VIEW.search(sentence.text_simplified) and not _ASKS.search(sentence.text_simplified)
            self._asking = (turn.role == QUESTION and not reporting) or (hosting and not own)
            self._asked = turn.role == QUESTION and not _HOST.match(sentence.text_simplified)
            self._header = turn.header or kept is not None
            self._speech = turn.speech
            bracketed_line = sentence.text_simplified.lstrip().startswith("【")
            # a digest's bracketed line is a turn alone, and so is a lettered listener's under a head naming the speaker
            own = not turn.header and bracketed_line and self._digest_brackets
            self._own_line = own or bool(self.cast.get(ANSWER) and lettered(turn.name))
            self._bracket_head = turn.header and bracketed_line
        elif (
            new_paragraph and (len(self.turns) < 2 or self._own_line or (self._asking and self._answers_unlabelled))
        ) or (heading and not self._header and not self._speech and not _STAGE_CUE.fullmatch(sentence.text_simplified)):
            self._speaking, self._asking = None, False  # a question's paragraph over, the answer is no one's turn
        elif heading and self._bracket_head and sentence.text_simplified.lstrip().startswith("【"):
            # a digest's next section under a bracketed heading alike ("【计算机】" after "【宏观｜首席 X】")
            self._speaking, self._asking = None, False
        # the lines a reply quotes under its lead ("引用 X 的回复：" then "> …") are X's earlier words, no new view; so
        # are a thread's ">" lines repeating a message above, whole or cut short (a forward's are its own)
        said = sentence.text_simplified.lstrip("> ＞").rstrip("…. ")
        quoted = bool(_QUOTE_MARKED.match(sentence.text_simplified)) and (
            self._quoting or (bool(self._mails) and len(said) > 5 and said in self._said)
        )
        self._said += sentence.text_simplified + "\n" if self._mails else ""  # kept in a thread only
        self._quoting = bool(_QUOTING.match(sentence.text_simplified)) or quoted
        self._previous = sentence
        self._body = self._body or not heading
        self.in_turn = self._speaking is not None and not (heading and self._speech)  # a subheading is the editor's
        return turn, self._speaking or self._section or self.designated, self._asking or quoted

    def _whose(self, who: str) -> str | None:
        """The person a line of views names, by a role the head gave a name or by the name ending it."""
        if held := self.holders.get(lexicons.term_key(who.strip())):
            return held
        if (found := speaker_who(who.strip())) is not None and found.kind == UNNAMED:
            return UNNAMED  # an anonymous source's views ("某券商电新首席的近期观点")
        name = tail_name(who := who.strip())
        before = who[: -len(name)] if name else ""
        # a name after a space or a title ("首席投资策略师 区家明"), not a topic's last characters (黄金市场: 金市场)
        return name if name and (not before or before[-1].isspace() or rules().trailing_title.search(before)) else None

    def staff_of(self, frame: str) -> str | None:
        """The firm an item's heading names, whose staff a frame of their post alone brings in ("【攤位2】宇晟電子｜…"
        over "產品處長指出"); a faceless source (业内人士) is no one of the firm's."""
        cue = rules().cues.search(frame)
        role = NOTE.sub("", unbulleted(frame[: cue.start()])).strip() if cue and self._firm_item else ""
        faceless = role.endswith(tuple(rules().data["faceless_roles"]))
        return self._section if role and rules().generic_role.fullmatch(role) and not faceless else None

    def holder(self, phrase: str) -> str | None:
        """Whom a role the head gave a name means, in a frame of that role alone and its cue ("经理人认为")."""
        role = next((r for r in self.holders if lexicons.term_key(phrase).startswith(r)), None)
        return self.holders[role] if role and len(phrase.strip()) - len(role) <= MAX_CUE else None
