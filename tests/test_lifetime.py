"""Child processes die with their parent; a run's work runs off the main thread and hands back its outcome."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from pipeline.lifetime import alive, descendants, run_off_main_thread

from .conftest import ROOT
from .test_publishing import _all_gone

# A parent that starts a child asking to die with it, prints the child's pid, then waits.
PARENT = """
import subprocess, sys
child = subprocess.Popen([sys.executable, "-c", sys.argv[1], str(__import__("os").getpid())])
print(child.pid, flush=True)
sys.stdin.read()
"""
CHILD_TIED = (
    "import sys, time; from pipeline.lifetime import die_with_parent; die_with_parent(int(sys.argv[1])); time.sleep(60)"
)
CHILD_LATE = (
    "import sys, time; from pipeline.lifetime import die_with_parent; "
    "time.sleep(1); die_with_parent(int(sys.argv[1])); time.sleep(60)"
)


@pytest.mark.parametrize("child", [CHILD_TIED, CHILD_LATE], ids=["tied", "parent-gone-before-the-request"])
def test_a_child_dies_with_its_killed_parent(child):
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, child], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    child_pid = int(parent.stdout.readline())
    assert descendants(parent.pid) == {child_pid}
    if child is CHILD_TIED:
        _wait_until_sleeping(child_pid)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    assert _all_gone({child_pid}) == {}


def _wait_until_sleeping(pid: int) -> None:
    """Until the child has imported and asked to be tied (it then sleeps in time.sleep)."""
    import time

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with open(f"/proc/{pid}/wchan") as handle:
            if "nanosleep" in handle.read():
                return
        time.sleep(0.02)


def test_run_off_main_thread_hands_back_the_value_or_the_error():
    assert run_off_main_thread(lambda: 42) == 42
    with pytest.raises(ZeroDivisionError):
        run_off_main_thread(lambda: 1 / 0)


def test_alive():
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    assert alive(os.getpid()) and not alive(finished.pid)


# Exits through exit_now with what it printed still buffered and a handler registered with atexit.
EXITING = """
import atexit, sys
from pipeline.lifetime import exit_now
atexit.register(lambda: print("handler ran", file=sys.stderr))
print("buffered", end="")
sys.stderr.write("also buffered")
exit_now(int(sys.argv[1]))
"""


@pytest.mark.parametrize("status", [0, 1, 75])
def test_exit_now_keeps_the_status_the_output_and_the_atexit_handlers(status):
    done = subprocess.run(
        [sys.executable, "-c", EXITING, str(status)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout) == (status, "buffered")
    assert done.stderr == "also bufferedhandler ran\n"


def test_the_ledger_command_exits_with_mains_status(tmp_path):
    """``python -m pipeline.cli`` ends through ``cli.entry``: a ledger that is not there gives main's 2."""
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "narratives", "suggest", "--ledger", str(tmp_path / "none.duckdb")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "no ledger at" in done.stderr
