"""Every generated file of the site: the pages as Markdown, and the stylesheet of claim labels, by path."""

from __future__ import annotations

from . import article_pages, entity_pages, index_pages, narrative_pages, speaker_pages
from .labels import label_css
from .ledger import Ledger


def render_pages(ledger: Ledger) -> dict[str, str]:
    """Relative path in the docs folder -> content, for every generated page (Markdown) and stylesheet."""
    pages: dict[str, str] = {
        "index.md": index_pages.home_page(ledger),
        "data/index.md": index_pages.data_page(ledger),
        "ingest.md": index_pages.ingest_page(ledger),
        "query.md": index_pages.query_page(),
        "articles/index.md": article_pages.articles_index(ledger),
        "narratives/index.md": narrative_pages.narratives_index(ledger),
        "entities/index.md": entity_pages.entities_index(ledger),
        "speakers/index.md": speaker_pages.speakers_index(ledger),
        "stylesheets/claim-labels.css": label_css(),
    }
    for _, article in ledger.articles.iterrows():
        pages[article_pages.article_path(article["article_id"])] = article_pages.article_page(ledger, article)
    for _, narrative in ledger.narratives.iterrows():
        pages[f"narratives/{narrative['narrative_id']}.md"] = narrative_pages.narrative_page(ledger, narrative)
    for _, entity in ledger.entities.iterrows():
        pages[f"entities/{entity['entity_id']}.md"] = entity_pages.entity_page(ledger, entity)
    for speaker_id in speaker_pages.speaker_ids(ledger):
        pages[speaker_pages.speaker_path(speaker_id)] = speaker_pages.speaker_page(ledger, speaker_id)
    return pages
