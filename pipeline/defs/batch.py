"""What every per-article asset does around its own work: read the articles of its partitions and what
earlier steps stored for them, store rows by article, and report the batch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice

import dagster as dg
import duckdb
import pandas as pd
from dagster._core.events import DagsterEventBatchMetadata, generate_event_batch_id
from dagster_duckdb import DuckDBResource

from pipeline import work
from pipeline.extraction.records import Entity, Mention, Sentence
from schemas import STEP_TABLES

from .corpus import drop_orphans
from .sql import query
from .tables import COLUMN_SCHEMA, PREVIEW, ROW_COUNT, record_failures, store

# A step works through a large batch in parts of about this many articles, storing each part's rows
# before it reads the next: what it holds at once (inputs, results, frames) is bounded. Two parts are held
# while the next is worked on (Batch.worked): parts of 1,000 cost the run's process ~110 MB more at
# 3,000 articles than parts of 500, for no CPU it saves (a part is still large enough for the pool).
PART_ARTICLES = 500
# Parts of the next step started at the end of a step (Batch.start_ahead): as many as a step holds at once.
AHEAD_PARTS = 2


def parts_of(items: list) -> Iterator[list]:
    """``items`` in parts of about equal size, at most PART_ARTICLES each (no small last part: every part
    of a large batch is large enough for the pool). No items are one empty part."""
    count = max(1, -(-len(items) // PART_ARTICLES))
    size = -(-len(items) // count)
    for start in range(0, max(len(items), 1), max(size, 1)):
        yield items[start : start + size]


def observed_files(
    context: dg.AssetExecutionContext, conn: duckdb.DuckDBPyConnection, asset: str, columns: list[str], files
) -> Iterator[dg.AssetObservation]:
    """Give each of ``files`` its own article's figures (``columns`` of batch/file_summary.sql) on ``asset``
    (a batch's materialisations all carry the batch's metadata), for a step to yield from after storing a
    part. Dagster stores what a step logs when the step next yields: all but the last observation are logged
    as one batch and the last is yielded, so they are stored then, while the pool works on the next part,
    not after the last part."""
    observations = _observations(conn, asset, columns, files)
    log_observations(context, observations[:-1])
    yield from observations[-1:]


def _observations(conn: duckdb.DuckDBPyConnection, asset: str, columns: list[str], files: list[str]) -> list:
    frame = conn.execute(query("batch/file_summary"), {"files": files}).df()
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return [
        dg.AssetObservation(
            asset,
            partition=row["file_name"],
            metadata={column: row[column] for column in columns if row[column] is not None},
        )
        for row in rows
    ]


def log_observations(context: dg.AssetExecutionContext, observations: list[dg.AssetObservation]) -> None:
    """Log ``observations`` as Dagster logs a range's materialisations: as one batch, which an instance
    with batched writes (pipeline.event_store) stores at once; context.log_event stores each alone."""
    op_context, batch = context.op_execution_context, generate_event_batch_id()
    step = getattr(op_context, "_step_execution_context", None)
    if step is None:  # an asset called directly, outside a run: no event log
        for observation in observations:
            context.log_event(observation)
        return
    for i, observation in enumerate(observations):
        end = DagsterEventBatchMetadata(batch, i == len(observations) - 1)
        op_context._events.append(dg.DagsterEvent.asset_observation(step, observation, end))


def import_partitions(context: dg.AssetExecutionContext, database: DuckDBResource, conn) -> None:
    """In a run's own file (runs side by side with a partition store), first what earlier runs stored."""
    if prepare := getattr(database, "prepare", None):
        prepare(conn, sorted(context.partition_keys))


def export_partitions(context: dg.AssetExecutionContext, database: DuckDBResource, conn) -> None:
    """Write the step's rows of its partitions to the partition store, when the runs use one."""
    if parts := getattr(database, "parts", None):
        parts.export(conn, context.op_def.name, sorted(context.partition_keys))


def by_article(rows: list) -> dict[str, list]:
    """Rows (tuples or dicts) grouped by their article id (a tuple's first value, the rest kept)."""
    grouped: dict[str, list] = defaultdict(list)
    for row in rows:
        if isinstance(row, dict):
            grouped[row["article_id"]].append(row)
        else:
            grouped[row[0]].append(row[1:])
    return grouped


def records(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    """A query's rows as dicts of plain values (through a pandas frame, to_dict cost the claims of a
    thousand articles 0.4 s)."""
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def sentences_of(conn: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, list[Sentence]]:
    rows = by_article(conn.execute(query("batch/sentences"), {"ids": ids}).fetchall())
    return {article_id: [Sentence(*r) for r in found] for article_id, found in rows.items()}


@dataclass
class Batch:
    """The articles of the run's partitions, on the working database's connection."""

    context: dg.AssetExecutionContext
    conn: duckdb.DuckDBPyConnection
    articles: list[dict]

    @classmethod
    @contextmanager
    def open(cls, context: dg.AssetExecutionContext, database: DuckDBResource) -> Iterator[Batch]:
        """The batch; once the step has stored its rows, they also go to the partition store, if any."""
        with database.get_connection() as conn:
            import_partitions(context, database, conn)
            # Plain Python values, missing ones None: what the extractors take (the texts: with_texts).
            yield cls(
                context, conn, records(conn.execute(query("batch/articles"), {"files": list(context.partition_keys)}))
            )
            export_partitions(context, database, conn)

    def parts(self) -> Iterator[Batch]:
        """The batch in parts (``parts_of``)."""
        for articles in parts_of(self.articles):
            yield Batch(self.context, self.conn, articles)

    def worked(self, function, jobs_of, workers: int, empty) -> Iterator[tuple[Batch, list, list, dict[int, str]]]:
        """(part, its jobs, results, failed) of ``work.run_each(function, jobs_of(part), workers, empty)`` for
        each part, in order. A part's jobs are read and started before the caller gets the previous part's
        results: the pool works on the next part while the caller stores this one's rows (in one process,
        a part's work runs when its results are asked for)."""
        started = None
        for part in self.parts():
            jobs, running = work.take_ahead(function, part.ids) or (None, None)
            if running is None:
                jobs = jobs_of(part)
                running = work.start_each(function, jobs, workers)
            following = (part, jobs, running)
            if started is not None:
                yield *started[:2], *work.settled(started[2], empty)
            started = following
        yield *started[:2], *work.settled(started[2], empty)

    def start_ahead(self, step: str, function, jobs_of, workers: int) -> None:
        """Start the first AHEAD_PARTS parts of the next step, ``step`` (``function`` over ``jobs_of`` each
        part, as its ``worked`` would start them), once this step has stored all its rows: the pool works
        on them while Dagster writes this step's events (one a partition and table) and the checks run,
        instead of idling until the next step starts; its ``worked`` takes them up. Only in a run that
        executes ``step``, for parts large enough for the pool."""
        run = getattr(self.context.op_execution_context, "_step_execution_context", None)
        if run is None:
            return  # an asset called directly, outside a run
        # a run of the whole job has no selection, or an empty one (execute_in_process over the job, as ledger run)
        selection = run.dagster_run.asset_selection
        if selection and not selection & {dg.AssetKey(name) for name in STEP_TABLES[step]}:
            return
        for part in islice(self.parts(), AHEAD_PARTS):
            if work.uses_pool(len(part.articles), workers):
                jobs = jobs_of(part)
                work.put_ahead(function, part.ids, jobs, work.start_each(function, jobs, workers))

    def files_of(self) -> dict[str, list[str]]:
        """The files of the run's partitions that hold an article, by its id."""
        found = self.conn.execute(query("batch/article_files"), {"files": list(self.context.partition_keys)})
        grouped: dict[str, list[str]] = defaultdict(list)
        for article_id, file_name in found.fetchall():
            grouped[article_id].append(file_name)
        return grouped

    @property
    def ids(self) -> list[str]:
        return [a["article_id"] for a in self.articles]

    def with_texts(self) -> list[dict]:
        """The part's articles with their two texts, which the batch does not hold: read a part at a
        time, the texts of a large batch are never all in memory at once."""
        texts = {r[0]: r[1:] for r in self.conn.execute(query("batch/article_texts"), {"ids": self.ids}).fetchall()}
        return [
            {**a, "text_original": texts[a["article_id"]][0], "text_simplified": texts[a["article_id"]][1]}
            for a in self.articles
        ]

    def with_sentences(self, texts: bool = True) -> list[tuple[dict, list[Sentence]]]:
        """Each article (with its texts, unless ``texts`` is false) and its sentences."""
        found = sentences_of(self.conn, self.ids)
        return [(a, found.get(a["article_id"], [])) for a in (self.with_texts() if texts else self.articles)]

    def claim_inputs(self) -> tuple:
        """(articles with sentences, mentions, figure spans by article, the entities they name by id)."""
        mentions = by_article(self.conn.execute(query("batch/mentions"), {"ids": self.ids}).fetchall())
        figures = by_article(self.conn.execute(query("batch/figures"), {"ids": self.ids}).fetchall())
        named = self.conn.execute(query("batch/named_entities"), {"ids": self.ids}).fetchall()
        known = {r[0]: Entity(r[0], r[1], r[2], tuple(r[3].split(" | "))) for r in named}
        return (
            self.with_sentences(texts=False),  # a claim is read from its sentences
            {a: [Mention(*m) for m in ms] for a, ms in mentions.items()},
            figures,
            known,
        )

    def claims_in_context(self) -> list[dict]:
        """The batch's claims, each with its sentence's words."""
        return records(self.conn.execute(query("batch/claims_in_context"), {"ids": self.ids}))

    def store(self, name: str, rows, failed: dict[int, str] | None = None) -> dict:
        """Replace the batch's rows of the per-article table ``name`` (and drop those of articles that are
        gone); the articles whose step raised (``failed``) are kept in rejected_rows."""
        metadata = store(self.conn, name, rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows), self.ids)
        drop_orphans(self.conn, name)
        record_failures(self.conn, name, self.ids, failed or {})
        return metadata

    def result(self, name: str, metadata: dict | list[dict]) -> dg.MaterializeResult:
        """The materialisation of table ``name``, with what the batch covered; metadata of the batch's
        parts are combined (``combined``)."""
        metadata = combined(metadata) if isinstance(metadata, list) else metadata
        metadata.update(
            partitions=dg.MetadataValue.int(len(self.context.partition_keys)),
            articles=dg.MetadataValue.int(len(self.articles)),
            chars=dg.MetadataValue.int(sum(a["n_chars"] for a in self.articles)),
        )
        return materialized(name, metadata)


# Dagster copies a batch's materialisation onto each of its partitions (12 tables a file, each event stored
# twice: the run's file and the index), so a per-article table's leaves out what would be repeated there for
# nothing: the column schema, which the asset's definition carries (3.5 kB), and the preview of the batch's
# first rows (1-4 kB; a third of the materialisations' bytes: 47 -> 31 MB a thousand files).
PER_PARTITION_SKIPPED = (COLUMN_SCHEMA, PREVIEW)


def materialized(name: str, metadata: dict) -> dg.MaterializeResult:
    """The materialisation of the per-article table ``name``: its counts (see PER_PARTITION_SKIPPED)."""
    kept = {k: v for k, v in metadata.items() if k not in PER_PARTITION_SKIPPED}
    return dg.MaterializeResult(asset_key=name, metadata=kept)


def combined(parts: list[dict]) -> dict:
    """One step's metadata from its parts': row and rejection counts added, the first part's previews."""
    merged = dict(parts[0])
    for key in (ROW_COUNT, "rejected_count"):
        merged[key] = dg.MetadataValue.int(sum(part[key].value for part in parts))
    rejected = [part["rejected_preview"] for part in parts if "rejected_preview" in part]
    if rejected:
        merged["rejected_preview"] = rejected[0]
    return merged
