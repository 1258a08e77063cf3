"""Digests of what each article page and each entity page shows, for every page at once, in DuckDB.

A page is rendered again only when its digest changes (``build.pages``), so the digest must cover
everything ``article_pages.article_inputs`` gathers: the article's row and its file name's label, its
rows of ``figures``, ``sentences``, ``claims`` (with each claim's speaker page, and its narratives,
named, in the order they are shown) and ``article_narratives`` (with the narratives' names): every
column the site loads of them (``ledger.load``). ``tests/test_article_inputs.py`` changes each of
those on a real page and checks that the digest changes with the page. Each row is hashed by DuckDB
(one query over the ledger: pandas took seconds at 10,000 articles to hash the frames), and an
article's rows are digested as their count and the sum of their hashes, each with its table's number:
rows in any order give the same digest, as they give the same page (the sum, not the hashes sorted and
joined as text: 0.4 against 1.2 s of CPU at 10,000 articles). An entity page's digest is of the rows of its
articles that it shows (``page_digests``; ``tests/test_entity_inputs.py``). The digests hold for the code that
rendered the pages (``code_signature``); ``written_from`` reads what the last run's pages and downloads were
written from.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
from collections import Counter
from pathlib import Path

import pandas as pd

from .file_names import file_label
from .ledger import Ledger, site_columns

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
    return page_digests(ledger, conn)[0]


def page_digests(ledger: Ledger, conn) -> tuple[dict[str, str], dict[str, str]]:
    """(article id -> digest of its page's inputs, entity id -> digest of its page's inputs), from one query:
    the rows of each article are hashed once for both.

    An entity page shows rows of the articles that mention it, hold one of its figures or a claim about it
    (``entity_pages``): those articles' rows, ``articles``, ``figures``, ``claims`` (with each claim's speaker
    page) and ``mentions``, are its digest's, not their narratives, which an added article changes across
    the corpus. What it shows of the whole corpus (the entity's row, which ids have a page, how many claims
    its speaker page holds) is added in Python (``_entity_digest``)."""
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
        _hashed("articles", conn, "LEFT JOIN digest_labels USING (article_id)", "file_label"),
        _hashed("figures", conn),
        _hashed("sentences", conn),
        _hashed("claims", conn, "LEFT JOIN digest_speakers USING (claim_id)", "speaker_page"),
        _hashed("article_narratives", conn, "LEFT JOIN narratives n USING (narrative_id)", "n.name_zh"),
        f"SELECT article_id, hash(claim_id, narrative_id, name_zh, place) AS h FROM ({_TAGS})",
        _hashed("mentions", conn),
    ]
    query = " UNION ALL ".join(f"SELECT article_id, {number} AS k, h FROM ({sql})" for number, sql in enumerate(rows))
    conn.register("digest_labels", labels)
    conn.register("digest_speakers", speakers)
    try:
        found = conn.execute(
            f"""WITH per AS MATERIALIZED (
                    SELECT article_id, k, count(*) AS n, sum(hash(k, h)::HUGEINT) AS s FROM ({query}) GROUP BY ALL),
                shown AS (SELECT article_id, md5(sum(n) || ':' || sum(s)) AS d FROM per
                          WHERE k IN {_ENTITY_ROWS} GROUP BY article_id)
            SELECT 'article', article_id, md5(sum(n) || ':' || sum(s)) FROM per WHERE k IN {_ARTICLE_ROWS}
            GROUP BY article_id
            UNION ALL
            SELECT 'entity', entity_id, md5(count(*) || ':' || sum(hash(article_id, d)::HUGEINT))
            FROM ({_INVOLVED}) JOIN shown USING (article_id) GROUP BY entity_id"""
        ).fetchall()
    finally:
        conn.unregister("digest_labels")
        conn.unregister("digest_speakers")
    by_kind: dict[str, dict[str, str]] = {"article": {}, "entity": {}}
    for kind, key, digest in found:
        by_kind[kind][key] = digest
    return by_kind["article"], _entity_digests(ledger, by_kind["entity"])


# The parts of ``page_digests``' rows (their numbers there) an article page shows, and an entity page.
_ARTICLE_ROWS = (0, 1, 2, 3, 4, 5)
_ENTITY_ROWS = (0, 1, 3, 6)
# Each entity's articles: those that mention it, hold one of its figures or a claim about it.
_INVOLVED = """
SELECT entity_id, article_id FROM mentions
UNION SELECT entity_id, article_id FROM figures WHERE entity_id IS NOT NULL
UNION SELECT about_entity_id, article_id FROM claims WHERE about_entity_id IS NOT NULL
"""


def _entity_digests(ledger: Ledger, articles: dict[str, str]) -> dict[str, str]:
    """Entity id -> digest of its page's inputs: its row, the ids of every entity (a claim's object links to
    its page when it has one), its speaker page's claim count, and the digest of its articles' rows."""
    every = hashlib.sha256("\0".join(sorted(map(str, ledger.entity_names))).encode()).hexdigest()
    speakers = Counter(ledger.speaker_ids.values())
    found = {}
    for row in ledger.entities.itertuples(index=False):
        entity_id = row.entity_id
        inputs = [list(row), every, speakers.get(entity_id, 0), articles.get(entity_id)]
        found[entity_id] = hashlib.sha256(json.dumps(inputs, default=str).encode()).hexdigest()
    return found


def _hashed(table: str, conn, join: str = "", *extra: str) -> str:
    """article_id and a hash of each row: the columns the site reads of the table (an article page all of
    them, though ``ledger`` may hold some only for the pages rendered), and ``extra``."""
    columns = [f't."{c}"' for c in site_columns(conn, table)] + list(extra)
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
