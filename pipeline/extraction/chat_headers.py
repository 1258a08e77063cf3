"""The header lines of chats, forums and comment sections: a line naming who posted the lines under it, by their
handle, badges and time ("老K 09:12", "B1　夜猫交易员　@owl", "半夏 [VIP] — 2026/11/03 09:02"), or a line of a time,
a sender and a message (LINE's "08:41 陈老师 …"); and in a comment section, a display name alone over a comment and
its date (Xiaohongshu's). Their parts are the ``speakers`` lexicon's regular expressions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicons
from .records import Sentence
from .speaker_rules import LATIN_NAME, rules

MAX_LABEL = 24  # characters of a turn's label ("嘉宾 许嘉文"), a handle's too
BRANCHES = "└├┗┣↳"  # a reply's branch marks
MENTION = rf"[^\s:：@]{{1,{MAX_LABEL}}}"  # a handle after @
NOTE = re.compile(r"[（(][^）)]{1,40}[）)]")  # a label's note on who speaks ("X（某研究院首席）：")
# a line of a date and a time alone, a post's in a timeline ("12月2日 08:03", "2026-12-02 08:03")
STAMP = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*")
# a programme's time before a label ("[00:01:20] 嘉宾 X："), or a chat export's date and time (WhatsApp's)
TIMESTAMP = re.compile(
    r"\s*[\[【(（]?(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?[\]】)）]\s*"
)
# ... or a bare time before a label, apart by spaces (a chat written up: "18:42　老周："); not a tab (LINE's export
# is a table: headers().fields reads it), nor a notice in brackets or quotes after it ("09:41　「AI摘要」重電…"), but a
# programme's narration ("00:04:12　【旁白】…")
BARE_TIME = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?[ 　]+(?=[^\s\[【「『(（]|【(?:记者)?旁白】)")
# a work chat's header of time, sender and role ("09:12 任知白（组长）")
TIMED_SENDER = re.compile(
    r"\s*\d{1,2}:\d{2}(?::\d{2})?\s+(?P<name>[^\s（(：:]{1,16})\s*(?P<note>[（(][^）)]{1,24}[）)])?\s*"
)
# a chat export's sender before their message, a note after their name ("老K｜价值投资（群主）：")
SENDER = re.compile(r"\s*(?P<name>[^\s：:，,。｜|（(]{1,16})(?:\s*[｜|（(][^：:]{0,20})?[：:]")


def handle_writer(handle: str) -> str | None:
    """Who a reply's handle is: the post's own writer (None) when its note is the poster's badge ("X（楼主）"), else the
    handle without its note."""
    noted = NOTE.search(handle)
    if noted and re.fullmatch(rules().data["poster_handle"], noted.group()[1:-1]):
        return None
    return NOTE.sub("", handle).strip() or handle


@dataclass(frozen=True)
class Headers:
    sender: re.Pattern  # a chat export's line of a sender and a time ("老K 09:12"): the lines after are theirs
    line: re.Pattern  # a chat export's line of a time, a sender and a message (LINE: "08:41 陈老师 …")
    fields: re.Pattern  # ... apart by tabs ("08:41\t【某投顾】林老师\t…")
    floor: re.Pattern  # a thread's reply header: its floor, a display name, a handle ("B1　夜猫交易员　@owl")


@lru_cache(maxsize=1)
def headers() -> Headers:
    data = rules().data
    replies = lexicons.alternation(lexicons.terms(data["reply_to"], "speakers.reply_to"))  # "回复 @X"
    return Headers(
        sender=re.compile(
            # a handle may hold digits after its first character ("fish0927 2026-11-18 23:20"), its floor numbered twice
            # maybe ("#2 B1  老K存股十年  2025-04-08 22:58", as Mobile01 shows it)
            # ... or after a board's tag of the post's leaning ("[看多] 存股阿伟　12/02 10:15")
            rf"(?:(?:{data['post_number']}\s*){{1,2}}|[\[【][^\]】]{{1,4}}[\]】]\s*)?"
            # ... or after the poster's own badge ("#1　楼主　阿乐不炒短　2026-03-02 21:14"): the author's floor
            rf"(?:(?P<poster>{data['poster_handle']})\s+)?(?:[{BRANCHES}]\s*)?"
            # (a day's word before a time is no sender: "今天 14:05", "周一 09:12")
            rf"(?!(?:今天|昨天|前天|今日|昨日|周[一二三四五六日]|星期[一二三四五六日天])\s)"
            # (nor a button's, "回复 · 赞 32", nor a word of when it was written, "编辑于 2025-11-17 09:12")
            rf"(?!(?:回复|回覆|分享|举报|点赞|收藏|编辑于|发布于|发表于|修改于|更新于)\s)"
            # (in Markdown's bold marks or not: "**价值回归2020** · 2026-03-14 23:02 · 赞 97")
            rf"(?:@?(?:\*\*)?(?P<name>[^\s\d:：，,。@（(【*][^\s:：，,。（(【*]{{0,{MAX_LABEL - 1}}})(?:\*\*)?"
            # ... or a full Latin name, and a designation, over an embedded post ("Helena Vasquez-Thorne, CFA @hvt")
            rf"|(?P<latin>{LATIN_NAME})(?:,\s*[A-Z]{{2,5}})?(?=\s+@))"
            rf"(?:\s+@[^\s:：@]{{1,{MAX_LABEL}}})?"
            # ... and whom it answers before its time ("慢牛 回复 @老韭菜 · 06-14 23:02")
            rf"(?:\s+(?:{replies})\s*@{MENTION})?"
            # the post's writer so noted ("@老周（作者）", "X【楼主】", "X　楼主"), or a note ("阿灿（做PE的）")
            rf"(?:[（(【](?P<note>{data['poster_handle']})[）)】]|\s+(?P<badge>{data['poster_handle']})(?=\s)"
            rf"|\s?(?P<aside>[（(][^（()）\s]{{1,12}}[）)]))?"
            # ... or the roles and badges the platform gives them ("半夏 [VIP]", "老司机【达人】【持仓者】✔Lv.8")
            rf"(?:\s*[\[【][^\]】\s]{{1,6}}[\]】])*(?:\s*[✔✓☑])?(?:\s*(?:LV|Lv\.?|lv)\d{{1,2}})?"
            # ... or in words, as a code forum shows them ("@qiao-lan Maintainer · 2027-09-03 10:12")
            rf"(?:\s+(?:{lexicons.alternation(lexicons.terms(data['platform_roles'], 'speakers.platform_roles'))}))*"
            # then its place, or its time, age, badge and likes, one or more ("IP属地：浙江　09-03 21:15　👍 56")
            rf"(?:\s+{data['ip_location']}$|(?:\s+{data['ip_location']})?"
            rf"(?:\s+(?:[·•|｜—–-]\s*)?(?:{data['chat_time']}|{data['ago']}|{data['dotted_age']}|{data['level_badge']}"
            rf"|{data['likes']}|{data['region']}|{data['dotted_date']}|{data['commented_on']}))+"
            # ... and then its floor's number and the poster's badge ("老王　2027-12-05 09:30　#5　楼主")
            rf"(?:\s+(?:{data['post_number']}))?(?:\s+(?P<last_badge>{data['poster_handle']}))?(?:\s*{data['answer_mark']})?"
            # ... or whom it answers ("— 2026/11/03 09:05  ↪ 回复 @半夏"): the lines below are still the sender's
            rf"(?:\s+↪?\s*(?:{replies})\s*@{MENTION})?)"
        ),
        line=re.compile(rf"\s*{data['chat_time']}[\t ]+(?P<name>[^\s:：，,。]{{1,{MAX_LABEL}}})[\t ]+(?=\S)"),
        # ... its fields apart by tabs, as LINE saves a chat: the sender's field is their name, spaces and all
        fields=re.compile(rf"\s*{data['chat_time']}\t(?P<name>[^\t]{{1,{MAX_LABEL}}})\t(?=\S)"),
        # ... or, with no handle, its display name and a note after it ("B1　某某大学　金融学系", "B2　匿名")
        floor=re.compile(
            # ... a side's seat in a debate before the handle, the time it posted after ("正方一辩　@X　发表于 …")
            # ... or after a dot, and after where they are from and a dot ("B1 · 某某大学 · 阿凯", as Dcard shows it)
            rf"(?:{data['post_number']})\s*(?:[·•]\s*(?:[^·•\n]{{2,{MAX_LABEL}}}?\s*[·•]\s*)?)?"
            rf"(?:(?:[^\s:：@]{{1,{MAX_LABEL}}}\s+)?@(?P<handle>[A-Za-z0-9_.\-\u4e00-\u9fff]{{2,24}})|"
            rf"(?P<anonymous>{data['anonymous_handle']})|(?P<poster>{data['poster_handle']})|(?P<shown>[^\s:：，,。@]{{2,{MAX_LABEL}}})(?:\s+[^\s:：，,。@]{{2,{MAX_LABEL}}})?)"
            # ... and where the platform says they are from after a dot ("B1　小熊存股　·　某某大学", as Dcard shows it)
            rf"(?:\s+[·•]\s*[^\s:：，,。@]{{2,{MAX_LABEL}}})?(?:\s+(?:发表于|发布于)\s*[\d\-/.: ]{{8,20}})?"
        ),
    )


# a comment's line of when, where and how liked, under its words ("11-09  浙江  ❤️ 312", "3天前 · 上海")
_COMMENT_META = (
    r"\s*(?:(?:\d{{4}}[-/.])?\d{{1,2}}[-/.]\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}})?|{ago}|昨天|今天|前天)"
    r"(?:\s*[·•]?\s*[^\s\d·•❤♥♡👍]{{2,4}})?(?:(?:\s+|\s*[·•]\s*)(?:[❤♥♡👍]\ufe0f?|赞|讚)\s*[\d,.]+\s*[万wWkK]?)?"
    r"(?:(?:\s+|\s*[·•]\s*)(?:回复|回覆))?\s*"  # ... and the button to answer it ("10-21 · 广东　❤ 2.3万　回复")
)
_MORE = re.compile(r"查看|展开|收起|更多")  # a button to show more replies ("查看全部9条回复 >"), no name
_EDGE_MARKS = re.compile(r"^[\W_]+|[\W_]+$")  # the emoji a display name opens or ends with ("🍊橘子汽水", "老韭菜📈")


@lru_cache(maxsize=1)
def _comment_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The comments heading, and a comment's line of when, where and how liked."""
    data = rules().data
    return re.compile(data["comments_heading"]), re.compile(_COMMENT_META.format(ago=data["ago"]))


def comment_headers(sentences: list[Sentence]) -> dict[int, str | None]:
    """Below a post's comments heading, a line of a display name alone over a line of a comment and a line of the
    comment's date, place and likes (as Xiaohongshu and Douyin show them): the commenter (None: the post's writer,
    "X（作者）"), by the name line's number."""
    heading, meta = _comment_patterns()
    lines: list[list[Sentence]] = []
    for sentence in sentences:
        if lines and sentence.start == lines[-1][-1].end:
            lines[-1].append(sentence)
        else:
            lines.append([sentence])
    opened = next((at for at, line in enumerate(lines) if heading.match(line[0].text_simplified)), len(lines))
    found = {}
    for name, _, under in zip(lines[opened + 1 :], lines[opened + 2 :], lines[opened + 3 :]):
        shown = _EDGE_MARKS.sub("", NOTE.sub("", name[0].text_simplified.strip()))
        alone = len(name) == 1 and 1 < len(shown) <= MAX_LABEL and not re.search(r"[\s，,。：:！!？?]", shown)
        alone = alone and not _MORE.match(shown)
        if alone and len(under) == 1 and meta.fullmatch(under[0].text_simplified):
            found[name[0].sentence_no] = handle_writer(name[0].text_simplified.strip()) and shown
    return found


@lru_cache(maxsize=1)
def floor_stamp() -> re.Pattern:
    """A line of a thread's post's time and its floor ("2025-03-11 22:14　#1"): the header of the post under it."""
    return re.compile(rf"{STAMP.pattern}\s*(?:{rules().data['post_number']})\s*")


@lru_cache(maxsize=1)
def _post_meta() -> tuple[re.Pattern, re.Pattern]:
    """A line of a post's time and where it was sent from ("今天 09:05 · 来自雪球 · 长文"), and a site's badge after
    its writer's name ("… 雪球专栏作者")."""
    data = rules().data
    roles = lexicons.alternation(lexicons.terms(data["platform_roles"], "speakers.platform_roles"))
    return (
        re.compile(rf"\s*{data['chat_time']}\s*[·•|｜]\s*来自[^·•|｜]{{1,16}}(?:[·•|｜][^·•|｜]{{1,12}})*"),
        re.compile(rf"\s+\S{{0,4}}?(?:{roles})\s*$"),
    )


def floor_headers(sentences: list[Sentence]) -> dict[int, str | None]:
    """A thread's display name alone on its line over a line of the post's time and floor ("阿哲不追高　（樓主）" over
    "2025-03-11 22:14　#1", as Mobile01 shows it), or of its time and where it was sent from: the writer of the lines
    below (None: the poster's own), by the name line's number."""
    found = {}
    meta, badge = _post_meta()
    for line, under in zip(sentences, sentences[1:]):
        shown = line.text_simplified.strip()
        stamped = floor_stamp().fullmatch(under.text_simplified) or meta.fullmatch(under.text_simplified)
        if stamped and len(NOTE.sub("", shown)) <= MAX_LABEL and not re.search(r"[，,。：:！!？?]", shown):
            found[line.sentence_no] = handle_writer(badge.sub("", shown))
    return found
