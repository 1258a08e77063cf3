"""The site's search index: search records of pages, tokens, shards, and bucket files built from them."""

from __future__ import annotations

import gzip
import json

import pytest

from pipeline.sitegen import search_index, search_shard
from pipeline.sitegen.search_index import ARTICLE_SHARDS, SITE_SHARD, build_index, page_record, shard_of, write_source
from pipeline.sitegen.search_shard import RECORD_CHARS
from pipeline.sitegen.search_tokens import TITLE_WEIGHT, bucket_hashes, bucket_of, tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("缺电", {"缺": 1, "电": 1, "缺电": 1}),  # characters and the pair
        ("电网 电网", {"电": 2, "网": 2, "电网": 2}),  # a pair does not span a break
        ("AI电网 KOSPI", {"ai": 1, "电": 1, "网": 1, "电网": 1, "kospi": 1}),  # Latin words whole, lower case
        ("上涨5.2%", {"上": 1, "涨": 1, "上涨": 1, "5": 1, "2": 1}),
        ("，。！", {}),  # punctuation is no token
        ("Émile ÉMILE 豈", {"émile": 2, "豈": 1}),  # accented Latin folded; a compatibility ideograph is Han
    ],
)
def test_tokens_are_han_characters_their_pairs_and_latin_words(text, expected):
    assert dict(tokens(text)) == expected


@pytest.mark.parametrize(("token", "value"), [("a", 0xE40C292C), ("foobar", 0xBF9CF968)])
def test_buckets_hash_with_fnv1a_as_the_browser_does(token, value):
    # Published FNV-1a 32-bit test vectors: search.js computes the same bucket for a token.
    assert bucket_of(token, 2**32) == value
    assert bucket_of(token, 64) == value % 64


def test_tokens_hashed_together_hash_as_one_at_a_time():
    tokens = ["a", "foobar", "缺", "缺电", "émile", "", "9" * 64, "9" * 65, "x" * 500, "资本开支"]
    assert bucket_hashes([t.encode() for t in tokens]).tolist() == [bucket_of(t, 2**32) for t in tokens]
    assert bucket_hashes([]).tolist() == []


@pytest.mark.parametrize(
    ("content", "text", "alt"),
    [
        ("<h1>电网</h1><p>美国&amp;缺電</p>", "电网 美国&缺電", ""),
        ('<p>缺電</p><div class="alt-script" hidden>缺电</div>', "缺電", "缺电"),  # the other script apart
        ('<p>甲</p><table class="t" data-search-ignore><tr><td>乙</td></tr></table><p>丙</p>', "甲 丙", ""),
    ],
)
def test_a_record_holds_the_text_a_reader_sees_and_the_other_script(content, text, alt):
    assert page_record("articles/x.html", "标题", content) == {
        "url": "articles/x.html",
        "title": "标题",
        "text": text,
        "alt": alt,
    }


@pytest.mark.parametrize(
    ("dest_uri", "shard"),
    [
        ("index.html", SITE_SHARD),
        ("articles/index.html", SITE_SHARD),
        ("entities/tsmc.html", SITE_SHARD),
        ("data/index.html", SITE_SHARD),
    ],
)
def test_pages_other_than_articles_are_in_the_site_shard(dest_uri, shard):
    assert shard_of(dest_uri) == shard


def test_articles_spread_over_the_article_shards_by_their_path():
    shards = [shard_of(f"articles/{i:016x}.html") for i in range(400)]
    assert set(shards) == {f"a{i:02d}" for i in range(ARTICLE_SHARDS)}
    assert max(shards.count(s) for s in set(shards)) < 3 * 400 / ARTICLE_SHARDS
    assert shards == [shard_of(f"articles/{i:016x}.html") for i in range(400)]  # a page stays where it is


PAGES = {
    "index.html": ("叙事账本", "<h1>叙事账本</h1><p>首页</p>"),
    "articles/0000000000000001.html": (
        "电网瓶颈",
        '<h1>电网瓶颈</h1><p>美国缺電,缺電</p><div class="alt-script" hidden>美国缺电,缺电</div>',
    ),
    "articles/0000000000000002.html": ("黄金", "<h1>黄金</h1><p>金价上涨 KOSPI</p>"),
}


def _built(tmp_path, name="site"):
    source, site = tmp_path / "source", tmp_path / name
    for dest_uri, (title, content) in PAGES.items():
        write_source(source, dest_uri, title, content)
    build_index(source, site)
    return source, site


def _varint(data: bytes, at: int) -> tuple[int, int]:
    n = shift = 0
    while True:
        byte = data[at]
        at += 1
        n |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return n, at


def _lookup(site, token: str) -> dict[str, int]:
    """{url: occurrences} of a token, read from its bucket file as search.js reads it."""
    found, index = {}, json.loads((site / "search" / "index.json").read_text())
    data = (site / "search" / "b" / f"{bucket_of(token, index['buckets'])}.bin").read_bytes()
    at = 0
    while at < len(data):
        length, at = _varint(data, at)
        key, at = data[at : at + length].decode(), at + length
        shard, at = _varint(data, at)
        count, at = _varint(data, at)
        page = 0
        for _ in range(count):
            value, at = _varint(data, at)
            page, many = page + value // 2, value % 2
            n, at = (data[at], at + 1) if many else (1, at)
            if key == token:
                folder = site / "search" / index["shards"][shard]["name"]
                found[json.loads(gzip.decompress((folder / "p" / f"{page}.jz").read_bytes()))["url"]] = n
    return found


ARTICLE_1, ARTICLE_2 = "articles/0000000000000001.html", "articles/0000000000000002.html"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("缺電", {ARTICLE_1: 2}),  # the article's script
        ("缺电", {ARTICLE_1: 2}),  # its other script, not counted twice
        ("电网", {ARTICLE_1: 1 + TITLE_WEIGHT}),  # in the heading and the title
        ("kospi", {ARTICLE_2: 1}),
        ("首页", {"index.html": 1}),
        ("缺钱", {}),
    ],
)
def test_the_buckets_hold_each_tokens_pages(tmp_path, token, expected):
    _, site = _built(tmp_path)
    assert _lookup(site, token) == expected


def test_the_index_has_a_folder_per_shard_and_is_built_the_same_twice(tmp_path):
    _, site = _built(tmp_path)
    shards = json.loads((site / "search" / "index.json").read_text())["shards"]
    assert [s["name"] for s in shards] == search_index.SHARDS
    assert {s["name"] for s in shards if s["pages"]} == {shard_of(p) for p in PAGES}
    assert sum(s["pages"] for s in shards) == len(PAGES)
    record = json.loads(gzip.decompress((site / "search" / shard_of(ARTICLE_1) / "p" / "0.jz").read_bytes()))
    assert record == {"url": ARTICLE_1, "title": "电网瓶颈", "text": "电网瓶颈 美国缺電,缺電", "alt": "美国缺电,缺电"}
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    _, again = _built(tmp_path, "again")
    assert {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()} == first


def test_a_long_page_is_indexed_whole_and_its_record_clipped(tmp_path):
    source, site = tmp_path / "source", tmp_path / "site"
    write_source(source, "data/index.html", "数据点", "<p>" + "数据" * RECORD_CHARS + "末尾</p>")
    build_index(source, site)
    assert _lookup(site, "末尾") == {"data/index.html": 1}
    record = json.loads(gzip.decompress((site / "search" / SITE_SHARD / "p" / "0.jz").read_bytes()))
    assert record["clipped"] and len(record["text"]) == RECORD_CHARS


def test_rebuilding_one_shard_leaves_the_others_and_drops_emptied_ones(tmp_path):
    source, site = _built(tmp_path)
    kept, gone = shard_of(ARTICLE_1), shard_of(ARTICLE_2)
    assert kept != gone
    before = {p: p.stat().st_mtime_ns for p in (site / "search" / kept).rglob("*")}
    search_index.remove_stale(source, search_index.source_paths(set(PAGES) - {ARTICLE_2}))
    build_index(source, site, search_index.source_paths({ARTICLE_2}))
    assert {p: p.stat().st_mtime_ns for p in (site / "search" / kept).rglob("*")} == before
    assert not (site / "search" / gone).exists()
    shards = json.loads((site / "search" / "index.json").read_text())["shards"]
    assert {s["name"]: s["pages"] for s in shards}[gone] == 0
    assert _lookup(site, "kospi") == {} and _lookup(site, "缺电") == {ARTICLE_1: 2}
    # What is left is what a full build of the pages left gives.
    full = tmp_path / "full"
    build_index(source, full)
    assert {p.relative_to(full): p.read_bytes() for p in (full / "search").rglob("*") if p.is_file()} == {
        p.relative_to(site): p.read_bytes() for p in (site / "search").rglob("*") if p.is_file()
    }


def test_postings_far_apart_round_trip(tmp_path, monkeypatch):
    # Gaps of 128 pages and more take more than one byte each; small buckets spread the tokens over many files.
    monkeypatch.setattr(search_index, "BUCKET_POSTINGS", 64)
    source, site = tmp_path / "source", tmp_path / "site"
    for i in range(400):
        rare = "稀有" if i % 170 == 0 else ""
        write_source(source, f"data/p{i:03d}.html", f"第{i}页", f"<p>通用{rare}</p>" + "<p>重复</p>" * (i % 300))
    build_index(source, site)
    assert _lookup(site, "稀有") == {f"data/p{i:03d}.html": 1 for i in (0, 170, 340)}
    assert _lookup(site, "重复") == {f"data/p{i:03d}.html": min(i % 300, 255) for i in range(400) if i % 300}
    assert len(_lookup(site, "通用")) == 400
    assert json.loads((site / "search" / "index.json").read_text())["buckets"] >= 16
    assert _lookup(site, "第7") == {} and _lookup(site, "7") == {"data/p007.html": TITLE_WEIGHT}


def test_shards_indexed_in_a_helper_process_are_those_indexed_here(tmp_path, monkeypatch):
    pages = {f"articles/{i:016x}.html": (f"标题{i}", f"<p>电网{i} 缺电 KOSPI {i}</p>") for i in range(60)}
    source = tmp_path / "source"
    for dest_uri, (title, content) in pages.items():
        write_source(source, dest_uri, title, content)
    assert len({shard_of(p) for p in pages}) >= search_shard.MIN_SHARED_SHARDS
    built = {}
    for name, cores in (("shared", 2), ("alone", 1)):
        monkeypatch.setattr(search_shard.os, "cpu_count", lambda cores=cores: cores)
        site = tmp_path / name
        build_index(source, site)
        write_source(source, "articles/00000000000000ff.html", "新", "<p>新页 缺电</p>")  # one page more, everywhere
        build_index(source, site, search_index.source_paths({"articles/00000000000000ff.html"}))
        (source / search_index.source_paths({"articles/00000000000000ff.html"}).pop()).unlink()
        built[name] = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert built["shared"] == built["alone"]
    assert _lookup(tmp_path / "shared", "缺电")["articles/00000000000000ff.html"] == 1
