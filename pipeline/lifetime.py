"""Nothing a run starts outlives it: child processes die with their parent, signals stop a run at once.

Linux only where it matters (``prctl``); elsewhere the calls do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
from collections.abc import Callable

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel kill this process when its parent exits, whatever the cause (kill -9 too).

    ``parent_pid`` is the process expected to be alive now: if it is already
    gone, the request came too late to fire, so this process ends here.
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if not alive(parent_pid):
        os._exit(1)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def exit_on_signals(on_stop: Callable[[int], None]) -> None:
    """From now on, SIGINT or SIGTERM calls ``on_stop(signal)`` and ends the process with 128 + signal.

    The signals are blocked in this thread (and so in every thread started
    after it) and taken by a watcher thread: libraries that replace the Python
    handlers for a run (Dagster defers interrupts until a step ends) cannot
    delay them. Call from the main thread before any other thread starts.
    """
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)

    def watch() -> None:
        number = signal.sigwait(STOP_SIGNALS)
        try:
            on_stop(number)
        finally:
            os._exit(128 + number)

    threading.Thread(target=watch, name="stop-on-signal", daemon=True).start()


def unblock_stop_signals() -> None:
    """For a child process that inherited the blocked signals of ``exit_on_signals``."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (Linux /proc), children first found by their parent's task lists."""
    found: set[int] = set()
    stack = [pid]
    while stack:
        parent = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children") as handle:
                    children = {int(c) for c in handle.read().split()}
            except OSError:
                continue
            stack.extend(children - found)
            found |= children
    return found
