"""Article metadata from Markdown front matter or a sidecar NAME.yml: title, author, source, url, published."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from pathlib import Path

import yaml

from .dates import FRONT_MATTER
from .limits import LIMITS

SIDECAR_SUFFIXES = (".yml", ".yaml")
KEYS = ("title", "author", "source", "url", "published")
_FRONT_MATTER_OPEN = "---"
_FRONT_MATTER_CLOSE = ("---", "...")
# 2025-11-03, 2025/11/3, 2025.11.03, 2025年11月3日, each optionally followed by a time.
# The spaces before 日 and those before the time are separate groups, so no run of spaces is split two ways.
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?(?:[\sT].*)?")


class MetadataError(ValueError):
    """Metadata that was given but cannot be read; the message says why, for a person."""


class _Refused(yaml.YAMLError):
    pass


class MetadataLoader(yaml.SafeLoader):
    """YAML's safe loader without aliases (an alias bomb expands a few hundred bytes into
    gigabytes), without deep nesting (the composer recurses) and without implicit dates
    (month 13 would raise from inside the parser): dates stay strings for ``parse_published``."""

    depth = 0

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _Refused("aliases (*name) are not allowed in article metadata")
        nests = self.check_event(yaml.SequenceStartEvent, yaml.MappingStartEvent)
        if nests and self.depth >= LIMITS.max_metadata_depth:
            raise _Refused(f"it is nested more than {LIMITS.max_metadata_depth} levels deep")
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def load_yaml(block: str, where: str) -> object:
    """The YAML value of ``block``; MetadataError, with the reason, for anything it cannot be."""
    size = len(block.encode("utf-8", "surrogatepass"))
    if size > LIMITS.max_metadata_bytes:
        raise MetadataError(f"{where} is {size:,} bytes, over the limit of {LIMITS.max_metadata_bytes:,} bytes")
    try:
        return yaml.load(block, Loader=MetadataLoader)  # noqa: S506 (a safe loader, narrowed further)
    except _Refused as error:
        raise MetadataError(f"{where} is refused: {error}") from None
    except yaml.YAMLError as error:
        raise MetadataError(f"{where} is not valid YAML ({_first_line(error)})") from None
    except ValueError as error:  # a number of thousands of digits, say
        raise MetadataError(f"{where} holds a value that cannot be read ({_first_line(error)})") from None


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: str | None = None  # where ``published`` came from (schemas.common.DATE_SOURCES)

    def filled_from(self, fallback: Metadata) -> Metadata:
        """These values, with the gaps filled from ``fallback``."""
        return replace(
            self, **{f.name: getattr(fallback, f.name) for f in fields(self) if getattr(self, f.name) is None}
        )


def split_front_matter(text: str) -> tuple[Metadata, str]:
    """Metadata from a leading ``---`` YAML block, and the text after it.

    Text without front matter comes back whole, with empty metadata.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FRONT_MATTER_OPEN:
        return Metadata(), text
    close = next((i for i in range(1, len(lines)) if lines[i].strip() in _FRONT_MATTER_CLOSE), None)
    if close is None:
        raise MetadataError("the front matter opened by '---' on the first line is never closed")
    block = "\n".join(lines[1:close])
    return parse_metadata(block, "the front matter", FRONT_MATTER), "\n".join(lines[close + 1 :])


def sidecar_path(article: Path) -> Path | None:
    """The NAME.yml (or NAME.yaml) beside ``article``, if there is one."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = article.with_suffix(suffix)
        try:
            if candidate.is_file():
                return candidate
        except OSError:  # a folder that may not be searched: no sidecar to be found
            return None
    return None


def parse_metadata(block: str, where: str, origin: str) -> Metadata:
    """Read the known keys from a YAML mapping; other keys are ignored. ``origin`` names the
    metadata's place (front_matter, sidecar) for ``published_from``."""
    values = load_yaml(block, where)
    if values is None:
        return Metadata()
    if not isinstance(values, dict):
        raise MetadataError(f"{where} must be a YAML mapping of keys such as title and author")
    texts = {key: _text(values.get(key)) for key in KEYS if key != "published"}
    published = parse_published(values.get("published"), where)
    return Metadata(**texts, published=published, published_from=origin if published else None)


def parse_published(value: object, where: str = "metadata") -> date | None:
    """A date from YAML's own date/datetime or from a string such as 2025-11-03 or 2025年11月3日."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _bounded(value.date(), where)
    if isinstance(value, date):
        return _bounded(value, where)
    text = str(value).strip()
    match = _DATE.fullmatch(text[:100])
    if match:
        try:
            day = date(*(int(part) for part in match.groups()))
        except ValueError as error:  # month 13, 30 February
            raise MetadataError(f"{where}: published {text[:40]!r} is not a date ({error})") from None
        return _bounded(day, where)
    raise MetadataError(f"{where}: published {text[:40]!r} is not a date (write it as YYYY-MM-DD)")


def _bounded(day: date, where: str) -> date:
    if not LIMITS.earliest_year <= day.year <= LIMITS.latest_year:
        raise MetadataError(
            f"{where}: published {day.isoformat()} is outside the years {LIMITS.earliest_year}–{LIMITS.latest_year}"
        )
    return day


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _first_line(error: Exception) -> str:
    return str(error).strip().split("\n")[0]
