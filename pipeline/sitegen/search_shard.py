"""One shard of the search index: its pages' record files and its postings, kept beside the build."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.lifetime import die_with_parent

from .search_tokens import bucket_hashes, page_tokens, token_text

# A record keeps this much of a page's text for excerpts (longer pages are indexed whole).
RECORD_CHARS = 20_000


# Below this many shards to index, a second process (about 0.3 s to start) costs more than it saves.
MIN_SHARED_SHARDS = 4


def index_shards(jobs: list[tuple]) -> None:
    """``index_shard(*job)`` for each job, half of them in a second process when the machine has another
    core: a shard's files and kept postings are its own, so the order they are written in changes no byte.
    A full build at 10,000 articles indexes 17 shards, about 20 s on one core. The helper is a new
    interpreter (``main`` below), not a fork of the build, whose ~500 MB resident a fork would count again."""
    if len(jobs) < MIN_SHARED_SHARDS or (os.cpu_count() or 1) < 2:
        for job in jobs:
            index_shard(*job)
        return
    theirs = [[str(s), str(o), str(k), n, None if c is None else sorted(c)] for s, o, k, n, c in jobs[1::2]]
    helper = subprocess.Popen([sys.executable, "-m", __name__, str(os.getpid())], stdin=subprocess.PIPE)
    try:
        helper.stdin.write(json.dumps(theirs).encode())
        helper.stdin.close()
        for job in jobs[0::2]:
            index_shard(*job)
        helper.wait()
    finally:
        if helper.poll() is None:  # this process's part failed: the helper's stops with it
            helper.kill()
            helper.wait()
    if helper.returncode != 0:
        raise RuntimeError(f"indexing search shards: the helper process exited with {helper.returncode}")


def index_shard(source: Path, output: Path, kept: Path, number: int, changed: set[str] | None) -> None:
    """Write a record file per page of the shard (page numbers in the order of their paths) and keep its
    postings in ``kept``: an entry per token (its length, the token, the shard's ``number``, its pages and
    their postings) with the token's FNV-1a hash, so that they can be put into any number of buckets.

    ``changed``: the pages (record paths relative to ``source``) whose records changed since ``kept`` was
    written, or None. The other pages' tokens are taken from ``kept`` and their record files stay, renamed
    when pages came or went before them: adding an article tokenises one page, not its shard's
    hundreds. Postings are in page order either way, so the shard's part is a full build's.
    """
    last = _last(kept, output) if changed is not None else None
    kept.unlink(missing_ok=True)  # until this shard is written again, nothing here is a base for the next build
    if last is None:
        shutil.rmtree(output, ignore_errors=True)
    (output / "p").mkdir(parents=True, exist_ok=True)
    paths = _record_paths(source)
    words = {word: i for i, word in enumerate(last["words"])} if last else {}
    where = {path: i for i, path in enumerate(last["paths"])} if last else {}
    # A page's tokens: its keys, or (a page kept) its codes in the last build's vocabulary.
    per_page, kept_pages, counts, moved, fresh = [], [], [], [], []
    for page, path in enumerate(paths):
        before = where.get(path)
        kept_pages.append(before is not None and path not in changed)
        if kept_pages[-1]:
            start, end = last["page_ends"][before], last["page_ends"][before + 1]
            per_page.append(last["page_codes"][start:end])
            counts.append(last["page_counts"][start:end])
            if before != page:
                moved.append((before, page))
            continue
        record = json.loads((source / path).read_text(encoding="utf-8"))
        page_keys, page_counts = page_tokens(record, words)
        per_page.append(page_keys)
        counts.append(page_counts)
        fresh.append((page, record))
    _place_records(output / "p", moved, fresh, len(paths))
    pages = np.repeat(np.arange(len(paths)), [len(k) for k in per_page])
    all_counts = np.concatenate(counts or [np.array([], dtype=np.int64)])
    vocabulary, codes = _coded(per_page, kept_pages, last["vocabulary"] if last else np.array([], dtype=np.int64))
    # One stable sort by token (a token's pages stay in order) gives the postings' order. Sorting each occurrence's
    # number in the vocabulary, not its token, gives the same order, and in two bytes NumPy sorts by radix.
    by_token = np.argsort(codes, kind="stable")
    sorted_codes = codes[by_token]
    first = np.r_[True, sorted_codes[1:] != sorted_codes[:-1]] if len(by_token) else np.zeros(0, dtype=bool)
    starts = np.flatnonzero(first)
    postings = _postings(starts, pages[by_token], all_counts[by_token])
    shard = _varint(number)
    latin = list(words)
    names = [token_text(int(k), latin) for k in vocabulary]
    order = sorted(range(len(names)), key=names.__getitem__)
    tokens = [names[i].encode() for i in order]
    pieces = [
        _varint(len(key)) + key + shard + _varint(postings[i][0]) + postings[i][1] for i, key in zip(order, tokens)
    ]
    entries = b"".join(pieces)
    kept.parent.mkdir(parents=True, exist_ok=True)
    with kept.open("wb") as file:
        np.savez(
            file,
            entries=np.frombuffer(entries, dtype=np.uint8),
            hashes=bucket_hashes(tokens),
            ends=np.cumsum([len(piece) for piece in pieces], dtype=np.int64),
            pages=np.int64(len(paths)),
            postings=np.int64(len(pages)),
            # What the next build reuses: each page's tokens (Latin words by their number in ``words``).
            paths=np.array(paths, dtype=str),
            words=np.array(latin, dtype=str),
            vocabulary=vocabulary,
            page_codes=codes,
            page_counts=np.minimum(all_counts, 255).astype(np.uint8),  # as the postings count them
            page_ends=np.r_[0, np.cumsum([len(k) for k in per_page], dtype=np.int64)],
        )


def _record_paths(source: Path) -> list[str]:
    """The record files under ``source`` (paths relative to it), sorted. os.walk: pathlib's rglob and
    relative_to took 9.5 ms a shard of 626 pages, this 0.8 ms."""
    found = []
    for top, _, files in os.walk(source):
        relative = os.path.relpath(top, source).replace(os.sep, "/")
        prefix = "" if relative == "." else relative + "/"
        found += [prefix + name for name in files if name.endswith(".json")]
    return sorted(found)


def _last(kept: Path, output: Path) -> dict | None:
    """What the last build of the shard kept, if it did and its record files are there."""
    if not kept.is_file() or not (output / "p").is_dir():
        return None
    with np.load(kept) as saved:
        if "page_codes" not in saved:
            return None
        last = {name: saved[name] for name in ("page_codes", "page_counts", "page_ends", "vocabulary")}
        return {**last, "paths": saved["paths"].tolist(), "words": saved["words"].tolist()}


def _coded(tokens: list[np.ndarray], kept: list[bool], before: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(vocabulary: the shard's distinct token keys, sorted; each occurrence's number in it, in page order) of the
    pages' ``tokens``: a page's keys (sorted), or, where ``kept``, its numbers in ``before``, the last build's
    vocabulary. The numbers are what is kept of the pages' tokens, in two bytes each where the shard has at most
    65,536 tokens, not eight (the kept files are written every build)."""
    if any(kept):
        # Numbered already, the kept pages' tokens are not sorted again: the new pages' keys are looked up in the
        # last vocabulary with them, and tokens that only pages gone held are dropped.
        union = np.unique(np.concatenate([before, *(page for page, was in zip(tokens, kept) if not was)]))
        renumbered = np.searchsorted(union, before)
        numbers = [renumbered[page] if was else np.searchsorted(union, page) for page, was in zip(tokens, kept)]
        in_union = np.concatenate(numbers)
        used = np.bincount(in_union, minlength=len(union)) > 0
        vocabulary, codes = union[used], (np.cumsum(used) - 1)[in_union]
    else:
        # A stable sort merges the pages' sorted keys as runs (np.unique took three times as long).
        keys = np.concatenate(tokens or [np.array([], dtype=np.int64)])
        order = np.argsort(keys, kind="stable")
        first = np.r_[True, keys[order][1:] != keys[order][:-1]] if len(keys) else np.zeros(0, dtype=bool)
        vocabulary, codes = keys[order][first], np.empty(len(keys), dtype=np.int64)
        codes[order] = np.cumsum(first) - 1
    return vocabulary, codes.astype(np.uint16 if len(vocabulary) <= 1 << 16 else np.uint32)


def _place_records(folder: Path, moved: list[tuple[int, int]], fresh: list[tuple[int, dict]], pages: int) -> None:
    """Rename the record files of pages whose number changed (through a temporary name: numbers shift
    both ways), write those of new or changed pages, and delete those past the last page."""
    for before, _ in moved:
        os.replace(folder / f"{before}.jz", folder / f"{before}.moving")
    for before, page in moved:
        os.replace(folder / f"{before}.moving", folder / f"{page}.jz")
    for page, record in fresh:
        _write_record(folder / f"{page}.jz", record)
    for entry in os.scandir(folder):
        if int(entry.name.split(".", 1)[0]) >= pages:
            os.unlink(entry.path)


@lru_cache(maxsize=1 << 16)  # the same lengths and page counts, hundreds of thousands of times a build
def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _postings(starts: np.ndarray, pages: np.ndarray, counts: np.ndarray) -> list[tuple[int, bytes]]:
    """(pages, postings) of each token, its occurrences sorted by token then page and ``starts`` its first;
    a posting being a varint of twice the gap to the token's previous page, plus one when the page holds
    the token more than once, followed then by its occurrences (a byte, capped at 255): most tokens occur
    once in a page, and their postings take no count byte. Encoded at once with numpy: a shard has millions."""
    pages = pages.astype(np.int32)  # below 2**21: the arrays of a shard's millions of postings stay small
    gaps = np.diff(pages, prepend=np.int32(0))
    gaps[starts] = pages[starts]
    many = counts > 1
    value = gaps * 2 + many  # four varint bytes at most
    longer = [value >= 1 << (7 * i) for i in (1, 2, 3)]  # whether the varint has a second, third, fourth byte
    sizes = many.view(np.uint8) + np.uint8(1)
    for more in longer:
        sizes += more.view(np.uint8)
    ends = np.cumsum(sizes.astype(np.int64))  # widened first: casting as it adds took 4 times as long
    first = ends - sizes
    # Each byte written where it goes, the later ones only for the postings that have them (few): a row of
    # five possible bytes per posting, then masked, took twice the CPU (most of a dirty build's index).
    data = np.empty(int(ends[-1]) if len(ends) else 0, dtype=np.uint8)
    data[first] = ((value & 0x7F) | longer[0] << 7).astype(np.uint8)
    for i in (1, 2, 3):
        has = np.flatnonzero(longer[i - 1])
        byte = (value[has] >> (7 * i)) & 0x7F
        data[first[has] + i] = (byte | longer[i][has] << 7 if i < 3 else byte).astype(np.uint8)
    counted = np.flatnonzero(many)
    data[ends[counted] - 1] = np.minimum(counts[counted], 255).astype(np.uint8)
    encoded = data.tobytes()
    # Bounds as lists: slicing by NumPy integers, a shard's 10,000 tokens, was a quarter of this function.
    bounds = np.r_[starts, len(pages)]
    n_pages, cuts = np.diff(bounds).tolist(), np.r_[0, ends][bounds].tolist()
    return [(n, encoded[a:b]) for n, a, b in zip(n_pages, cuts[:-1], cuts[1:])]


def _write_record(path: Path, record: dict) -> None:
    """A page's record as the browser reads it (gzip, opened with DecompressionStream): url, title, text
    and the other script's text when it differs, each clipped for excerpts; ``clipped`` when cut."""
    text, alt = record["text"], record["alt"] if record["alt"] != record["text"] else ""
    kept = {"url": record["url"], "title": record["title"], "text": text[:RECORD_CHARS], "alt": alt[:RECORD_CHARS]}
    if max(len(text), len(alt)) > RECORD_CHARS:
        kept["clipped"] = True
    body = json.dumps(kept, ensure_ascii=False, separators=(",", ":")).encode()
    replace_file(path, gzip.compress(body, compresslevel=9, mtime=0))


def replace_file(path: Path, data: bytes) -> None:
    """Write ``path`` as a new file renamed over the old one, never into it: a release links the search
    index's files from the build (``publishing.stage_site``), so a file once built must not change. A build
    stopped between the two leaves the next one a full build, which starts from an empty folder."""
    written = path.with_name(path.name + ".new")
    written.write_bytes(data)
    os.replace(written, path)


def main(argv: list[str]) -> int:
    """The helper of ``index_shards``: the jobs as JSON on standard input; it dies with the build."""
    die_with_parent(int(argv[0]))
    for source, output, kept, number, changed in json.load(sys.stdin):
        index_shard(Path(source), Path(output), Path(kept), number, None if changed is None else set(changed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
