"""Transcripts and interviews: whose words a line is.

A talk or interview introduces its speaker at the top ("X 系…首席经济学家，以下是直播
文字稿"; "主持人：A　嘉宾：…B"); a dialogue labels each turn ("B：…", "问：…", "答：…").
A turn's label names the speaker of its line and of the unlabelled lines after it;
the designated speaker answers where a label names no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicons
from .entities import things
from .script import to_simplified
from .records import Sentence
from .speaker_rules import BOUNDARY, HAN, rules
from .speakers import speaker_name

QUESTION, ANSWER = "question", "answer"
UNNAMED = "unnamed"  # the guide's speaker for an anonymous source
MAX_LABEL = 16  # characters of a turn's label ("嘉宾 许嘉文")
MAX_TAIL_NAME = 4  # a name ending a guest's description ("宏观研究者许嘉文")
MAX_SIDE = 6  # characters of a side's label in a debate ("多方", "看空方", "反方二辩")
# a name or nickname alone: 许嘉文, 小安, 阿Ken
_TIMESTAMP = re.compile(r"\s*[\[【(（]?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]\s*")
_NOTE = re.compile(r"[（(][^）)]{1,40}[）)]")
_BRACKET_LABEL = re.compile(r"\s*【(?P<name>[^】]{2,16})】")
_ORDINAL = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*$")
# a guest kept anonymous by a letter or number after the role ("嘉宾A", "专家乙", "受访者2")
_ANONYMOUS = re.compile(r"(?P<role>[^\sA-Za-z\d]{1,6}?)\s*(?:[A-Za-z]|[甲乙丙丁戊]|\d{1,2})")
# a section heading that names who wrote it ("## 宏观 | 魏子谦"): its views are theirs to the next heading
_SIGNED_SECTION = re.compile(r"^[#\s]*[^|｜]{1,16}?\s*[|｜]\s*(?P<name>[^|｜\s]{2,20})\s*$")
_SHORT_NAME = re.compile(rf"[{HAN}]{{2,{MAX_TAIL_NAME}}}|[{HAN}]{{0,2}}[A-Za-z]{{2,{MAX_LABEL}}}")


@dataclass(frozen=True)
class Turn:
    role: str | None  # question | answer, when the label is a role
    name: str | None  # the speaker the label names
    end: int  # where the label ends: the line's words follow
    alias: str | None = None  # a side's label that named its speaker once ("多方（许嘉言）：" -> 多方)
    header: bool = False  # a line of its own naming the sender of the lines below it (a chat export)


@dataclass(frozen=True)
class _Rules:
    markers: re.Pattern
    introduces: str
    label: re.Pattern
    handle: re.Pattern  # a post's author in a repost chain ("//@用户名:"), a forum's replier ("推 id:")
    roles: dict[str, str]  # label word -> question | answer
    chat_header: re.Pattern  # a chat export's line of a sender and a time ("老K 09:12"): the lines after are theirs
    floor_label: re.Pattern  # a forum reply's floor and author ("B1 老王爱存股："): the words after are theirs
    reply_to: re.Pattern  # a post's author answering someone ("回复@用户:")
    aside_label: re.Pattern  # a label with a note in brackets ("周牧之（远澜资本合伙人）：")


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = rules().data

    def group(name: str) -> tuple[str, ...]:
        return lexicons.terms(data[name], f"speakers.{name}")

    roles = {w: QUESTION for w in group("question_labels")} | {w: ANSWER for w in group("answer_labels")}
    return _Rules(
        markers=re.compile(lexicons.alternation(group("transcript_markers"))),
        introduces=lexicons.alternation(group("introduces")),
        # a label, perhaps with a note in brackets on who speaks ("嘉宾 X（某研究院首席研究员）：")
        label=re.compile(rf"\s*(?P<label>[^{BOUNDARY}（(]{{1,{MAX_LABEL}}}?(?:[（(][^）)]{{1,40}}[）)])?)[：:]"),
        handle=re.compile(
            rf"\s*(?:(?://)?@|(?:{lexicons.alternation(group('reply_marks'))})\s+)(?P<handle>[^\s:：@/]{{1,{MAX_LABEL}}})[：:]"
        ),
        roles=roles,
        reply_to=re.compile(rf"\s*(?:{lexicons.alternation(group('reply_to'))})\s*@[^\s:：@]{{1,{MAX_LABEL}}}[：:]\s*"),
        aside_label=re.compile(
            rf"\s*(?P<head>[^（(：:，,。\s]{{1,{MAX_LABEL}}})\s*[（(](?P<aside>[^）)]{{1,40}})[）)]\s*[：:]"
        ),
        floor_label=re.compile(rf"\s*(?:{data['post_number']})\s*(?P<name>[^\s:：，,。]{{1,{MAX_LABEL}}})\s*[：:]\s*"),
        chat_header=re.compile(
            rf"(?:{data['post_number']}\s*)?(?P<name>[^\s\d:：，,。]{{1,{MAX_LABEL}}})\s+{data['chat_time']}"
        ),
    )


def turn_of(line: str, known: frozenset[str] = frozenset(), aliases: dict[str, str] | None = None) -> Turn | None:
    """The turn a line's label opens: a role ("问：", "主持人："), a name ("许嘉文："), both
    ("嘉宾许嘉文："), or a handle in a repost chain ("//@价值小散：") or of a forum's reply ("推 id:").
    ``aliases`` holds the sides a debate's labels named once ("多方（许嘉言）：" makes "多方：" 许嘉言's).
    A label that is none of these ("风险提示：") opens no turn. A programme's time before the label
    ("[00:01:20] 嘉宾 X：") is passed over."""
    if stamp := _TIMESTAMP.match(line):
        turn = turn_of(line[stamp.end() :], known, aliases)
        return replace(turn, end=turn.end + stamp.end()) if turn else None
    r = _rules()
    if handle := r.handle.match(line):
        return Turn(None, handle["handle"], handle.end())
    if (bracket := _BRACKET_LABEL.match(line)) and (firm := _person(bracket["name"], known)):
        return Turn(None, firm, bracket.end())  # a digest's line of one firm's view ("【某某证券】…")
    if floor := r.floor_label.match(line):
        return Turn(None, floor["name"], floor.end(), header=not line[floor.end() :].strip())
    if header := r.chat_header.fullmatch(line.strip()):
        return Turn(None, header["name"], len(line), header=True)
    if reply := r.reply_to.match(line):
        return Turn(None, None, reply.end())  # the post's author answering someone: the author's words
    if aside := r.aside_label.match(line):
        # a label with who the speaker is in brackets: "周牧之（远澜资本合伙人）：", "主持人（财经记者 沈若岚）："
        head, note = aside["head"].strip(), aside["aside"].strip()
        if _anonymous(head):
            return Turn(ANSWER, UNNAMED, aside.end())
        role = r.roles.get(head)
        name = _tail_name(note) if role else _person(head, known)
        if role or name:
            return Turn(role, name or None, aside.end())
        # a side with its speaker in brackets ("多方（许嘉言）：", "正方（某某证券）：")
        if (side := _person(note, known)) and len(head) <= MAX_SIDE:
            return Turn(None, side, aside.end(), alias=head)
    match = r.label.match(line)
    if match is None:
        return None
    label = match.group("label").strip()
    if _anonymous(label):
        return Turn(ANSWER, UNNAMED, match.end())
    if aliases and (side := aliases.get(lexicons.term_key(label))):
        return Turn(None, side, match.end())
    ranked = sorted(r.roles, key=len, reverse=True)
    word = next((w for w in ranked if label.startswith(w)), "")
    # a role after who holds it ("投资者提问：", "恒拓科技董秘回答：")
    if not word and (
        tail := next((w for w in ranked if label.endswith(w) and (len(w) > 1 or label.endswith(" " + w))), "")
    ):
        holder = label[: -len(tail)].strip()  # the label's shape says a speaker holds it
        return Turn(r.roles[tail], _holder(holder, known), match.end())
    # a numbered role ("问题2", "Q3"); who holds a role, with a note in brackets ("嘉宾 X（某研究院首席）")
    rest = _ORDINAL.sub("", _NOTE.sub("", label[len(word) :])).strip()
    name = _person(rest, known) if rest else None
    if rest and name is None:
        # not a role and a name ("Apple：" is no answer label): the label may be a name alone
        word, name = "", _person(label, known)
    if not word and name is None:
        return None
    return Turn(r.roles.get(word), name, match.end())


def _anonymous(label: str) -> bool:
    """A guest's role and a letter or number instead of their name ("嘉宾A", "专家乙")."""
    if (guest := _ANONYMOUS.fullmatch(label)) is None:
        return False
    return _rules().roles.get(guest["role"]) == ANSWER or bool(rules().generic_role.match(guest["role"]))


def _holder(phrase: str, known: frozenset[str]) -> str | None:
    """Who holds a role named after them ("恒拓科技董秘回答：" -> 恒拓科技董秘). The company a filing
    speaks for ("公司回复：", "本公司答复：") is its author, and a bare kind of firm names no one."""
    if not phrase or rules().first_person.fullmatch(phrase) or rules().bare_firm.fullmatch(phrase):
        return None
    # a description and a name ("专栏作家 吴佩珊"), else the holder as written ("恒拓科技董秘")
    return _person(phrase, known) or (_tail_name(phrase) if " " in phrase else None) or phrase


_INTERVIEWED = re.compile(r"(?:独家)?(?:专访|采访)[｜|：:\s]*(?P<who>[^，,。；;！!？?“”「」\s｜|]{2,30})\s*$")
# a talk's head naming whose it is ("以下为X副行长Y在…论坛上的演讲实录")
_TALK_OF = re.compile(
    r"以下(?:为|是)(?P<who>[^，,。；;在]{2,30})在[^，,。；;]{2,40}?[上中]的(?:主旨)?(?:演讲|讲话|发言|致辞|报告)"
)
# a speaker introducing themself ("大家好，我是…投资总监方嘉欣"; Cantonese 我係 reads 我系)
_SELF_INTRODUCED = re.compile(
    r"^\s*(?:大家好|各位好|各位观众|你好|您好)?[，,！!]?\s*我(?:是|系|叫)(?P<who>[^，,。；;！!？?\s]{2,30})"
)


def _person(phrase: str, known: frozenset[str]) -> str | None:
    if lexicons.term_key(phrase) in known:
        return phrase
    # a label naming an asset, index, product or region heads a list's line ("白银：波动较大"), not a turn
    return None if lexicons.term_key(phrase) in things() else speaker_name(phrase)


def _tail_name(description: str) -> str | None:
    """The name ending a person's description ("宏观研究者许嘉文" -> 许嘉文)."""
    return next(
        (
            description[-k:]
            for k in range(2, MAX_TAIL_NAME + 1)
            if len(description) >= k and rules().person.fullmatch(description[-k:])
        ),
        None,
    )


def cast(simplified: str) -> dict[str, str]:
    """The names a transcript's head gives its roles ("主持人：刘思远　嘉宾：…许嘉文" ->
    question: 刘思远, answer: 许嘉文): the last name in each role's description."""
    found: dict[str, str] = {}
    window = simplified[: int(rules().data["transcript_window"])]
    for line in window.splitlines()[:3]:
        # a role with its person in brackets ("主持人（记者 沈若岚）：")
        if _rules().aside_label.match(line) and (turn := turn_of(line)) and turn.role and turn.name:
            found.setdefault(turn.role, turn.name)
            continue
        pieces: list[str] = []
        for piece in re.split(r"[\s　|｜/]+", line):
            # a piece with no label goes on with the role before it ("嘉宾：…首席分析师 贺立群")
            if pieces and turn_of(piece) is None:
                pieces[-1] += " " + piece
            else:
                pieces.append(piece)
        for piece in pieces:
            turn = turn_of(piece)
            if turn is None or turn.role is None or turn.role in found:
                continue
            description = piece[turn.end :].strip()
            if turn.role == ANSWER and rules().indefinite_inside.search(description):
                found[turn.role] = UNNAMED  # a guest the minutes do not name ("某厂商前产品总监")
                continue
            # a role given a short name and nothing else names its person, a nickname too ("主持人：小安")
            if _SHORT_NAME.fullmatch(description):
                found[turn.role] = description
                continue
            if name := _tail_name(description):
                found[turn.role] = name
    return found


class Voices:
    """Who speaks each sentence of an article: the turn a label opens, which in a dialogue (two
    labelled turns or more) goes on over the unlabelled lines after it, else is its line's alone;
    where no turn speaks, the designated speaker. The host's or questioner's turn asks and links:
    the views are the guest's."""

    def __init__(self, sentences: list[Sentence], author: str | None, known: frozenset[str]):
        head = "".join(s.text_simplified + "\n" for s in sentences[:12])
        self.designated = designated_speaker(head, author)
        self.cast = cast(head)
        # the names the head casts label their turns, whatever they look like ("小安：")
        known = known | {lexicons.term_key(name) for name in self.cast.values()}
        self.turns: dict[int, Turn] = {}
        aliases: dict[str, str] = {}
        previous = None
        for sentence in sentences:
            if previous is None or sentence.start != previous.end:
                if (turn := turn_of(sentence.text_simplified, known, aliases)) is not None:
                    self.turns[sentence.sentence_no] = turn
                    if turn.alias and turn.name:
                        aliases[lexicons.term_key(turn.alias)] = turn.name
            previous = sentence
        self._speaking: str | None = None
        self._section: str | None = None  # the writer a signed section heading names
        self._asking = False
        self._header = False
        self._previous: Sentence | None = None
        self.in_turn = False

    def at(self, sentence: Sentence, heading: bool = False) -> tuple[Turn | None, str | None, bool]:
        """(the turn the sentence opens, who speaks it, whether it asks); call in text order. A
        ``heading`` ends a labelled turn (a chat's unpunctuated lines are its sender's messages).
        ``in_turn`` then tells whether a labelled turn speaks it (not the designated speaker)."""
        turn = self.turns.get(sentence.sentence_no)
        new_paragraph = self._previous is None or sentence.start != self._previous.end
        if heading:
            signed = _SIGNED_SECTION.match(sentence.text_simplified)
            self._section = _person(signed["name"], frozenset()) if signed else None
        if turn is not None:
            self._speaking = turn.name or self.cast.get(turn.role)
            self._asking = turn.role == QUESTION or (turn.name is not None and turn.name == self.cast.get(QUESTION))
            self._header = turn.header
        elif (new_paragraph and len(self.turns) < 2) or (heading and not self._header):
            self._speaking, self._asking = None, False
        self._previous = sentence
        self.in_turn = self._speaking is not None
        return turn, self._speaking or self._section or self.designated, self._asking


def designated_speaker(simplified: str, author: str | None = None) -> str | None:
    """The person whose words a transcript or talk is: its guest, or one introduced at its top
    ("X 系…首席经济学家…以下是直播文字稿"), else its byline when that is a person's name."""
    r = _rules()
    window = simplified[: int(rules().data["transcript_window"])]
    if not r.markers.search(window):
        return None
    if guest := cast(simplified).get(ANSWER):
        return guest
    for line in window.splitlines()[:3]:
        turn = turn_of(line)
        if turn is not None and turn.role == QUESTION:
            continue  # the host asks
        match = re.match(rf"\s*(?P<name>[^{BOUNDARY}\s]{{2,20}}?)(?:{r.introduces})", line)
        if match and (name := speaker_name(match.group("name"))) and rules().person.match(name):
            return name
        # a headline naming whom it interviews ("——专访远川能源研究院院长石景川")
        if (match := _INTERVIEWED.search(line) or _SELF_INTRODUCED.match(line) or _TALK_OF.search(line)) and (
            name := _tail_name(match.group("who"))
        ):
            return name
    byline = to_simplified(author or "").strip()
    return byline if byline and rules().person.match(byline) else None
