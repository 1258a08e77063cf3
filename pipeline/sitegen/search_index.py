"""The site's search index: Han bigram postings in hashed static files, fetched per query.

A query costs one bucket file per token and the records of the results shown,
never the corpus: every token (a Han character, a pair of adjacent Han
characters, a Latin word or number) is hashed to one bucket file, which holds
its postings (shard, page, occurrences) over the whole site.
``site/javascripts/search.js`` asks for a run of Han characters as pairs that
cover it (one character: the character), intersects the postings, ranks, and
checks the run itself in the records (a page's title and text, compressed) of
the pages it shows. The tokenisation and the hash are one spec in both
languages: see ``tokens`` and ``bucket_of`` here, ``terms`` and ``bucketOf`` there.

What is indexed is a search record of each page kept beside the build (its text
without the theme, and an article's other-script copy, which the published page
drops), so 缺电 finds an article that writes 缺電, and a dirty build can index
pages it did not render.

Pages are grouped in shards (an article's shard is fixed by the hash of its
path, every other page is in the ``site`` shard), each with its records and
its postings, kept beside the build. A build tokenises again only the shards
whose pages changed and merges every shard's postings into the bucket files;
each shard's part depends only on its pages, so a dirty build's index is a
full build's.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import os
import re
import shutil
from array import array
from collections import Counter
from pathlib import Path

import numpy as np

OUTPUT = "search"
MANIFEST = "index.json"
SITE_SHARD = "site"
ARTICLE_SHARDS = 16
# A posting names its shard by its place here: fixed, so a shard's postings never depend on the others.
SHARDS = [f"a{i:02d}" for i in range(ARTICLE_SHARDS)] + [SITE_SHARD]
# Postings a bucket file holds, about: what a query fetches per token.
BUCKET_POSTINGS = 4096
# A record keeps this much of a page's text for excerpts (longer pages are indexed whole).
RECORD_CHARS = 20_000
TITLE_WEIGHT = 5  # a token in the title counts as this many in the text
ALT_SCRIPT = re.compile(r'<div class="alt-script" hidden>(.*?)</div>', re.S)
_HAN = ((0x3400, 0x9FFF), (0xF900, 0xFAFF))  # code points of Han characters (ranges, inclusive)
_LATIN = re.compile("[0-9a-z\u00c0-\u024f]+")
# A token as one integer (what the index counts, sorts and looks up with numpy): a Han character its code point, a
# pair of them first * _PAIR + second (code points are below 2**21), a Latin word -1 - its number in the shard.
_PAIR = 1 << 21
# Tables that repeat what article pages hold (markup.table(searchable=False)) are not indexed.
_IGNORED = re.compile(r"<table\b[^>]*\bdata-search-ignore\b.*?</table>", re.S)
_TAG = re.compile(r"<[^>]*>")


def token_keys(text: str, words: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The tokens of ``text`` (Han characters, pairs of adjacent ones, Latin words in lower case) as integer keys,
    sorted, and their occurrences. ``words`` numbers the Latin words met so far; new ones are added."""
    lowered = text.lower()
    points = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    han = np.zeros(len(points), dtype=bool)
    for low, high in _HAN:
        han |= (points >= low) & (points <= high)
    paired = han[:-1] & han[1:]
    latin = [-1 - words.setdefault(word, len(words)) for word in _LATIN.findall(lowered)]
    keys = [points[han], points[:-1][paired] * _PAIR + points[1:][paired], np.array(latin, dtype=np.int64)]
    return np.unique(np.concatenate(keys), return_counts=True)


def token_text(key: int, words: list[str]) -> str:
    """The token a key stands for (``words``: the Latin words in the order they were numbered)."""
    if key < 0:
        return words[-1 - key]
    return chr(key) if key < _PAIR else chr(key // _PAIR) + chr(key % _PAIR)


def tokens(text: str) -> Counter:
    """Occurrences of each token of ``text``: Han characters and pairs of adjacent ones, Latin words."""
    numbers: dict[str, int] = {}
    keys, counts = token_keys(text, numbers)
    words = list(numbers)
    return Counter({token_text(int(k), words): int(n) for k, n in zip(keys, counts)})


def _page_tokens(record: dict, words: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """A page's token keys and occurrences: its text's, those of the other script's text that the text lacks (a
    token in both scripts counts once), and its title's, each counted TITLE_WEIGHT times."""
    text, text_n = token_keys(record["text"], words)
    alt, alt_n = token_keys(record["alt"], words)
    title, title_n = token_keys(record["title"], words)
    only_alt = ~np.isin(alt, text, assume_unique=True)
    keys, where = np.unique(np.concatenate([text, alt[only_alt], title]), return_inverse=True)
    counts = np.concatenate([text_n, alt_n[only_alt], TITLE_WEIGHT * title_n])
    return keys, np.bincount(where, weights=counts).astype(np.int64)


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
    for top, folders, files in os.walk(folder, topdown=False):  # os.walk: pathlib's rglob took seconds at 28,000
        relative = os.path.relpath(top, folder).replace(os.sep, "/")
        prefix = "" if relative == "." else relative + "/"
        for name in files:
            if prefix + name not in keep:
                os.unlink(os.path.join(top, name))
        if top != str(folder) and not os.listdir(top):
            os.rmdir(top)


def postings_folder(source: Path) -> Path:
    """Where each shard's postings are kept between builds (beside the records, not published)."""
    return source.with_name(f"{source.name}-postings")


def build_index(source: Path, site: Path, shards: set[str] | None = None) -> None:
    """Index the search records in ``source`` into ``site``/search: the records of each shard in its
    folder, the bucket files of the whole site, and the manifest. ``shards``: only those are tokenised
    again (None: all of them); the others' postings are read from ``postings_folder``."""
    output, kept = site / OUTPUT, postings_folder(source)
    present = [s for s in SHARDS if (source / s).is_dir()]
    kept.mkdir(parents=True, exist_ok=True)
    for shard in SHARDS:
        cached = kept / f"{shard}.npz"
        if shard not in present or shards is None or shard in shards or not cached.is_file():
            shutil.rmtree(output / shard, ignore_errors=True)
            cached.unlink(missing_ok=True)
        if shard in present and not cached.is_file():
            _index_shard(source / shard, output / shard, cached)
    parts = [dict(np.load(kept / f"{s}.npz")) for s in present]
    buckets = 1
    while buckets * BUCKET_POSTINGS < sum(int(part["postings"]) for part in parts):
        buckets *= 2
    _write_buckets(parts, output / "b", buckets)
    manifest = {"buckets": buckets, "shards": [{"name": s, "pages": 0} for s in SHARDS]}
    for shard, part in zip(present, parts):
        manifest["shards"][SHARDS.index(shard)]["pages"] = int(part["pages"])
    (output / MANIFEST).write_text(json.dumps(manifest, separators=(",", ":")), encoding="utf-8")


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _index_shard(source: Path, output: Path, kept: Path) -> None:
    """Write a record file per page of the shard (page numbers in the order of their paths) and keep its
    postings: an entry per token (its length, the token, the shard, its pages and their postings)
    with the token's FNV-1a hash, so that they can be put into any number of buckets."""
    (output / "p").mkdir(parents=True)
    words: dict[str, int] = {}
    keys, counts = [], []
    paths = sorted(source.rglob("*.json"), key=lambda p: p.relative_to(source).as_posix())
    for page, path in enumerate(paths):
        record = json.loads(path.read_text(encoding="utf-8"))
        page_keys, page_counts = _page_tokens(record, words)
        keys.append(page_keys)
        counts.append(page_counts)
        _write_record(output / "p" / f"{page}.jz", record)
    pages = np.repeat(np.arange(len(paths)), [len(k) for k in keys])
    vocabulary, ids = np.unique(np.concatenate(keys or [np.array([], dtype=np.int64)]), return_inverse=True)
    postings = _postings(ids, pages, np.concatenate(counts or [np.array([], dtype=np.int64)]))
    shard = _varint(SHARDS.index(source.name))
    latin = list(words)
    names, entries, hashes, ends = [token_text(int(k), latin) for k in vocabulary], bytearray(), array("L"), array("q")
    for i in sorted(range(len(names)), key=names.__getitem__):
        n, data = postings[i]
        key = names[i].encode()
        entries += _varint(len(key)) + key + shard + _varint(n) + data
        hashes.append(bucket_of(names[i], 2**32))
        ends.append(len(entries))
    kept.parent.mkdir(parents=True, exist_ok=True)
    with kept.open("wb") as file:
        np.savez(
            file,
            entries=np.frombuffer(bytes(entries), dtype=np.uint8),
            hashes=np.array(hashes, dtype=np.uint32),
            ends=np.array(ends, dtype=np.int64),
            pages=np.int64(len(paths)),
            postings=np.int64(len(pages)),
        )


def _write_buckets(parts: list[dict], folder: Path, buckets: int) -> None:
    """Bucket file k: the entries of every shard whose token hashes to k, shard after shard."""
    shards = []
    for part in parts:
        bucket = (part["hashes"] % buckets).astype(np.int64)
        order = np.argsort(bucket, kind="stable")  # tokens stay in order within a bucket
        ends = part["ends"]
        lengths = np.diff(ends, prepend=0)
        starts, lengths = (ends - lengths)[order], lengths[order]
        # The bytes of the entries in bucket order: each entry's start, then its bytes one after another.
        moved = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(int(lengths.sum()))
        bounds = np.r_[0, np.cumsum(np.bincount(bucket, weights=np.diff(ends, prepend=0), minlength=buckets))]
        shards.append((part["entries"][moved].tobytes(), bounds.astype(np.int64)))
    # Written over the last build's files, not into a new folder: deleting and creating 8,192 files took seconds
    # of a dirty build. Files of a bucket count no longer used are deleted.
    folder.mkdir(parents=True, exist_ok=True)
    names = {f"{number}.bin" for number in range(buckets)}
    for entry in os.scandir(folder):
        if entry.name not in names:
            os.unlink(entry.path)
    for number in range(buckets):
        data = b"".join(entries[bounds[number] : bounds[number + 1]] for entries, bounds in shards)
        (folder / f"{number}.bin").write_bytes(data)


def _postings(ids: np.ndarray, pages: np.ndarray, counts: np.ndarray) -> dict[int, tuple[int, bytes]]:
    """{token id: (pages, postings)}, a posting being a varint of twice the gap to the token's previous
    page, plus one when the page holds the token more than once, followed then by its occurrences (a
    byte, capped at 255): most tokens occur once in a page, and their postings take no count byte.
    Encoded at once with numpy: a shard has millions."""
    order = np.argsort(ids, kind="stable")  # pages stay in order within a token
    ids, pages, counts = ids[order], pages[order], np.minimum(counts[order], 255)
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]]) if len(ids) else np.array([], dtype=int)
    gaps = np.diff(pages, prepend=0)
    gaps[starts] = pages[starts]
    many = counts > 1
    value = gaps * 2 + many  # pages of a shard stay below 2**21: four varint bytes at most
    longer = [value >= 1 << shift for shift in (7, 14, 21)]
    row = np.stack([(value >> (7 * i)) & 0x7F | (longer[i] << 7 if i < 3 else 0) for i in range(4)] + [counts], axis=1)
    present = np.stack([np.ones_like(many), *longer, many], axis=1)
    data = row[present].astype(np.uint8).tobytes()
    ends = np.cumsum(present.sum(axis=1))
    bounds = np.r_[starts, len(ids)]
    offsets = np.r_[0, ends]
    return {int(ids[a]): (int(b - a), data[offsets[a] : offsets[b]]) for a, b in zip(bounds[:-1], bounds[1:])}


def _write_record(path: Path, record: dict) -> None:
    """A page's record as the browser reads it (gzip, opened with DecompressionStream): url, title, text
    and the other script's text when it differs, each clipped for excerpts; ``clipped`` when cut."""
    text, alt = record["text"], record["alt"] if record["alt"] != record["text"] else ""
    kept = {"url": record["url"], "title": record["title"], "text": text[:RECORD_CHARS], "alt": alt[:RECORD_CHARS]}
    if max(len(text), len(alt)) > RECORD_CHARS:
        kept["clipped"] = True
    body = json.dumps(kept, ensure_ascii=False, separators=(",", ":")).encode()
    path.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
