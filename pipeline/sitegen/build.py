"""Every generated file of the site: the pages (Markdown; an article's as HTML), and the stylesheet of claim labels."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from . import article_pages, entity_pages, index_pages, narrative_pages, page_digests, query_page, speaker_pages
from .labels import label_css
from .ledger import Ledger, of_articles

# (relative path in the docs folder, digest of the page's inputs or None, how to render it, or None when the page
# is current: its digest is the one its file in the docs folder was rendered from)
Page = tuple[str, "str | None", "Callable[[], str] | None"]


def pages(ledger: Ledger, conn, current: Callable[[str, str], bool] = lambda path, digest: False) -> Iterator[Page]:
    """Every generated page and stylesheet, one at a time, not yet rendered.

    An article or entity page comes with the digest of what it shows (``page_digests``): a page whose digest
    is the one it was last rendered from (``current(path, digest)``) need not be rendered again (an added
    article changes the pages of the entities it names, about 10 of 60 at 10,000 articles). The other pages
    of the whole corpus (indexes, narratives, speakers: about 30 at 10,000 articles) have none and are always
    rendered. ``conn``: the DuckDB connection the ledger was loaded from (the digests are taken there, and the
    rows of the article pages to render are read from it at once: ``ledger`` may leave them out).
    """
    yield "index.md", None, partial(index_pages.home_page, ledger)
    yield "data/index.md", None, partial(index_pages.data_page, ledger)
    yield "ingest.md", None, partial(index_pages.ingest_page, ledger)
    yield "query.md", None, query_page.query_page
    yield "articles/index.md", None, partial(article_pages.articles_index, ledger)
    yield "narratives/index.md", None, partial(narrative_pages.narratives_index, ledger)
    yield "entities/index.md", None, partial(entity_pages.entities_index, ledger)
    yield "speakers/index.md", None, partial(speaker_pages.speakers_index, ledger)
    yield "stylesheets/claim-labels.css", None, label_css
    digests, entity_digests = page_digests.page_digests(ledger, conn)
    articles = [(a, article_pages.article_path(a)) for a in ledger.articles["article_id"].tolist()]
    stale = [a for a, path in articles if not current(path, digests[a])]
    rows, rendered = of_articles(ledger, conn, stale), set(stale)
    for article_id, path in articles:
        render = partial(_article_page, ledger, rows, article_id) if article_id in rendered else None
        yield path, digests[article_id], render
    for _, narrative in ledger.narratives.iterrows():
        path = f"narratives/{narrative['narrative_id']}.md"
        yield path, None, partial(narrative_pages.narrative_page, ledger, narrative)
    for _, entity in ledger.entities.iterrows():
        path, digest = f"entities/{entity['entity_id']}.md", entity_digests[entity["entity_id"]]
        yield path, digest, None if current(path, digest) else partial(entity_pages.entity_page, ledger, entity)
    for speaker_id in speaker_pages.speaker_ids(ledger):
        yield speaker_pages.speaker_path(speaker_id), None, partial(speaker_pages.speaker_page, ledger, speaker_id)


def _article_page(ledger: Ledger, rows: Ledger, article_id: str) -> str:
    # From the columns as lists (``records_of``): a row sliced from the frame cost 2 ms a page.
    (article,) = rows.records_of("articles", "article_id", article_id)
    return article_pages.article_page(article_pages.article_inputs(ledger, article, rows))
