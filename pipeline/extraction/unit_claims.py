"""One claim from a unit of a sentence: whether the unit states a view, and its type, hedge, stance and subject."""

from __future__ import annotations

from . import advice_way, claim_kinds, lexicons, speakers, stance, stance_model
from .attribution import AUTHOR, UNNAMED
from .claim_units import Unit
from .odds import stated_odds
from .plan_targets import plan_target
from .questions import asserted
from .records import Claim, Entity, Mention, Sentence
from .unit_topic import topic


def claim_of(
    sentence: Sentence,
    unit: Unit,
    speaker: str,
    inside: list[Mention],
    kinds: dict[str, Entity],
    said_from: int,
    listed_as: str | None = None,
) -> Claim | None:
    """``listed_as``: the kind a list's heading gives the unit (a measure under a heading of advice is a
    recommendation, an item of a list of predictions a forecast)."""
    text = unit.simplified
    listed_as = listed_as if listed_as and claim_kinds.has_content(text) else None
    odds, target = stated_odds(text), plan_target(text)
    stated = listed_as or odds or target or claim_kinds.is_view(text)
    if unit.end <= said_from or speakers.only_introduces(text) or not stated:
        return None  # a unit that is only its speaker's frame ("市场人士认为") says nothing yet
    labels = claim_kinds.cue_labels(text)
    hedge = odds or claim_kinds.hedge_of(labels)
    kind = listed_as or ("forecast" if odds or target else claim_kinds.claim_type(text, labels))
    about_from = max(unit.start, min(said_from, unit.end))
    about_entity = next((m for m in inside if about_from <= m.start < unit.end), None)
    if about_entity is not None and about_entity.entity_id in kinds:
        about = kinds[about_entity.entity_id].name
    else:
        about = topic(text[about_from - unit.start :]) or topic(text)
    advised = kind == "recommendation" and advice_way.advice_stance(text)
    ruled = asserted(advised or stance.stance_of(text), text)
    spoken = lexicons.term_key(speaker) if speaker not in (AUTHOR, UNNAMED) else None
    speaker_entity = next((m.entity_id for m in inside if spoken and lexicons.term_key(m.surface) in spoken), None)
    return Claim(
        sentence_no=sentence.sentence_no,
        start=unit.start,
        end=unit.end,
        text=unit.text,
        claim_type=kind,
        speaker=speaker,
        hedge=hedge,
        stance=ruled if advised else stance_model.decided(text, ruled, read=not stance.unread(text)),
        about=about,
        speaker_entity_id=speaker_entity,
        about_entity_id=about_entity.entity_id if about_entity else None,
    )
