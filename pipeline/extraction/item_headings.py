"""Headings and lines that say whose words follow: a digest's item naming a firm, a Q&A page's listed company.

An investor Q&A page names the company it is about in its head ("启衡智能（301657）", "启衡智能　301657"); its
board secretary's replies ("董秘回复") are the company's words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .speaker_rules import HAN, LATIN_NAME
from .turn_labels import Turn, turn_of

# A digest's item heading naming the firm before what its report is on ("1. 某某证券｜某公司（300308）")
FIRM_ITEM = re.compile(
    # ... after a tag of what the item is, with a note on where ("【攤位2】宇晟電通（南港1館 K0827）｜伺服器電源")
    r"^[#\s]*(?:【[^】]{1,8}】\s*)?(?:\d{1,2}\s*[.、．]\s*)?(?P<firm>[^|｜\s（(【]{2,16})(?:\s*[（(][^）)]{1,30}[）)])?"
    r"\s*[|｜]\s*[^|｜]{1,30}$"
)
# ... or before its view's headline and a colon ("某某证券：供需缺口扩大"), a place after it; a bracketed firm before
# its view ("【某某证券】…") heads a turn of its line (turn_labels.py)
FIRM_HEADLINE = re.compile(
    r"^[#\s]*(?P<firm>[^：:|｜\s【】（(、]{2,16})(?:[（(][^）)\s]{1,6}[）)])?\s*[：:]\s*[^：:]{2,30}$"
)
# ... or naming the firm after the listed company and its code ("① 兆易创新（603986.SH）｜华岳证券电力设备团队")
ITEM_OF_FIRM = re.compile(
    r"^[#\s]*(?:[①-⑳]|\d{1,2}\s*[.、．])?\s*[^|｜\s（(]{2,12}\s*[（(][0-9A-Za-z.]{4,12}[）)]\s*[|｜]\s*(?P<firm>[^|｜\s]{2,30})$"
)
# an item's own labelled line ("报告标题：《…》", "评级：买入"), which goes on with its firm's section
ITEM_FIELD = re.compile(r"^[#\s*]*[^：:，,。\s]{2,6}[：:]")
# a digest item's line naming the one analyst whose report it is ("分析师：蒋如松（执业证书编号：…）")
ANALYST = re.compile(rf"^\s*(?:分析师|研究员)\s*[：:]\s*(?P<name>[{HAN}]{{2,4}})\s*(?:[（(][^）)]*[）)])?\s*$")
# a digest item's line naming the writer of the piece it sums up ("作者： 卫子衡，远岫研究科技组负责人", "作者：Nora
# Whitfield，…｜原文为英文"), or a heading's end naming it ("▍三等奖：《…》　作者：欧阳泽"): theirs the item's lines
# to the digest's own view ("我的看法：")
ITEM_WRITER = re.compile(
    rf"^(?:[^\n]*?[\s　])?(?:原文)?作者\s*[：:]\s*(?P<name>{LATIN_NAME}|[^，,、｜|（(\s]{{2,12}})\s*(?:$|[，,、｜|（(])"
)
OWN_VIEW = re.compile(r"^\s*(?:我的|我自己的|笔者的)(?:看法|观点|点评|评论|想法)\s*[：:]")
# An item heading naming a listed company by its code ("【1】瀚芯科技（301928）"): whose unnamed answers follow
COMPANY_ITEM = re.compile(
    r"^[#\s]*(?:【\d{1,3}】|\d{1,3}\s*[.、．])?\s*(?P<firm>[^\s（()）]{2,16})\s*[（(]\d{6}(?:\.[A-Z]{2})?[）)]\s*$"
)
# a role's header over a platform's entry, a handle and the time between ("投资者提问　用户 X　2028-05-06 10:21")
_ROLE_ENTRY = re.compile(
    r"\s*(?P<role>[^\s:：]{1,6}(?:提问|回复|回答|答复))\s+[^。！!？?]{0,40}?\d{1,2}:\d{2}[^。！!？?]{0,20}$"
)
# ... or who posted it, maybe with a handle after, and the time in its field ("衡岳电气　回复时间：2027-03-20 16:05",
# "投资者 用户6f3a***　提问时间：2027-03-19 10:42"): the act's role, by the first word
_TIMED_ENTRY = re.compile(
    r"\s*(?P<who>[^\s:：]{1,16})(?:\s+[^\s:：]{1,16})?\s+(?P<act>提问|回复|回答|答复)时间\s*[：:]\s*[\d\-/.: ]{8,20}$"
)
# a listed company and its code in a page's head, in brackets or after a space
_LISTED = re.compile(
    rf"(?P<firm>[{HAN}A-Za-z]{{2,12}})(?:\s*[（(]\s*\d{{6}}(?:\.[A-Z]{{2}})?\s*[）)]|\s+\d{{6}}(?!\d))"
)
# the officers who answer investors for a listed company
_OFFICER = re.compile(r"董秘|董事会秘书|证券事务代表|证代")


def listed_company(head: Iterable[str]) -> str | None:
    """The listed company a page's head names with its stock code, if any."""
    return next((found["firm"] for line in head if (found := _LISTED.search(line))), None)


def officer(name: str | None) -> bool:
    """Whether a turn's name is a listed company's officer who answers for it ("董秘")."""
    return bool(name) and bool(_OFFICER.fullmatch(name))


def role_entry(line: str) -> Turn | None:
    """A role's header over an entry, with its time ("董秘回复 2028-05-09 16:40", "投资者提问　用户 X　…10:21"), or
    who answers or asks with the time in its field ("衡岳电气　回复时间：…")."""
    entry = _ROLE_ENTRY.match(line) or _TIMED_ENTRY.match(line)
    said = entry and (entry["role"] if "role" in entry.re.groupindex else entry["who"] + entry["act"])
    if said and (role := turn_of(said + "：")) and role.role:
        return replace(role, end=len(line), header=True)
    return None

