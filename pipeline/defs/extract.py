"""Extraction assets: sentences, entities and mentions, figures, claims per article file; narratives over the corpus.

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
from pipeline.extraction.records import Claim, Entity, Mention, Sentence
from pipeline.storage import ensure_table

from .corpus import reconcile
from .partitions import ARTICLE_FILES, PER_ARTICLE
from .resources import ExtractionPool
from .tables import store, store_keyed

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
        rows = [r for rs in work.run_all(work.sentence_rows, [(a,) for a in found], pool.count) for r in rs]
        ids = [a["article_id"] for a in found]
        metadata = store_keyed(conn, "sentences", pd.DataFrame(rows), ["article_id", "sentence_no"], "article_id", ids)
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
        results = work.run_all(work.mention_rows, [(a, sentences_of.get(a["article_id"], [])) for a in found], pool.count)
        mention_metadata = store_keyed(
            conn, "mentions", pd.DataFrame([m for _, ms in results for m in ms]), ["article_id", "start"], "article_id", ids
        )
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
        results = work.run_all(work.figure_rows, [(a, sentences_of.get(a["article_id"], [])) for a in found], pool.count)
        frame = pd.DataFrame([r for rs in results for r in rs])
        if not frame.empty:
            frame["period_start"] = pd.to_datetime(frame["period_start"])
            frame["period_end"] = pd.to_datetime(frame["period_end"])
        metadata = store_keyed(conn, "figures", frame, ["article_id", "start"], "article_id", ids)
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
        results = work.run_all(work.claim_rows, jobs, pool.count)
        metadata = store_keyed(conn, "claims", pd.DataFrame([c for cs, _ in results for c in cs]), ["article_id", "start"], "article_id", ids)
        claim_ids = [c["claim_id"] for cs, _ in results for c in cs]
        # Links of claims the batch no longer has go with them; the rest are replaced by claim_id.
        ensure_table(conn, "claim_figures")
        conn.execute("DELETE FROM claim_figures WHERE claim_id NOT IN (SELECT claim_id FROM claims)")
        link_metadata = store_keyed(
            conn, "claim_figures", pd.DataFrame([l for _, ls in results for l in ls]), ["claim_id", "figure_id"], "claim_id", claim_ids
        )
    metadata.update(claim_figure_links=link_metadata["row_count"])
    return _batch_metadata(context, found, metadata)


def _claims_of(frame: pd.DataFrame) -> list[Claim]:
    fields = ["sentence_no", "start", "end", "text", "claim_type", "speaker", "hedge", "stance"]
    return [Claim(**{f: row[f] for f in fields}) for row in frame.to_dict("records")]


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["claims"])
def narratives(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Reconcile with the partition set, then tag claims with the taxonomy, weigh narratives per article,
    surface candidate phrases (over the whole corpus: candidates depend on every article)."""
    taxonomy = narrative_rules.load_taxonomy()
    tag_rows, weight_rows = [], []
    uncovered_texts: dict[str, list[str]] = {}
    with duckdb.get_connection() as conn:
        removed = reconcile(conn, context.instance.get_dynamic_partitions(ARTICLE_FILES.name))
        claim_frame = conn.execute("SELECT * FROM claims ORDER BY article_id, start").df()
        claims_by_article = dict(tuple(claim_frame.groupby("article_id", sort=True))) if not claim_frame.empty else {}
        for article in _articles(conn):
            article_id = article["article_id"]
            article_claims = claims_by_article.get(article_id, claim_frame.iloc[0:0]).reset_index(drop=True)
            found = _claims_of(article_claims)
            tags = narrative_rules.tag_claims(found)
            tag_rows += [
                {"claim_id": article_claims["claim_id"].iloc[c], "narrative_id": n, "score": s} for c, n, s in tags
            ]
            weight_rows += [
                {"article_id": article_id, "narrative_id": n, "weight": w}
                for n, w in narrative_rules.article_weights(found, tags, article["n_chars"])
            ]
            tagged = {c for c, _, _ in tags}
            uncovered_texts[article_id] = [c.text for i, c in enumerate(found) if i not in tagged]
        candidates = keyphrases.candidate_phrases(uncovered_texts, narrative_rules.taxonomy_keywords())
        metadata = store(conn, "narratives", pd.DataFrame([vars(n) for n in taxonomy]), ["narrative_id"])
        tag_metadata = store(conn, "claim_narratives", pd.DataFrame(tag_rows), ["claim_id", "narrative_id"])
        weight_metadata = store(conn, "article_narratives", pd.DataFrame(weight_rows), ["article_id", "narrative_id"])
        candidate_frame = pd.DataFrame(candidates, columns=["phrase", "score", "n_articles"])
        candidate_metadata = store(conn, "candidate_narratives", candidate_frame, ["phrase"])
    metadata.update(
        tagged_claims=tag_metadata["row_count"],
        article_weights=weight_metadata["preview"],
        candidate_narratives=candidate_metadata["preview"],
        articles=dg.MetadataValue.int(len(uncovered_texts)),
        rows_removed_with_deleted_files=dg.MetadataValue.json(removed),
    )
    return dg.MaterializeResult(metadata=metadata)
