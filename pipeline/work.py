"""Per-article work, as plain functions of plain values so a process pool can run them.

Each function takes one article (and what earlier steps stored for it) and
returns rows; the Dagster assets read their inputs from DuckDB, map these over
the articles of their partitions, and write the rows themselves (DuckDB has one
writer per file, so workers never touch the database).
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path

import pandas as pd

from pipeline.extraction import claims as claim_rules
from pipeline.extraction import entities as entity_rules
from pipeline.extraction.decoding import MAX_FILE_BYTES
from pipeline.extraction.figures import extract_figures
from pipeline.extraction.ingest import file_size, read_inside
from pipeline.extraction.records import Entity, Figure, Mention, Sentence
from pipeline.extraction.sentences import sentence_locator, split_sentences


def read_file(root: str, file_name: str):
    """(Article or Refusal, size in bytes) for one file of the articles folder."""
    path = Path(root, file_name)
    return read_inside(path, Path(root), MAX_FILE_BYTES), file_size(path)


def sentence_rows(article: dict) -> list[dict]:
    return [
        {"article_id": article["article_id"], **vars(s)}
        for s in split_sentences(article["text_original"], article["text_simplified"])
    ]


def mention_rows(article: dict, sentences: list[Sentence]) -> tuple[list[dict], list[dict]]:
    """(entity rows, mention rows) of one article."""
    found, mentions = entity_rules.find_mentions(article["text_original"], article["text_simplified"], entity_rules.load_gazetteer())
    locate = sentence_locator(sentences)
    entity_rows = [{**vars(e), "aliases": " | ".join(e.aliases)} for e in found]
    rows = [{"article_id": article["article_id"], "sentence_no": locate(m.start), **vars(m)} for m in mentions]
    return entity_rows, rows


def figure_rows(article: dict, sentences: list[Sentence]) -> list[dict]:
    gazetteer = entity_rules.load_gazetteer()
    locate = sentence_locator(sentences)
    published = None if article["published"] is None else pd.Timestamp(article["published"]).date()
    return [
        {
            "figure_id": f"{article['article_id']}:f{figure.start}",
            "article_id": article["article_id"],
            "sentence_no": locate(figure.start),
            "entity_id": entity_rules.resolve_subject(figure.subject, gazetteer),
            **vars(figure),
        }
        for figure in extract_figures(article["text_original"], article["text_simplified"], published)
    ]


def claim_rows(
    article: dict, sentences: list[Sentence], mentions: list[Mention], known: list[Entity], figures: list[tuple]
) -> tuple[list[dict], list[dict]]:
    """(claim rows, claim_figures rows); ``figures`` are (figure_id, start, end, quote) in text order."""
    article_id = article["article_id"]
    found = claim_rules.extract_claims(sentences, mentions, known, article["author"])
    ids = [f"{article_id}:c{c.start}" for c in found]
    claims = [{"claim_id": i, "article_id": article_id, **vars(c)} for i, c in zip(ids, found)]
    spans = [Figure(start, end, quote, 0.0, 0.0, "unitless") for _, start, end, quote in figures]
    links = [{"claim_id": ids[c], "figure_id": figures[f][0]} for c, f in claim_rules.link_figures(found, spans)]
    return claims, links


def _call(job):
    function, args = job
    return function(*args)


def _warm() -> None:
    """Load the lexicons and jieba's dictionary once per worker, not once per article."""
    split_sentences("预热。")
    entity_rules.find_mentions("预热", "预热", entity_rules.load_gazetteer())
    extract_figures("增长百分之五。", "增长百分之五。")
    claim_rules.extract_claims([Sentence(0, 0, 8, "分析师认为市场上涨。", "分析师认为市场上涨。")], [], [], None)


def worker_count(requested: int = 0) -> int:
    return requested if requested > 0 else (os.cpu_count() or 1)


@lru_cache(maxsize=4)
def _pool(workers: int) -> ProcessPoolExecutor:
    # forkserver, not fork: the parent runs Dagster's threads, which a plain fork would copy mid-flight.
    context = get_context("forkserver")
    context.set_forkserver_preload(["pipeline.work"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm)


def run_all(function, arguments: list[tuple], workers: int) -> list:
    """``function(*args)`` for each tuple, in order; on a pool when there is more than one worker and article."""
    if workers <= 1 or len(arguments) <= 1:
        return [function(*args) for args in arguments]
    chunk = max(1, len(arguments) // (workers * 8))
    return list(_pool(workers).map(_call, [(function, args) for args in arguments], chunksize=chunk))
