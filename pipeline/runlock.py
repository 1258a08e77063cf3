"""One run at a time per output folder: an exclusive flock on OUT/.lock, which names its holder.

The kernel releases a flock when its process dies, so a lock left by a killed
run is simply taken over; the holder's pid, host and start time written in the
file are only there to tell the next run who is (or was) in the way.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".lock"

# Re-entrant within a process: the runner holds the lock around the plan and the job,
# and the job's own resources take it again.
_HELD: dict[Path, list[int]] = {}  # lock path -> [descriptor, depth]


class RunLocked(Exception):
    def __init__(self, out: Path, holder: dict):
        self.out, self.holder = out, holder
        super().__init__(f"another run is publishing to {out}: {describe(holder)}")


def describe(holder: dict) -> str:
    if not holder:
        return "holder unknown"
    started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(holder.get("started", 0)))
    return f"pid {holder.get('pid')} on {holder.get('host')}, started {started}"


def read_holder(lock_file: Path) -> dict:
    try:
        return json.loads(lock_file.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}


def acquire(out: Path, wait: bool = False, notify: Callable[[str], None] = lambda message: None) -> None:
    """Take the output folder's lock; raise ``RunLocked`` at once when another process has it,
    or with ``wait`` block until it is free. ``notify`` hears about waiting and stale holders."""
    out.mkdir(parents=True, exist_ok=True)
    path = (out / LOCK_NAME).resolve()
    if path in _HELD:
        _HELD[path][1] += 1
        return
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = read_holder(path)
            if not wait:
                raise RunLocked(out, holder) from None
            notify(f"waiting for the run holding {out} ({describe(holder)})")
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        else:
            previous = read_holder(path)
            if previous.get("pid"):
                notify(
                    f"took over the lock of {out} left by a run that ended without releasing it ({describe(previous)})"
                )
        record = {"pid": os.getpid(), "host": socket.gethostname(), "started": int(time.time())}
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, json.dumps(record).encode(), 0)
    except BaseException:
        os.close(descriptor)
        raise
    _HELD[path] = [descriptor, 1]


def release(out: Path) -> None:
    path = (out / LOCK_NAME).resolve()
    if path not in _HELD:  # never taken (acquire failed)
        return
    _HELD[path][1] -= 1
    if _HELD[path][1] == 0:
        descriptor = _HELD.pop(path)[0]
        os.ftruncate(descriptor, 0)  # released cleanly: nothing left to call stale
        os.close(descriptor)  # closing the descriptor releases the flock


@contextmanager
def hold(out: Path, wait: bool = False, notify: Callable[[str], None] = lambda message: None) -> Iterator[None]:
    acquire(out, wait, notify)
    try:
        yield
    finally:
        release(out)
