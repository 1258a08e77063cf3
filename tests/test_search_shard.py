"""A shard rebuilt from the pages that changed is the shard a full build makes, and reads only those pages."""

from __future__ import annotations

import os

import numpy as np
import pytest

from pipeline.sitegen import search_shard
from pipeline.sitegen.search_index import build_index, source_paths, write_source

# Articles (about ten a shard) and pages of the site shard; each a title and its text.
ARTICLES = {f"articles/{i:016x}.html": (f"文章{i}", f"<p>电网{i % 3}缺电 KOSPI{i}</p>") for i in range(160)}
OTHERS = {"index.html": ("叙事账本", "<p>首页</p>"), "entities/tsmc.html": ("台积电", "<p>台积电 TSMC</p>")}
FIRST, MIDDLE, LAST = sorted(ARTICLES)[0], sorted(ARTICLES)[80], sorted(ARTICLES)[-1]


def _write(source, pages):
    return {write_source(source, uri, title, content) for uri, (title, content) in pages.items()}


def _published(site):
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted((site / "search").rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    ("added", "edited", "removed"),
    [
        ({}, {MIDDLE: ("新标题", "<p>改写 edited</p>")}, set()),  # one page changed, none moves
        ({"articles/0000000000000000.html": ("最先", "<p>排在最前 first</p>")}, {}, set()),  # every page after it moves
        ({}, {}, {MIDDLE}),  # the pages after it move back
        ({"articles/ffffffffffffffff.html": ("最后", "<p>排在最后 last</p>")}, {LAST: ("改", "<p>改</p>")}, {FIRST}),
        ({}, {}, set()),  # nothing changed: nothing read
    ],
)
def test_a_shard_rebuilt_from_its_changed_pages_equals_a_full_build(tmp_path, monkeypatch, added, edited, removed):
    source, site = tmp_path / "source", tmp_path / "site"
    _write(source, {**ARTICLES, **OTHERS})
    build_index(source, site)
    changed = _write(source, {**added, **edited}) | source_paths(removed)
    for path in source_paths(removed):
        (source / path).unlink()
    # A release of this build: a link to each file, as the release links them (publishing.stage_site).
    release, released = tmp_path / "release", {}
    release.mkdir()
    for number, path in enumerate(p for p in (site / "search").rglob("*") if p.is_file()):
        os.link(path, release / str(number))
        released[release / str(number)] = path.read_bytes()
    read = []
    tokenise = search_shard.page_tokens
    monkeypatch.setattr(
        search_shard, "page_tokens", lambda record, words: read.append(record["url"]) or tokenise(record, words)
    )
    build_index(source, site, changed)
    assert sorted(read) == sorted({**added, **edited})
    # No file was written into: the release holds what it was published with.
    assert {path: path.read_bytes() for path in released} == released
    monkeypatch.undo()
    full = tmp_path / "full"
    build_index(source, full)
    assert _published(site) == _published(full)


def _posting(gap: int, count: int) -> bytes:
    """One posting as the spec says, a byte at a time: a varint of twice the gap, plus one when counted."""
    value, out = gap * 2 + (count > 1), bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out) + (bytes([min(count, 255)]) if count > 1 else b"")


@pytest.mark.parametrize(
    "tokens",
    [
        [[(0, 1)]],
        [[(3, 2), (5, 1), (70, 300)]],  # a count past a byte is capped
        [[(63, 1), (64, 1)], [(0, 2), (8191, 1), (8192, 7), (2**20, 1), (2**21 - 1, 255)]],  # varints of 1-4 bytes
        [[(1, 1)], [(1, 1)], [(0, 3), (2, 1)]],  # each token's first page is given whole, not as a gap
    ],
)
def test_postings_are_encoded_as_specified(tokens):
    pages = [page for postings in tokens for page, _ in postings]
    counts = [count for postings in tokens for _, count in postings]
    starts = [sum(len(t) for t in tokens[:i]) for i in range(len(tokens))]
    expected = [
        (
            len(postings),
            b"".join(
                _posting(page - before, count)
                for (page, count), before in zip(postings, [0] + [p for p, _ in postings])
            ),
        )
        for postings in tokens
    ]
    assert search_shard._postings(*(np.array(x, dtype=np.int64) for x in (starts, pages, counts))) == expected


def test_stage_site_links_the_files_of_folders_the_build_replaces_from_the_build(tmp_path):
    from pipeline.publishing import stage_site
    from pipeline.sitegen.search_shard import replace_file

    build, first, second = tmp_path / "build", tmp_path / "r1", tmp_path / "r2"
    (build / "search").mkdir(parents=True)
    (build / "search" / "0.bin").write_bytes(b"1")
    (build / "searches.html").write_bytes(b"A")  # a name that only begins like the folder's: copied
    assert stage_site(build, first, None, replaced=("search",)) == (2, 2, 1)
    assert (first / "search" / "0.bin").stat().st_ino == (build / "search" / "0.bin").stat().st_ino
    replace_file(build / "search" / "0.bin", b"2")
    assert stage_site(build, second, first, replaced=("search",)) == (2, 2, 0)
    assert (first / "search" / "0.bin").read_bytes() == b"1" and (second / "search" / "0.bin").read_bytes() == b"2"


def test_record_paths_are_the_json_files_under_the_source_sorted(tmp_path):
    for path in ["b.json", "articles/z.html.json", "articles/a.html.json", "entities/x/y.json", "notes.txt"]:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("{}", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    expected = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.json"))
    assert search_shard._record_paths(tmp_path) == expected
    assert expected == ["articles/a.html.json", "articles/z.html.json", "b.json", "entities/x/y.json"]
