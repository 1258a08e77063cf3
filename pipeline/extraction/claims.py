"""Claims: sentences that assert something, with type, speaker, hedge and stance."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import lexicons
from .lexicons import TermMatcher
from .records import Claim, Entity, Figure, Mention, Sentence
from .segmenting import tagged_words

CLAIM_TYPES = ("recommendation", "forecast", "causal")
HEDGES = ("possible", "likely", "certain")  # the weakest cue found decides
STANCE_SIGN = {"bullish": 1, "bearish": -1}
UNKNOWN_AUTHOR = "author"
# Part-of-speech tags (jieba) of words that can carry a predicate: verbs other
# than verbal nouns, and adjectives.
_PREDICATE_TAGS = re.compile(r"v(?!n)|a$|ad$")

_CONTENT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_TERMINAL = re.compile(r"[。！!；;…．.][”’」』）)\]】\"']*$")
_QUESTION = re.compile(r"[？?][”’」』）)\]】\"']*$")
_CONTINUES = re.compile(r"[；;][”’」』）)\]】]*$")
# Fewer content characters than this cannot carry an assertion.
MIN_CONTENT = 5
# A line without closing punctuation and shorter than this is a heading.
MAX_HEADING = 40


@dataclass(frozen=True)
class _Rules:
    junk: tuple[re.Pattern, ...]
    domain: TermMatcher
    predicate_words: TermMatcher
    attribution: re.Pattern
    person_attribution: re.Pattern
    reach: int  # how far after a name its cue may start
    cue_span: int  # reach plus the longest cue: a cue search never reads further
    speaker_kinds: tuple[str, ...]
    pronouns: re.Pattern
    types: TermMatcher
    hedges: TermMatcher
    stance: TermMatcher
    negation: re.Pattern


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = lexicons.load("claims")

    def group(path: str) -> tuple[str, ...]:
        node = data
        for key in path.split("."):
            node = (node or {}).get(key)
        return lexicons.terms(node, f"claims.{path}")

    def labelled(section: str, labels: tuple[str, ...]) -> TermMatcher:
        return lexicons.matcher_of((label, group(f"{section}.{label}")) for label in labels)

    reach = data.get("attribution_reach")
    if not isinstance(reach, int) or reach < 0:
        raise ValueError("claims.attribution_reach must be a non-negative integer")
    return _Rules(
        junk=tuple(re.compile(p) for p in group("junk_patterns")),
        domain=lexicons.matcher_of([("domain", group("domain_terms"))]),
        predicate_words=lexicons.matcher_of([("predicate", group("predicate_words"))]),
        attribution=re.compile(_alternation(group("attribution_cues"))),
        person_attribution=re.compile(_alternation(group("attribution_cues") + group("person_cues"))),
        reach=reach,
        cue_span=reach + max(map(len, group("attribution_cues") + group("person_cues"))),
        speaker_kinds=group("speaker_kinds"),
        pronouns=re.compile(rf"\s*(?:{_alternation(group('pronouns'))})"),
        types=labelled("claim_types", CLAIM_TYPES),
        hedges=labelled("hedges", HEDGES),
        stance=labelled("stance", tuple(STANCE_SIGN)),
        negation=re.compile(rf"(?:{_alternation(group('negations'))})$"),
    )


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def extract_claims(
    sentences: list[Sentence], mentions: list[Mention], entities: list[Entity], author: str | None
) -> list[Claim]:
    """One claim per asserting sentence, in text order."""
    rules = _rules()
    default_speaker = author.strip() if author and author.strip() else UNKNOWN_AUTHOR
    speakers = {e.entity_id: e for e in entities if e.kind in rules.speaker_kinds}
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    claims: list[Claim] = []
    paragraph_speaker: str | None = None  # last named speaker in the current paragraph
    previous: Sentence | None = None
    previous_speaker: str | None = None
    for sentence in sentences:
        # Sentences of one paragraph follow each other without a gap; a line
        # break (or any white space) between them starts a new paragraph.
        same_paragraph = previous is not None and sentence.start == previous.end
        inside = ordered[bisect_left(starts, sentence.start):bisect_right(starts, sentence.end - 1)]
        speaker = _named_speaker(sentence, inside, speakers, rules)
        if speaker is None and same_paragraph:
            # "他说…" points back to the paragraph's speaker; a sentence after a
            # semicolon goes on with the list its predecessor's speaker began.
            refers_back = rules.pronouns.match(sentence.text_simplified) and _cue_within(
                sentence.text_simplified, 0, rules.attribution, rules
            ) is not None
            if refers_back:
                speaker = paragraph_speaker
            elif _CONTINUES.search(previous.text_simplified):
                speaker = previous_speaker
        if not same_paragraph:
            paragraph_speaker = None
        paragraph_speaker = speaker or paragraph_speaker
        previous, previous_speaker = sentence, speaker
        if _is_claim(sentence.text_simplified, bool(inside), rules):
            claims.append(_claim(sentence, speaker, default_speaker, rules))
    return claims


def _is_claim(simplified: str, names_entity: bool, rules: _Rules) -> bool:
    text = simplified.strip()
    if any(p.search(text) for p in rules.junk):
        return False
    content = len(_CONTENT.findall(text))
    if content < MIN_CONTENT or _QUESTION.search(text):
        return False
    if not _TERMINAL.search(text) and len(text) < MAX_HEADING:
        return False
    if not (names_entity or rules.domain.labels_in(text)):
        return False
    # Word segmentation last: it costs more than every other test together.
    return bool(rules.predicate_words.labels_in(text)) or any(_PREDICATE_TAGS.match(tag) for _, tag in tagged_words(text))


def _named_speaker(sentence: Sentence, inside: list[Mention], speakers: dict[str, Entity], rules: _Rules) -> str | None:
    """The person or organisation a cue right after its name attributes the sentence to."""
    best: tuple[int, str] | None = None  # (gap to the cue, speaker name); the nearest wins
    for mention in inside:
        speaker = speakers.get(mention.entity_id)
        if speaker is None:
            continue
        cues = rules.person_attribution if speaker.kind == "person" else rules.attribution
        gap = _cue_within(sentence.text_simplified, mention.end - sentence.start, cues, rules)
        if gap is not None and (best is None or gap < best[0]):
            best = (gap, speaker.name)
    return best[1] if best else None


def _cue_within(simplified: str, offset: int, cues: re.Pattern, rules: _Rules) -> int | None:
    """How far after ``offset`` a cue starts, if within ``rules.reach`` characters.

    The search stops where such a cue would end: a sentence naming many speakers is read
    once per name over a few characters, not to its end.
    """
    match = cues.search(simplified, offset, offset + rules.cue_span)
    if match is None or match.start() - offset > rules.reach:
        return None
    return match.start() - offset


def _claim(sentence: Sentence, speaker: str | None, default_speaker: str, rules: _Rules) -> Claim:
    text = sentence.text_simplified
    types = set(rules.types.labels_in(text))
    # What a sentence advises or expects matters more than who says it; a
    # named speaker's other views are attributions.
    if "recommendation" in types or "forecast" in types:
        claim_type = "recommendation" if "recommendation" in types else "forecast"
    elif speaker:
        claim_type = "attribution"
    else:
        claim_type = "causal" if "causal" in types else "observation"
    hedges = set(rules.hedges.labels_in(text))
    hedge = next((h for h in HEDGES if h in hedges), "certain")
    return Claim(
        sentence_no=sentence.sentence_no,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        claim_type=claim_type,
        speaker=speaker or default_speaker,
        hedge=hedge,
        stance=stance_of(text),
    )


def stance_of(simplified: str) -> str:
    """Bullish or bearish by the balance of cue words, a negation just before a cue flipping it."""
    rules = _rules()
    balance = 0
    for start, _, label in rules.stance.finditer(simplified):
        sign = STANCE_SIGN[label]
        if rules.negation.search(simplified, max(0, start - 3), start):
            sign = -sign
        balance += sign
    return "bullish" if balance > 0 else "bearish" if balance < 0 else "neutral"


def link_figures(claims: list[Claim], figures: list[Figure]) -> list[tuple[int, int]]:
    """(claim index, figure index) for every figure whose span lies inside a claim's."""
    order = sorted(range(len(figures)), key=lambda i: (figures[i].start, figures[i].end, i))
    starts = [figures[i].start for i in order]
    pairs = []
    for claim_index, claim in enumerate(claims):
        for i in order[bisect_left(starts, claim.start):bisect_right(starts, claim.end)]:
            if figures[i].end <= claim.end:
                pairs.append((claim_index, i))
    return pairs
