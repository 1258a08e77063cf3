"""Labels of an audience and of the writer's own notes: whose a viewer's, caller's or commenter's line is
("连麦观众「小鱼」：", "听众陈先生：", "【弹幕】老王不慌："), and the translator's note that is the article's own
voice ("【译者注】"), and a chat replay's sender after the time. turn_labels.py reads a line's label with them."""

from __future__ import annotations

import re

from .speaker_rules import rules

AUDIENCE = r"(?:连麦)?(?:观众|网友|粉丝|听众|来电听众|读者)"
# a viewer, listener or caller who asks, named by their handle in corner brackets
_ASKER = re.compile(rf"\s*{AUDIENCE}[「『“](?P<name>[^」』”]{{1,16}})[」』”]\s*[：:]")
# a caller or viewer labelled by who they are and their name ("听众陈先生：", "观众Amy："), not by what they do
# ("读者问："): theirs, a view unless it asks
_CALLER = re.compile(rf"\s*(?P<name>{AUDIENCE}(?![问提来留回答])[^\s：:，,。「『“]{{1,10}})\s*[：:]")
# a viewer's comment read out under its tag ("【弹幕】老王不慌：节后必跌", "【公屏】X：…"): the handle's words, a view
# unless it asks, unpunctuated as such comments are (吗 before a space)
_COMMENT_TAG = re.compile(
    r"\s*[【\[](?:弹幕|评论|留言|网友留言|观众留言|公屏|聊天区)[】\]]\s*(?P<name>[^：:\s]{1,16})\s*[：:]"
)
_ENDED = re.compile(r"[。！!？?…]\s*$")
_ASKING = re.compile(r"[？?]|[吗嗎呢么麼](?:\s|$)")
# the translator's, writer's or editor's own note in a text that is someone else's ("【译者注】…", "笔者注：…",
# "编者：…" between the posts a roundup embeds), a poet's note under a poem ("自注：…"), or the writer's own word
# on what they pass on ("我的看法：…")
_NOTES = (
    r"译者注|译者按|译注|笔者注|笔者按|作者注|作者按|自注|编者注|编者(?!按)|编注"
    r"|我的(?:一句话|看法|观点|点评|判断|理解)"
)
_WRITER_NOTE = re.compile(rf"\s*(?:[【\[（(](?:{_NOTES})[】\]）)]|[【\[]?(?:{_NOTES})\s*[：:])")


def audience_label(line: str) -> tuple[bool, str, int] | None:
    """(whether the line asks, whose it is, where its words start) when an audience's label opens it."""
    if asker := _ASKER.match(line):
        return True, asker["name"], asker.end()
    if caller := _CALLER.match(line):
        return False, caller["name"], caller.end()
    if comment := _COMMENT_TAG.match(line):
        return bool(_ASKING.search(line, comment.end())), comment["name"], comment.end()
    return None


# a chat replay's message after its time (turn_labels.py passes the time over): a super chat's mark and amount maybe,
# then the sender's handle and a colon ("🟢 $100.00 陈小卷：…", "股海老船长：…")
_CHAT_SENDER = re.compile(
    r"\s*(?:[^\w\s$【\[]{1,2}\s*)?(?:\$\s*[\d,.]+\s*)?(?P<name>[^\s：:，,。！!？?【\[$]{2,16})\s*[：:]"
)
# ... not a speaker's own lead-in to their words ("我自己的策略是：", "总结一句话：", "今天要聊的是留言区问爆的题目：")
_LEAD_IN = re.compile(r"^(?:我|你|他|她|大家|总结|简单)|的是|(?:是|说|讲|的|话|如下|题目|问题|重点|结论|原因|主题)$")


_HOUSED = re.compile(r"[^-－·]{1,8}[-－·](?P<person>[^-－·]{2,4})")  # "鼎衡-周晓岚": a firm's short name, a person


def chat_sender(line: str) -> tuple[bool, str, int] | None:
    """(whether the message asks, whose it is, where its words start) of a line of a chat replay after its time; a
    sender shown after their firm's short name (a sales group's "鼎衡-周晓岚") is the person."""
    if (sent := _CHAT_SENDER.match(line)) and not _LEAD_IN.search(sent["name"]):
        housed = _HOUSED.fullmatch(sent["name"])
        named = housed["person"] if housed and rules().person.fullmatch(housed["person"]) else sent["name"]
        return bool(_ASKING.search(line, sent.end())), named, sent.end()
    return None


# a sender's name and the time of their message before its colon, as a chat quoted shows them ("老周 23:14：…")
_TIMED_LABEL = re.compile(r"\s*(?P<name>[^\s：:，,。]{1,12})\s+\d{1,2}:\d{2}\s*[：:]")


def timed_label(line: str) -> tuple[str, int] | None:
    """(the sender's name, where the message's words start) of a line of a chat quoted, its time after the name."""
    return (found["name"], found.end()) if (found := _TIMED_LABEL.match(line)) else None


def writer_note(line: str) -> int | None:
    """Where the words of a line the writer's own note opens start, if it opens it; the writer's own word is a
    sentence, not a heading ("我的看法：不是所有软件都会被AI吃掉" heads a section)."""
    if (note := _WRITER_NOTE.match(line)) is None or ("我的" in note.group() and not _ENDED.search(line)):
        return None
    return note.end()
