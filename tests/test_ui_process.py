"""`make ui` (python -m pipeline.ui): Ctrl-C stops every process it started, even while a run is busy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from .browser import free_port
from .conftest import ROOT

GENERATOR = ROOT / "bench" / "make_corpus.py"
# Enough articles for the pool to start and the run to stay busy for a while after its first step.
ARTICLES = 240


def _started_by(marker: str) -> dict[int, str]:
    """Live processes whose environment holds ``marker`` (everything the UI starts inherits it)."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as handle:
                if marker.encode() not in handle.read().split(b"\0"):
                    continue
            with open(f"/proc/{entry}/stat") as handle:
                if handle.read().rsplit(")", 1)[1].split()[0] == "Z":
                    continue
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                found[int(entry)] = handle.read().replace(b"\0", b" ").decode(errors="replace")[:120]
        except OSError:
            continue
    return found


def _wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.5)


@pytest.mark.parametrize("signal_number", [signal.SIGINT])
def test_ctrl_c_stops_every_process_while_a_run_is_busy(tmp_path, signal_number):
    articles, out = tmp_path / "articles", tmp_path / "out"
    subprocess.run([sys.executable, str(GENERATOR), str(ARTICLES), str(articles)], check=True, capture_output=True)
    marker = f"LEDGER_UI_TEST={tmp_path}"
    env = {**os.environ, "LEDGER_UI_TEST": str(tmp_path)}
    log = (tmp_path / "ui.log").open("w")
    command = [sys.executable, "-m", "pipeline.ui", "--articles", str(articles), "--out", str(out)]
    command += ["--port", str(free_port())]
    # As a terminal runs `make ui`: a foreground process group of its own, which Ctrl-C signals whole.
    ui = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        # The sensor finds the folder new and asks for a run; wait until its steps are under way.
        _wait_for(lambda: "STEP_START" in (tmp_path / "ui.log").read_text(errors="replace"), 240, "a run to start")
        time.sleep(3)
        busy = _started_by(marker)
        assert any("spawn_main" in cmd or "execute_run" in cmd for cmd in busy.values()), busy
        os.killpg(ui.pid, signal_number)
        ui.wait(60)
        _wait_for(lambda: not _started_by(marker), 10, f"processes to end: {_started_by(marker)}")
        assert ui.returncode == 130
    finally:
        for pid in _started_by(marker):
            os.kill(pid, signal.SIGKILL)
        if ui.poll() is None:
            ui.kill()
            ui.wait()
        log.close()
