"""The YAML lexicons beside this file: loading, validation, and term matching."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import ahocorasick
import yaml

from ..script import to_simplified

HERE = Path(__file__).resolve().parent
# Tickers and acronyms of up to three letters (MU, US, BTC) are ordinary words
# in other cases, so they match only as written.
_SHORT_CAPS = re.compile(r"[A-Z0-9&.]{1,3}")


# libyaml's parser (PyYAML's C extension, in its wheels) reads the same documents in a tenth of the time:
# the lexicons and the sentiment dictionary took a second of every run's start in pure Python.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    """The YAML document at ``path``, as ``yaml.safe_load`` reads it."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The mapping in ``<name>.yaml``; raises when the file is not a mapping."""
    data = read_yaml(HERE / f"{name}.yaml")
    if not isinstance(data, dict) or not data:
        raise ValueError(f"lexicon {name}.yaml is empty or not a mapping")
    return data


def terms(value, where: str) -> tuple[str, ...]:
    """A non-empty list of non-empty strings, or a loud error naming ``where``."""
    if not isinstance(value, list) or not value:
        raise ValueError(f"lexicon group {where} is empty or not a list")
    if not all(isinstance(term, str) and term.strip() for term in value):
        raise ValueError(f"lexicon group {where} holds a blank or non-string term")
    return tuple(term.strip() for term in value)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so 很可能 wins over 可能), escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def one_pattern(patterns: Iterable[str], flags: int = 0) -> re.Pattern:
    """One compiled pattern that matches where any of ``patterns`` (regular expressions) does: a text is
    scanned once, not once per pattern. A leading inline flag ("(?i)…") keeps to its own pattern."""
    scoped = [re.sub(r"^\(\?([aiLmsux]+)\)(.*)$", r"(?\1:\2)", p, flags=re.S) for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in scoped) or r"(?!)", flags)


@lru_cache(maxsize=4096)  # names and aliases recur in every article that has them: a conversion and a regex each
def term_key(surface: str) -> str:
    """The form under which a matched surface is looked up: Simplified, case- and space-free."""
    return re.sub(r"\s+", "", to_simplified(surface)).casefold()


class TermMatcher:
    """Finds terms in Simplified text: longest first, ASCII ends on word boundaries.

    ``labels`` maps each term to a label (an entity id, a cue class, ...); a
    match reports the label of the term it matched.

    One Aho-Corasick automaton reads the lower-cased text once, whatever the
    number of terms; each place it flags is confirmed by that term's own
    pattern (case, spaces inside the term, word boundaries). A term of several
    words is flagged by its first word, since its pattern allows any spacing.
    """

    def __init__(self, labels: dict[str, str]):
        label_of: dict[str, str] = {}
        for term, label in labels.items():
            key = term_key(term)
            if label_of.setdefault(key, label) != label:
                raise ValueError(f"term {term!r} is listed under both {label_of[key]!r} and {label!r}")
        # The order of the former single alternation: at one place, the first term of it that matches wins.
        ordered = sorted(labels, key=lambda t: (-len(term_key(t)), t))
        self._terms = [(re.compile(_term_pattern(t)), labels[t]) for t in ordered]
        self._automaton = ahocorasick.Automaton()
        self.triggers: set[str] = set()  # what flags a place: a match starts where one of them does
        for rank, term in enumerate(ordered):
            trigger = _lower(to_simplified(term).split()[0])
            self.triggers.add(trigger)
            _, ranks = self._automaton.get(trigger, (len(trigger), ()))
            self._automaton.add_word(trigger, (len(trigger), (*ranks, rank)))
        if ordered:
            self._automaton.make_automaton()

    def finditer(self, simplified: str, begin: int = 0, stop: int | None = None) -> Iterator[tuple[int, int, str]]:
        """Non-overlapping ``(start, end, label)`` matches, left to right, within ``simplified[begin:stop]``."""
        if not self._terms:
            return
        stop = len(simplified) if stop is None else stop
        best: dict[int, tuple[int, int]] = {}  # start -> (rank, end) of the first term matching there
        for last, (length, ranks) in self._automaton.iter(_lower(simplified[begin:stop])):
            start = begin + last + 1 - length
            for rank in ranks:
                if rank >= best.get(start, (len(self._terms),))[0]:
                    break  # ranks rise: a term ranked before this one already matches here
                found = self._terms[rank][0].match(simplified, start, stop)
                if found and found.end() > start:
                    best[start] = (rank, found.end())
                    break
        taken_to = 0
        for start in sorted(best):
            rank, end = best[start]
            if start >= taken_to:
                yield start, end, self._terms[rank][1]
                taken_to = end

    def labels_in(self, simplified: str) -> list[str]:
        return [label for _, _, label in self.finditer(simplified)]


def _lower(text: str) -> str:
    """Lower case, one character for one, so offsets in it are offsets in ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[0] for ch in text)  # İ lowers to i and a dot; like the regex engine, keep the i


def _term_pattern(term: str) -> str:
    simplified = to_simplified(term)
    body = r"\s*".join(re.escape(part) for part in simplified.split())
    if not _SHORT_CAPS.fullmatch(simplified):
        body = f"(?i:{body})"
    # A term may not start or end inside a run of its own kind of ASCII
    # character: "Meta" is not in "metadata", "标普500" not in "标普5000", but
    # "GW" is in "40GW".
    if first := _run_class(simplified[0]):
        body = rf"(?<![{first}])" + body
    if last := _run_class(simplified[-1]):
        body += rf"(?![{last}])"
    return body


def _run_class(ch: str) -> str | None:
    if ch.isascii() and ch.isalpha():
        return "A-Za-z"
    if ch.isascii() and ch.isdigit():
        return "0-9"
    return None


def matcher_of(groups: Iterable[tuple[str, Iterable[str]]]) -> TermMatcher:
    """A matcher over ``(label, terms)`` groups."""
    return TermMatcher({term: label for label, group in groups for term in group})


class AnyOf:
    """Which of several matchers can match a text at all, from one reading of it: a matcher none of
    whose terms' first words occur in the text finds nothing there, so it need not read the text."""

    def __init__(self, matchers: Iterable[TermMatcher]):
        self._automaton = ahocorasick.Automaton()
        for index, matcher in enumerate(matchers):
            for trigger in matcher.triggers:
                self._automaton.add_word(trigger, (*self._automaton.get(trigger, ()), index))
        if len(self._automaton):
            self._automaton.make_automaton()

    def candidates(self, simplified: str) -> list[int]:
        """The positions (ascending) of the matchers that may match ``simplified``: every one that matches
        is among them."""
        if not len(self._automaton):
            return []
        return sorted({index for _, indexes in self._automaton.iter(_lower(simplified)) for index in indexes})
