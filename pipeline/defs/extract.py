"""Per-article extraction assets: sentences, entities and mentions, figures, claims, narratives.

Each asset reads its inputs from the working DuckDB file, calls the plain
extractors of ``pipeline.extraction`` and stores its tables through their models.
"""

from collections import defaultdict

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipeline.extraction import claims as claim_rules
from pipeline.extraction import entities as entity_rules
from pipeline.extraction import keyphrases, narratives as narrative_rules
from pipeline.extraction.figures import extract_figures
from pipeline.extraction.records import Claim, Entity, Figure, Mention, Sentence
from pipeline.extraction.sentences import sentence_locator, split_sentences

from .tables import store

ARTICLE_COLUMNS = "article_id, author, published, text_original, text_simplified, n_chars"


def _articles(conn) -> list[dict]:
    frame = conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY article_id").df()
    # Missing values as None, not NaN/NaT: the extractors take plain Python values.
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def _sentences_by_article(conn) -> dict[str, list[Sentence]]:
    frame = conn.execute(
        "SELECT article_id, sentence_no, start, \"end\", text, text_simplified FROM sentences ORDER BY article_id, sentence_no"
    ).df()
    grouped: dict[str, list[Sentence]] = defaultdict(list)
    for row in frame.itertuples(index=False):
        grouped[row.article_id].append(Sentence(row.sentence_no, row.start, row.end, row.text, row.text_simplified))
    return grouped


def _date_or_none(value):
    return None if value is None else pd.Timestamp(value).date()


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["articles"])
def sentences(duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Split each article into sentences with character offsets."""
    with duckdb.get_connection() as conn:
        rows = [
            {"article_id": a["article_id"], **vars(s)}
            for a in _articles(conn)
            for s in split_sentences(a["text_original"], a["text_simplified"])
        ]
        metadata = store(conn, "sentences", pd.DataFrame(rows), ["article_id", "sentence_no"])
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["sentences"])
def entities(duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Find gazetteer entities and titled names; writes ``entities`` and ``mentions``."""
    gazetteer = entity_rules.load_gazetteer()
    found: dict[str, dict] = {}
    mention_rows = []
    with duckdb.get_connection() as conn:
        sentences_of = _sentences_by_article(conn)
        for article in _articles(conn):
            article_entities, mentions = entity_rules.find_mentions(
                article["text_original"], article["text_simplified"], gazetteer
            )
            for entity in article_entities:
                found.setdefault(entity.entity_id, {**vars(entity), "aliases": " | ".join(entity.aliases)})
            locate = sentence_locator(sentences_of[article["article_id"]])
            mention_rows += [
                {"article_id": article["article_id"], "sentence_no": locate(m.start), **vars(m)} for m in mentions
            ]
        metadata = store(conn, "entities", pd.DataFrame(list(found.values())), ["entity_id"])
        mention_metadata = store(conn, "mentions", pd.DataFrame(mention_rows), ["article_id", "start"])
    metadata.update(mention_count=mention_metadata["row_count"], mentions_preview=mention_metadata["preview"])
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["sentences", "entities"])
def figures(duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Every number that measures something, normalised, attributed and traced to its sentence."""
    gazetteer = entity_rules.load_gazetteer()
    rows = []
    with duckdb.get_connection() as conn:
        sentences_of = _sentences_by_article(conn)
        for article in _articles(conn):
            locate = sentence_locator(sentences_of[article["article_id"]])
            found = extract_figures(
                article["text_original"], article["text_simplified"], _date_or_none(article["published"])
            )
            for figure in found:
                rows.append(
                    {
                        "figure_id": f"{article['article_id']}:f{figure.start}",
                        "article_id": article["article_id"],
                        "sentence_no": locate(figure.start),
                        "entity_id": entity_rules.resolve_subject(figure.subject, gazetteer),
                        **vars(figure),
                    }
                )
        frame = pd.DataFrame(rows)
        if not frame.empty:
            frame["period_start"] = pd.to_datetime(frame["period_start"])
            frame["period_end"] = pd.to_datetime(frame["period_end"])
        metadata = store(conn, "figures", frame, ["article_id", "start"])
    return dg.MaterializeResult(metadata=metadata)


def _claims_of(frame: pd.DataFrame) -> list[Claim]:
    fields = ["sentence_no", "start", "end", "text", "claim_type", "speaker", "hedge", "stance"]
    return [Claim(**{f: row[f] for f in fields}) for row in frame.to_dict("records")]


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["figures", "entities"])
def claims(duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Assertions with type, speaker, hedge and stance; writes ``claims`` and ``claim_figures``."""
    claim_rows, link_rows = [], []
    with duckdb.get_connection() as conn:
        sentences_of = _sentences_by_article(conn)
        entity_frame = conn.execute("SELECT * FROM entities ORDER BY entity_id").df()
        known = [
            Entity(r.entity_id, r.name, r.kind, tuple(r.aliases.split(" | ")))
            for r in entity_frame.itertuples(index=False)
        ]
        for article in _articles(conn):
            article_id = article["article_id"]
            mentions = [
                Mention(r.entity_id, r.start, r.end, r.surface)
                for r in conn.execute(
                    'SELECT entity_id, start, "end", surface FROM mentions WHERE article_id = ? ORDER BY start',
                    [article_id],
                ).df().itertuples(index=False)
            ]
            figure_frame = conn.execute(
                'SELECT figure_id, start, "end", quote FROM figures WHERE article_id = ? ORDER BY start', [article_id]
            ).df()
            found = claim_rules.extract_claims(sentences_of[article_id], mentions, known, article["author"])
            ids = [f"{article_id}:c{c.start}" for c in found]
            claim_rows += [{"claim_id": i, "article_id": article_id, **vars(c)} for i, c in zip(ids, found)]
            spans = [
                Figure(r.start, r.end, r.quote, 0.0, 0.0, "unitless")
                for r in figure_frame.itertuples(index=False)
            ]
            link_rows += [
                {"claim_id": ids[c], "figure_id": figure_frame["figure_id"].iloc[f]}
                for c, f in claim_rules.link_figures(found, spans)
            ]
        metadata = store(conn, "claims", pd.DataFrame(claim_rows), ["article_id", "start"])
        link_metadata = store(conn, "claim_figures", pd.DataFrame(link_rows), ["claim_id", "figure_id"])
    metadata.update(claim_figure_links=link_metadata["row_count"])
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["claims"])
def narratives(duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Tag claims with the taxonomy, weigh narratives per article, surface candidate phrases."""
    taxonomy = narrative_rules.load_taxonomy()
    tag_rows, weight_rows = [], []
    uncovered_texts: dict[str, list[str]] = {}
    with duckdb.get_connection() as conn:
        for article in _articles(conn):
            article_id = article["article_id"]
            claim_frame = conn.execute(
                "SELECT * FROM claims WHERE article_id = ? ORDER BY start", [article_id]
            ).df()
            found = _claims_of(claim_frame)
            tags = narrative_rules.tag_claims(found)
            tag_rows += [
                {"claim_id": claim_frame["claim_id"].iloc[c], "narrative_id": n, "score": s} for c, n, s in tags
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
    )
    return dg.MaterializeResult(metadata=metadata)
