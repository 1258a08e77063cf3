"""The articles folder as a set of versioned files, and what a run has to redo.

A file's fingerprint changes when its bytes, its modification time (it becomes
``ingested_at``), its sidecar metadata file or the extraction code change; the
ledger records the fingerprint of every file it holds (``ingest_log``), so the
next run compares the folder with the published ledger and re-extracts only
what differs. Plain Python: no Dagster, no DuckDB.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.extraction.decoding import MAX_FILE_BYTES
from pipeline.extraction import files
from pipeline.extraction.files import article_entries, kind_of
from pipeline.extraction.metadata import sidecar_path

ROOT = Path(__file__).resolve().parents[1]
FINGERPRINT_CHARS = 16


@lru_cache(maxsize=1)
def code_version() -> str:
    """Digest of the extractors, their lexicons and model and the table models: new rules re-extract everything."""
    digest = hashlib.sha256()
    for folder in (ROOT / "pipeline" / "extraction", ROOT / "schemas"):
        for path in sorted(p for p in folder.rglob("*") if p.suffix in (".py", ".yaml", ".json") and p.is_file()):
            digest.update(path.relative_to(ROOT).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()[:FINGERPRINT_CHARS]


# A file changed this recently is read again by the next scan whatever its stat says: two writes within
# one tick of the file system's clock can leave the same times and size.
RECENT_SECONDS = 2.0


class StateCache:
    """The states of regular files read by the last scan, by what ``stat`` said of each: a file whose device,
    inode, size, modification and change times are all as they were has not been written since (a write sets
    the change time, which no user can set back), so the next scan does not read and digest it again
    (a folder of 10,000 articles: about 1 s of CPU, and 52 MB read). Kept in ``path`` as JSON; a cache that
    cannot be read is empty."""

    def __init__(self, path: Path):
        self.path, self.found = path, {}
        try:
            self.known = json.loads(path.read_text())
        except (OSError, ValueError):
            self.known = {}

    def get(self, path: Path, stat: os.stat_result, read) -> str:
        """``read()``, or what it gave the last scan for this file unchanged."""
        key = str(path)
        signature = [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]
        entry = self.known.get(key)
        state = entry[1] if isinstance(entry, list) and len(entry) == 2 and entry[0] == signature else read()
        if time.time() - stat.st_ctime_ns / 1e9 > RECENT_SECONDS and not state.startswith("unreadable:"):
            self.found[key] = [signature, state]
        return state

    def save(self) -> None:
        """Keep this scan's states (those of files gone are dropped), replacing the file in one rename."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        staged = self.path.with_name(self.path.name + ".tmp")
        staged.write_text(json.dumps(self.found))
        os.replace(staged, self.path)


def _file_state(path: Path, cache: StateCache | None = None) -> str:
    """Size, mtime and content digest; a link's target is only stat'ed, never read (it may lead
    outside), nor is anything that is not a regular file (a named pipe would block)."""
    try:
        stat = path.stat()
        state = f"{stat.st_size}:{stat.st_mtime_ns}"
        if path.is_symlink():
            return f"link:{os.readlink(path)}:{state}"
        kind = kind_of(stat.st_mode)
        if kind is not None:
            return f"{kind}:{state}"
        if stat.st_size > MAX_FILE_BYTES:  # refused by size, never read
            return state
        if cache is not None:
            return cache.get(path, stat, lambda: _file_state(path))
        digest = hashlib.sha256()
        with files.open_regular(path) as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:  # unreadable: its state changes when the reason does
        return f"unreadable:{error.errno}"
    return f"{state}:{digest.hexdigest()}"


def fingerprint(path: Path, cache: StateCache | None = None) -> str:
    parts = [code_version(), _file_state(path, cache)]
    sidecar = sidecar_path(path)
    if sidecar is not None:
        parts.append(_file_state(sidecar, cache))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:FINGERPRINT_CHARS]


def scan(root: Path, states: Path | None = None) -> dict[str, str]:
    """Every article file under ``root`` (its shown relative path, as in ingest_log) -> its fingerprint;
    with ``states``, the files unchanged since the last scan that kept its states there are not read again
    (``StateCache``)."""
    root = root.resolve()
    cache = None if states is None else StateCache(states)
    found = {key: fingerprint(path, cache) for key, path in article_entries(root).items()}
    if cache is not None:
        cache.save()
    return found


@dataclass(frozen=True)
class Plan:
    stale: tuple[str, ...]  # new or changed files (and the duplicates of changed ones), sorted
    deleted: tuple[str, ...]  # files the ledger holds that are gone
    current: tuple[str, ...]  # every file in the folder, sorted

    @property
    def full(self) -> bool:
        """Nothing can be kept: start from an empty working database."""
        return set(self.stale) == set(self.current)


def plan(current: dict[str, str], held: dict[str, tuple[str | None, str | None]]) -> Plan:
    """Compare the folder (file -> fingerprint) with what the ledger holds (file -> (fingerprint, article_id)).

    A file that shared its text with a changed or deleted file is redone too: it
    may become the article's owner (the smallest file name), whose metadata the
    article row carries.
    """
    stale = {name for name, print_ in current.items() if name not in held or held[name][0] != print_}
    deleted = set(held) - set(current)
    touched_ids = {held[name][1] for name in (stale | deleted) & set(held) if held[name][1]}
    stale |= {name for name in current if name in held and held[name][1] in touched_ids}
    return Plan(tuple(sorted(stale)), tuple(sorted(deleted)), tuple(sorted(current)))
