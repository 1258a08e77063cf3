"""The turns a dialogue's labels open, paragraph by paragraph: a label's speaker or role, a comment's handle below a
comments heading, a chat export's sender under its time (in brackets too), a work chat's header of time and sender.
Labels naming companies on a page of picks ("远洋银行：资产质量稳健…") are its topics, no turns."""

from __future__ import annotations

import re
from dataclasses import replace

from . import item_headings as items
from . import lexicons
from .chat_headers import NOTE, SENDER, STAMP, TIMED_SENDER, comment_headers, floor_headers
from .label_names import foreign_names, label_holder, person
from .records import Sentence
from .name_shapes import family_nickname
from .speaker_rules import HAN, rules
from .turn_labels import AUTHOR, UNNAMED, Turn, turn_of, turn_rules


# a chat export's sender in brackets on a line of their own under the time ("【人工客服·周婉（工号：A8306）】")
_BOXED_SENDER = re.compile(r"\s*[【\[](?P<who>[^】\]]{1,30})[】\]]\s*")


def _shown(field: str, known: frozenset[str]) -> str:
    """Who a sender's field shows: the person after a role and a dot ("人工客服·周婉"), else the field without its
    note."""
    shown = NOTE.sub("", field).strip()
    role, dot, name = shown.rpartition("·")
    return (person(name, known) if dot and role else None) or shown


_HOUSE_MARK = re.compile(r"[-－@·]")


def _housed(name: str) -> str:
    """The person of a sender shown with their firm, before or after it ("张以恒-启澜资本", "邱蔓@北辰创投"), else the
    name as shown."""
    people = [part for part in _HOUSE_MARK.split(name) if _HAN_NAME.fullmatch(part) and rules().person.fullmatch(part)]
    return people[0] if len(people) == 1 and _HOUSE_MARK.search(name) else name


def _salutes(below: list[Sentence]) -> bool:
    """Whether a label alone is a letter's salutation: the line below addresses its holder (您), or a letter's
    closing follows (此致, X谨启)."""
    return bool(below) and (
        bool(_ADDRESSED.match(below[0].text_simplified)) or any(_CLOSING.search(s.text_simplified) for s in below)
    )


_ADDRESSED = re.compile(r"\s*您(?!好)")
_CLOSING = re.compile(r"^\s*(?:此致|此复|顺颂|顺祝)|(?:谨启|敬启|谨上|敬上|拜上)\s*$")
_TIMED_HANDLE = re.compile(rf"(?=.*[^\W\d_]){TIMED_SENDER.pattern}(?<![，,。；;！!？?%％\d])")  # a word, not "★"
MIN_TIMED_HEADERS = 3
SALUTATION_REACH = 40  # sentences from a salutation to its letter's closing
_BYLINE = re.compile(r"\s*(?:文|撰文|作者)\s*[：:／/]\s*\S")


def labelled_turns(
    sentences: list[Sentence], known: frozenset[str], aliases: dict[str, str], numbered: dict[str, tuple]
) -> dict[int, Turn]:
    """The turn each paragraph's label opens, keyed by its sentence. ``aliases``: the labels the head names (a debate's
    sides it names once are added as they come); ``numbered``: the speakers a machine transcript's head numbers."""
    aliases = dict(aliases)
    turns: dict[int, Turn] = {}
    foreign, shown_over = foreign_names(sentences), comment_headers(sentences) | floor_headers(sentences)
    titles = {title: name for title, (name, _) in numbered.items()}
    previous = None
    commenting = False  # below a post's comments heading, where a handle labels each comment
    topics, firms = 0, []  # paragraphs a label opens that names no one ("华衡电气："), and those naming a firm
    cues = script_cues(sentences, known)
    # a chat export's headers of a time and a handle, whatever it looks like ("09:13:40 韭菜不割"), many and some
    # the same sender's (a programme's timed section headings are each another)
    handles = [m["name"] for s in sentences if (m := _TIMED_HANDLE.fullmatch(s.text_simplified))]
    timed_chat = len(handles) >= MIN_TIMED_HEADERS and len(set(handles)) < len(handles)
    for at, sentence in enumerate(sentences):
        commenting = commenting or bool(turn_rules().comments.match(sentence.text_simplified))
        if previous is None or sentence.start != previous.end:
            turn = items.role_entry(sentence.text_simplified) or turn_of(sentence.text_simplified, known, aliases)
            # a handle of a title's shape ("铜博士：…") is a commenter's, no anonymous guest's
            anonymous = turn is not None and turn.name == UNNAMED
            if (
                (turn is None or anonymous)
                and commenting
                and (handle := turn_rules().commenter.match(sentence.text_simplified))
            ):
                # and whom it answers ("老周 UP主：回复 @X：…"), no part of the comment's words
                reply = turn_rules().reply_to.match(sentence.text_simplified, handle.end())
                # the post's own writer's reply, by its note ("X（作者）：…"), is the author's
                poster = re.fullmatch(rules().data["poster_handle"], handle["note"] or "")
                turn = Turn(None, AUTHOR if poster else handle["name"], reply.end() if reply else handle.end())
            if turn is None and (over := sentence.sentence_no) in shown_over:  # a name alone over a comment and its
                # date, or over its post's time and floor
                turn = Turn(None, shown_over[over] or AUTHOR, len(sentence.text_simplified), header=True)
            if turn is None and sentence.sentence_no in cues:  # a screenplay's character over their lines
                turn = Turn(None, cues[sentence.sentence_no], len(sentence.text_simplified), header=True)
            if (not turn or not turn.header) and previous is not None and STAMP.fullmatch(previous.text_simplified):
                # a chat export's message under its time: its sender's, their note left out ("老K｜群主：…", "周启明 |
                # 钧和资本：", the person of "张以恒-启澜资本"), whatever else the label reads like
                # (a note's colon is no sender's: "【人工客服·周婉（工号：A8306）】")
                if boxed := _BOXED_SENDER.fullmatch(sentence.text_simplified):
                    turn = Turn(None, _shown(boxed["who"], known), len(sentence.text_simplified), header=True)
                elif sent := SENDER.match(sentence.text_simplified):
                    alone = not sentence.text_simplified[sent.end() :].strip()
                    turn = Turn(None, _housed(sent["name"]), sent.end(), header=alone)
            if (sender := TIMED_SENDER.fullmatch(sentence.text_simplified)) and (
                sender["note"] or rules().person.fullmatch(sender["name"]) or timed_chat
            ):  # a work chat's header of time, sender and role ("09:12 任知白（组长）"): the lines under it
                turn = Turn(None, sender["name"], len(sentence.text_simplified), header=True)
            under = turns.get(previous.sentence_no) if previous is not None else None
            if turn is not None and under and under.header and not turn.header and turn.role is None:
                # a message's own tag or lead under its sender's header ("【盘前】…", "置顶｜补充：", "补充一点数据：")
                named = turn.name and person(turn.name, known)
                turn = None if _MESSAGE_TAG.match(sentence.text_simplified) or (turn.name and not named) else turn
            labelled = turn_rules().label.match(sentence.text_simplified)
            named = None if turn is None or turn.name == UNNAMED else turn.name
            if labelled and (held := label_holder(NOTE.sub("", labelled["label"]), titles, foreign, named)):
                turn = Turn(None, held, labelled.end())  # "投资策略师（电话加入）：", "萨瑟兰理事："
            topics += bool(labelled) and turn is None
            if labelled and turn is not None and turn.name and turn.role is None and not turn.header:
                if rules().firm.fullmatch(turn.name) and not commenting:  # a commenter's handle is no topic
                    firms.append(sentence.sentence_no)
            bylined = any(_BYLINE.match(below.text_simplified) for below in sentences[at + 1 : at + 3])
            if turn is not None and turn.header and bylined:
                turn = None  # a column's name over its headline and byline ("【股海观潮】" … "文：X"): its writer's
            if turn is not None and turn.speech and _salutes(sentences[at + 1 : at + 1 + SALUTATION_REACH]):
                turn = None  # a letter's salutation ("X代表：" over "您提出的建议收悉"; "敬启者："): its writer's
            if turn is not None:
                if turn.name and (named := numbered.get(lexicons.term_key(turn.name))):
                    turn = replace(turn, name=named[0])
                turns[sentence.sentence_no] = turn
                if turn.alias and turn.name:
                    aliases[lexicons.term_key(turn.alias)] = turn.name
        previous = sentence
    if topics >= 2 and topics > len(firms):
        for number in firms:  # picks labelled by company ("远洋银行：资产质量稳健…"): topics, not speakers
            del turns[number]
    return turns


MIN_CUES = 4  # a script's name lines: a character speaks more than once, and two or more speak


def script_cues(sentences: list[Sentence], known: frozenset[str]) -> dict[int, str]:
    """A screenplay's lines of a character's name alone over their lines of speech ("周启明" over "几点到的？"),
    keyed by the name line's number, where two characters or more speak so; a list of names (one over the next) or a
    signature over a title is none."""
    starts, ends = {s.start for s in sentences}, {s.end for s in sentences}
    lines = [s for s in sentences if s.start not in ends and s.end not in starts]  # a line of one sentence
    alone = {s.sentence_no: name for s in lines if (name := _cue_name(s.text_simplified, known))}
    cues = {
        number: name
        for number, name in alone.items()
        if (spoken := _spoken_below(sentences, number)) is not None and spoken not in alone
    }
    return cues if len(cues) >= MIN_CUES and len(set(cues.values())) >= 2 else {}


_HAN_NAME = re.compile(rf"[{HAN}·]{{2,8}}")
_FULL_LATIN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")  # "Jason Mak"; a heading's words are few names
_SPOKEN = re.compile(r"[，,。！!？?…]")  # a line of speech, not a title under a name
_DIRECTION = re.compile(r"\s*[（(][^）)]{1,30}[）)]\s*")  # how a line is said, between the name and it ("（冷笑）")


def _spoken_below(sentences: list[Sentence], number: int) -> int | None:
    """The number of the line of speech under a name line, past a direction on how it is said, if there is one."""
    below = next((s for s in sentences[number + 1 : number + 3] if not _DIRECTION.fullmatch(s.text_simplified)), None)
    return below.sentence_no if below is not None and _SPOKEN.search(below.text_simplified) else None


def _cue_name(line: str, known: frozenset[str]) -> str | None:
    """A Chinese name's shape, a nickname's ("老马") or a Latin full name's, alone: not a heading's word ("Changed",
    "Known Issues")."""
    text = line.strip()
    shaped = (_HAN_NAME.fullmatch(text) and rules().person.fullmatch(text)) or _FULL_LATIN.fullmatch(text)
    shaped = shaped or family_nickname(text)
    return person(text, known) if shaped else None


_BRACKET_LABEL = re.compile(r"\s*【(?P<label>[^】]{1,30})】")
_MESSAGE_TAG = re.compile(rf"{_BRACKET_LABEL.pattern}|\s*[^｜|：:\s]{{1,6}}[｜|]")


def bracketed_dialogue(sentences: list[Sentence], turns: dict[int, Turn]) -> bool:
    """Whether a text's bracketed labels ("【周岚】…") are a dialogue's, whose turns run on over the lines below, not
    a digest's (each "【某证券】…" line alone): a host's or a questioner's label is among them, or a person's name
    alone comes back (not a newscast's cues, "【OS】", nor an editor's notes, "【批注 周敏】")."""
    people, roles = [], False
    for number, turn in turns.items():
        if not turn.header and (bracket := _BRACKET_LABEL.match(sentences[number].text_simplified)):
            roles = roles or bool(turn.role)
            name = NOTE.sub("", bracket["label"]).strip()
            if name == turn.name and _HAN_NAME.fullmatch(name) and rules().person.fullmatch(name):
                people.append(name)
    return roles or len(set(people)) < len(people)
