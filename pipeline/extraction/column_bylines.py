"""The lines naming who comments or writes in the section below them: a commentator's or an editor's line
("点评人：X", "【编辑点评】 责任编辑：X"), a column's heading with its own byline, a guest column's byline."""

from __future__ import annotations

import re

from .records import Sentence
from .sentence_roles import MAX_HEADING
from .speaker_rules import HAN, LATIN_NAME, rules

# a line naming who comments below it in a report ("点评人：X　某研究所高级分析师"), or an editor's comment under its
# bracketed heading ("【编辑点评】　责任编辑：X"): the section after it is theirs
_COMMENTER = re.compile(
    r"^\s*(?:点评人|点评嘉宾|解读人|解读专家|【[^】]{0,6}(?:点评|评论|短评)】\s*(?:责任)?编辑)[：:]\s*"
    rf"(?P<name>{LATIN_NAME}|[{HAN}]{{2,4}})(?:[\s　，,（(]|$)"
)


def commented(sentences: list[Sentence]) -> dict[int, str]:
    """The lines naming who comments in the section below them, keyed to that person; and, below an article's
    first full sentence, a column's heading with its own byline ("三、会员专栏：〈…〉　文／周正和（…）"), or a byline
    alone under a heading's line ("嘉宾专栏｜…" over "作者：周砚（青衡资本合伙人）")."""
    begun = next((at for at, s in enumerate(sentences) if s.text_simplified.rstrip().endswith("。")), len(sentences))
    return {
        s.sentence_no: found["name"]
        for at, s in enumerate(sentences)
        if (found := _COMMENTER.match(s.text_simplified) or (at > begun and _column(sentences, at)))
        and rules().person.fullmatch(found["name"])
    }


def _column(sentences: list[Sentence], at: int) -> re.Match | None:
    above, line = sentences[at - 1], sentences[at].text_simplified
    # a heading's line above the byline, a question's too ("嘉宾专栏｜四年周期死了吗？")
    alone = above.end < sentences[at].start and (at < 2 or sentences[at - 2].end < above.start)
    return _COLUMN.search(line) or (alone and len(above.text) <= MAX_HEADING and _BYLINE.fullmatch(line) or None)


_COLUMN = re.compile(rf"(?:^|[\s　])(?:文|撰文)\s*[／/]\s*(?P<name>[{HAN}]{{2,4}})\s*(?:[（(][^）)]{{0,30}}[）)])?\s*$")
# ... a guest's byline alone, who they are in brackets ("作者：周砚（青衡资本合伙人）"); a page's own writer's byline
# over their column gives none ("文：叶子鸣")
_BYLINE = re.compile(rf"\s*(?:作者|撰文|文)\s*[：:／/｜|]\s*(?P<name>[{HAN}]{{2,4}})\s*[（(][^）)]{{2,30}}[）)]\s*")
