"""Digests of what each article page shows, for every article at once, in DuckDB.

A page is rendered again only when its digest changes (``build.pages``), so the digest must cover
everything ``article_pages.article_inputs`` gathers: the article's row and its file name's label, its
rows of ``figures``, ``sentences``, ``claims`` (with each claim's speaker page, and its narratives,
named, in the order they are shown) and ``article_narratives`` (with the narratives' names): every
column the site loads of them (``ledger.load``). ``tests/test_article_inputs.py`` changes each of
those on a real page and checks that the digest changes with the page. Each row is hashed by DuckDB
(one query over the ledger: pandas took seconds at 10,000 articles to hash the frames), and an
article's rows are digested as their count and the sum of their hashes, each with its table's number:
rows in any order give the same digest, as they give the same page (the sum, not the hashes sorted and
joined as text: 0.4 against 1.2 s of CPU at 10,000 articles). The digests hold for the code that rendered the pages
(``code_signature``); ``written_from`` reads what the last run's pages and downloads were written from.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
from pathlib import Path

import pandas as pd

from .file_names import file_label
from .ledger import Ledger

# Each claim's narratives, named, with their place among the claim's (what its tags show, best first).
_TAGS = """
SELECT c.article_id, cn.claim_id, cn.narrative_id, n.name_zh,
       row_number() OVER (PARTITION BY cn.claim_id ORDER BY cn.score DESC, cn.narrative_id) AS place
FROM claim_narratives cn JOIN claims c USING (claim_id) LEFT JOIN narratives n USING (narrative_id)
"""
_ROOT = Path(__file__).resolve().parents[2]
# What every page depends on besides its inputs: the code that renders it (and the script conversion it uses).
PAGE_CODE = sorted(
    [*(_ROOT / "pipeline" / "sitegen").glob("*.*"), *(_ROOT / "schemas").glob("*.py")]
    + [_ROOT / "pipeline" / "extraction" / "script.py"]
)


def article_digests(ledger: Ledger, conn) -> dict[str, str]:
    """Article id -> hex digest of what its page shows. ``conn``: a DuckDB connection holding the ledger's
    tables, with the rows of ``ledger``'s frames."""
    articles = ledger.articles
    labels = pd.DataFrame(
        {
            "article_id": articles["article_id"],
            "file_label": [file_label(name, ledger.confusable_file_names) for name in articles["file_name"]],
        }
    )
    speakers = pd.DataFrame(
        {"claim_id": list(ledger.speaker_ids), "speaker_page": list(ledger.speaker_ids.values())}, dtype=object
    )
    rows = [
        _hashed("articles", ledger, "LEFT JOIN digest_labels USING (article_id)", "file_label"),
        _hashed("figures", ledger),
        _hashed("sentences", ledger),
        _hashed("claims", ledger, "LEFT JOIN digest_speakers USING (claim_id)", "speaker_page"),
        _hashed("article_narratives", ledger, "LEFT JOIN narratives n USING (narrative_id)", "n.name_zh"),
        f"SELECT article_id, hash(claim_id, narrative_id, name_zh, place) AS h FROM ({_TAGS})",
    ]
    query = " UNION ALL ".join(f"SELECT article_id, {number} AS k, h FROM ({sql})" for number, sql in enumerate(rows))
    conn.register("digest_labels", labels)
    conn.register("digest_speakers", speakers)
    try:
        found = conn.execute(
            f"SELECT article_id, md5(count(*) || ':' || sum(hash(k, h)::HUGEINT)) FROM ({query}) GROUP BY article_id"
        ).fetchall()
    finally:
        conn.unregister("digest_labels")
        conn.unregister("digest_speakers")
    return dict(found)


def _hashed(table: str, ledger: Ledger, join: str = "", *extra: str) -> str:
    """article_id and a hash of each row: the columns the site loads of the table, and ``extra``."""
    columns = [f't."{c}"' for c in getattr(ledger, table).columns] + list(extra)
    return f"SELECT t.article_id, hash({', '.join(columns)}) AS h FROM {table} t {join}"


def code_signature() -> str:
    """What every page depends on besides its inputs: the code that renders it (and the script
    conversion it uses). When it changes, every page is rendered again."""
    digest = hashlib.sha256()
    for path in PAGE_CODE:
        digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    for package in ("pandas", "opencc", "duckdb"):
        digest.update(f"{package}=={importlib.metadata.version(package)}".encode())
    return digest.hexdigest()


def written_from(manifest: Path, signature: str) -> dict[str, dict[str, str]]:
    """What the site's pages and downloads were last written from, by the same code: ``pages``, path ->
    digest of an article page's inputs; ``downloads``, table -> digest of its rows."""
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    if recorded.get("signature") != signature:
        recorded = {}
    return {"pages": recorded.get("pages", {}), "downloads": recorded.get("downloads", {})}
