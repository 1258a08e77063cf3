"""The Dagster UI as `make ui` opens it after `make run` (python -m pipeline.ui on the run's instance), in
headless Chromium: the catalogue, the tables, a partition's own metadata, and runs launched from the UI."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

import dagster as dg
import duckdb
import pytest

from pipeline.definitions import defs
from pipeline.runner import open_instance, run_ledger_job
from schemas import TABLES

from .browser import chromium, free_port
from .conftest import ARTICLES, ROOT

GRAPH = defs.resolve_asset_graph()
ALL_ASSETS = sorted(key.to_user_string() for key in GRAPH.get_all_asset_keys())
PARTITIONED = [name for name in ALL_ASSETS if GRAPH.get(dg.AssetKey(name)).partitions_def is not None]
FILES = sorted(p.name for p in ARTICLES.iterdir() if p.is_file())
PAGE_WAIT_MS = 30000
RUN_SECONDS = 300


@pytest.fixture(scope="module")
def ui(tmp_path_factory):
    """`ledger run` over the bundled articles, then `python -m pipeline.ui` on its output (ended by Ctrl-C)."""
    out = tmp_path_factory.mktemp("ui") / "out"
    with open_instance(out) as instance:
        result, _ = run_ledger_job(ARTICLES, out, instance, "ERROR")
    assert result.success
    port = free_port()
    log_path = out / "ui.log"
    command = [sys.executable, "-m", "pipeline.ui", "--articles", str(ARTICLES), "--out", str(out), "--port", str(port)]
    with log_path.open("w") as log:
        server = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(240):
            try:
                urllib.request.urlopen(f"{base}/server_info", timeout=2)
                break
            except OSError:
                assert server.poll() is None, log_path.read_text()
                time.sleep(0.5)
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            # the UI's invitation to its community opens over any page a second after it loads on localhost, and
            # takes the clicks meant for the page: mark it seen, as a user who closed it once has
            page.add_init_script("window.localStorage.setItem('communityNux', JSON.stringify('1'))")
            yield page, base, out
    finally:
        os.killpg(server.pid, signal.SIGINT)  # Ctrl-C, as in the terminal of `make ui`
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def _open(page, url: str, text: str) -> str:
    page.goto(url)
    page.get_by_text(text).first.wait_for(timeout=PAGE_WAIT_MS)
    skip = page.get_by_role("button", name="Skip")  # the first visit's newsletter prompt
    if skip.count():
        skip.click()
    return page.inner_text("body")


def _wait_for_all(page, texts: list[str]) -> str:
    """The page's text once every one of ``texts`` is on it (or after PAGE_WAIT_MS, for the asserts to report)."""
    for _ in range(PAGE_WAIT_MS // 500):
        body = page.inner_text("body")
        if all(text in body for text in texts):
            break
        page.wait_for_timeout(500)
    return body


def _count(out, sql: str, params: list | None = None) -> int:
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        return conn.execute(sql, params or []).fetchone()[0]


def test_the_catalogue_lists_every_asset_with_its_partitions_materialised(ui, screenshots):
    page, base, _ = ui
    materialised = f"{len(FILES)} partitions"
    page.set_viewport_size({"width": 1400, "height": 80 * len(ALL_ASSETS) + 300})  # the list renders what is in view
    body = _open(page, f"{base}/assets", materialised)
    for _ in range(60):  # the catalogue fills in each asset's partition status as it arrives
        if body.count(materialised) == len(PARTITIONED):
            break
        page.wait_for_timeout(500)
        body = page.inner_text("body")
    page.screenshot(path=str(screenshots / "ui_catalogue.png"), clip={"x": 0, "y": 0, "width": 1400, "height": 900})
    page.set_viewport_size({"width": 1400, "height": 1000})
    for asset in ALL_ASSETS:
        assert asset in body
    assert body.count(materialised) == len(PARTITIONED)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_a_table_page_shows_its_description_row_count_and_columns(ui, screenshots, table):
    page, base, out = ui
    model = TABLES[table].to_schema()
    description = model.description.split(":")[0].split("(")[0].strip()
    _open(page, f"{base}/assets/{table}", "Row count")
    body = _wait_for_all(page, [description, *model.columns])  # the panels arrive one by one
    page.screenshot(path=str(screenshots / f"ui_{table}.png"), full_page=True)
    rows = _count(out, f"SELECT count(*) FROM {table}")
    assert f"Row count\n{rows:,}" in body or f"Row count\n{rows}" in body
    assert description in body
    for column in model.columns:
        assert column in body


def test_a_partition_page_shows_its_own_article(ui, screenshots):
    page, base, out = ui
    name = FILES[1]
    _open(page, f"{base}/assets/claims?view=partitions&partition={name}", "View all historical events")
    page.get_by_role("button", name="View all historical events").click()
    page.get_by_role("dialog").get_by_text("Observation").click()  # the row opens onto its metadata
    page.get_by_role("dialog").get_by_text("figures").first.wait_for(timeout=PAGE_WAIT_MS)
    page.screenshot(path=str(screenshots / "ui_partition.png"))
    shown = page.get_by_role("dialog").inner_text()
    article = "(SELECT article_id FROM ingest_log WHERE file_name = ?)"
    figures = _count(out, f"SELECT count(*) FROM figures WHERE article_id = {article}", [name])
    claims = _count(out, f"SELECT count(*) FROM claims WHERE article_id = {article}", [name])
    assert re.search(rf"\bfigures\s+{figures}\b", shown) and re.search(rf"\bclaims\s+{claims}\b", shown), shown
    assert figures != _count(out, "SELECT count(*) FROM figures")  # the article's own, not the batch's


def _launch_from_the_job_page(page, base: str, names: list[str], button: str) -> None:
    """ledger_job's page, "Materialize all", the partitions ``names``, then ``button``."""
    _open(page, f"{base}/locations/pipeline.definitions/jobs/ledger_job", "Materialize all")
    page.get_by_role("button", name="Materialize all").click()
    page.get_by_text("Select a partition or create one").click()
    for name in names:
        page.get_by_role("dialog").get_by_text(name).first.click()
    page.keyboard.press("Escape")  # closes the partition list, not the dialog
    page.get_by_role("button", name=button).click()


def _finished_run(out, known: set[str]) -> dg.DagsterRun:
    deadline = time.monotonic() + RUN_SECONDS
    with open_instance(out) as instance:
        while time.monotonic() < deadline:
            runs = [r for r in instance.get_runs() if r.run_id not in known]
            if runs and runs[0].is_finished:
                return runs[0]
            time.sleep(1)
    raise AssertionError("no run finished")


def _run_ids(out) -> set[str]:
    with open_instance(out) as instance:
        return {r.run_id for r in instance.get_runs()}


@pytest.mark.parametrize(
    ("names", "button", "tags"),
    [
        (FILES[-1:], "Launch 1 run", {"dagster/partition": FILES[-1]}),
        # A backfill launched from the job's page runs as ledger_job, its partitions one range in one run.
        (FILES[:2], "Launch backfill", {"dagster/asset_partition_range_start": FILES[0]}),
    ],
)
def test_a_run_launched_from_the_ui_runs_ledger_job_and_publishes(ui, screenshots, names, button, tags):
    page, base, out = ui
    release, known = os.readlink(out / ".current"), _run_ids(out)
    _launch_from_the_job_page(page, base, names, button)
    run = _finished_run(out, known)
    assert run.status == dg.DagsterRunStatus.SUCCESS
    assert run.job_name == "ledger_job" and tags.items() <= run.tags.items()
    assert os.readlink(out / ".current") != release  # a new release of the ledger and site
    body = _open(page, f"{base}/runs/{run.run_id}", "Success")
    page.screenshot(path=str(screenshots / f"ui_run_{len(names)}.png"))
    assert "ledger_job" in body
