"""The Pagefind search index: search copies of pages, shards, and an index built from them."""

from __future__ import annotations

import gzip
import json

import pytest

from pipeline.sitegen import search_index
from pipeline.sitegen.search_index import (
    ARTICLE_SHARDS,
    SITE_SHARD,
    build_index,
    shard_of,
    source_document,
    write_source,
)


@pytest.mark.parametrize(
    ("content", "body"),
    [
        ("<p>缺电问题</p>", "<p>缺\u200b电\u200b问\u200b题</p>"),  # a character a word
        ("<p>AI电网 KOSPI</p>", "<p>AI电\u200b网 KOSPI</p>"),  # Latin words stay whole
        ('<h2 id="s">台积电</h2>', '<h2 id="s">台\u200b积\u200b电</h2>'),  # a heading keeps its anchor
        (
            '<span class="sentence" id="s3">市场</span>',
            '<span class="sentence">市\u200b场</span>',
        ),  # no anchor per sentence
        ('<mark class="figure" id="f12" title="3亿">三亿</mark>', '<mark class="figure" title="3亿">三\u200b亿</mark>'),
    ],
)
def test_search_copies_hold_the_content_a_character_a_word(content, body):
    document = source_document(content)
    assert f"<body data-pagefind-body>{body}</body>" in document
    assert '<html lang="zh">' in document


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
    "index.html": "<h1>叙事账本</h1><p>首页</p>",
    "articles/0000000000000001.html": '<h1>电网瓶颈</h1><p>美国缺電</p><div class="alt-script" hidden>美国缺电</div>',
    "articles/0000000000000002.html": "<h1>黄金</h1><p>金价上涨</p>",
}


def _fragments(site) -> dict[str, dict]:
    found = {}
    for path in (site / "pagefind").glob("*/fragment/*.pf_fragment"):
        data = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        found[data["url"]] = data
    return found


def test_the_index_has_a_bundle_per_shard_and_is_built_the_same_twice(tmp_path):
    source, site = tmp_path / "source", tmp_path / "site"
    for dest_uri, content in PAGES.items():
        write_source(source, dest_uri, content)
    build_index(source, site)
    shards = json.loads((site / "pagefind" / "shards.json").read_text())
    assert shards[0] == SITE_SHARD and sorted(shards) == sorted({shard_of(p) for p in PAGES})
    fragments = _fragments(site)
    assert set(fragments) == {f"/{p}" for p in PAGES}  # URLs keep index.html: the site has no directory URLs
    article = fragments["/articles/0000000000000001.html"]
    assert article["meta"]["title"].replace("\u200b", "") == "电网瓶颈"
    assert "缺\u200b电" in article["content"] and "缺\u200b電" in article["content"]  # both scripts are searchable
    assert not list((site / "pagefind").glob("*/pagefind-ui*"))  # only what the browser loads
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    build_index(source, tmp_path / "again")
    again = {p.relative_to(tmp_path / "again"): p.read_bytes() for p in (tmp_path / "again").rglob("*") if p.is_file()}
    assert again == first


def test_rebuilding_one_shard_leaves_the_others_and_drops_emptied_ones(tmp_path):
    source, site = tmp_path / "source", tmp_path / "site"
    for dest_uri, content in PAGES.items():
        write_source(source, dest_uri, content)
    build_index(source, site)
    kept = shard_of("articles/0000000000000001.html")
    gone = shard_of("articles/0000000000000002.html")
    assert kept != gone
    before = {p: p.stat().st_mtime_ns for p in (site / "pagefind" / kept).rglob("*")}
    search_index.remove_stale(source, search_index.source_paths(set(PAGES) - {"articles/0000000000000002.html"}))
    build_index(source, site, {gone})
    assert {p: p.stat().st_mtime_ns for p in (site / "pagefind" / kept).rglob("*")} == before
    assert not (site / "pagefind" / gone).exists()
    assert gone not in json.loads((site / "pagefind" / "shards.json").read_text())
