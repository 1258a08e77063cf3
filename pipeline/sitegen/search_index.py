"""The site's search index: Han bigram postings in hashed static files, fetched per query.

A query costs the buckets of its tokens and the records of the results shown,
never the corpus: every token (a Han character, a pair of adjacent Han
characters, a Latin word or number) is hashed to one bucket file of its shard,
which holds its postings (page, occurrences). ``site/javascripts/search.js``
asks for a run of Han characters as all its pairs (one character: the
character), intersects the postings, ranks, and checks the run itself in the
records (a page's title and text, compressed) of the pages it shows. The
tokenisation and the hash are one spec in both languages: see ``tokens`` and
``bucket_of`` here, ``terms`` and ``bucketOf`` there.

What is indexed is a search record of each page kept beside the build (its text
without the theme, and an article's other-script copy, which the published page
drops), so 缺电 finds an article that writes 缺電, and a dirty build can index
pages it did not render.

The index is cut into shards: an article's shard is fixed by the hash of its
path, every other page is in the ``site`` shard. A build re-indexes only the
shards whose pages changed, and each shard's bytes depend only on its pages,
so a dirty build's index is a full build's.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import re
import shutil
from array import array
from collections import Counter
from operator import add
from pathlib import Path

import numpy as np

OUTPUT = "search"
MANIFEST = "shards.json"
SITE_SHARD = "site"
ARTICLE_SHARDS = 16
# Postings a bucket file holds, about: what a query fetches per token and shard.
BUCKET_POSTINGS = 4096
# A record keeps this much of a page's text for excerpts (longer pages are indexed whole).
RECORD_CHARS = 20_000
TITLE_WEIGHT = 5  # a token in the title counts as this many in the text
ALT_SCRIPT = re.compile(r'<div class="alt-script" hidden>(.*?)</div>', re.S)
_HAN = "\u3400-\u9fff\uf900-\ufaff"
_RUN = re.compile(f"[{_HAN}]+|[0-9a-z\u00c0-\u024f]+")
# Tables that repeat what article pages hold (markup.table(searchable=False)) are not indexed.
_IGNORED = re.compile(r"<table\b[^>]*\bdata-search-ignore\b.*?</table>", re.S)
_TAG = re.compile(r"<[^>]*>")


def tokens(text: str) -> Counter:
    """Occurrences of each token of ``text``: Han characters and pairs of adjacent ones, Latin words."""
    han, found = [], Counter()
    for run in _RUN.findall(text.lower()):
        if run[0] <= "\u024f":
            found[run] += 1
        else:
            han.append(run)
    joined = " ".join(han)  # counted at once (C loops), then the space and pairs across it dropped
    found.update(joined)
    found.update(map(add, joined, joined[1:]))
    return Counter({token: n for token, n in found.items() if " " not in token})


def bucket_of(token: str, buckets: int) -> int:
    """The bucket of a token: FNV-1a (32 bits) of its UTF-8 bytes, modulo the shard's buckets."""
    h = 0x811C9DC5
    for byte in token.encode():
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h % buckets


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def page_record(dest_uri: str, title: str, content: str) -> dict:
    """What search knows of a page: its URL, title, text and (articles) text in the other script."""
    alt = ALT_SCRIPT.search(content)
    text = _plain(_IGNORED.sub(" ", ALT_SCRIPT.sub(" ", content)))
    return {"url": dest_uri, "title": title, "text": text, "alt": _plain(alt.group(1)) if alt else ""}


def shard_of(dest_uri: str) -> str:
    """The shard a page is indexed in: articles by the hash of their path, everything else ``site``."""
    folder, _, name = dest_uri.partition("/")
    if folder != "articles" or name == "index.html":
        return SITE_SHARD
    return f"a{int(hashlib.sha1(dest_uri.encode()).hexdigest(), 16) % ARTICLE_SHARDS:02d}"


def write_source(folder: Path, dest_uri: str, title: str, content: str) -> str:
    """Write a page's search record under its shard's folder; returns the shard."""
    shard = shard_of(dest_uri)
    path = folder / shard / f"{dest_uri}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(page_record(dest_uri, title, content), ensure_ascii=False), encoding="utf-8")
    return shard


def source_paths(pages: set[str]) -> set[str]:
    """Where the search records of ``pages`` (dest_uri) are, relative to the source folder."""
    return {f"{shard_of(page)}/{page}.json" for page in pages}


def remove_stale(folder: Path, keep: set[str]) -> None:
    """Delete the files of ``folder`` whose relative path is not in ``keep``, and the folders left empty
    (what a dirty build leaves of pages that are gone)."""
    for path in sorted(folder.rglob("*"), reverse=True):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and relative not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def build_index(source: Path, site: Path, shards: set[str] | None = None) -> None:
    """Index the search records in ``source`` into ``site``/search, a folder per shard, and list the
    shards that have pages. ``shards``: only those are indexed again (None: all of them)."""
    output = site / OUTPUT
    present = sorted(p.name for p in source.iterdir() if p.is_dir()) if source.is_dir() else []
    for shard in sorted(set(present) if shards is None else shards):
        shutil.rmtree(output / shard, ignore_errors=True)
        if shard in present:
            _index_shard(source / shard, output / shard)
    for stale in output.iterdir() if output.is_dir() else []:
        if stale.is_dir() and stale.name not in present:
            shutil.rmtree(stale)
    manifest = [{"name": s, **json.loads((output / s / "shard.json").read_text())} for s in present]
    output.mkdir(parents=True, exist_ok=True)
    (output / MANIFEST).write_text(json.dumps(manifest, separators=(",", ":")), encoding="utf-8")


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _index_shard(source: Path, output: Path) -> None:
    """Postings of every token of the shard's pages (page numbers in the order of their paths),
    written as bucket files, and a record file per page."""
    (output / "p").mkdir(parents=True)
    vocabulary: dict[str, int] = {}
    ids, pages, counts = array("l"), array("l"), array("l")
    paths = sorted(source.rglob("*.json"), key=lambda p: p.relative_to(source).as_posix())
    for page, path in enumerate(paths):
        record = json.loads(path.read_text(encoding="utf-8"))
        found, alt = tokens(record["text"]), tokens(record["alt"])
        for token in alt.keys() - found.keys():  # a token in both scripts counts once
            found[token] = alt[token]
        for token, n in tokens(record["title"]).items():
            found[token] += TITLE_WEIGHT * n
        ids.extend([vocabulary.setdefault(token, len(vocabulary)) for token in found])
        pages.extend([page] * len(found))
        counts.extend(found.values())
        _write_record(output / "p" / f"{page}.jz", record)
    postings = _postings(np.array(ids), np.array(pages), np.array(counts))
    buckets = 1
    while buckets * BUCKET_POSTINGS < len(ids):
        buckets *= 2
    files: list[bytearray] = [bytearray() for _ in range(buckets)]
    for token in sorted(vocabulary):
        n, data = postings[vocabulary[token]]
        key = token.encode()
        files[bucket_of(token, buckets)] += _varint(len(key)) + key + _varint(n) + data
    (output / "b").mkdir()
    for number, data in enumerate(files):
        (output / "b" / f"{number}.bin").write_bytes(bytes(data))
    (output / "shard.json").write_text(json.dumps({"pages": len(paths), "buckets": buckets}), encoding="utf-8")


def _postings(ids: np.ndarray, pages: np.ndarray, counts: np.ndarray) -> dict[int, tuple[int, bytes]]:
    """{token id: (pages, postings)}, a posting being the gap to the token's previous page (a varint)
    and its occurrences (a byte, capped at 255). Encoded at once with numpy: a shard has millions."""
    order = np.argsort(ids, kind="stable")  # pages stay in order within a token
    ids, pages, counts = ids[order], pages[order], np.minimum(counts[order], 255)
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]]) if len(ids) else np.array([], dtype=int)
    gaps = np.diff(pages, prepend=0)
    gaps[starts] = pages[starts]
    size = 2 + (gaps >= 1 << 7) + (gaps >= 1 << 14)  # pages of a shard stay below 2**21
    low, mid, high = gaps & 0x7F | (gaps >= 1 << 7) << 7, (gaps >> 7) & 0x7F | (gaps >= 1 << 14) << 7, gaps >> 14
    row = np.stack([low, np.where(size >= 3, mid, counts), np.where(size == 4, high, counts), counts], axis=1)
    data = row[np.arange(4) < size[:, None]].astype(np.uint8).tobytes()
    ends = np.cumsum(size)
    bounds = np.r_[starts, len(ids)]
    offsets = np.r_[0, ends]
    return {
        int(ids[a]): (int(b - a), data[offsets[a] : offsets[b]]) for a, b in zip(bounds[:-1], bounds[1:])
    }


def _write_record(path: Path, record: dict) -> None:
    """A page's record as the browser reads it (gzip, opened with DecompressionStream): url, title, text
    and the other script's text when it differs, each clipped for excerpts; ``clipped`` when cut."""
    text, alt = record["text"], record["alt"] if record["alt"] != record["text"] else ""
    kept = {"url": record["url"], "title": record["title"], "text": text[:RECORD_CHARS], "alt": alt[:RECORD_CHARS]}
    if max(len(text), len(alt)) > RECORD_CHARS:
        kept["clipped"] = True
    body = json.dumps(kept, ensure_ascii=False, separators=(",", ":")).encode()
    path.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
