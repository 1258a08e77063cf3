"""What a search costs a reader of a published site, in headless Chromium on localhost.

Run: .venv/bin/python bench/bench_search.py SITE_FOLDER [QUERY ...]

Each query is typed into the header's search box of a freshly opened home page
(a new browser context: nothing cached), as a reader does right after the page
appears. Measured: milliseconds from typing to the first result on screen (or to "nothing found"),
both as the page sees it (from the ``input`` event to the change of the results, by the page's own
clock) and as the driver does (from asking Playwright to type to its seeing the answer, which adds
its round trips); and the bytes of every search file fetched until then (our index's buckets and
records, or Material's index, worker and lunr), whichever engine the site has. Prints; never
fails on a number.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import chromium, serve  # noqa: E402

# One pair of words in both scripts: the site must find either.
QUERIES = ["缺电", "缺電", "资本开支", "資本開支"]
_SEARCH_FILES = ("/search/", "/workers/search", "/lunr/")  # ours, or Material's index, worker and lunr

# A result on screen, or the box's "nothing found" (Material's translation, from the page's config).
_ANSWERED = """() => document.querySelector(".md-search-result__item") ||
  document.querySelector(".md-search-result__meta").textContent ===
  JSON.parse(document.getElementById("__config").textContent).translations["search.result.none"]"""
# Run in the page before its scripts: the page's clock at the first input in the box and at the answer.
_CLOCK = f"""window.__search = {{}};
document.addEventListener("input", (event) => {{
  if (event.target.matches("input.md-search__input")) window.__search.typed ??= performance.now();
}}, true);
new MutationObserver(() => {{
  if (window.__search.typed !== undefined && window.__search.answered === undefined && ({_ANSWERED})()) {{
    window.__search.answered = performance.now();
  }}
}}).observe(document, {{ subtree: true, childList: true, characterData: true }});"""


def search_cost(site: Path, queries: list[str] = QUERIES) -> list[dict]:
    """[{query, ms, driver_ms, bytes, results}] for each query, typed on a fresh page."""
    found = []
    with serve(site) as base, chromium() as browser:
        for query in queries:
            context = browser.new_context()
            context.add_init_script(_CLOCK)
            page = context.new_page()
            fetched: list[int] = []

            def done(request, fetched=fetched) -> None:
                if any(part in request.url for part in _SEARCH_FILES):
                    fetched.append(request.sizes()["responseBodySize"])

            page.on("requestfinished", done)
            page.goto(f"{base}/index.html", wait_until="domcontentloaded")
            box = "input.md-search__input"
            page.focus(box)
            started = time.perf_counter()
            page.fill(box, query)
            page.wait_for_function("() => window.__search.answered !== undefined", timeout=600_000)
            driver_ms = (time.perf_counter() - started) * 1000
            ms = page.evaluate("window.__search.answered - window.__search.typed")
            results = page.locator(".md-search-result__item").count()
            found.append({"query": query, "ms": ms, "driver_ms": driver_ms, "bytes": sum(fetched), "results": results})
            context.close()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("queries", nargs="*", default=QUERIES)
    args = parser.parse_args(argv)
    print("\n| query | first result (page / driver) | fetched | results shown |\n|---|---:|---:|---:|")
    for row in search_cost(args.site, args.queries):
        print(
            f"| {row['query']} | {row['ms']:,.0f} / {row['driver_ms']:,.0f} ms | {row['bytes'] / 1e3:,.0f} kB"
            f" | {row['results']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
