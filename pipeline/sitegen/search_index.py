"""The site's search index: Han bigram postings in hashed static files, fetched per query.

A query costs one bucket file per token and the records of the results shown,
never the corpus: every token (a Han character, a pair of adjacent Han
characters, a Latin word or number) is hashed to one bucket file, which holds
its postings (shard, page, occurrences) over the whole site.
``site/javascripts/search.js`` asks for a run of Han characters as pairs that
cover it (one character: the character), intersects the postings, ranks, and
checks the run itself in the records (a page's title and text, compressed) of
the pages it shows. The tokenisation and the hash are one spec in both
languages: see ``search_tokens`` here, ``terms`` and ``bucketOf`` there.

What is indexed is a search record of each page kept beside the build (its text
without the theme, and an article's other-script copy, which the published page
drops), so 缺电 finds an article that writes 缺電, and a dirty build can index
pages it did not render.

Pages are grouped in shards (an article's shard is fixed by the hash of its
path, every other page is in the ``site`` shard), each with its records and
its postings and its pages' tokens, kept beside the build. A build tokenises
again only the pages whose records changed (``search_shard``) and merges every
shard's postings into the bucket files; each shard's part depends only on its
pages, so a dirty build's index is a full build's. Tokens and their hash are
``search_tokens``.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
from pathlib import Path

import numpy as np

from .search_shard import index_shards, replace_file

OUTPUT = "search"
MANIFEST = "index.json"
SITE_SHARD = "site"
ARTICLE_SHARDS = 16
# A posting names its shard by its place here: fixed, so a shard's postings never depend on the others.
SHARDS = [f"a{i:02d}" for i in range(ARTICLE_SHARDS)] + [SITE_SHARD]
# Postings a bucket file holds, about: what a query fetches per token. Adding a page changes nearly every
# bucket (its shard's later pages move), and each is a file the build writes and the release copies: at
# 10,000 articles 2,048 of about 22 kB, not 8,192 of 5.5 kB (a query fetches 1-2 of them).
BUCKET_POSTINGS = 16384
ALT_SCRIPT = re.compile(r'<div class="alt-script" hidden>(.*?)</div>', re.S)
# Tables that repeat what article pages hold (markup.table(searchable=False)) are not indexed.
_IGNORED = re.compile(r"<table\b[^>]*\bdata-search-ignore\b.*?</table>", re.S)
_TAG = re.compile(r"<[^>]*>")


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
    """Write a page's search record under its shard's folder; returns its path there."""
    relative = f"{shard_of(dest_uri)}/{dest_uri}.json"
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(page_record(dest_uri, title, content), ensure_ascii=False), encoding="utf-8")
    return relative


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


def build_index(source: Path, site: Path, changed: set[str] | None = None) -> None:
    """Index the search records in ``source`` into ``site``/search: the records of each shard in its
    folder, the bucket files of the whole site, and the manifest. ``changed``: the records (paths in
    ``source``) written or deleted since the last build, whose pages alone are tokenised again (None:
    every page); the other pages' tokens are read from ``postings_folder``."""
    output, kept = site / OUTPUT, postings_folder(source)
    present = [s for s in SHARDS if (source / s).is_dir()]
    kept.mkdir(parents=True, exist_ok=True)
    mine: dict[str, set[str]] = {}
    for path in changed or ():
        shard, _, page = path.partition("/")
        mine.setdefault(shard, set()).add(page)
    jobs = []
    for number, shard in enumerate(SHARDS):
        cached = kept / f"{shard}.npz"
        if shard not in present:
            shutil.rmtree(output / shard, ignore_errors=True)
            cached.unlink(missing_ok=True)
        elif changed is None or shard in mine or not cached.is_file():
            jobs.append((source / shard, output / shard, cached, number, None if changed is None else mine.get(shard)))
    index_shards(jobs)
    parts = [_postings_of(kept / f"{s}.npz") for s in present]
    buckets = 1
    while buckets * BUCKET_POSTINGS < sum(int(part["postings"]) for part in parts):
        buckets *= 2
    _write_buckets(parts, output / "b", buckets)
    manifest = {"buckets": buckets, "shards": [{"name": s, "pages": 0} for s in SHARDS]}
    for shard, part in zip(present, parts):
        manifest["shards"][SHARDS.index(shard)]["pages"] = int(part["pages"])
    replace_file(output / MANIFEST, json.dumps(manifest, separators=(",", ":")).encode())


def _postings_of(kept: Path) -> dict:
    """A shard's postings as kept (not its pages' tokens, which only the shard's next build reads)."""
    with np.load(kept) as saved:
        return {name: saved[name] for name in ("entries", "hashes", "ends", "pages", "postings")}


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
    # Each file replaced where it is, not the folder made anew: deleting and creating 8,192 files took seconds
    # of a dirty build. Files of a bucket count no longer used are deleted.
    folder.mkdir(parents=True, exist_ok=True)
    names = {f"{number}.bin" for number in range(buckets)}
    for entry in os.scandir(folder):
        if entry.name not in names:
            os.unlink(entry.path)
    for number in range(buckets):
        data = b"".join(entries[bounds[number] : bounds[number + 1]] for entries, bounds in shards)
        replace_file(folder / f"{number}.bin", data)
