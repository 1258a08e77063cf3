"""Extraction assets: sentences, entities and mentions, figures, claims, narrative tags per article file;
narratives (the taxonomy and candidate narratives) over the corpus.

The per-article assets read the articles of their partitions from the working
DuckDB file, map the plain functions of ``pipeline.work`` over them on a process
pool, and replace those articles' rows.
"""

from collections import defaultdict

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipeline import story_rows, work
from pipeline.extraction import keyphrases

from schemas.common import DISCOVERED_PREFIX

from .batch import Batch, by_article, observe_files
from .sql import query
from .corpus import drop_orphans
from .partitions import PER_ARTICLE
from .resources import ExtractionPool
from .tables import ROW_COUNT, store


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["articles"], **PER_ARTICLE)
def sentences(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Split each article into sentences with character offsets."""
    with Batch.open(context, duckdb) as batch:
        results, failed = work.run_each(work.sentence_rows, [(a,) for a in batch.articles], pool.count, [])
        metadata = batch.store("sentences", [r for rs in results for r in rs], failed)
    return batch.result(metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["sentences"], **PER_ARTICLE)
def entities(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Find gazetteer entities and titled names; writes ``mentions`` and the ``entities`` they name.

    An entity's row comes from the first article (by article_id) that names it, as in a full run.
    """
    with Batch.open(context, duckdb) as batch:
        results, failed = work.run_each(work.mention_rows, batch.with_sentences(), pool.count, ([], []))
        mention_metadata = batch.store("mentions", [m for _, ms in results for m in ms], failed)
        entity_of = {(a["article_id"], e["entity_id"]): e for a, (es, _) in zip(batch.articles, results) for e in es}
        first = batch.conn.execute(
            query("batch/first_naming_article"), {"ids": sorted({e for _, e in entity_of})}
        ).fetchall()
        rows = [entity_of[pair] for pair in map(tuple, first) if pair in entity_of]
        metadata = store(batch.conn, "entities", pd.DataFrame(rows), [r["entity_id"] for r in rows])
        drop_orphans(batch.conn, "entities")  # those only the batch's articles named before
    metadata.update(mention_count=mention_metadata[ROW_COUNT], mentions_preview=mention_metadata["preview"])
    return batch.result(metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["sentences", "entities"], **PER_ARTICLE)
def figures(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Every number that measures something, normalised, attributed and traced to its sentence."""
    with Batch.open(context, duckdb) as batch:
        results, failed = work.run_each(work.figure_rows, batch.with_sentences(), pool.count, [])
        frame = pd.DataFrame([r for rs in results for r in rs])
        for column in ("period_start", "period_end"):
            if not frame.empty:
                frame[column] = pd.to_datetime(frame[column])
        metadata = batch.store("figures", frame, failed)
    return batch.result(metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["figures", "entities"], **PER_ARTICLE)
def claims(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Assertions with type, speaker, hedge and stance; writes ``claims`` and ``claim_figures``."""
    with Batch.open(context, duckdb) as batch:
        results, failed = work.run_each(work.claim_rows, work.claim_jobs(*batch.claim_inputs()), pool.count, ([], []))
        metadata = batch.store("claims", [c for cs, _ in results for c in cs], failed)
        # Links of claims the batch no longer has go with them; the rest are replaced by claim_id.
        drop_orphans(batch.conn, "claim_figures")
        links = pd.DataFrame([link for _, ls in results for link in ls])
        link_metadata = store(batch.conn, "claim_figures", links, [c["claim_id"] for cs, _ in results for c in cs])
        observe_files(context, batch.conn, ["status", "reason", "article_id", "n_chars", "figures", "claims"])
    metadata.update(claim_figure_links=link_metadata[ROW_COUNT])
    return batch.result(metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["claims"], **PER_ARTICLE)
def narrative_tags(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool
) -> dg.MaterializeResult:
    """Tag each claim with the narratives it carries and weigh them per article; keep the words of
    untagged claims (``article_terms``) that candidate narratives are ranked from."""
    with Batch.open(context, duckdb) as batch:
        claim_frame = batch.claims_in_context()
        claims_of = by_article(claim_frame.to_dict("records"))
        jobs = [(a["article_id"], a["n_chars"], claims_of.get(a["article_id"], [])) for a in batch.articles]
        results, failed = work.run_each(work.narrative_rows, jobs, pool.count, ([], [], [], []))
        # Tags of claims that are gone go with them; the rest are replaced by claim_id.
        drop_orphans(batch.conn, "claim_narratives")
        tags = pd.DataFrame([t for ts, *_ in results for t in ts])
        tag_metadata = store(batch.conn, "claim_narratives", tags, list(claim_frame["claim_id"]))
        metadata = batch.store("article_narratives", [w for _, ws, _, _ in results for w in ws], failed)
        term_metadata = batch.store("article_terms", [t for _, _, ts, _ in results for t in ts])
        story_metadata = batch.store("story_terms", [t for *_, ts in results for t in ts])
    metadata.update(
        tagged_claims=tag_metadata[ROW_COUNT],
        article_terms=term_metadata[ROW_COUNT],
        story_terms=story_metadata[ROW_COUNT],
    )
    return batch.result(metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["narrative_tags", "working_ledger"])
def narratives(duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """The taxonomy and the narratives discovered in the corpus's claims, with their articles, claims
    and timelines; candidate narratives ranked from every article's uncovered words."""
    pool.release()  # the per-article work is over: the corpus-level steps get its workers' memory
    with duckdb.get_connection() as conn:
        if parts := getattr(duckdb, "parts", None):
            parts.gather(conn)  # runs on other processes or machines wrote their partitions there
        prefix = {"prefix": DISCOVERED_PREFIX}
        articles = conn.execute(query("narratives/articles")).fetchall()
        found = story_rows.corpus_narratives(
            grouped_terms(conn.execute(query("narratives/story_terms")).fetchall()),
            {a: p for a, p, _ in articles},
            {a: n for a, _, n in articles},
            conn.execute(query("narratives/corpus_claims")).df().to_dict("records"),
            conn.execute(query("narratives/taxonomy_weights"), prefix).df().to_dict("records"),
            conn.execute(query("narratives/taxonomy_tags"), prefix).df().to_dict("records"),
        )
        conn.execute(query("narratives/drop_discovered_weights"), prefix)
        conn.execute(query("narratives/drop_discovered_tags"), prefix)
        metadata = store(conn, "narratives", dated(found["narratives"], ["first_seen", "last_seen"]))
        for name in ("article_narratives", "claim_narratives"):
            store(conn, name, pd.DataFrame(found[name]), keys=[])  # added beside the taxonomy's rows
        timeline = store(conn, "narrative_timeline", dated(found["narrative_timeline"], ["period_start"]))
        candidates = keyphrases.rank_candidates(
            grouped_terms(conn.execute(query("narratives/article_terms")).fetchall())
        )
        candidate_frame = pd.DataFrame(candidates, columns=["phrase", "score", "n_articles"])
        candidate_metadata = store(conn, "candidate_narratives", candidate_frame)
    discovered = [n for n in found["narratives"] if n["origin"] == "discovered"]
    metadata.update(
        discovered=dg.MetadataValue.int(len(discovered)),
        discovered_labels=dg.MetadataValue.md("\n".join(f"- {n['name_zh']} ({n['n_articles']})" for n in discovered)),
        timeline_rows=timeline[ROW_COUNT],
        candidate_narratives=candidate_metadata["preview"],
    )
    return dg.MaterializeResult(metadata=metadata)


def dated(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """Rows as a frame whose date columns hold timestamps (null for an unknown date), as the models type them."""
    frame = pd.DataFrame(rows)
    for column in columns if len(frame) else ():
        frame[column] = pd.to_datetime(frame[column])
    return frame


def grouped_terms(rows: list[tuple]) -> dict[str, dict[str, float]]:
    """(article_id, term, value) rows as {article_id: {term: value}}."""
    grouped: dict[str, dict[str, float]] = defaultdict(dict)
    for article_id, term, value in rows:
        grouped[article_id][term] = value
    return dict(grouped)
