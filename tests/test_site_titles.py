"""Titles that carry markup, from every source, are shown as text and never run (headless Chromium)."""

from __future__ import annotations

import re
import unicodedata

import duckdb
import pytest

from .browser import chromium, search, serve
from .conftest import run_job
from .hostile_titles import NORMALISATION_TWINS, write_corpus

SITE_NAME = "叙事账本 Narrative Ledger"
# Anything a payload could have left in the DOM: handlers, script URLs, frames, a <base>.
ACTIVE_MARKUP = "[onerror], [onload], [srcdoc], iframe, base, a[href^='javascript:' i], svg[onload]"


def _shown(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-titles")
    written = write_corpus(root / "articles")
    assert run_job(root / "articles", root / "out").success
    conn = duckdb.connect(str(root / "out" / "ledger.duckdb"), read_only=True)
    titles = dict(conn.execute("SELECT article_id, title FROM articles").fetchall())
    files = dict(conn.execute("SELECT file_name, title FROM articles").fetchall())
    conn.close()
    return root / "out" / "public", written, titles, files


@pytest.fixture(scope="module")
def site(hostile):
    public, *_ = hostile
    with chromium() as browser, serve(public) as base:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        yield base, page, dialogs


def test_every_title_reaches_the_ledger_with_its_markup(hostile):
    _, written, _, files = hostile
    for name, title in written.items():
        assert _shown(files[name]) == _shown(title), name
    web_pages = [title for name, title in files.items() if name.endswith(".html")]
    assert len(web_pages) == 4 and all("<" in title or "&" in title for title in web_pages)


def _no_script_ran(page, dialogs: list[str], where: str) -> None:
    assert dialogs == [], where
    assert page.evaluate("typeof window.__pwned") == "undefined", where
    assert page.evaluate(f"document.querySelectorAll({ACTIVE_MARKUP!r}).length") == 0, where


def test_no_page_runs_a_title(hostile, site):
    public, *_ = hostile
    base, page, dialogs = site
    pages = sorted(p.relative_to(public).as_posix() for p in public.rglob("*.html"))
    assert len(pages) > 25
    for relative in pages:
        assert page.goto(f"{base}/{relative}").ok, relative
        _no_script_ran(page, dialogs, relative)


def test_article_pages_show_the_title_as_text(hostile, site):
    _, _, titles, _ = hostile
    base, page, dialogs = site
    for article_id, title in titles.items():
        page.goto(f"{base}/articles/{article_id}.html")
        expected = _shown(title)
        assert page.title() == f"{expected} - {SITE_NAME}"
        assert _shown(page.inner_text("article h1")) == expected
        assert _shown(page.inner_text("[data-md-component=header-topic]")) == expected
        _no_script_ran(page, dialogs, article_id)


_ARTICLE_LINK = re.compile(r"/articles/([0-9a-f]{16})\.html$")


@pytest.mark.parametrize(
    "relative", ["index.html", "articles/index.html", "entities/index.html", "narratives/index.html"]
)
def test_links_to_articles_read_as_their_titles(hostile, site, relative):
    """Index pages and the pages they lead to (entities, narratives) name articles by their titles."""
    public, _, titles, _ = hostile
    base, page, dialogs = site
    page.goto(f"{base}/{relative}")
    to_visit = [relative] + [
        href.removeprefix(f"{base}/")
        for href in page.eval_on_selector_all("article a", "els => els.map(e => e.href)")
        if re.search(r"/(entities|narratives)/[^/]+\.html$", href) and not href.endswith("/index.html")
    ]
    checked = 0
    for target in dict.fromkeys(to_visit):
        page.goto(f"{base}/{target}")
        links = page.eval_on_selector_all(
            "article a", "els => els.map(e => [new URL(e.getAttribute('href'), location.href).href, e.textContent])"
        )
        for href, text in links:
            match = _ARTICLE_LINK.search(href)
            if match:
                title = _shown(titles[match.group(1)])
                # The home page's heat map names an article by its first characters.
                assert _shown(text) in (title, _shown(titles[match.group(1)][:12])), (target, href)
                checked += 1
        _no_script_ran(page, dialogs, target)
    assert checked > 0


@pytest.mark.parametrize("query", ["台积电产能", "侧车标题", "降息周期"])
def test_search_results_show_titles_as_text(hostile, site, query):
    _, _, titles, _ = hostile
    base, page, dialogs = site
    page.goto(f"{base}/index.html")
    links = search(page, query)
    article_id = next(a for a, t in titles.items() if query in t)
    assert any(f"/articles/{article_id}.html" in link for link in links)
    shown = page.eval_on_selector_all(".md-search-result__article h1", "els => els.map(e => e.innerText)")
    # The search index holds titles cut into words by zero-width spaces.
    assert any(_shown(text.replace("\u200b", "")) == _shown(titles[article_id]) for text in shown), shown
    _no_script_ran(page, dialogs, query)


def test_names_that_differ_only_in_unicode_form_read_differently(hostile, site):
    """Read as a reader would (NFKC folds what looks alike), the two names of each pair still differ."""
    base, page, dialogs = site
    page.goto(f"{base}/ingest.html")
    shown = page.eval_on_selector_all("article table tbody tr td:first-child", "els => els.map(e => e.innerText)")
    for pair in NORMALISATION_TWINS:
        looks = _looks(pair[0])
        twins = [_looks(text) for text in shown if _looks(text).startswith(looks)]
        assert len(twins) == 2 and twins[0] != twins[1], (pair, twins)
    _no_script_ran(page, dialogs, "ingest.html")


def _looks(text: str) -> str:
    return unicodedata.normalize("NFKC", text)
