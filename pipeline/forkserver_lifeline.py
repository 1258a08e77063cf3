"""Preloaded by the pool's forkserver only: the forkserver dies with the run that started it.

CPython's forkserver exits once every process holding its "alive" pipe has
gone, but each worker holds that pipe too, and a worker dies with its parent,
the forkserver (``work._start_worker``): after a killed run they would keep
each other alive. The run names itself in ``RUN_PID`` before starting the
pool; a process that is not that run's direct child does nothing here.
"""

import os

from pipeline.lifetime import die_with_parent

RUN_PID = "LEDGER_RUN_PID"

if os.environ.get(RUN_PID) == str(os.getppid()):
    die_with_parent(os.getppid())
