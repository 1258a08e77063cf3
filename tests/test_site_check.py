"""The published site's own checks: internal links resolve, the search index loads (invented small sites)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.sitegen import search_index
from pipeline.sitegen.site_check import broken_links, link_target, sample_pages, search_index_problems


@pytest.mark.parametrize(
    ("page", "link", "target"),
    [
        ("index.html", "articles/a.html", "articles/a.html"),
        ("articles/a.html", "../index.html#top", "index.html"),
        ("articles/a.html", "b.html?q=1", "articles/b.html"),
        ("articles/a.html", "/data/x.csv", "data/x.csv"),
        ("articles/a.html", "../entities/", "entities/index.html"),
        ("articles/a.html", "%E5%8F%B0.html", "articles/台.html"),
        ("index.html", "#section", None),
        ("index.html", "https://example.org/", None),
        ("index.html", "mailto:desk@example.org", None),
        ("index.html", "data:image/png;base64,AAAA", None),
        ("index.html", "//cdn.example.org/x.js", None),
    ],
)
def test_a_link_leads_to_a_site_path(page, link, target):
    assert link_target(page, link) == target


def _site(root: Path, pages: dict[str, str]) -> Path:
    for name, body in pages.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(body, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("pages", "broken"),
    [
        ({"index.html": '<a href="a/b.html">b</a>', "a/b.html": '<a href="../index.html">up</a>'}, []),
        ({"index.html": '<a href="missing.html">x</a>'}, [("index.html", "missing.html")]),
        ({"a/b.html": '<img src="../img/c.png">'}, [("a/b.html", "../img/c.png")]),
        ({"index.html": '<a href="../outside.html">x</a>', "outside.html": ""}, [("index.html", "../outside.html")]),
        ({"index.html": '<a href="sub/">x</a>', "sub/index.html": ""}, []),
        ({"index.html": '<a href="https://example.org/gone.html">x</a>'}, []),
    ],
)
def test_broken_links_are_those_to_files_the_site_lacks(tmp_path, pages, broken):
    root = _site(tmp_path / "site", pages)
    assert broken_links(root, sample_pages(root)) == broken


@pytest.mark.parametrize(("n_pages", "limit", "expected"), [(3, 10, 3), (10, 10, 10), (100, 10, 10)])
def test_a_large_site_is_sampled_evenly_and_the_same_way_each_time(tmp_path, n_pages, limit, expected):
    root = _site(tmp_path, {f"p{i:03d}.html": "" for i in range(n_pages)})
    first = sample_pages(root, limit)
    assert len(first) == expected and first == sample_pages(root, limit)
    assert first[0].name == "p000.html" and first == sorted(first)
    if n_pages > limit:
        assert first[-1].name == f"p{(limit - 1) * n_pages // limit:03d}.html"


def _index(root: Path) -> Path:
    """A real index of three invented pages: two articles and the home page."""
    source = root / "records"
    for uri, title, text in [
        ("articles/a1/index.html", "电网", "<p>缺电是算力扩张的约束</p>"),
        ("articles/a2/index.html", "铜价", "<p>铜价站上新高</p>"),
        ("index.html", "首页", "<p>叙事总览</p>"),
    ]:
        search_index.write_source(source, uri, title, text)
    search_index.build_index(source, root)
    return root


def _first_shard(root: Path) -> Path:
    shards = json.loads((root / "search" / "index.json").read_text())["shards"]
    return root / "search" / next(s["name"] for s in shards if s["pages"])


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (None, None),
        (lambda shard: (shard.parent / "b" / "0.bin").unlink(), "bucket files are missing"),
        (lambda shard: (shard / "p" / "0.jz").write_bytes(b"not gzip"), "does not open"),
        (lambda shard: (shard / "p" / "0.jz").unlink(), "does not open"),
    ],
)
def test_the_search_index_loads_only_when_every_shard_does(tmp_path, damage, problem):
    root = _index(tmp_path)
    if damage is not None:
        damage(_first_shard(root))
    problems = search_index_problems(root)
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problem in problems[0]


@pytest.mark.parametrize(
    "manifest", [None, [], {"buckets": 1}, {"buckets": 1, "shards": [{"name": "site", "pages": 0}]}]
)
def test_a_site_without_a_manifest_of_pages_has_no_index(tmp_path, manifest):
    if manifest is not None:
        (tmp_path / "search").mkdir()
        (tmp_path / "search" / "index.json").write_text(json.dumps(manifest))
    (problem,) = search_index_problems(tmp_path)
    assert "index.json" in problem
