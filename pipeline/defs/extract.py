"""Extraction assets: sentences, entities and mentions, figures, claims, narrative tags per article file;
narratives (the taxonomy and candidate narratives) over the corpus.

The per-article assets read the articles of their partitions from the working
DuckDB file, map the plain functions of ``pipeline.work`` over them on a process
pool, and replace those articles' rows. ``narratives`` first reconciles the
database with the partition set (deleted files), then works on every article.
"""

from collections import defaultdict

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipeline import work
from pipeline.extraction import keyphrases, narratives as narrative_rules
from pipeline.extraction.records import Entity, Mention, Sentence
from pipeline.storage import ensure_table, scalar

from .corpus import reconcile
from .partitions import ARTICLE_FILES, PER_ARTICLE
from .resources import ExtractionPool
from .tables import record_failures, store, store_keyed

ARTICLE_COLUMNS = "article_id, author, published, text_original, text_simplified, n_chars"


def _articles(conn, files: list[str] | None = None) -> list[dict]:
    """The articles owned or shared by ``files`` (every article when None), by article_id."""
    where = "" if files is None else (
        "WHERE article_id IN (SELECT article_id FROM ingest_log WHERE file_name IN (SELECT unnest(?::VARCHAR[])))"
    )
    frame = conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles {where} ORDER BY article_id", [] if files is None else [files]).df()
    # Missing values as None, not NaN/NaT: the extractors take plain Python values.
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def _by_article(conn, query: str, ids: list[str]) -> dict[str, list[tuple]]:
    grouped: dict[str, list[tuple]] = defaultdict(list)
    for row in conn.execute(query, [ids]).fetchall():
        grouped[row[0]].append(row[1:])
    return grouped


def _sentences_of(conn, ids: list[str]) -> dict[str, list[Sentence]]:
    rows = _by_article(
        conn,
        'SELECT article_id, sentence_no, start, "end", text, text_simplified FROM sentences '
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, sentence_no",
        ids,
    )
    return {a: [Sentence(*r) for r in found] for a, found in rows.items()}


def _batch_metadata(context: dg.AssetExecutionContext, articles: list[dict], metadata: dict) -> dg.MaterializeResult:
    metadata.update(
        partitions=dg.MetadataValue.int(len(context.partition_keys)),
        articles=dg.MetadataValue.int(len(articles)),
        chars=dg.MetadataValue.int(sum(a["n_chars"] for a in articles)),
    )
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["articles"], **PER_ARTICLE)
def sentences(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Split each article into sentences with character offsets."""
    with duckdb.get_connection() as conn:
        found = _articles(conn, list(context.partition_keys))
        results, failed = work.run_each(work.sentence_rows, [(a,) for a in found], pool.count, [])
        ids = [a["article_id"] for a in found]
        rows = [r for rs in results for r in rs]
        metadata = store_keyed(conn, "sentences", pd.DataFrame(rows), ["article_id", "sentence_no"], "article_id", ids)
        record_failures(conn, "sentences", ids, failed)
    return _batch_metadata(context, found, metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["sentences"], **PER_ARTICLE)
def entities(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Find gazetteer entities and titled names; writes ``mentions`` and the ``entities`` they name.

    An entity's row comes from the first article (by article_id) that names it, as in a full run.
    """
    with duckdb.get_connection() as conn:
        found = _articles(conn, list(context.partition_keys))
        ids = [a["article_id"] for a in found]
        sentences_of = _sentences_of(conn, ids)
        results, failed = work.run_each(
            work.mention_rows, [(a, sentences_of.get(a["article_id"], [])) for a in found], pool.count, ([], [])
        )
        mention_metadata = store_keyed(
            conn, "mentions", pd.DataFrame([m for _, ms in results for m in ms]), ["article_id", "start"], "article_id", ids
        )
        record_failures(conn, "mentions", ids, failed)
        entity_of = {(a["article_id"], e["entity_id"]): e for a, (es, _) in zip(found, results) for e in es}
        named = sorted({entity_id for _, entity_id in entity_of})
        first = conn.execute(
            "SELECT entity_id, min(article_id) FROM mentions WHERE entity_id IN (SELECT unnest(?::VARCHAR[])) "
            "AND article_id IN (SELECT article_id FROM articles) GROUP BY entity_id",
            [named],
        ).fetchall()
        rows = [entity_of[(article_id, entity_id)] for entity_id, article_id in first if (article_id, entity_id) in entity_of]
        metadata = store_keyed(conn, "entities", pd.DataFrame(rows), ["entity_id"], "entity_id", [r["entity_id"] for r in rows])
    metadata.update(mention_count=mention_metadata["row_count"], mentions_preview=mention_metadata["preview"])
    return _batch_metadata(context, found, metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["sentences", "entities"], **PER_ARTICLE)
def figures(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Every number that measures something, normalised, attributed and traced to its sentence."""
    with duckdb.get_connection() as conn:
        found = _articles(conn, list(context.partition_keys))
        ids = [a["article_id"] for a in found]
        sentences_of = _sentences_of(conn, ids)
        results, failed = work.run_each(work.figure_rows, [(a, sentences_of.get(a["article_id"], [])) for a in found], pool.count, [])
        frame = pd.DataFrame([r for rs in results for r in rs])
        if not frame.empty:
            frame["period_start"] = pd.to_datetime(frame["period_start"])
            frame["period_end"] = pd.to_datetime(frame["period_end"])
        metadata = store_keyed(conn, "figures", frame, ["article_id", "start"], "article_id", ids)
        record_failures(conn, "figures", ids, failed)
    return _batch_metadata(context, found, metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["figures", "entities"], **PER_ARTICLE)
def claims(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Assertions with type, speaker, hedge and stance; writes ``claims`` and ``claim_figures``."""
    with duckdb.get_connection() as conn:
        found = _articles(conn, list(context.partition_keys))
        ids = [a["article_id"] for a in found]
        sentences_of = _sentences_of(conn, ids)
        mentions_of = _by_article(
            conn,
            'SELECT article_id, entity_id, start, "end", surface FROM mentions '
            "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, start",
            ids,
        )
        figures_of = _by_article(
            conn,
            'SELECT article_id, figure_id, start, "end", quote FROM figures '
            "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, start",
            ids,
        )
        known = {
            r[0]: Entity(r[0], r[1], r[2], tuple(r[3].split(" | ")))
            for r in conn.execute(
                "SELECT entity_id, name, kind, aliases FROM entities WHERE entity_id IN "
                "(SELECT entity_id FROM mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[]))) ORDER BY entity_id",
                [ids],
            ).fetchall()
        }
        jobs = []
        for article in found:
            mentions = [Mention(*m) for m in mentions_of.get(article["article_id"], [])]
            # Only the entities an article names can be its speakers.
            speakers = [known[e] for e in sorted({m.entity_id for m in mentions}) if e in known]
            jobs.append((article, sentences_of.get(article["article_id"], []), mentions, speakers, figures_of.get(article["article_id"], [])))
        results, failed = work.run_each(work.claim_rows, jobs, pool.count, ([], []))
        metadata = store_keyed(conn, "claims", pd.DataFrame([c for cs, _ in results for c in cs]), ["article_id", "start"], "article_id", ids)
        record_failures(conn, "claims", ids, failed)
        claim_ids = [c["claim_id"] for cs, _ in results for c in cs]
        # Links of claims the batch no longer has go with them; the rest are replaced by claim_id.
        ensure_table(conn, "claim_figures")
        conn.execute("DELETE FROM claim_figures WHERE claim_id NOT IN (SELECT claim_id FROM claims)")
        link_metadata = store_keyed(
            conn, "claim_figures", pd.DataFrame([l for _, ls in results for l in ls]), ["claim_id", "figure_id"], "claim_id", claim_ids
        )
    metadata.update(claim_figure_links=link_metadata["row_count"])
    return _batch_metadata(context, found, metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["claims"], **PER_ARTICLE)
def narrative_tags(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Tag each claim with the narratives it carries and weigh them per article; keep the words of
    untagged claims (``article_terms``) that candidate narratives are ranked from."""
    with duckdb.get_connection() as conn:
        found = _articles(conn, list(context.partition_keys))
        ids = [a["article_id"] for a in found]
        claims_of: dict[str, list[dict]] = defaultdict(list)
        columns = ", ".join(f'c."{f}"' for f in work.CLAIM_FIELDS)
        # A claim is tagged in the words of its whole sentence: a clause often leaves its topic
        # to the clause before it.
        claim_frame = conn.execute(
            f"SELECT c.claim_id, c.article_id, {columns}, s.text_simplified AS context FROM claims c "
            "LEFT JOIN sentences s ON s.article_id = c.article_id AND s.sentence_no = c.sentence_no "
            "WHERE c.article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY c.article_id, c.start",
            [ids],
        ).df()
        for claim in claim_frame.to_dict("records"):
            claims_of[claim["article_id"]].append(claim)
        jobs = [(a["article_id"], a["n_chars"], claims_of.get(a["article_id"], [])) for a in found]
        results, failed = work.run_each(work.narrative_rows, jobs, pool.count, ([], [], []))
        # Tags of claims that are gone go with them; the rest are replaced by claim_id.
        ensure_table(conn, "claim_narratives")
        conn.execute("DELETE FROM claim_narratives WHERE claim_id NOT IN (SELECT claim_id FROM claims)")
        tag_metadata = store_keyed(
            conn, "claim_narratives", pd.DataFrame([t for ts, _, _ in results for t in ts]), ["claim_id", "narrative_id"],
            "claim_id", list(claim_frame["claim_id"]),
        )
        metadata = store_keyed(
            conn, "article_narratives", pd.DataFrame([w for _, ws, _ in results for w in ws]), ["article_id", "narrative_id"], "article_id", ids
        )
        record_failures(conn, "article_narratives", ids, failed)
        term_metadata = store_keyed(
            conn, "article_terms", pd.DataFrame([t for _, _, ts in results for t in ts]), ["article_id", "term"], "article_id", ids
        )
    metadata.update(tagged_claims=tag_metadata["row_count"], article_terms=term_metadata["row_count"])
    return _batch_metadata(context, found, metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["narrative_tags"])
def narratives(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Reconcile with the partition set (deleted files), store the taxonomy, and rank candidate
    narratives over the whole corpus from every article's uncovered words."""
    with duckdb.get_connection() as conn:
        removed = reconcile(conn, context.instance.get_dynamic_partitions(ARTICLE_FILES.name))
        terms_by_article: dict[str, dict[str, float]] = defaultdict(dict)
        for article_id, term, weight in conn.execute("SELECT article_id, term, weight FROM article_terms ORDER BY article_id, term").fetchall():
            terms_by_article[article_id][term] = weight
        candidates = keyphrases.rank_candidates(terms_by_article)
        taxonomy = pd.DataFrame([vars(n) for n in narrative_rules.load_taxonomy()])
        metadata = store(conn, "narratives", taxonomy, ["narrative_id"])
        candidate_frame = pd.DataFrame(candidates, columns=["phrase", "score", "n_articles"])
        candidate_metadata = store(conn, "candidate_narratives", candidate_frame, ["phrase"])
        n_articles = scalar(conn, "SELECT count(*) FROM articles")
    metadata.update(
        candidate_narratives=candidate_metadata["preview"],
        articles=dg.MetadataValue.int(n_articles),
        rows_removed_with_deleted_files=dg.MetadataValue.json(removed),
    )
    return dg.MaterializeResult(metadata=metadata)
