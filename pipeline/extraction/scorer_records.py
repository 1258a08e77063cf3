"""Claims in the prediction format of the claim gold's scorer (score_claims.py).

The scorer looks a quote up in the raw file. Reading a file takes its inline markup out of
the text (**bold**, <b>…</b>, &nbsp;), so a claim quoted from the text may not stand in the
file as it is: the record then quotes the stretch of the file that shows the same characters,
the markup between them included, at its offset in the file.
"""

from __future__ import annotations

import re

from .records import Claim

# What may stand between two characters of the text in the file: white space, emphasis and
# code marks, a Markdown escape, an HTML tag, an entity.
_BETWEEN = r"(?:\s|[*_`~\\]|<[^<>\n]{0,200}>|&#?\w{1,10};)*"
_ENTITY = r"&#?\w{1,10};"
_ESCAPED = frozenset("&<>\"' ")  # characters a page may write as an entity


def as_in_source(source: str, quote: str, start: int) -> tuple[str, int]:
    """(the quote as the file shows it, its offset in the file), the occurrence nearest ``start``;
    the quote and ``start`` themselves when the file does not show it."""
    exact = [m.start() for m in re.finditer(re.escape(quote), source)] if quote else []
    if exact:
        return quote, min(exact, key=lambda at: abs(at - start))
    chars = [c for c in quote if not c.isspace()]
    if not chars:
        return quote, start
    pattern = _BETWEEN.join(f"(?:{re.escape(c)}|{_ENTITY})" if c in _ESCAPED else re.escape(c) for c in chars)
    found = min(re.finditer(pattern, source), key=lambda m: abs(m.start() - start), default=None)
    return (found.group(), found.start()) if found else (quote, start)


def scorer_record(claim: Claim, source: str | None = None) -> dict:
    """A claim as the scorer reads it, without the article; quoted as ``source`` (the decoded
    file) shows it, when given."""
    quote, start = as_in_source(source, claim.text, claim.start) if source is not None else (claim.text, claim.start)
    return {
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "type": claim.claim_type,
        "speaker": claim.speaker,
        "stance": claim.stance,
        "hedge": claim.hedge,
        "about": claim.about,
    }
