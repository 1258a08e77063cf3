"""Shared fixtures: the bundled corpus, and one full run of the job over it; the test tiers."""

from __future__ import annotations

from pathlib import Path

import multiprocessing.forkserver
import multiprocessing.resource_tracker
import os

import dagster as dg
import duckdb
import pytest

from pipeline import work
from pipeline.extraction.records import Figure
from pipeline.lifetime import descendants


ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"

# Test tiers (pytest -m unit | e2e | browser; `make test` runs all). A file is in the unit tier unless
# named here; a test that asks for a full run of the job (the fixtures below) is e2e wherever it is,
# and a test marked with a tier keeps it. e2e: single assets on a temporary DuckDB (test_assets.py,
# seconds), then the job, the `ledger` command or child processes; browser: drives Chromium.
TIERS = {
    **dict.fromkeys(["test_site_browser.py", "test_ui_browser.py"], "browser"),
    **dict.fromkeys(
        [
            "test_assets.py", "test_bad_input.py", "test_cli.py", "test_guard.py", "test_hostile_input.py",
            "test_incremental.py", "test_lifetime.py", "test_runner.py", "test_pipeline_e2e.py", "test_publishing.py",
            "test_runlock.py", "test_site_titles.py", "test_validation.py", "test_discovered_narratives.py",
            "test_ui_process.py", "test_concurrent_runs.py", "test_sensors.py",
        ],
        "e2e",
    ),
}
RUN_FIXTURES = {"bundled_run", "ledger"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if any(item.get_closest_marker(name) for name in ("unit", "e2e", "browser")):
            continue
        tier = TIERS.get(item.path.name, "unit")
        if tier == "unit" and RUN_FIXTURES & set(item.fixturenames):
            tier = "e2e"
        item.add_marker(tier)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots", action="store_true", help="keep the browser tests' screenshots in tests/artifacts/"
    )


@pytest.fixture
def screenshots(request, tmp_path) -> Path:
    """Where screenshots go: tests/artifacts/ (ignored by git) when asked with --screenshots, else a temp folder."""
    if not request.config.getoption("--screenshots"):
        return tmp_path
    folder = ROOT / "tests" / "artifacts"
    folder.mkdir(exist_ok=True)
    return folder


def run_job(articles: Path, out: Path, instance: dg.DagsterInstance | None = None) -> dg.ExecuteInProcessResult:
    """The job as `ledger run` drives it: the partitions of new or changed files, then the corpus."""
    from pipeline.runner import run_ledger_job  # imported here: the unit tier never loads the job

    result, _ = run_ledger_job(articles, out, instance or dg.DagsterInstance.ephemeral(), "ERROR")
    return result


def misplace_figures(monkeypatch) -> None:
    """Patch, in this process, a figure extractor whose rows are valid but whose spans miss their quote
    by one character: only the trace check sees it. The pool is kept out, so the patch is what runs."""
    real = work.extract_figures

    def misplaced(text, simplified=None, published=None):
        return [
            Figure(f.start + 1, f.end + 1, f.quote, f.low, f.high, f.unit) for f in real(text, simplified, published)
        ]

    monkeypatch.setattr(work, "extract_figures", misplaced)
    monkeypatch.setattr(work, "worker_count", lambda requested=0: 1)


@pytest.fixture(scope="session")
def bundled_run(tmp_path_factory) -> tuple[dg.ExecuteInProcessResult, Path]:
    out = tmp_path_factory.mktemp("ledger")
    return run_job(ARTICLES, out), out


@pytest.fixture(scope="session")
def ledger(bundled_run):
    _, out = bundled_run
    conn = duckdb.connect(str(out / "ledger.duckdb"), read_only=True)
    yield conn
    conn.close()


@pytest.fixture(scope="session", autouse=True)
def no_process_outlives_the_session():
    """At the end of the session the pools, the forkserver and the resource tracker are stopped, and no
    child process remains."""
    yield
    work.shutdown()
    multiprocessing.forkserver._forkserver._stop()  # noqa: SLF001 - the standard library offers no public stop
    multiprocessing.resource_tracker._resource_tracker._stop()  # noqa: SLF001 - nor for the resource tracker
    left = {pid: _cmdline(pid) for pid in descendants(os.getpid())}
    assert not {pid: cmd for pid, cmd in left.items() if cmd is not None}, f"processes left behind: {left}"


def _cmdline(pid: int) -> str | None:
    """The command line of a live process; None for a zombie or a process that is gone."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            if handle.read().rsplit(")", 1)[1].split()[0] == "Z":
                return None
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
