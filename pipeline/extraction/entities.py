"""Entities and their mentions: a gazetteer of the domain, plus patterns for names it lacks."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache

import jieba
import jieba.posseg

from . import lexicons
from .lexicons import TermMatcher
from .records import Entity, Mention
from .script import to_simplified

KINDS = ("company", "index", "person", "region", "asset", "institution", "product")
SPEAKER_KINDS = ("person", "institution", "company")  # entities that can put a view forward

_HAN = r"\u4e00-\u9fff"
_LATIN_WORD = r"[A-Z][a-z][A-Za-z'’\-]*"
# One to four capitalised words: "Tim Moe", "Tony Pasquariello", "Hao Hong".
_LATIN_NAME = rf"(?<![A-Za-z0-9]){_LATIN_WORD}(?:[ ·]{_LATIN_WORD}){{0,3}}"
# Characters that may end a Chinese given name: grammatical words that
# commonly follow a subject ("X 对…", "X 也说过").
_AFTER_NAME = "的也对在则曾还就和与等又都早"
# Characters after which a bare Chinese name may start.
_BEFORE_NAME = "据和与及、的"

jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading to stderr


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[Entity, ...]:
    rows = lexicons.load("entities").get("entities")
    if not isinstance(rows, list) or not rows:
        raise ValueError("entities.yaml lists no entities")
    found: dict[str, Entity] = {}
    for row in rows:
        entity_id, kind = row.get("id"), row.get("kind")
        if not entity_id or entity_id in found:
            raise ValueError(f"entity id {entity_id!r} is missing or repeated")
        if kind not in KINDS:
            raise ValueError(f"entity {entity_id!r} has unknown kind {kind!r}")
        aliases = lexicons.terms(row.get("aliases"), f"entities.{entity_id}.aliases")
        found[entity_id] = Entity(entity_id, str(row.get("name") or aliases[0]), kind, aliases)
    return tuple(found.values())


def load_gazetteer() -> list[Entity]:
    return list(_gazetteer())


@lru_cache(maxsize=1)
def things() -> frozenset[str]:
    """The gazetteer's names of what cannot speak (assets, indexes, products, regions), as term keys."""
    return frozenset(lexicons.term_key(a) for e in _gazetteer() if e.kind not in SPEAKER_KINDS for a in e.aliases)


@lru_cache(maxsize=4)
def _matcher(gazetteer: tuple[Entity, ...]) -> TermMatcher:
    return lexicons.matcher_of((e.entity_id, e.aliases) for e in gazetteer)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    groups = lexicons.load("entities").get("patterns") or {}
    titles, cues, surnames, suffixes = (
        lexicons.alternation(to_simplified(w) for w in lexicons.terms(groups.get(name), f"entities.patterns.{name}"))
        for name in ("titles", "speech_cues", "surnames", "institution_suffixes")
    )
    chinese_name = rf"(?P<surname>{surnames})[{_HAN}]{{1,2}}"
    return {
        "titled_latin": re.compile(rf"(?:{titles})\s*({_LATIN_NAME})"),
        "titled_chinese": re.compile(rf"(?:{titles})\s*({chinese_name})"),
        "latin_speaker": re.compile(rf"({_LATIN_NAME})\s*(?={cues})"),
        "chinese_speaker": re.compile(rf"(?:^|(?<=[^{_HAN}])|(?<=[{_BEFORE_NAME}]))({chinese_name})(?={cues})"),
        "cue": re.compile(rf"\s*(?:{cues})"),
        "institution_suffix": re.compile(rf"(?:{suffixes})$"),
    }


def find_mentions(text: str, simplified: str, gazetteer) -> tuple[list[Entity], list[Mention]]:
    """Entities named in an article and their non-overlapping mentions (longest wins)."""
    known = tuple(gazetteer)
    by_id = {e.entity_id: e for e in known}
    spans = [(start, end, entity_id) for start, end, entity_id in _matcher(known).finditer(simplified)]
    discovered = _discover(simplified, spans)
    if discovered:
        local = lexicons.matcher_of((e.entity_id, e.aliases) for e in discovered)
        spans += list(local.finditer(simplified))
        by_id.update((e.entity_id, e) for e in discovered)
    kept = _longest_first(spans)
    mentions = [Mention(entity_id, start, end, text[start:end]) for start, end, entity_id in kept]
    entities = sorted({by_id[m.entity_id] for m in mentions}, key=lambda e: e.entity_id)
    return entities, mentions


def _longest_first(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    taken = _Taken(spans)
    kept = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0], s[2])):
        if taken.free(span[0], span[1]):
            taken.add(span)
            kept.append(span)
    return sorted(kept)


class _Taken:
    """The characters covered by kept spans, one byte each: an overlap test reads the span's own
    characters, never the list of kept spans (a pairwise test is quadratic in the mentions)."""

    def __init__(self, spans: list[tuple[int, int, str]]):
        self.covered = bytearray(max((end for _, end, _ in spans), default=0))

    def free(self, start: int, end: int) -> bool:
        return self.covered.find(1, start, end) < 0

    def add(self, span: tuple[int, int, str]) -> None:
        self.covered[span[0]:span[1]] = b"\x01" * (span[1] - span[0])


def _discover(simplified: str, known_spans: list[tuple[int, int, str]]) -> list[Entity]:
    """People and institutions introduced by a title or a speech cue, outside known names."""
    patterns = _patterns()
    known = _Taken(known_spans)
    for span in known_spans:
        known.add(span)

    names: dict[str, str] = {}
    for key in ("titled_latin", "latin_speaker"):
        for match in patterns[key].finditer(simplified):
            if known.free(match.start(1), match.end(1)):
                names.setdefault(match.group(1), _kind_of(match.group(1)))
    for key in ("titled_chinese", "chinese_speaker"):
        for match in patterns[key].finditer(simplified):
            name = _chinese_name(simplified, match.start(1), match.end("surname") + 1, match.end(1))
            if name and known.free(match.start(1), match.start(1) + len(name)):
                names.setdefault(name, "person")
    return [_discovered_entity(name, kind) for name, kind in sorted(names.items())]


def _chinese_name(simplified: str, start: int, shortest_end: int, longest_end: int) -> str | None:
    """The shortest surname-led name ending where a name may end (before a cue or a break).

    A candidate that jieba's dictionary knows as an ordinary word (马上, 金融)
    is not a name.
    """
    cue = _patterns()["cue"]
    for end in range(shortest_end, longest_end + 1):
        after = simplified[end:end + 1]
        if not after or not re.match(f"[{_HAN}]", after) or after in _AFTER_NAME or cue.match(simplified, end):
            name = simplified[start:end]
            return name if jieba.posseg.dt.word_tag_tab.get(name, "nr").startswith("nr") else None
    return None


def _kind_of(name: str) -> str:
    return "institution" if _patterns()["institution_suffix"].search(name) else "person"


def _discovered_entity(name: str, kind: str) -> Entity:
    words = re.split(r"[ ·]", name)
    aliases = (name,) if len(words) == 1 or kind != "person" else (name, words[-1])
    return Entity(slug(name, kind), name, kind, aliases)


def slug(name: str, kind: str) -> str:
    """A stable ASCII id from a name: "Tim Moe" -> "tim-moe", "王小明" -> "person-738b-5c0f-660e".

    Chinese names become the hex code points of their Simplified characters,
    so that the id is ASCII, reversible and the same in either script.
    """
    ascii_slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if ascii_slug and re.fullmatch(r"[A-Za-z0-9 .·'’\-&]+", name):
        return ascii_slug
    return "-".join([kind] + [f"{ord(ch):x}" for ch in to_simplified(name) if not ch.isspace()])


def resolve_subject(subject: str | None, gazetteer) -> str | None:
    """The entity a figure's subject names, if it names one (the longest alias found)."""
    return subject_resolver(gazetteer)(subject)


def subject_resolver(gazetteer) -> Callable[[str | None], str | None]:
    """``resolve_subject`` over one gazetteer, for many subjects: finding its matcher hashes every entity."""
    matcher = _matcher(tuple(gazetteer))

    def resolve(subject: str | None) -> str | None:
        if not subject or not subject.strip():
            return None
        spans = list(matcher.finditer(to_simplified(subject)))
        if not spans:
            return None
        return max(spans, key=lambda s: (s[1] - s[0], -s[0]))[2]

    return resolve
