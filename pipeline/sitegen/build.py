"""Every generated file of the site: the pages as Markdown, and the stylesheet of claim labels, by path."""

from __future__ import annotations

from collections.abc import Iterator

from . import article_pages, entity_pages, index_pages, narrative_pages, query_page, speaker_pages
from .labels import label_css
from .ledger import Ledger


def render_pages(ledger: Ledger) -> Iterator[tuple[str, str]]:
    """(relative path in the docs folder, content) of every generated page (Markdown) and stylesheet,
    one at a time: a page is written before the next is rendered."""
    yield "index.md", index_pages.home_page(ledger)
    yield "data/index.md", index_pages.data_page(ledger)
    yield "ingest.md", index_pages.ingest_page(ledger)
    yield "query.md", query_page.query_page()
    yield "articles/index.md", article_pages.articles_index(ledger)
    yield "narratives/index.md", narrative_pages.narratives_index(ledger)
    yield "entities/index.md", entity_pages.entities_index(ledger)
    yield "speakers/index.md", speaker_pages.speakers_index(ledger)
    yield "stylesheets/claim-labels.css", label_css()
    for _, article in ledger.articles.iterrows():
        yield article_pages.article_path(article["article_id"]), article_pages.article_page(ledger, article)
    for _, narrative in ledger.narratives.iterrows():
        yield f"narratives/{narrative['narrative_id']}.md", narrative_pages.narrative_page(ledger, narrative)
    for _, entity in ledger.entities.iterrows():
        yield f"entities/{entity['entity_id']}.md", entity_pages.entity_page(ledger, entity)
    for speaker_id in speaker_pages.speaker_ids(ledger):
        yield speaker_pages.speaker_path(speaker_id), speaker_pages.speaker_page(ledger, speaker_id)
