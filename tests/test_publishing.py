"""Publishing under faults: killed or stopped runs and concurrent readers never meet a broken or
mismatched ledger and site; the ledger and its site are published together."""

from __future__ import annotations

import gzip

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
import yaml

from pipeline.lifetime import descendants
from pipeline.publishing import current_release, publish_release, remove_tree
from pipeline.work import MIN_POOL_BATCH

from .conftest import ARTICLES, ROOT, _cmdline, run_job

GENERATOR = ROOT / "bench" / "make_corpus.py"
POOL_CORPUS = MIN_POOL_BATCH  # the fewest files that make a run start its pool of workers


def _generate(n: int, folder: Path) -> Path:
    subprocess.run([sys.executable, str(GENERATOR), str(n), str(folder)], check=True, capture_output=True)
    return folder


def _ledger_state(db: Path) -> tuple:
    with duckdb.connect(str(db), read_only=True) as conn:
        return tuple(
            conn.execute(f"SELECT count(*), coalesce(sum(hash(article_id)), 0) FROM {table}").fetchall()[0]
            for table in ("articles", "figures", "claims")
        )


def _published(out: Path) -> tuple:
    """The published release, checked whole: the ledger and the site resolve into the same release,
    the ledger is readable, and the site carries that very ledger (its download is a byte copy)."""
    ledger, public = (out / "ledger.duckdb").resolve(), (out / "public").resolve()
    assert ledger.parent == public.parent == (out / ".current").resolve()
    assert (public / "index.html").is_file()
    assert gzip.decompress((public / "data" / "ledger.duckdb.gz").read_bytes()) == ledger.read_bytes()
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        articles = tuple(sorted(r[0] for r in conn.execute("SELECT article_id FROM articles").fetchall()))
    assert set(articles) == {p.stem for p in (public / "articles").glob("*.html")} - {"index"}
    return ledger.parent.name, articles


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The bundled articles published once, to an output path that YAML would misread if formatted in."""
    out = tmp_path_factory.mktemp("publish") / "out #1: [a] & 'b'"
    assert run_job(ARTICLES, out).success
    return out


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> dict[int, Path]:
    root = tmp_path_factory.mktemp("corpora")
    return {n: _generate(n, root / str(n)) for n in (POOL_CORPUS, 8)}


def test_a_path_with_yaml_syntax_reaches_mkdocs_intact(published):
    config = yaml.safe_load((published / ".work" / "site" / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["docs_dir"] == str(published.resolve() / ".work" / "site" / "docs")
    assert len(_published(published)[1]) == len(list(ARTICLES.glob("*.txt")))


def _start_run(corpus: Path, out: Path, log: Path, workers: int) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "run",
        "--articles",
        str(corpus),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--log-level",
        "debug",
    ]
    with open(log, "w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, cwd=ROOT)
    process.log = log
    return process


def _poll(condition, what: str, process: subprocess.Popen, seconds: float = 180):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        assert process.poll() is None, f"the run ended (exit {process.returncode}) before {what}"
        time.sleep(0.05)
    raise AssertionError(f"no {what} within {seconds} s")


def _pool_started(process: subprocess.Popen) -> set[int]:
    """The run's descendants once its pool has done one step and waits for the next: the forkserver,
    the workers (idle, the hardest to stop: each holds the forkserver's pipe open) and the resource tracker."""

    def second_step():
        started = any("STEP_START" in line and '"sentences"' in line for line in process.log.read_text().splitlines())
        return started and (found := descendants(process.pid)) and len(found) >= 3 and found

    return _poll(second_step, "pool of workers in the second step", process)


def _site_build_started(process: subprocess.Popen) -> set[int]:
    def building():
        found = descendants(process.pid)
        return found if any("pipeline.sitegen.mkdocs_build" in (_cmdline(pid) or "") for pid in found) else None

    return _poll(building, "MkDocs build", process)


def _all_gone(pids: set[int], seconds: float = 20) -> dict[int, str]:
    """The processes of ``pids`` still alive after a bounded wait (zombies count as gone)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = {pid: cmd for pid in pids if (cmd := _cmdline(pid)) is not None}
        if not left:
            return {}
        time.sleep(0.1)
    return left


@pytest.mark.parametrize(
    ("files", "workers", "step", "signal_number", "exit_code"),
    [
        (POOL_CORPUS, 2, _pool_started, signal.SIGKILL, -signal.SIGKILL),  # kill -9 during extraction
        (8, 1, _site_build_started, signal.SIGKILL, -signal.SIGKILL),  # kill -9 during the site build
        (POOL_CORPUS, 2, _pool_started, signal.SIGTERM, 128 + signal.SIGTERM),  # stopped during extraction
        (8, 1, _site_build_started, signal.SIGINT, 128 + signal.SIGINT),  # Ctrl-C during the site build
    ],
    ids=["kill-extraction", "kill-site-build", "term-extraction", "int-site-build"],
)
def test_a_stopped_run_leaves_the_previous_release_and_no_process(
    published, corpora, tmp_path, files, workers, step, signal_number, exit_code
):
    before = _published(published)
    corpus = corpora[files]
    log = tmp_path / "stderr.log"
    process = _start_run(corpus, published, log, workers)
    try:
        children = step(process)
        children |= descendants(process.pid)
        os.kill(process.pid, signal_number)
        assert process.wait(timeout=60) == exit_code, log.read_text()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert _all_gone(children) == {}
    assert _published(published) == before
    if signal_number != signal.SIGKILL:
        assert (
            f"stopped by {signal.Signals(signal_number).name}; the previous ledger and site are unchanged."
            in log.read_text()
        )


def test_the_next_run_clears_what_a_killed_run_staged_and_publishes(published, corpora):
    corpus = corpora[8]
    leftover = published / ".releases" / ".staging-killed-run"
    (leftover / "public").mkdir(parents=True)
    before, _ = _published(published)
    assert run_job(corpus, published).success
    release, articles = _published(published)
    assert release != before and len(articles) == 8
    assert not leftover.exists()
    assert sorted(p.name for p in (published / ".releases").iterdir()) == sorted([before, release])


def test_publish_release_switches_both_and_keeps_two(tmp_path):
    out = tmp_path / "out"
    # An output folder of the older layout: a ledger file, and public/ linked to a site folder.
    (out / ".public" / "abc").mkdir(parents=True)
    (out / "ledger.duckdb").write_bytes(b"old ledger")
    (out / "public").symlink_to(".public/abc")
    for n in range(3):
        staging = out / ".releases" / f".staging-{n}"
        (staging / "public").mkdir(parents=True)
        (staging / "ledger.duckdb").write_bytes(f"ledger {n}".encode())
        (staging / "public" / "index.html").write_text(f"site {n}")
        publish_release(out, staging, f"2026-{n}")
        assert current_release(out) == f"2026-{n}"
        assert (out / "ledger.duckdb").read_bytes() == f"ledger {n}".encode()
        assert (out / "public" / "index.html").read_text() == f"site {n}"
    assert sorted(p.name for p in (out / ".releases").iterdir()) == ["2026-1", "2026-2"]
    assert not (out / ".public").exists()
    with pytest.raises(FileNotFoundError):
        publish_release(out, out / ".releases" / ".staging-empty", "2026-9")


def _ledger_state(db: Path) -> tuple:
    with duckdb.connect(str(db), read_only=True) as conn:
        return tuple(
            conn.execute(f"SELECT count(*), coalesce(sum(hash(article_id)), 0) FROM {table}").fetchall()[0]
            for table in ("articles", "figures", "claims")
        )


READER = """
import sys, time, duckdb
db, stop_file = sys.argv[1], sys.argv[2]
import os
seen = set()
while not os.path.exists(stop_file):
    try:
        with duckdb.connect(db, read_only=True) as conn:
            state = tuple(
                conn.execute(f"SELECT count(*), coalesce(sum(hash(article_id)), 0) FROM {t}").fetchall()[0]
                for t in ("articles", "figures", "claims")
            )
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
    assert sync_folder(folder, {"a.md": b"A", "sub/b.md": b"B", "sub/c.md": b"C"}.items()) == 3
    os.utime(folder / "a.md", ns=(1, 1))
    assert sync_folder(folder, iter({"a.md": b"A", "sub/b.md": b"B2"}.items())) == 1
    assert (folder / "a.md").stat().st_mtime_ns == 1  # untouched: a dirty build skips its page
    assert (folder / "sub" / "b.md").read_bytes() == b"B2"
    assert not (folder / "sub" / "c.md").exists()
    # None: the file there is current (a page whose inputs did not change), kept unread
    assert sync_folder(folder, iter({"a.md": None, "sub/b.md": b"B3"}.items())) == 1
    assert (folder / "a.md").read_bytes() == b"A" and (folder / "a.md").stat().st_mtime_ns == 1
    with pytest.raises(FileNotFoundError):
        sync_folder(folder, [("gone.md", None)])
    assert sync_folder(folder, []) == 0 and not any(folder.iterdir())


def test_stage_site_shares_the_unchanged_files_of_the_published_site_and_copies_the_rest(tmp_path):
    from pipeline.publishing import stage_site

    build, first, second = tmp_path / "build", tmp_path / "r1", tmp_path / "r2"
    (build / "sub").mkdir(parents=True)
    for name, content in {"a.html": "A", "sub/b.html": "B", "sub/c.html": "C"}.items():
        (build / name).write_text(content)
    assert stage_site(build, first, None) == (3, 3, 3)  # nothing published yet: all copied
    time.sleep(0.01)
    # Rewritten in place by the next build, as MkDocs writes: the same size, a later modification time
    (build / "sub" / "b.html").write_text("b")
    (build / "d.html").write_text("D")
    assert stage_site(build, second, first) == (4, 4, 2)
    assert (second / "a.html").stat().st_ino == (first / "a.html").stat().st_ino
    assert (second / "sub" / "b.html").read_text() == "b" and (first / "sub" / "b.html").read_text() == "B"
    # The build writing in place again leaves both releases as they were published.
    (build / "a.html").write_text("A2")
    assert (first / "a.html").read_text() == (second / "a.html").read_text() == "A"
    assert sorted(p.relative_to(second).as_posix() for p in second.rglob("*.html")) == [
        "a.html",
        "d.html",
        "sub/b.html",
        "sub/c.html",
    ]


def test_remove_tree_removes_files_folders_and_links_without_following_them(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "kept.txt").write_text("kept")
    tree = tmp_path / "release"
    for folder in ("a", "a/b", "c"):
        (tree / folder).mkdir(parents=True)
    for n in range(1_100):  # more than one batch of a folder
        (tree / "a" / f"{n}.html").write_text(str(n))
    (tree / "a" / "b" / "deep.txt").write_text("deep")
    (tree / "c" / "to_file").symlink_to(outside / "kept.txt")
    (tree / "c" / "to_folder").symlink_to(outside)
    (tree / "c" / "dangling").symlink_to(tmp_path / "missing")
    remove_tree(tree, threads=3)
    assert not tree.exists() and not tree.is_symlink()
    assert (outside / "kept.txt").read_text() == "kept"
    remove_tree(tmp_path / "missing")  # as rmtree(ignore_errors=True): nothing to remove is no error
