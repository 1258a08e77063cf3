"""Publishing under faults: killed runs and concurrent readers never meet a broken ledger."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from .conftest import ARTICLES, ROOT, run_job

GENERATOR = ROOT / "bench" / "make_corpus.py"


def _generate(n: int, folder: Path) -> Path:
    subprocess.run([sys.executable, str(GENERATOR), str(n), str(folder)], check=True, capture_output=True)
    return folder


def _ledger_state(db: Path) -> tuple:
    with duckdb.connect(str(db), read_only=True) as conn:
        return tuple(
            conn.execute(f"SELECT count(*), coalesce(sum(hash(article_id)), 0) FROM {table}").fetchall()[0]
            for table in ("articles", "figures", "claims")
        )


def _site_digest(public: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in public.resolve().rglob("*") if p.is_file()):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def test_a_run_killed_during_figures_leaves_the_published_ledger_intact(tmp_path):
    out = tmp_path / "out"
    assert run_job(ARTICLES, out).success
    before_db, before_site = _ledger_state(out / "ledger.duckdb"), _site_digest(out / "public")

    corpus = _generate(300, tmp_path / "big")
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "run", "--articles", str(corpus), "--out", str(out), "--log-level", "debug"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    killed_in_figures = False
    for line in process.stderr:
        if "STEP_START" in line and '"figures"' in line:
            time.sleep(0.2)
            killed_in_figures = process.poll() is None
            process.kill()
            break
    process.wait(timeout=60)
    assert killed_in_figures, "the run ended before its figures step could be killed"

    assert _ledger_state(out / "ledger.duckdb") == before_db
    assert _site_digest(out / "public") == before_site
    assert (out / "public" / "index.html").is_file()

    assert run_job(corpus, out).success
    assert _ledger_state(out / "ledger.duckdb")[0][0] == 300


READER = """
import sys, time, duckdb
db, stop_file = sys.argv[1], sys.argv[2]
import os
seen = set()
while not os.path.exists(stop_file):
    try:
        with duckdb.connect(db, read_only=True) as conn:
            state = tuple(conn.execute(f"SELECT count(*), coalesce(sum(hash(article_id)), 0) FROM {t}").fetchall()[0] for t in ("articles", "figures", "claims"))
        seen.add(repr(state))
    except Exception as error:
        print("ERROR", type(error).__name__, error, flush=True)
        sys.exit(1)
    time.sleep(0.01)
for state in sorted(seen):
    print(state, flush=True)
"""


def test_a_reader_during_a_run_sees_the_old_or_the_new_ledger(tmp_path):
    out = tmp_path / "out"
    assert run_job(ARTICLES, out).success
    old = _ledger_state(out / "ledger.duckdb")

    corpus = _generate(40, tmp_path / "more")
    for path in ARTICLES.glob("*.txt"):
        shutil.copy(path, corpus / path.name)
    stop = tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(out / "ledger.duckdb"), str(stop)], stdout=subprocess.PIPE, text=True
    )
    # Also hold one read-only connection open for the whole run, as a notebook would.
    holder = duckdb.connect(str(out / "ledger.duckdb"), read_only=True)
    try:
        assert run_job(corpus, out).success
        assert holder.execute("SELECT count(*) FROM articles").fetchall()[0][0] == old[0][0]
    finally:
        holder.close()
        stop.touch()
    output, _ = reader.communicate(timeout=60)
    assert reader.returncode == 0, output
    new = _ledger_state(out / "ledger.duckdb")
    assert new != old
    seen = set(output.splitlines())
    assert seen <= {repr(old), repr(new)}
    assert repr(old) in seen


def test_sync_folder_writes_only_what_changed_and_removes_the_rest(tmp_path):
    from pipeline.publishing import sync_folder

    folder = tmp_path / "docs"
    assert sync_folder(folder, {"a.md": b"A", "sub/b.md": b"B", "sub/c.md": b"C"}) == 3
    os.utime(folder / "a.md", ns=(1, 1))
    assert sync_folder(folder, {"a.md": b"A", "sub/b.md": b"B2"}) == 1
    assert (folder / "a.md").stat().st_mtime_ns == 1  # untouched: a dirty build skips its page
    assert (folder / "sub" / "b.md").read_bytes() == b"B2"
    assert not (folder / "sub" / "c.md").exists()
    assert sync_folder(folder, {}) == 0 and not any(folder.iterdir())
