"""The parts of an official exchange saved on one page: a proposal under its head's field naming who leads it
("领衔代表：邱雅岚（…）" over "建议内容："), and a reply under its issuer's name and its title ("岚湾市能源局" over
"关于…的答复"). Each part is its issuer's words, its 我 and 我局 theirs, not the page's."""

from __future__ import annotations

import re

from . import speaker_names
from .records import Sentence
from .speaker_rules import HAN

# a proposal's field of who puts it forward, maybe with a note on who they are
_PROPOSER = re.compile(
    rf"^\s*(?:领衔代表|领衔委员|领衔人|提案人|建议人|提出人)\s*[：:]\s*(?P<name>[{HAN}]{{2,4}})\s*(?:[（(][^）)]*[）)])?\s*$"
)
_CONTENT = re.compile(r"^\s*(?:建议|提案|议案)?(?:内容|正文|案由)\s*[：:]\s*$")  # where the proposal's own words begin
_REPLY_TITLE = re.compile(r"^\s*关于[^。！？!?]{2,80}的(?:答复|复函|回复|批复|意见)\s*$")


def official_parts(sentences: list[Sentence]) -> dict[int, str]:
    """Each line of a proposal's content or of a reply, keyed to whoever issues it, to the next part or the end."""
    found: dict[int, str] = {}
    proposer = issuer = None
    for at, sentence in enumerate(sentences):
        text = sentence.text_simplified
        if lead := _PROPOSER.match(text):
            proposer = lead["name"]
        elif proposer and _CONTENT.match(text):
            issuer = proposer
        elif at and _REPLY_TITLE.match(text) and speaker_names.is_organisation(sentences[at - 1].text_simplified):
            issuer = sentences[at - 1].text_simplified.strip()
        elif issuer:
            found[sentence.sentence_no] = issuer
    return found
