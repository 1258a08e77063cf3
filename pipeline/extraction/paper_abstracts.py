"""A page of papers' abstracts (a conference's poster session, a journal's contents): each abstract's findings are its
first author's."""

from __future__ import annotations

import re

from .records import Sentence
from .speaker_rules import HAN, LATIN_NAME


# a paper's line of authors, each with the number of their affiliation ("韦思远1*，蒋一帆2，Daniel Okafor1"), and its
# abstract's opening: the abstract's findings are its first author's
_AUTHOR = rf"(?:{LATIN_NAME}|[{HAN}]{{2,4}}?)\s*\d{{1,2}}\*?"
_AUTHORS = re.compile(
    rf"^\s*(?P<first>{LATIN_NAME}|[{HAN}]{{2,4}}?)\s*\d{{1,2}}\*?(?:\s*[，,、]\s*{_AUTHOR}){{0,12}}\s*$"
)
_ABSTRACT = re.compile(r"^\s*(?:摘要|内容摘要|Abstract)\s*[：:]", re.IGNORECASE)
AUTHORS_REACH = 8  # the sentences above an abstract its authors' line may be


def abstracts(sentences: list[Sentence]) -> dict[int, str]:
    """The openings of papers' abstracts on a page of several, keyed to the first author the line of authors above
    names (one paper's abstract is the article's own voice)."""
    found = {}
    for at, sentence in enumerate(sentences):
        above = sentences[max(0, at - AUTHORS_REACH) : at] if _ABSTRACT.match(sentence.text_simplified) else []
        if authors := next((m for s in reversed(above) if (m := _AUTHORS.match(s.text_simplified))), None):
            found[sentence.sentence_no] = authors["first"]
    return found if len(found) > 1 else {}
