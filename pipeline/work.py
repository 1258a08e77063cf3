"""Per-article work, as plain functions of plain values so a process pool can run them.

Each function takes one article (and what earlier steps stored for it) and
returns rows; the Dagster assets read their inputs from DuckDB, map these over
the articles of their partitions, and write the rows themselves (DuckDB has one
writer per file, so workers never touch the database).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import forkserver, get_context
from pathlib import Path

import pandas as pd

from pipeline.extraction import claims as claim_rules
from pipeline.extraction.claim_figures import link_figures
from pipeline.extraction import entities as entity_rules
from pipeline.extraction import narratives as narrative_rules
from pipeline.extraction import stance
from pipeline.extraction.decoding import MAX_FILE_BYTES
from pipeline.extraction.figures import extract_figures
from pipeline.extraction.ingest import file_size, read_inside
from pipeline.extraction.records import Claim, Entity, Mention, Sentence, Span
from pipeline.extraction.script import to_simplified
from pipeline.extraction.sentences import sentence_locator, split_sentences
from pipeline import forkserver_lifeline
from pipeline.lifetime import die_with_parent


def read_file(root: str, key: str, path: str):
    """(Article or Refusal, size in bytes) for one file of the articles folder; ``key`` is its
    name in the ledger (``pipeline.extraction.files.article_entries``), ``path`` where it is."""
    result = read_inside(Path(path), Path(root), MAX_FILE_BYTES)
    return replace(result, file_name=key), file_size(Path(path))


def sentence_rows(article: dict) -> list[dict]:
    return [
        {"article_id": article["article_id"], **vars(s)}
        for s in split_sentences(article["text_original"], article["text_simplified"])
    ]


def mention_rows(article: dict, sentences: list[Sentence]) -> tuple[list[dict], list[dict]]:
    """(entity rows, mention rows) of one article."""
    found, mentions = entity_rules.find_mentions(
        article["text_original"], article["text_simplified"], entity_rules.load_gazetteer()
    )
    locate = sentence_locator(sentences)
    entity_rows = [{**vars(e), "aliases": " | ".join(e.aliases)} for e in found]
    rows = [{"article_id": article["article_id"], "sentence_no": locate(m.start), **vars(m)} for m in mentions]
    return entity_rows, rows


def figure_rows(article: dict, sentences: list[Sentence]) -> list[dict]:
    resolve = entity_rules.subject_resolver(entity_rules.load_gazetteer())
    locate = sentence_locator(sentences)
    published = None if article["published"] is None else pd.Timestamp(article["published"]).date()
    return [
        {
            "figure_id": f"{article['article_id']}:f{figure.start}",
            "article_id": article["article_id"],
            "sentence_no": locate(figure.start),
            "entity_id": resolve(figure.subject),
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
    spans = [Span(start, end) for _, start, end, _ in figures]
    links = [{"claim_id": ids[c], "figure_id": figures[f][0]} for c, f in link_figures(found, spans)]
    return claims, links


def claim_jobs(
    articles: list[tuple[dict, list[Sentence]]], mentions_of: dict, figures_of: dict, known: dict[str, Entity]
) -> list[tuple]:
    """The arguments of ``claim_rows`` for each (article, sentences), from what earlier steps stored
    (by article id: mentions, figure spans; by entity id: the entities they name)."""
    jobs = []
    for article, sentences in articles:
        mentions = mentions_of.get(article["article_id"], [])
        # Only the entities an article names can be its speakers.
        speakers = [known[e] for e in sorted({m.entity_id for m in mentions}) if e in known]
        jobs.append((article, sentences, mentions, speakers, figures_of.get(article["article_id"], [])))
    return jobs


CLAIM_FIELDS = [
    "sentence_no",
    "start",
    "end",
    "text",
    "claim_type",
    "speaker",
    "hedge",
    "stance",
    "about",
    "speaker_entity_id",
    "about_entity_id",
]


def narrative_rows(
    article_id: str, n_chars: int, claims: list[dict]
) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """(claim_narratives, article_narratives, article_terms, story_terms rows) of one article;
    ``claims`` in text order."""
    # Imported on first use (jieba's TF-IDF, 44 MB): a run's own process needs it only for a small batch.
    from pipeline.extraction import keyphrases

    found = [Claim(**{f: c[f] for f in CLAIM_FIELDS}) for c in claims]
    # Each claim in the words of its sentence (``context``), when the caller has it.
    context = {claim: c.get("context") or to_simplified(claim.text) for claim, c in zip(found, claims)}
    tags = narrative_rules.tag_claims(found, context.__getitem__)
    tag_rows = [{"claim_id": claims[c]["claim_id"], "narrative_id": n, "score": s} for c, n, s in tags]
    weight_rows = [
        {"article_id": article_id, "narrative_id": n, "weight": w}
        for n, w in narrative_rules.article_weights(found, tags, n_chars)
    ]
    tagged = {c for c, _, _ in tags}
    untagged = [claim.text for i, claim in enumerate(found) if i not in tagged]
    terms = keyphrases.uncovered_terms(untagged, narrative_rules.taxonomy_keywords())
    term_rows = [{"article_id": article_id, "term": t, "weight": w} for t, w in sorted(terms.items())]
    # Discovered narratives read the words of every claim, in its sentence.
    story = keyphrases.story_terms(list(dict.fromkeys(context[claim] for claim in found)))
    story_rows = [{"article_id": article_id, "term": t, "n": n} for t, n in story.items()]
    return tag_rows, weight_rows, term_rows, story_rows


def _call(job):
    function, args = job
    return function(*args)


def _start_worker(run_pid: int) -> None:
    """Tie the worker to the run (it dies with it) and leave Ctrl-C to the run. The lexicons and jieba
    are loaded already: the forkserver that forks the worker loaded them (``pipeline.worker_preload``)."""
    die_with_parent(run_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the terminal's Ctrl-C reaches the whole process group


def warm() -> None:
    """Load the lexicons and jieba's dictionary (what the steps load on first use) now, once."""
    split_sentences("预热。")
    entity_rules.find_mentions("预热", "预热", entity_rules.load_gazetteer())
    extract_figures("增长百分之五。", "增长百分之五。")
    claim_rules.extract_claims([Sentence(0, 0, 10, "分析师认为市场会上涨。", "分析师认为市场会上涨。")], [], [], None)
    stance.stance_of("预热")  # no lexicon word: the sentiment dictionary is loaded too
    from pipeline.extraction import keyphrases

    keyphrases.uncovered_terms(["分析师认为市场上涨。"], narrative_rules.taxonomy_keywords())


def worker_count(requested: int = 0) -> int:
    return requested if requested > 0 else (os.cpu_count() or 1)


# Starting the pool (forkserver, imports, lexicons, jieba) costs
# about 4 s here, and one article takes about 60 ms through every step: below a
# couple of hundred articles, one process is faster.
MIN_POOL_BATCH = 200


_POOLS: dict[int, ProcessPoolExecutor] = {}


def _pool(workers: int) -> ProcessPoolExecutor:
    if workers not in _POOLS:
        # forkserver, not fork: the parent runs Dagster's threads, which a plain fork would copy mid-flight.
        context = get_context("forkserver")
        context.set_forkserver_preload(["pipeline.forkserver_lifeline", "pipeline.worker_preload"])
        # A worker dies with its parent, the forkserver, which dies with the run (forkserver_lifeline);
        # the variable is there only while the forkserver starts, so no other child sees it.
        os.environ[forkserver_lifeline.RUN_PID] = str(os.getpid())
        try:
            forkserver.ensure_running()
        finally:
            del os.environ[forkserver_lifeline.RUN_PID]
        _POOLS[workers] = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
        )
    return _POOLS[workers]


def prestart(workers: int, articles: int) -> None:
    """Start the pool's forkserver now if a batch of ``articles`` will use it: it loads the lexicons and jieba
    (about 3 s) on the other core while the run plans and reads its first files, instead of while the first
    part waits for its workers."""
    if workers > 1 and articles >= MIN_POOL_BATCH:
        _pool(workers)


def uses_pool(jobs: int, workers: int) -> bool:
    """Whether ``start_all`` runs ``jobs`` calls on the pool (else in this process, when asked for)."""
    return workers > 1 and jobs >= MIN_POOL_BATCH


# The next step's first parts, started on the pool while this step's events are written: (function, the
# part's article ids) -> (jobs, their started work). See ``defs.batch.Batch.start_ahead``.
_AHEAD: dict[tuple, tuple[list[tuple], Iterator]] = {}


def put_ahead(function, ids: list[str], jobs: list[tuple], started: Iterator) -> None:
    _AHEAD[(function, tuple(ids))] = (jobs, started)


def take_ahead(function, ids: list[str]) -> tuple[list[tuple], Iterator] | None:
    """(jobs, started work) of ``function`` over the part of ``ids``, if it was started ahead."""
    return _AHEAD.pop((function, tuple(ids)), None)


def start_all(function, arguments: list[tuple], workers: int) -> Iterator:
    """``function(*args)`` for each tuple, as an iterator of the results in order: on a pool for a large
    batch and more than one worker, where the work is under way when this returns and the caller can do
    its own meanwhile; in one process, each runs when asked for."""
    if not uses_pool(len(arguments), workers):
        return (function(*args) for args in arguments)
    chunk = max(1, len(arguments) // (workers * 8))
    return _pool(workers).map(_call, [(function, args) for args in arguments], chunksize=chunk)


@dataclass(frozen=True)
class Failed:
    """One article's step that raised; the run records the reason and goes on."""

    reason: str


def guarded(function, *args):
    """``function(*args)``, or Failed with the exception's type and message."""
    try:
        return function(*args)
    except Exception as error:  # noqa: BLE001 (one article's failure is that article's, not the batch's)
        return Failed(f"{function.__name__} failed: {type(error).__name__}: {str(error)[:200]}")


def run_each(function, arguments: list[tuple], workers: int, empty) -> tuple[list, dict[int, str]]:
    """``start_all``'s results, waited for, but an article whose call raises gets ``empty`` as its result;
    returns (results, {position: reason} of the calls that failed)."""
    return settled(start_each(function, arguments, workers), empty)


def start_each(function, arguments: list[tuple], workers: int) -> Iterator:
    """run_each's work, started (``start_all``); ``settled`` gives what run_each returns."""
    return start_all(guarded, [(function, *args) for args in arguments], workers)


def settled(started: Iterator, empty) -> tuple[list, dict[int, str]]:
    """(results, {position: reason} of the calls that failed) of ``start_each``'s work, waited for."""
    results = list(started)
    failed = {i: r.reason for i, r in enumerate(results) if isinstance(r, Failed)}
    return [empty if isinstance(r, Failed) else r for r in results], failed


def shutdown() -> None:
    """Stop the pools' worker processes (at the end of a run) and the forkserver that started them."""
    _AHEAD.clear()  # work started for a step that did not run
    if not _POOLS:
        return
    while _POOLS:
        _POOLS.popitem()[1].shutdown(wait=True, cancel_futures=True)
    # The forkserver (the lexicons and jieba loaded: ~400 MB) would otherwise live as long as the run,
    # through the corpus-level steps that need the memory; a later pool starts another (ensure_running).
    forkserver._forkserver._stop()
