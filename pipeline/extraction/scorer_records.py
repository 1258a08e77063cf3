"""Claims in the prediction format of the claim gold's scorer (score_claims.py).

The scorer looks a quote up in the raw file. Reading a file takes its inline markup out of
the text (**bold**, <b>…</b>, &nbsp;), so a claim quoted from the text may not stand in the
file as it is: the record then quotes the stretch of the file that shows the same characters,
the markup between them included, at its offset in the file. Speakers are read in the
Simplified text; a named one is given as the article writes it (馮志遠, not 冯志远).
"""

from __future__ import annotations

import re

from .records import Claim

# What may stand between two characters of the text in the file: white space, emphasis and
# code marks, a Markdown escape or a table's cell bar, an HTML tag, an entity, a subtitle cue's number and times.
_CUE = r"\d{1,5}\s*\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
_BETWEEN = rf"(?:\s|[*_`~\\|]|<[^<>\n]{{0,200}}>|&#?\w{{1,10}};|{_CUE})*"
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


def as_written(name: str, original: str, simplified: str, near: int) -> str:
    """A speaker's name in the article's own script: its occurrence in the Simplified text nearest
    before ``near`` (else after), taken from the original at the same offsets (the two texts are
    character-aligned); the name itself when the original holds it or the Simplified text does not."""
    if not name or name in original:
        return name
    spots = [m.start() for m in re.finditer(re.escape(name), simplified)]
    if not spots:
        return name
    at = min(spots, key=lambda spot: (spot > near, abs(spot - near)))
    return original[at : at + len(name)]


def scorer_record(claim: Claim, source: str | None = None, texts: tuple[str, str] | None = None) -> dict:
    """A claim as the scorer reads it, without the article; quoted as ``source`` (the decoded
    file) shows it, when given; its speaker named as ``texts`` (the article's original and
    Simplified texts) write it, when given."""
    quote, start = as_in_source(source, claim.text, claim.start) if source is not None else (claim.text, claim.start)
    speaker = as_written(claim.speaker, *texts, claim.start) if texts else claim.speaker
    return {
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "type": claim.claim_type,
        "speaker": speaker,
        "stance": claim.stance,
        "hedge": claim.hedge,
        "about": claim.about,
    }
