"""`make ui`: the Dagster UI (``dagster dev``) on the instance `ledger run` writes, stopped whole by Ctrl-C.

On Ctrl-C ``dagster dev`` stops its webserver and daemon, but a run in progress keeps its code server,
run process and pool workers alive until their heartbeat times out (about 45 s), holding the output
folder's lock. So ``dagster dev`` runs in a process group of its own: on Ctrl-C (or SIGTERM) this
process passes the interrupt on, gives ``dagster dev`` GRACE_SECONDS to shut down, then ends whatever
is left of the group. A run stopped so is marked failed and the next run redoes its files.

    python -m pipeline.ui [--articles DIR] [--out DIR] [--host 127.0.0.1] [--port 3000]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline.defs.resources import ARTICLES_VARIABLE, EVENT_LOG_VARIABLE, OUT_VARIABLE, PROJECT_ROOT, configured_paths
from pipeline.event_store import BATCH_SIZE, BATCH_VARIABLE, PLANNED_AS_SUBSET, PLANNED_VARIABLE
from pipeline.runner import instance_home

GRACE_SECONDS = 20  # dagster dev waits for its webserver and daemon; seen taking 10-15 s on a busy machine
KILL_AFTER_SECONDS = 5  # between SIGTERM and SIGKILL for what is left


def ui_environment(articles: Path, out: Path) -> dict[str, str]:
    """The environment `dagster dev` needs to open the instance and the folders of `ledger run`."""
    home = instance_home(out)
    return {
        **os.environ,
        # This checkout's pipeline, whatever the environment has installed.
        "PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "DAGSTER_HOME": str(home),
        EVENT_LOG_VARIABLE: str(home / "history" / "runs"),
        BATCH_VARIABLE: os.environ.get(BATCH_VARIABLE, BATCH_SIZE),
        PLANNED_VARIABLE: os.environ.get(PLANNED_VARIABLE, PLANNED_AS_SUBSET),
        ARTICLES_VARIABLE: str(articles.resolve()),
        OUT_VARIABLE: str(out.resolve()),
    }


def group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def end_group(group: int) -> None:
    """SIGTERM to every process left in ``group``, SIGKILL to those still there KILL_AFTER_SECONDS later."""
    for number, wait in ((signal.SIGTERM, KILL_AFTER_SECONDS), (signal.SIGKILL, 0)):
        try:
            os.killpg(group, number)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and group_alive(group):
            time.sleep(0.1)


def serve(command: list[str], env: dict[str, str]) -> int:
    """Run ``command`` in a process group of its own until it exits or a stop signal comes; then end the group."""
    process = subprocess.Popen(command, env=env, cwd=PROJECT_ROOT, start_new_session=True)
    stopping: list[float] = []

    def stop(_number, _frame) -> None:
        if not stopping:
            stopping.append(time.monotonic() + GRACE_SECONDS)
            try:
                os.killpg(process.pid, signal.SIGINT)
            except ProcessLookupError:
                pass

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, stop)
    try:
        while process.poll() is None and not (stopping and time.monotonic() > stopping[0]):
            time.sleep(0.2)
    finally:
        end_group(process.pid)
        process.wait()
    return 130 if stopping else process.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.ui", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, help="the articles folder (default: data/articles)")
    parser.add_argument("--out", type=Path, help="the output folder of `ledger run` (default: data)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default="3000")
    args = parser.parse_args(argv)
    articles, out = configured_paths(args.articles, args.out)
    dagster = Path(sys.executable).with_name("dagster")
    command = [str(dagster), "dev", "-m", "pipeline.definitions", "-h", args.host, "-p", args.port]
    return serve(command, ui_environment(articles, out))


if __name__ == "__main__":
    sys.exit(main())
