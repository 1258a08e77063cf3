"""Extraction assets: sentences, entities and mentions, figures, claims, narrative tags per article file;
narratives (the taxonomy and candidate narratives) over the corpus.

The per-article assets read the articles of their partitions from the working
DuckDB file, map the plain functions of ``pipeline.work`` over them on a process
pool, and replace those articles' rows.
"""

from collections import defaultdict

import dagster as dg
import duckdb
import pandas as pd
from dagster_duckdb import DuckDBResource
from scipy import sparse

from pipeline import work

from schemas import STEP_TABLES
from schemas.common import DISCOVERED_PREFIX

from .batch import Batch, by_article, combined, materialized, observed_files
from .sql import query
from .corpus import drop_orphans
from .partitions import PER_ARTICLE
from .resources import ExtractionPool
from .tables import store, table_specs


def _step(name: str, deps: list[str], **options):
    """The multi-asset of step ``name``: one asset per table it writes (see schemas.registry)."""
    return dg.multi_asset(name=name, specs=table_specs(name, "extract", deps), **options)


@_step("sentences", ["articles"], **PER_ARTICLE)
def sentences(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Split each article into sentences with character offsets."""
    with Batch.open(context, duckdb) as batch:
        metadata = []
        for part, _, results, failed in batch.worked(work.sentence_rows, _sentence_jobs, pool.count, []):
            metadata.append(part.store("sentences", [r for rs in results for r in rs], failed))
        batch.start_ahead("entities", work.mention_rows, Batch.with_sentences, pool.count)
    return batch.result("sentences", metadata)


def _sentence_jobs(part: Batch) -> list[tuple]:
    """``work.sentence_rows``' arguments for each article of ``part``: the article with its texts."""
    return [(a,) for a in part.with_texts()]


@_step("entities", ["sentences"], **PER_ARTICLE)
def entities(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool):
    """Find gazetteer entities and titled names; writes ``mentions`` and the ``entities`` they name.

    An entity's row comes from the first article (by article_id) that names it, as in a full run.
    """
    with Batch.open(context, duckdb) as batch:
        mention_metadata, entity_of = [], {}
        for part, _, results, failed in batch.worked(work.mention_rows, Batch.with_sentences, pool.count, ([], [])):
            mention_metadata.append(part.store("mentions", [m for _, ms in results for m in ms], failed))
            named = zip(part.articles, results)
            entity_of |= {(a["article_id"], e["entity_id"]): e for a, (es, _) in named for e in es}
        mention_metadata = combined(mention_metadata)
        first = batch.conn.execute(
            query("batch/first_naming_article"), {"ids": sorted({e for _, e in entity_of})}
        ).fetchall()
        rows = [entity_of[pair] for pair in map(tuple, first) if pair in entity_of]
        metadata = store(batch.conn, "entities", pd.DataFrame(rows), [r["entity_id"] for r in rows])
        drop_orphans(batch.conn, "entities")  # those only the batch's articles named before
        batch.start_ahead("figures", work.figure_rows, Batch.with_sentences, pool.count)
    yield materialized("entities", metadata)
    yield batch.result("mentions", mention_metadata)


@_step("figures", ["sentences", "entities"], **PER_ARTICLE)
def figures(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool) -> dg.MaterializeResult:
    """Every number that measures something, normalised, attributed and traced to its sentence."""
    with Batch.open(context, duckdb) as batch:
        metadata = []
        for part, _, results, failed in batch.worked(work.figure_rows, Batch.with_sentences, pool.count, []):
            frame = pd.DataFrame([r for rs in results for r in rs])
            for column in ("period_start", "period_end"):
                if not frame.empty:
                    frame[column] = pd.to_datetime(frame[column])
            metadata.append(part.store("figures", frame, failed))
        # No observation of its own per file: claims' carries each file's figures (10,000 events fewer at 10,000).
        batch.start_ahead("claims", work.claim_rows, _claim_jobs, pool.count)
    return batch.result("figures", metadata)


# What claims' observation of each file holds (batch/file_summary.sql).
_FILE_COLUMNS = ["status", "reason", "article_id", "n_chars", "figures", "claims"]


@_step("claims", ["figures", "entities", "mentions"], **PER_ARTICLE)
def claims(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool):
    """Assertions with type, speaker, hedge and stance; writes ``claims`` and ``claim_figures``."""
    with Batch.open(context, duckdb) as batch:
        metadata, links, files_of, observed = [], [], batch.files_of(), set()
        for part, _, results, failed in batch.worked(work.claim_rows, _claim_jobs, pool.count, ([], [])):
            metadata.append(part.store("claims", [c for cs, _ in results for c in cs], failed))
            # Links of claims the batch no longer has go with them; the rest are replaced by claim_id.
            drop_orphans(part.conn, "claim_figures")
            frame = pd.DataFrame([link for _, ls in results for link in ls])
            links.append(store(part.conn, "claim_figures", frame, [c["claim_id"] for cs, _ in results for c in cs]))
            files = sorted(f for a in part.ids for f in files_of.get(a, []))
            yield from observed_files(context, part.conn, "claims", _FILE_COLUMNS, files)
            observed.update(files)
        # The files that hold no article (refused ones) last.
        rest = sorted(set(context.partition_keys) - observed)
        yield from observed_files(context, batch.conn, "claims", _FILE_COLUMNS, rest)
        batch.start_ahead("narrative_tags", work.narrative_rows, _narrative_jobs, pool.count)
    yield batch.result("claims", metadata)
    yield materialized("claim_figures", combined(links))


def _claim_jobs(part: Batch) -> list[tuple]:
    """``work.claim_rows``' arguments for each article of ``part``."""
    return work.claim_jobs(*part.claim_inputs())


@_step("narrative_tags", ["claims"], **PER_ARTICLE)
def narrative_tags(context: dg.AssetExecutionContext, duckdb: DuckDBResource, pool: ExtractionPool):
    """Tag each claim with the narratives it carries and weigh them per article; keep the words of
    untagged claims (``article_terms``) that candidate narratives are ranked from."""
    with Batch.open(context, duckdb) as batch:
        metadata, tags, terms, stories = [], [], [], []
        drop_orphans(batch.conn, "claim_narratives")  # tags of claims that are gone go with them
        parts = batch.worked(work.narrative_rows, _narrative_jobs, pool.count, ([], [], [], []))
        for part, jobs, results, failed in parts:
            # The part's claims' tags are replaced by claim_id.
            frame = pd.DataFrame([t for ts, *_ in results for t in ts])
            tags.append(store(part.conn, "claim_narratives", frame, [c["claim_id"] for *_, cs in jobs for c in cs]))
            metadata.append(part.store("article_narratives", [w for _, ws, _, _ in results for w in ws], failed))
            terms.append(part.store("article_terms", [t for _, _, ts, _ in results for t in ts]))
            stories.append(part.store("story_terms", [t for *_, ts in results for t in ts]))
    # The last per-article step: the pool's processes (~1 GB resident at 10,000 articles) end now, not in
    # narratives, so the schema checks of this step's tables (a full run's 1.3 million story_terms) do
    # not read their rows beside them.
    pool.release()
    yield batch.result("article_narratives", metadata)
    for name, parts in (("claim_narratives", tags), ("article_terms", terms), ("story_terms", stories)):
        yield materialized(name, combined(parts))


def _narrative_jobs(part: Batch) -> list[tuple]:
    """``work.narrative_rows``' arguments for each article of ``part``: its id, length and claims."""
    claims_of = by_article(part.claims_in_context())
    return [(a["article_id"], a["n_chars"], claims_of.get(a["article_id"], [])) for a in part.articles]


@_step("narratives", [*STEP_TABLES["narrative_tags"], "working_ledger"])
def narratives(duckdb: DuckDBResource, pool: ExtractionPool):
    """The taxonomy and the narratives discovered in the corpus's claims, with their articles, claims
    and timelines; candidate narratives ranked from every article's uncovered words."""
    pool.release()  # when narrative_tags did not run in this run: the corpus-level steps get the memory
    # Imported here: the run's process holds scikit-learn (66 MB) and jieba's TF-IDF (44 MB) from this step on,
    # not while the pool's workers do a full run's extraction beside it.
    from pipeline import story_rows
    from pipeline.extraction import keyphrases, stories

    with duckdb.get_connection() as conn:
        if parts := getattr(duckdb, "parts", None):
            parts.gather(conn)  # runs on other processes or machines wrote their partitions there
        prefix = {"prefix": DISCOVERED_PREFIX}
        articles = conn.execute(query("narratives/articles")).fetchall()
        published = {a: p for a, p, _ in articles}
        found = story_rows.corpus_narratives(
            stories.discover_counts(*story_counts(conn), published, keyphrases.entity_names()),
            published,
            {a: n for a, _, n in articles},
            streamed(conn, query("narratives/corpus_claims")),
            conn.execute(query("narratives/taxonomy_weights"), prefix).fetchall(),
            conn.execute(query("narratives/taxonomy_tags"), prefix).fetchall(),
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
    )
    yield dg.MaterializeResult(asset_key="narratives", metadata=metadata)
    yield dg.MaterializeResult(asset_key="narrative_timeline", metadata=timeline)
    yield dg.MaterializeResult(asset_key="candidate_narratives", metadata=candidate_metadata)


def dated(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """Rows as a frame whose date columns hold timestamps (null for an unknown date), as the models type them."""
    frame = pd.DataFrame(rows)
    for column in columns if len(frame) else ():
        frame[column] = pd.to_datetime(frame[column])
    return frame


def streamed(conn: duckdb.DuckDBPyConnection, statement: str, batch: int = 10_000):
    """A query's rows (tuples), read in batches when first asked for (no other query may run on
    ``conn`` until the last)."""
    cursor = conn.execute(statement)
    while rows := cursor.fetchmany(batch):
        yield from rows


def story_counts(conn: duckdb.DuckDBPyConnection) -> tuple[list[str], list[str], sparse.csr_matrix]:
    """The articles, the words and the articles' counts of the words (a matrix) that narratives are
    discovered from, read without a Python object per count."""
    ids = [a for (a,) in conn.execute(query("narratives/story_articles")).fetchall()]
    words = [w for (w,) in conn.execute(query("narratives/story_words")).fetchall()]
    cells = conn.execute(query("narratives/story_terms")).fetchnumpy()
    return (
        ids,
        words,
        sparse.csr_matrix((cells["n"].astype(float), (cells["row"], cells["col"])), shape=(len(ids), len(words))),
    )


def grouped_terms(rows: list[tuple]) -> dict[str, dict[str, float]]:
    """(article_id, term, value) rows as {article_id: {term: value}}."""
    grouped: dict[str, dict[str, float]] = defaultdict(dict)
    for article_id, term, value in rows:
        grouped[article_id][term] = value
    return dict(grouped)
