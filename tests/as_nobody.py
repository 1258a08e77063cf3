"""Running a step as another user (``nobody``), for the tests of permissions that root would not meet."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _why_not() -> str | None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return "needs root and setpriv to run a step as another user"
    # Tried rather than read off the permission bits: a checkout in a 0700 temporary folder is out of reach.
    probe = [
        *NOBODY,
        sys.executable,
        "-I",
        "-S",
        "-c",
        "import sys; open(sys.argv[1]).close()",
        str(ROOT / "pipeline" / "__init__.py"),
    ]
    if subprocess.run(probe, capture_output=True, timeout=60).returncode != 0:
        return f"user nobody cannot read the checkout {ROOT}"
    return None


_REASON = _why_not()
as_nobody = pytest.mark.skipif(_REASON is not None, reason=_REASON or "")
