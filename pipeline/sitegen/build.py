"""Write every page of the site into a docs folder."""

from __future__ import annotations

from pathlib import Path

from . import article_pages, entity_pages, index_pages, narrative_pages
from .ledger import Ledger


def write_pages(ledger: Ledger, docs: Path) -> int:
    """Writes the generated pages under ``docs``; returns how many."""
    pages: dict[str, str] = {
        "index.md": index_pages.home_page(ledger),
        "data/index.md": index_pages.data_page(ledger),
        "ingest.md": index_pages.ingest_page(ledger),
        "query.md": index_pages.query_page(),
        "articles/index.md": article_pages.articles_index(ledger),
        "narratives/index.md": narrative_pages.narratives_index(ledger),
        "entities/index.md": entity_pages.entities_index(ledger),
    }
    for _, article in ledger.articles.iterrows():
        pages[article_pages.article_path(article["article_id"])] = article_pages.article_page(ledger, article)
    for _, narrative in ledger.narratives.iterrows():
        pages[f"narratives/{narrative['narrative_id']}.md"] = narrative_pages.narrative_page(ledger, narrative)
    for _, entity in ledger.entities.iterrows():
        pages[f"entities/{entity['entity_id']}.md"] = entity_pages.entity_page(ledger, entity)
    for relative, content in pages.items():
        path = docs / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return len(pages)
