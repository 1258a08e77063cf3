"""The people a transcript's head lists: after a role's label on its line, or one a line under the label alone."""

from __future__ import annotations

import re

from . import lexicons
from .speaker_rules import HAN, rules
from .turn_labels import ANSWER, turn_rules

HEAD_LINES = 10  # the lines of a head that may list them


# a head's line listing who speaks after a role's label, notes in brackets ("主播：大熊（前信用评级分析师）｜Momo（…）",
# "> 🎙 主持：阿凯、小鱼（两个不专业的投资人）")
_ROLE_LINE = re.compile(r"[\W_]*(?P<label>[^：:\s]{1,8})[：:](?P<rest>.+)")
_LIST_ITEM = re.compile(r"[｜|、，,；;]")
_NOTED = re.compile(r"[（(][^）)]{1,30}[）)]")
MAX_LISTED = 8  # characters of a listed name: a longer item describes someone (某头部厂商前产品总监)
_SPOKEN = re.compile(r"[\s。！？!?…]")  # an item with a space or a sentence's end is words, no name ("主持人：好，…")


def listed_names(head: str) -> frozenset[str]:
    """The names a head lists after a role's label: they label their turns, whatever they look like (大熊, 小鱼 are
    also words)."""
    names = set()
    for line in head.splitlines()[:HEAD_LINES]:
        if (role := _ROLE_LINE.match(line)) and role["label"] in turn_rules().roles:
            items = (_NOTED.sub("", item).strip() for item in _LIST_ITEM.split(role["rest"]))
            names |= {lexicons.term_key(i) for i in items if 1 < len(i) <= MAX_LISTED and not _SPOKEN.search(i)}
    return frozenset(names)


# a guest's role alone on its line ("受访者："), over one guest a line, each name first
# ("罗承彦（财金88级）　某投信 投资长")
_ROLE_ALONE = re.compile(r"\W*(?P<label>[^：:\s]{1,8})[：:]\s*")
_LISTED_GUEST = re.compile(rf"\W*(?P<name>[{HAN}]{{2,4}}?)(?:[（(]|\s)")


def listed_guests(head: str) -> list[str]:
    """The guests a head lists one a line under their role's label alone: their family names alone label their
    turns ("罗：")."""
    lines = head.splitlines()[: HEAD_LINES * 2]
    guests = []
    for at, line in enumerate(lines):
        if (role := _ROLE_ALONE.fullmatch(line)) and turn_rules().roles.get(role["label"]) == ANSWER:
            for below in lines[at + 1 :]:
                if not ((guest := _LISTED_GUEST.match(below)) and rules().person.fullmatch(guest["name"])):
                    break
                guests.append(guest["name"])
    return guests
