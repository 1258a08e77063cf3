"""A private PostgreSQL server (Debian's package) for the tests that need a real Dagster instance database."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Debian installs the server binaries under a versioned folder, outside PATH.
PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"
# PostgreSQL refuses to run as root: as root, the server runs as this user.
SERVER_USER = "nobody"


def pg_bin() -> Path | None:
    """The folder of the newest installed server's binaries (None when PostgreSQL is not installed)."""
    found = sorted(Path("/").glob(PG_BIN_GLOB.lstrip("/")), key=lambda p: int(p.parent.name))
    return found[-1] if found and (found[-1] / "initdb").is_file() else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", SERVER_USER, "--", *command] if os.geteuid() == 0 else command


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a throwaway cluster on a free localhost port (trust authentication, no fsync); yields its
    URL; stops it (and removes its files) on exit, whatever happened."""
    binaries = pg_bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql; `make test` does it)")
    # Not under pytest's tmp_path: its parent folders are private to root, and the server is not root.
    folder = Path(tempfile.mkdtemp(prefix="ledger-pg-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam(SERVER_USER)
        os.chown(folder, user.pw_uid, user.pw_gid)
    data, port = folder / "data", _free_port()
    quiet = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}
    initdb = [str(binaries / "initdb"), "-D", str(data), "-U", "dagster", "--auth=trust", "-E", "UTF8", "--no-sync"]
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    start = [str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
    try:
        subprocess.run(_as_server_user(initdb), **quiet)
        subprocess.run(_as_server_user(start), **quiet)
        # SQLAlchemy 2.1 reads a bare postgresql:// as psycopg 3; dagster-postgres comes with psycopg2.
        yield f"postgresql+psycopg2://dagster@127.0.0.1:{port}/postgres"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                check=False,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        shutil.rmtree(folder, ignore_errors=True)
