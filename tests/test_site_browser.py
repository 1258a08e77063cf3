"""The published site as a reader meets it, in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from .browser import PageWatch, chromium, search, serve
from .conftest import run_job

TRADITIONAL_FILE = "001_ee0052c72febbc89.txt"


EVIL_ARTICLE = (
    "市场观察:标签注入测试\n"
    "分析师认为<script>window.__pwned = 1</script>纳指今年上涨了百分之二十,资本开支达到三千亿美元。\n"
    "<img src=x onerror=\"window.__pwned = 2\">电网瓶颈可能拖累算力扩张,市场预计利率下行。\n"
)


@pytest.fixture(scope="module")
def evil_site(tmp_path_factory) -> Path:
    """A site built from an article full of markup (built before the browser starts:
    Playwright's sync API owns the thread's event loop while it runs)."""
    root = tmp_path_factory.mktemp("evil")
    (root / "articles").mkdir()
    (root / "articles" / "evil.txt").write_text(EVIL_ARTICLE, encoding="utf-8")
    assert run_job(root / "articles", root / "out").success
    return root / "out" / "public"


@pytest.fixture(scope="module")
def browser(evil_site, bundled_run):
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="module")
def site(bundled_run, browser):
    _, out = bundled_run
    with serve(out / "public") as base:
        yield base, browser, (out / "public")


def _article_page(ledger, file_name: str) -> str:
    article_id = ledger.execute("SELECT article_id FROM articles WHERE file_name = ?", [file_name]).fetchall()[0][0]
    return f"articles/{article_id}.html"


def test_every_page_loads_cleanly_and_stays_on_localhost(site):
    base, browser, public = site
    pages = sorted(p.relative_to(public).as_posix() for p in public.rglob("*.html") if p.name != "404.html")
    assert len(pages) > 10
    page = browser.new_page()
    watch = PageWatch(page)
    for relative in pages:
        response = page.goto(f"{base}/{relative}")
        assert response.ok, relative
    assert watch.errors == []
    assert watch.external == []


def test_screenshots_of_home_narrative_and_article(site, ledger, screenshots):
    base, browser, _ = site
    narrative = ledger.execute(
        "SELECT narrative_id FROM article_narratives GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
    ).fetchall()[0][0]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    for name, relative in [
        ("home", "index.html"),
        ("narrative", f"narratives/{narrative}.html"),
        ("article", _article_page(ledger, TRADITIONAL_FILE)),
    ]:
        page.goto(f"{base}/{relative}")
        page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)
        assert (screenshots / f"{name}.png").stat().st_size > 10_000


@pytest.mark.parametrize("query", ["缺电", "缺電"])
def test_search_finds_the_traditional_article_in_either_script(site, ledger, query):
    base, browser, _ = site
    page = browser.new_page()
    page.goto(f"{base}/index.html")
    links = search(page, query)
    assert any(_article_page(ledger, TRADITIONAL_FILE) in link for link in links)


def test_search_by_subject_lands_on_the_figure_and_the_claim(site, ledger):
    base, browser, _ = site
    article_id = ledger.execute(
        """SELECT f.article_id FROM figures f JOIN claim_figures USING (figure_id)
           WHERE f.subject ILIKE '%KOSPI%' ORDER BY f.article_id LIMIT 1"""
    ).fetchall()[0][0]
    page = browser.new_page()
    page.goto(f"{base}/index.html")
    links = search(page, "KOSPI")
    article_links = [link for link in links if f"/articles/{article_id}.html" in link]
    assert article_links  # the page holding both the figure (its 数据点 table) and the claim
    page.goto(article_links[0])
    assert page.locator("mark.figure").count() > 0
    assert "KOSPI" in page.inner_text(".article-text")


def test_data_table_sorts_and_filters(site):
    base, browser, _ = site
    page = browser.new_page()
    page.goto(f"{base}/data/index.html")
    rows = page.locator("table.sortable tbody tr")
    total = rows.count()
    assert total > 10
    unit_header = page.locator("table.sortable thead th", has_text="单位")
    unit_header.click()
    units = page.eval_on_selector_all("table.sortable tbody tr td:nth-child(3)", "els => els.map(e => e.textContent)")
    # The page sorts text as a Chinese reader expects (localeCompare "zh"): check in the page.
    in_order = "els => els.every((e, i) => i === 0 || els[i - 1].textContent.localeCompare(e.textContent, 'zh') <= 0)"
    assert page.eval_on_selector_all("table.sortable tbody tr td:nth-child(3)", in_order)
    unit_header.click()
    descending = page.eval_on_selector_all(
        "table.sortable tbody tr td:nth-child(3)", "els => els.map(e => e.textContent)"
    )
    assert descending == list(reversed(units))
    rarest = min(set(units), key=lambda u: (units.count(u), u))
    page.fill("input.ledger-filter", rarest)
    visible = page.locator("table.sortable tbody tr:not([hidden])")
    assert 0 < visible.count() < total
    assert all(rarest in text for text in visible.all_inner_texts())


def _busiest_speaker_page(page, base: str) -> None:
    page.goto(f"{base}/speakers/index.html")
    page.locator("table.sortable tbody tr td:first-child a").first.click()  # the most claims first
    page.wait_for_load_state()


def test_claim_filters_hide_the_rows_that_do_not_match(site):
    base, browser, _ = site
    page = browser.new_page()
    watch = PageWatch(page)
    _busiest_speaker_page(page, base)
    rows = "table.claim-list tbody tr"
    codes = page.eval_on_selector_all(rows, "els => els.map(e => [e.dataset.type, e.dataset.stance])")
    types = [t for t, _ in codes]
    assert len(set(types)) > 1
    rarest = min(set(types), key=lambda t: (types.count(t), t))
    page.select_option(".claim-filters select[name=type]", rarest)
    visible = page.eval_on_selector_all(
        f"{rows}:not([hidden])", "els => els.map(e => [e.dataset.type, e.dataset.stance])"
    )
    assert visible == [c for c in codes if c[0] == rarest]
    assert page.locator(f"{rows}[hidden]").count() == len(codes) - len(visible)
    # A second filter narrows the first; 全部 lifts it again.
    stance = visible[0][1]
    page.select_option(".claim-filters select[name=stance]", stance)
    assert page.locator(f"{rows}:not([hidden])").count() == codes.count([rarest, stance])
    page.select_option(".claim-filters select[name=type]", "")
    page.select_option(".claim-filters select[name=stance]", "")
    assert page.locator(f"{rows}:not([hidden])").count() == len(codes)
    assert watch.errors == []


def test_a_claim_link_lands_on_its_span_among_the_claims_of_its_sentence(site):
    base, browser, _ = site
    page = browser.new_page()
    _busiest_speaker_page(page, base)
    first = page.locator("table.claim-list tbody tr td:first-child a").first
    quote = first.inner_text()
    first.click()
    page.wait_for_load_state()
    anchor = page.url.split("#", 1)[1]
    assert anchor.startswith("c")
    target = page.locator(f"span.claim#{anchor}")
    assert quote in target.inner_text()
    assert page.evaluate(f"document.querySelector('span.claim#{anchor}').matches(':target')")
    assert target.is_visible()
    # Its labels come from the stylesheet: the badges after it show its stance.
    label = page.evaluate(f"getComputedStyle(document.querySelector('#{anchor} + .tags'), '::before').content")
    assert any(word in label for word in ("看多", "看空", "中性"))


def test_figure_link_lands_on_its_highlighted_sentence(site):
    base, browser, _ = site
    page = browser.new_page()
    page.goto(f"{base}/data/index.html")
    first = page.locator("table.sortable tbody tr td:first-child a").first
    quote = first.inner_text()
    first.click()
    page.wait_for_load_state()
    anchor = page.url.split("#", 1)[1]
    target = page.locator(f"mark#{anchor}")
    assert target.inner_text() == quote
    assert page.evaluate(f"document.querySelector('mark#{anchor}').matches(':target')")
    assert target.is_visible()


def test_article_markup_is_shown_not_run(evil_site, browser):
    article = next(p for p in (evil_site / "articles").glob("*.html") if p.name != "index.html")
    with serve(evil_site) as base:
        page = browser.new_page()
        watch = PageWatch(page)
        page.goto(f"{base}/articles/{article.name}")
        assert page.evaluate("window.__pwned") is None
        assert "<script>window.__pwned = 1</script>" in page.inner_text(".article-text")
        assert page.locator(".article-text script, .article-text img").count() == 0
        page.goto(f"{base}/ingest.html")
        assert page.evaluate("window.__pwned") is None
        assert watch.errors == []
