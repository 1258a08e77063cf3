"""The Dagster UI as `make ui` opens it after `make run`: `dagster dev` on the run's instance, in headless Chromium."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from pipeline.defs.resources import ARTICLES_VARIABLE, EVENT_LOG_VARIABLE, OUT_VARIABLE
from pipeline.runner import open_instance, run_ledger_job
from schemas import REGISTRY

from .browser import chromium
from .conftest import ARTICLES, ROOT

DAGSTER = Path(os.sys.executable).with_name("dagster")
PARTITIONED = ["articles", "sentences", "entities", "figures", "claims", "narrative_tags"]
ALL_ASSETS = [*PARTITIONED, "working_ledger", "narratives", "ledger_db", "site_pages", "site"]
PAGE_WAIT_MS = 30000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def ui(tmp_path_factory):
    """`ledger run` over the bundled articles, then `dagster dev` on OUT/.dagster (stopped with its processes)."""
    out = tmp_path_factory.mktemp("ui") / "out"
    with open_instance(out) as instance:
        result, _ = run_ledger_job(ARTICLES, out, instance, "ERROR")
    assert result.success
    home = out / ".dagster"
    port = _free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        EVENT_LOG_VARIABLE: str(home / "history" / "runs"),
        ARTICLES_VARIABLE: str(ARTICLES),
        OUT_VARIABLE: str(out),
        "PYTHONPATH": str(ROOT),  # this checkout's pipeline, whatever the venv has installed
    }
    command = [str(DAGSTER), "dev", "-m", "pipeline.definitions", "-h", "127.0.0.1", "-p", str(port)]
    log = (out / "dagster-dev.log").open("w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(240):
            try:
                urllib.request.urlopen(f"{base}/server_info", timeout=2)
                break
            except OSError:
                assert server.poll() is None, (out / "dagster-dev.log").read_text()
                time.sleep(0.5)
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            yield page, base, out
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # dagster dev's own process group: webserver, daemon, code server
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def _open(page, url: str, text: str) -> str:
    page.goto(url)
    page.get_by_text(text).first.wait_for(timeout=PAGE_WAIT_MS)
    return page.inner_text("body")


def test_the_catalogue_lists_every_asset_with_its_partitions_materialised(ui, screenshots):
    page, base, _ = ui
    materialised = f"{len(list(ARTICLES.glob('*.txt')))} partitions"
    body = _open(page, f"{base}/assets", materialised)
    for _ in range(60):  # the catalogue fills in each asset's partition status as it arrives
        if body.count(materialised) == len(PARTITIONED):
            break
        page.wait_for_timeout(500)
        body = page.inner_text("body")
    page.screenshot(path=str(screenshots / "ui_catalogue.png"), full_page=True)
    for asset in ALL_ASSETS:
        assert asset in body
    assert body.count(materialised) == len(PARTITIONED)


@pytest.mark.parametrize("table", ["figures", "claims", "narratives"])
def test_a_table_page_shows_its_row_count_and_columns(ui, screenshots, table):
    page, base, out = ui
    body = _open(page, f"{base}/assets/{table}", "Row count")
    page.screenshot(path=str(screenshots / f"ui_{table}.png"), full_page=True)
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        rows = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    assert f"Row count\n{rows:,}" in body or f"Row count\n{rows}" in body
    for column in REGISTRY[table].model.to_schema().columns:
        assert column in body
