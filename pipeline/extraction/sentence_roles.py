"""What a line or a sentence does in its article: a heading, a quotation whole, a report's risks listed,
advice announced, a measure listed or a numbered line, a sentence going on in the voice of the one before
(lexicons/claims.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicons
from .head_lines import CLAUSE_COMMA
from .claim_units import QUOTE_CLOSES, QUOTE_OPENS, unit_rules
from .odds import stated_odds
from .records import Sentence

# ... a post's emoji of an exclamation or a question too ("千万别借钱炒币‼️")
_TERMINAL = re.compile(r"(?:[。！!；;…．.？?]|[\u203c\u2049\u2753-\u2757]\ufe0f?)[”’」』）)\]】\"']*$")
# A line this short with no closing punctuation is a heading, not a view.
MAX_HEADING = 30
MIN_SPOKEN_RUN = 4  # lines in a row without punctuation that make a run of speech
_COLUMN_GAP = re.compile(r"\u3000|\s{2}")
# a space between two Han characters in a line with no Chinese punctuation: a pause of speech turned to text
_PAUSE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_PUNCTUATED = re.compile(r"[，。！？；：、]")
MIN_PAUSES = 2
_SUBTITLE_TIME = re.compile(r"[\[【(（]\d{1,2}:\d{2}(?::\d{2})?[\]】)）]\s*\S")
# a line between two rules, however long ("===== DESK VIEWS（仅代表交易台，非研究部观点）=====")
_RULED = re.compile(r"([=＝━─~*#-])\1{2,}\s*\S.*?\s*\1{3,}")


def heading(simplified: str) -> bool:
    """A short line with no closing punctuation (sentences end at line breaks), or a line between two rules; a
    subtitle's line after its time ("[02:50] AI泡沫短期内还不会破") is speech."""
    text = simplified.strip()
    if _SUBTITLE_TIME.match(text):
        return False
    if _RULED.fullmatch(text):
        return True
    # a title in lenticular brackets may run longer ("【财富讲堂】私人银行投资总监：明年资产配置三大重点（…）")
    limit = MAX_HEADING * 2 if text.startswith("【") else MAX_HEADING
    if _plan_line().match(text) or _rated_line().match(text) or _implication().search(text) or stated_odds(text):
        # a trading plan's label and clauses after it ("進場：目前價位分批，跌破季線加碼"), a rated row or a target,
        # a cause and its effect linked by an arrow ("美元走弱 → 利好黄金"), a prediction with its odds
        return False
    return len(text) < limit and not _TERMINAL.search(text) and not text.endswith(("，", ",", "：", ":"))


def runs_on(previous: Sentence | None, sentence: Sentence, above_heads: bool) -> bool:
    """Whether a line goes on from the line right above it, a line of text (no heading: ``above_heads`` False)
    that a writer who leaves off full stops (a forum post) ended without one: a sentence of the same block,
    however short."""
    if previous is None or above_heads or sentence.start - previous.end != 1:
        return False
    above = previous.text_simplified.strip()
    return not (_TERMINAL.search(above) or above.endswith(("，", ",", "：", ":")))


def spoken_lines(sentences: list[Sentence]) -> set[int]:
    """The indexes of sentences that are lines of a run without punctuation (a video's automatic captions):
    speech, however short, not headings. A run is at least ``MIN_SPOKEN_RUN`` lines, each after a single line
    break; a list's lines hold a colon or a comma ("平均首日升幅：38.2%"), a table's a gap between its columns."""
    spoken: set[int] = set()
    run: list[int] = []
    for i, sentence in enumerate(sentences):
        text = sentence.text_simplified.strip()
        unpunctuated = not (_PUNCTUATED.search(text) or _TERMINAL.search(text) or _COLUMN_GAP.search(text))
        after_break = bool(run) and sentence.start - sentences[run[-1]].end == 1
        if unpunctuated and (after_break or not run):
            run.append(i)
            continue
        spoken.update(run if len(run) >= MIN_SPOKEN_RUN else ())
        run = [i] if unpunctuated else []
    spoken.update(run if len(run) >= MIN_SPOKEN_RUN else ())
    return spoken | _unstopped(sentences)


def _unstopped(sentences: list[Sentence]) -> set[int]:
    """A writer who leaves off full stops (a forum post) ends lines of clauses without one: where such lines
    outnumber those that end with a stop, each is a sentence, however short."""
    texts = [sentence.text_simplified.strip() for sentence in sentences]
    unstopped = {i for i, text in enumerate(texts) if CLAUSE_COMMA.search(text) and not _TERMINAL.search(text)}
    stopped = sum(bool(_TERMINAL.search(text)) for text in texts)
    return unstopped if len(unstopped) >= MIN_SPOKEN_RUN and len(unstopped) > stopped else set()


def reports_event(simplified: str) -> bool:
    """Whether a line opens with a flash note's label of the event it comments on ("事件：…")."""
    return bool(_event_line().match(simplified))


@lru_cache(maxsize=1)
def _event_line() -> re.Pattern:
    return re.compile(lexicons.load("claims")["event_line"])


def lists_risks(simplified: str) -> bool:
    """Whether a line opens with a report's label of its risks ("风险因素：", "【风险提示】：")."""
    return bool(unit_rules().risk_list.match(simplified))


def names_a_risk(simplified: str) -> bool:
    """Whether a heading names one risk ("一、技术迭代风险", "（二）客户集中度较高的风险"): under a heading of
    risks, a risk of its own, not a section of views."""
    return simplified.strip(" #*\t").endswith("风险")


def heads_advice(simplified: str) -> bool:
    """Whether a heading or a lead-in announces advice ("政策建议", "我们建议如下：")."""
    return bool(unit_rules().advice_heading.search(simplified.strip()))


def lists_measure(simplified: str) -> bool:
    """Whether a line is a measure of a list ("一是加强…", "（2）…")."""
    return bool(unit_rules().measure_item.match(simplified))


def numbered(simplified: str) -> bool:
    """Whether a line opens with a list label ("（一）", "2.", "第三、")."""
    return bool(unit_rules().label.match(simplified))


def sets_against_last(simplified: str) -> bool:
    """Whether a sentence opens by setting its topic against the last one (对于X则…): it goes on in the
    same voice."""
    return bool(unit_rules().topic_contrast.match(simplified))


# advice with no one named to give it ("X认为，…。建议关注…"): the last speaker's, in the same paragraph
_SUBJECTLESS_ADVICE = re.compile(r"\s*(?:建议|可关注|可以关注|宜关注|重点关注|推荐关注)")


def goes_on_from_last(simplified: str, same_paragraph: bool) -> bool:
    """Whether a sentence goes on in the voice of the one before: a contrast opening it (不过，…) answers
    it; in the same paragraph, a condition or a circumstance (如果…, 随着…) goes on with its argument, and advice
    that names no one gives it."""
    rules = unit_rules()
    return bool(
        rules.contrast_opening.match(simplified)
        or (same_paragraph and (rules.argument_opening.match(simplified) or _SUBJECTLESS_ADVICE.match(simplified)))
    )


def spoken_pauses(simplified: str) -> str:
    """A line of speech turned to text by machine, its clauses apart by spaces and no punctuation ("嗯 我觉得短期不
    建议追 然后就是说…"), with each pause between two Han characters read as a comma; any other line as it is."""
    if _PUNCTUATED.search(simplified) or len(_PAUSE.findall(simplified)) < MIN_PAUSES:
        return simplified
    return _PAUSE.sub("，", simplified)


def open_quotes(simplified: str, before: int) -> int:
    """How many quotations are open after a sentence, given how many were open before it (a straight quote mark,
    which both opens and closes, counts for nothing)."""
    marks = [(QUOTE_OPENS.count(c) - QUOTE_CLOSES.count(c)) for c in simplified if c in QUOTE_OPENS + QUOTE_CLOSES]
    return max(0, before + sum(marks))


def quotation(simplified: str) -> bool:
    """Whether a sentence is a quotation whole ("“……。”"): a frame opening the next names its speaker."""
    text = simplified.strip()
    return text[:1] in QUOTE_OPENS and text[-1:] in QUOTE_CLOSES


@lru_cache(maxsize=1)
def _rated_line() -> re.Pattern:
    data = lexicons.load("claims")
    return lexicons.one_pattern((*data["rated_lines"], data["target_line"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _implication() -> re.Pattern:
    return re.compile(lexicons.load("claims")["implication"])


@lru_cache(maxsize=1)
def _plan_line() -> re.Pattern:
    claims = lexicons.load("claims")
    return re.compile(rf"^\s*(?:{claims['plan_label']}|{claims['summary_label']})[^，,。]+[，,]")
