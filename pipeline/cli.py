"""The ``ledger`` command: run the Dagster job from the shell, or print an article's figures."""

from __future__ import annotations

import argparse
import errno
import json
import os
import signal
import sys
import tempfile
from pathlib import Path

from pipeline.defs.resources import DEFAULT_ARTICLES, DEFAULT_MAX_DROP, DEFAULT_OUT, OutputFolder
from pipeline.defs.tables import ROW_COUNT
from pipeline.lifetime import descendants, exit_now, exit_on_signals, run_off_main_thread
from pipeline.publishing import current_release
from pipeline.runlock import RunLocked, hold

EXIT_LOCKED = 75  # EX_TEMPFAIL: try again later


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="ledger", description="Narrative Ledger: Chinese market commentary in, ledger and site out."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="ingest, extract, check and publish (the Dagster job ledger_job)")
    run.add_argument(
        "--articles", type=Path, default=DEFAULT_ARTICLES, help="folder of article files (default: %(default)s)"
    )
    run.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="folder for ledger.duckdb and public/ (default: %(default)s)"
    )
    run.add_argument(
        "--workers", type=int, default=0, help="processes for the per-article work (default: one per core)"
    )
    run.add_argument(
        "--wait", action="store_true", help="if another run holds the output folder, wait for it instead of exiting"
    )
    run.add_argument(
        "--max-drop",
        type=float,
        default=DEFAULT_MAX_DROP,
        help="share of the files with a published article that may lose it while still in the folder; above it "
        "nothing is published (default: %(default)s)",
    )
    run.add_argument(
        "--log-level",
        default="warning",
        choices=["debug", "info", "warning", "error"],
        help="Dagster's console log (default: %(default)s; debug shows each step starting)",
    )
    figures = commands.add_parser("figures", help="print the figures of article files as JSON lines (no database)")
    figures.add_argument("files", nargs="+", type=Path)
    claims = commands.add_parser(
        "claims", help="print the claims of article files as JSON lines in the claim scorer's format (no database)"
    )
    claims.add_argument("files", nargs="+", type=Path)
    narratives = commands.add_parser("narratives", help="work with the narrative taxonomy")
    narrative_commands = narratives.add_subparsers(dest="narratives_command", required=True)
    suggest = narrative_commands.add_parser(
        "suggest",
        help="print taxonomy entries (YAML, for lexicons/narratives.yaml) for the discovered narratives of a ledger",
    )
    suggest.add_argument(
        "--ledger", type=Path, default=DEFAULT_OUT / "ledger.duckdb", help="the ledger to read (default: %(default)s)"
    )
    suggest.add_argument(
        "--all", action="store_true", help="also those a taxonomy narrative already overlaps (default: only uncovered)"
    )
    args = parser.parse_args(argv)
    if args.command == "narratives":
        return suggest_narratives(args.ledger, args.all)
    if args.command == "run":
        return run_ledger(args.articles, args.out, args.log_level, args.workers, args.max_drop, args.wait)
    if args.command == "claims":
        return print_claims(args.files)
    return print_figures(args.files)


def run_ledger(
    articles: Path,
    out: Path,
    log_level: str = "warning",
    workers: int = 0,
    max_drop: float = DEFAULT_MAX_DROP,
    wait: bool = False,
) -> int:
    if not articles.is_dir():
        print(f"ledger: the articles folder {articles} does not exist", file=sys.stderr)
        return 2
    problem = unwritable(out)
    if problem:
        print(f"ledger: cannot write to the output folder {out}: {problem}", file=sys.stderr)
        return 2
    published: dict = {}  # "before": the release published when this run got the lock
    _stop_on_signals(out, published)
    try:
        with hold(out, wait, _say):
            published["before"] = current_release(out.resolve())
            return _run_locked(articles, out, log_level, workers, max_drop)
    except RunLocked as locked:
        print(f"ledger: {locked}; wait for it to end, or pass --wait", file=sys.stderr)
        return EXIT_LOCKED


def _say(message: str) -> None:
    print(f"ledger: {message}", file=sys.stderr, flush=True)


def _stop_on_signals(out: Path, published: dict) -> None:
    """SIGINT/SIGTERM end the run at once: its processes are killed, and what is published stays whole
    (publishing is one rename, see pipeline.publishing)."""

    def stop(number: int) -> None:
        for pid in descendants(os.getpid()):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        after = current_release(out.resolve())
        if "before" not in published:
            state = "it had not started (it was waiting for the lock)"
        elif after == published["before"]:
            state = "the previous ledger and site are unchanged"
        else:
            state = f"this run had already published {after}"
        _say(f"stopped by {signal.Signals(number).name}; {state}.")

    exit_on_signals(stop)


def _run_locked(articles: Path, out: Path, log_level: str, workers: int, max_drop: float) -> int:

    from pipeline.runner import open_instance, run_ledger_job

    print(f"ledger: reading {articles.resolve()}", file=sys.stderr)
    # What to redo is decided from the ledger's own record (ingest_log fingerprints); the instance
    # under OUT/.dagster records the runs and partitions for the UI (`make ui`).
    try:
        with open_instance(out) as instance:
            result, work = run_off_main_thread(
                lambda: run_ledger_job(articles, out, instance, log_level, workers, max_drop)
            )
            seconds = step_seconds(instance, result.run_id)
    except OSError as error:  # the folders changed under the run (made read-only, removed, full)
        print(
            f"ledger: the run stopped: {error}; the previously published ledger and site are unchanged.",
            file=sys.stderr,
        )
        return 1
    print(
        f"ledger: {len(work.current)} files, {len(work.stale)} new or changed, {len(work.deleted)} deleted",
        file=sys.stderr,
    )
    _print_summary(result, seconds)
    if not result.success:
        print("ledger: the run failed; the previously published ledger and site are unchanged.", file=sys.stderr)
        return 1
    folder = OutputFolder(path=str(out))
    print(f"ledger: published {folder.published_db}")
    print(f"ledger: site at {folder.public}/index.html (make serve, then http://127.0.0.1:8000/)")
    return 0


def step_seconds(instance, run_id: str) -> dict[str, float]:
    """Seconds from each step's start to its end. Read from those events alone: Dagster's step statistics
    read every materialisation of the run as well (tens of thousands for a large batch)."""
    from dagster import DagsterEventType

    starts, ends = {DagsterEventType.STEP_START}, {DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE}
    times: dict[str, dict] = {}
    for record in instance.get_records_for_run(run_id, of_type=starts | ends).records:
        entry = record.event_log_entry
        times.setdefault(entry.step_key, {})[entry.dagster_event_type in ends] = entry.timestamp
    return {step: found.get(True, 0) - found.get(False, 0) for step, found in times.items()}


def unwritable(out: Path) -> str | None:
    """Why the run could not write to ``out`` (or its working folder, if there is one), or None.
    Tried by writing, since permission bits do not tell (root, read-only mounts); nothing is
    left behind, so a run that then finds the folder locked by another leaves no trace."""
    try:
        if out.exists() and not out.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(out))
        out.mkdir(parents=True, exist_ok=True)
        for folder in (out, OutputFolder(path=str(out)).work):
            if folder.is_dir():  # the working folder is made later, under the run lock
                with tempfile.TemporaryFile(dir=folder):
                    pass
    except OSError as error:
        return error.strerror or str(error)
    return None


def _print_summary(result, seconds: dict[str, float]) -> None:
    """One line per asset (a batch of partitions materialises each of them with the same metadata), and one
    for the seconds of each step that has no asset of its name (narrative_tags)."""
    seen: dict[str, int] = {}
    details: dict[str, str] = {}
    steps: dict[str, None] = {}
    for event in result.all_events:
        if event.event_type_value == "ASSET_MATERIALIZATION":
            materialization = event.event_specific_data.materialization
            name = materialization.asset_key.to_user_string()
            # The result keeps a few of a range's per-partition materialisations; the runner counted them all.
            seen[name] = result.partitions_materialized.get(name, 1)
            steps[event.step_key] = None
            rows = materialization.metadata.get(ROW_COUNT)
            details[name] = f"{rows.value} rows" if rows is not None else ""
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            if not evaluation.passed:
                reason = f": {evaluation.description}" if evaluation.description else ""
                print(f"  check {evaluation.check_name} FAILED ({evaluation.severity.value}){reason}", file=sys.stderr)
    for name, count in seen.items():
        partitions = f" ({count} partitions)" if count > 1 else ""
        print(f"  {name:<20} {details[name]}{partitions} {seconds.get(name, 0):.1f} s", file=sys.stderr)
    for step in steps:
        if step not in seen:
            print(f"  {step:<20} (step) {seconds.get(step, 0):.1f} s", file=sys.stderr)


def _print_records(files: list[Path], records) -> int:
    """``records(article, path)`` as JSON lines, "article" (the file name) first; a file that cannot
    be read is reported and the rest go on (exit 1 if any was refused)."""
    from pipeline.extraction.ingest import read_article
    from pipeline.extraction.records import Refusal

    status = 0
    try:
        for path in files:
            article = read_article(path, path.parent)
            if isinstance(article, Refusal):
                print(f"ledger: {path}: {article.reason}", file=sys.stderr)
                status = 1
                continue
            for record in records(article, path):
                print(json.dumps({"article": path.name, **record}, ensure_ascii=False))
    except BrokenPipeError:
        # The reader stopped (`| head`): nothing more to say, and nothing to say it to.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return status


def print_figures(files: list[Path]) -> int:
    from pipeline.extraction.figures import extract_figures

    fields = ("quote", "start", "end", "low", "high", "unit", "qualifier", "direction", "subject", "metric", "period")
    return _print_records(
        files,
        lambda article, _path: (
            {field: getattr(figure, field) for field in fields}
            for figure in extract_figures(article.text_original, article.text_simplified, article.published)
        ),
    )


def print_claims(files: list[Path]) -> int:
    """In the prediction format of the claim gold's scorer: each quote as the file shows it."""
    from pipeline.extraction.claims import article_claims
    from pipeline.extraction.decoding import RefusedFile, read_text_file
    from pipeline.extraction.scorer_records import scorer_record

    def records(article, path):
        try:
            source = read_text_file(path).text
        except RefusedFile:  # a PDF: no text to quote from
            source = None
        claims = article_claims(article.text_original, article.text_simplified, article.author)
        texts = (article.text_original, article.text_simplified)
        return (scorer_record(claim, source, texts) for claim in claims)

    return _print_records(files, records)


def suggest_narratives(ledger: Path, include_covered: bool = False) -> int:
    """Taxonomy entries for the discovered narratives no taxonomy narrative covers, as YAML."""
    from pipeline.story_rows import suggestions

    if not ledger.is_file():
        print(f"ledger: no ledger at {ledger}; run `ledger run` first, or pass --ledger", file=sys.stderr)
        return 2
    entries = suggestions(ledger, include_covered)
    if not entries:
        print("ledger: no discovered narrative" + ("" if include_covered else " outside the taxonomy"), file=sys.stderr)
    print(entries, end="")
    return 0


def entry() -> None:
    """The ``ledger`` command (``main``), ended without the interpreter's teardown (``lifetime.exit_now``)."""
    exit_now(main())


if __name__ == "__main__":
    entry()
