"""One run per output folder: a second run exits at once naming the holder, or waits; stale locks are taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import dagster as dg
import pytest

from pipeline.definitions import CORPUS_ASSETS, build_definitions
from pipeline.runlock import LOCK_NAME, RunLocked, hold, read_holder

from .conftest import ARTICLES, ROOT

HOLDER = """
import sys
from pathlib import Path
from pipeline.runlock import hold
with hold(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def held(tmp_path):
    """Another process holding the lock of tmp_path/out until the test ends."""
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert process.stdout.readline().strip() == "held"
    yield out, process
    process.stdin.close()
    process.wait(timeout=30)


def test_a_second_run_exits_at_once_naming_the_holder(held):
    out, holder = held
    with pytest.raises(RunLocked) as raised:
        with hold(out):
            pass
    assert raised.value.holder["pid"] == holder.pid
    run = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", "--articles", str(ARTICLES), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 75
    assert f"pid {holder.pid} on " in run.stderr and ", started 20" in run.stderr and "--wait" in run.stderr
    assert not (out / "ledger.duckdb").exists() and not (out / ".work").exists()


def test_a_run_launched_like_the_ui_does_fails_at_once_naming_the_holder(held):
    out, holder = held
    job = build_definitions(ARTICLES, out).resolve_job_def("ledger_job")
    result = job.execute_in_process(
        asset_selection=CORPUS_ASSETS, instance=dg.DagsterInstance.ephemeral(), raise_on_error=False
    )
    assert not result.success
    failure = next(
        e for e in result.all_events if e.event_type_value in ("RESOURCE_INIT_FAILURE", "STEP_FAILURE", "RUN_FAILURE")
    )
    assert f"pid {holder.pid} on " in str(failure.event_specific_data.error)
    assert not (out / "ledger.duckdb").exists()


def test_a_waiting_run_starts_when_the_holder_ends(held):
    out, holder = held
    heard, acquired = [], threading.Event()

    def second() -> None:
        with hold(out, wait=True, notify=heard.append):
            acquired.set()

    thread = threading.Thread(target=second)
    thread.start()
    deadline = time.monotonic() + 30
    while not heard and time.monotonic() < deadline:
        time.sleep(0.02)
    assert heard and f"pid {holder.pid}" in heard[0] and not acquired.is_set()
    holder.stdin.close()
    thread.join(timeout=30)
    assert acquired.is_set()


def test_a_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / LOCK_NAME).write_text(json.dumps({"pid": dead.pid, "host": "elsewhere", "started": 1_800_000_000}))
    heard = []
    with hold(out, notify=heard.append):
        assert read_holder(out / LOCK_NAME)["pid"] == os.getpid()
        with hold(out):  # re-entrant within the process that holds it
            pass
    assert len(heard) == 1 and f"pid {dead.pid} on elsewhere, started 2027-01-15" in heard[0]
    assert read_holder(out / LOCK_NAME) == {}  # released cleanly: nothing stale is left


def test_ledger_run_waits_with_wait_and_stops_cleanly_on_sigterm(held, tmp_path):
    out, holder = held
    log = tmp_path / "stderr.log"
    with open(log, "w") as stderr:
        waiting = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "run", "--articles", str(ARTICLES), "--out", str(out), "--wait"],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            cwd=ROOT,
        )
    try:
        deadline = time.monotonic() + 120
        while f"waiting for the run holding {out} (pid {holder.pid} on " not in log.read_text():
            assert waiting.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)
        os.kill(waiting.pid, signal.SIGTERM)
        assert waiting.wait(timeout=30) == 143
    finally:
        if waiting.poll() is None:
            waiting.kill()
            waiting.wait()
    assert "stopped by SIGTERM; it had not started (it was waiting for the lock)." in log.read_text()
    assert read_holder(out / LOCK_NAME)["pid"] == holder.pid
