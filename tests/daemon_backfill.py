"""A backfill run by a real `dagster-daemon` on a PostgreSQL instance (deploy/concurrent), as a cluster runs it:
the test of concurrent runs and `bench/bench_concurrent.py` both drive it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
from dagster._core.execution.backfill import BulkActionStatus, PartitionBackfill
from dagster._core.instance.ref import InstanceRef
from dagster._core.utils import make_new_backfill_id

from pipeline.definitions import build_definitions
from pipeline.defs.partitions import ARTICLE_FILES, RUN_SIZE_VARIABLE
from pipeline.defs.resources import ARTICLES_VARIABLE, OUT_VARIABLE, STORE_VARIABLE

from .postgres_server import postgres_server

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy" / "concurrent"
BIN = Path(sys.executable).parent
WORKSPACE = ["-w", str(DEPLOY / "workspace.yaml")]
PAGE = os.sysconf("SC_PAGE_SIZE")
HEARTBEAT_TIMEOUT = 20  # seconds a code server started by the daemon waits for its heartbeat before it exits


@dataclass
class Backfill:
    status: BulkActionStatus
    runs: list  # the backfill's RunRecords
    seconds: float  # from submitting the backfill to its end
    peak_bytes: int  # resident memory of the daemon's session (code server, runs, their workers), at its peak
    left: dict[int, str]  # processes of the session still alive once the daemon stopped and its code servers timed out
    log: str  # the daemon's output


def session_processes(session: int) -> dict[int, int]:
    """pid -> resident bytes of every live process of a session (the daemon's: its code server and runs stay in it)."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[3]) == session:
            found[int(stat.parent.name)] = int(fields[21]) * PAGE
    return found


def _stop_session(process: subprocess.Popen) -> dict[int, str]:
    """Stop the daemon as Ctrl-C does (it shuts its code servers down), give what it started the time to
    notice (a code server ends when its heartbeats stop: 20 s), then SIGKILL whatever of its session is left;
    returns those (pid -> command line)."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
    deadline = time.monotonic() + HEARTBEAT_TIMEOUT + 10
    while session_processes(process.pid) and time.monotonic() < deadline:
        time.sleep(0.5)
    left = {pid: _cmdline(pid) for pid in session_processes(process.pid)}
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    process.wait()
    return left


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "(gone)"


def overlapping(records) -> list[tuple[str, str]]:
    """The pairs of runs that were running at the same time."""
    spans = [(r.dagster_run.run_id, r.start_time, r.end_time) for r in records if r.start_time and r.end_time]
    return [(a, b) for i, (a, s1, e1) in enumerate(spans) for b, s2, e2 in spans[i + 1 :] if s1 < e2 and s2 < e1]


@contextmanager
def concurrent_instance(home: Path) -> Iterator[tuple[dg.DagsterInstance, dict]]:
    """A PostgreSQL server and a Dagster instance in ``home`` on it (deploy/concurrent/dagster.yaml); yields the
    instance and the environment its processes need; stops the server at the end."""
    home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DEPLOY / "dagster.yaml", home / "dagster.yaml")
    with postgres_server() as url:
        env = {**os.environ, "DAGSTER_HOME": str(home), "DAGSTER_PG_URL": url}
        previous = os.environ.get("DAGSTER_PG_URL")
        os.environ["DAGSTER_PG_URL"] = url  # the instance reads it from its dagster.yaml
        instance = dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home)))
        try:
            yield instance, env
        finally:
            instance.dispose()
            if previous is None:
                os.environ.pop("DAGSTER_PG_URL", None)
            else:
                os.environ["DAGSTER_PG_URL"] = previous


def run_backfill(
    instance: dg.DagsterInstance, env: dict, articles: Path, out: Path, store: Path, per_run: int, timeout: float
) -> Backfill:
    """Backfill every asset over every file of ``articles`` with the daemon, in runs of ``per_run`` partitions."""
    env = {
        **env,
        ARTICLES_VARIABLE: str(articles),
        OUT_VARIABLE: str(out),
        STORE_VARIABLE: str(store),
        RUN_SIZE_VARIABLE: str(per_run),
    }
    # Runs are started here by the backfill, not by the folder sensor (running by default).
    subprocess.run(
        [str(BIN / "dagster"), "sensor", "stop", "article_files_sensor", *WORKSPACE],
        env=env, cwd=ROOT, check=True, capture_output=True,
    )
    instance.add_dynamic_partitions(ARTICLE_FILES.name, sorted(p.name for p in articles.iterdir()))
    graph = build_definitions(articles, out).resolve_asset_graph()
    backfill = PartitionBackfill.from_asset_partitions(
        backfill_id=make_new_backfill_id(),
        asset_graph=graph,
        partition_names=None,
        asset_selection=sorted(graph.materializable_asset_keys),
        backfill_timestamp=time.time(),
        tags={},
        dynamic_partitions_store=instance,
        all_partitions=True,
        title=None,
        description=None,
        run_config=None,
    )
    log_path = out.parent / f"daemon-{backfill.backfill_id}.log"
    with log_path.open("w") as log:
        daemon = subprocess.Popen(
            [str(BIN / "dagster-daemon"), "run", *WORKSPACE],
            env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        peak, stop = [0], threading.Event()

        def sample() -> None:
            while not stop.wait(0.2):
                peak[0] = max(peak[0], sum(session_processes(daemon.pid).values()))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.monotonic()
        instance.add_backfill(backfill)
        try:
            while instance.get_backfill(backfill.backfill_id).status == BulkActionStatus.REQUESTED:
                if daemon.poll() is not None or time.monotonic() - started > timeout:
                    break
                time.sleep(1)
            seconds = time.monotonic() - started
        finally:
            stop.set()
            sampler.join()
            left = _stop_session(daemon)
    return Backfill(
        status=instance.get_backfill(backfill.backfill_id).status,
        runs=instance.get_run_records(dg.RunsFilter(tags={"dagster/backfill": backfill.backfill_id})),
        seconds=seconds,
        peak_bytes=peak[0],
        left=left,
        log=log_path.read_text(errors="replace"),
    )
