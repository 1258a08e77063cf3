"""`ledger run` over a folder of hostile and unlucky entries: it exits 0, keeps every readable
article and reports every other entry with its own reason."""

from __future__ import annotations

import errno
import html

import duckdb
import pytest

from pipeline import cli, work
from pipeline.extraction import files
from pipeline.runner import plan_run

from .browser import chromium, serve
from .hostile_corpus import write_hostile_corpus
from .test_site_titles import _no_script_ran


def _refuse_to_open(names: set[str]):
    """open_regular as it behaves for a user without read permission on ``names``
    (the tests run as root, whom permission bits do not stop)."""
    real = files.open_regular

    def open_regular(path):
        if path.name in names:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    return open_regular


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    expected = write_hostile_corpus(root / "articles")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(files, "open_regular", _refuse_to_open(expected.unreadable))
        status = cli.main(
            [
                "run",
                "--articles",
                str(root / "articles"),
                "--out",
                str(root / "out"),
                "--workers",
                "1",
                "--log-level",
                "error",
            ]
        )
        again = plan_run(root / "articles", root / "out")
    with duckdb.connect(str(root / "out" / "ledger.duckdb"), read_only=True) as conn:
        log = {
            name: (status_, reason)
            for name, status_, reason in conn.execute("SELECT file_name, status, reason FROM ingest_log").fetchall()
        }
        stored = {name for (name,) in conn.execute("SELECT file_name FROM articles").fetchall()}
    page = (root / "out" / "public" / "ingest.html").read_text(encoding="utf-8")
    return status, expected, log, stored, again, page, root / "out" / "public"


def test_the_run_exits_0(hostile_run):
    status, *_ = hostile_run
    assert status == 0


def test_every_readable_article_is_stored(hostile_run):
    _, expected, log, stored, *_ = hostile_run
    assert {name for name, (status, _) in log.items() if status == "ingested"} == expected.stored
    assert stored == expected.stored


def test_every_refusal_is_reported_with_its_own_reason(hostile_run):
    _, expected, log, *_ = hostile_run
    refused = {name: reason for name, (status, reason) in log.items() if status == "refused"}
    assert set(refused) == set(expected.refused)
    wrong = {name: refused[name] for name, part in expected.refused.items() if part not in (refused[name] or "")}
    assert not wrong


def test_rewritten_names_are_noted(hostile_run):
    _, expected, log, *_ = hostile_run
    assert expected.noted
    for name, part in expected.noted.items():
        status, reason = log[name]
        assert status == "ingested" and part in reason, (name, reason)


def test_the_log_and_the_ingest_page_list_every_entry(hostile_run):
    _, expected, log, _, _, page, _ = hostile_run
    assert set(log) == expected.stored | set(expected.refused)
    assert [name for name in log if html.escape(name, quote=False) not in page] == []


def test_a_second_run_finds_nothing_to_redo(hostile_run):
    """Shown names and the fingerprints of refused entries are stable: nothing is re-read for nothing."""
    *_, again, _, _ = hostile_run
    assert again.stale == () and again.deleted == ()


def test_an_article_whose_extraction_raises_is_rejected_alone(tmp_path, monkeypatch):
    """A failure inside one article's step becomes that article's rejected row; the others keep their rows."""
    articles = tmp_path / "articles"
    expected = write_hostile_corpus(articles)
    real = work.figure_rows
    victim = "ordinary-1.txt"

    def figure_rows(article, sentences):
        if "资本开支将达到127亿元" in article["text_original"]:  # body(1), ordinary-1.txt
            raise RecursionError("maximum recursion depth exceeded")
        return real(article, sentences)

    monkeypatch.setattr(work, "figure_rows", figure_rows)
    monkeypatch.setattr(files, "open_regular", _refuse_to_open(expected.unreadable))
    assert (
        cli.main(
            [
                "run",
                "--articles",
                str(articles),
                "--out",
                str(tmp_path / "out"),
                "--workers",
                "1",
                "--log-level",
                "error",
            ]
        )
        == 0
    )
    with duckdb.connect(str(tmp_path / "out" / "ledger.duckdb"), read_only=True) as conn:
        victim_id = conn.execute("SELECT article_id FROM ingest_log WHERE file_name = ?", [victim]).fetchall()[0][0]
        rejected = conn.execute(
            "SELECT json_extract_string(row_json, '$.article_id'), reason FROM rejected_rows WHERE table_name = "
            "'figures'"
        ).fetchall()
        with_figures = {a for (a,) in conn.execute("SELECT DISTINCT article_id FROM figures").fetchall()}
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        claims_of_victim = conn.execute("SELECT count(*) FROM claims WHERE article_id = ?", [victim_id]).fetchall()[0][
            0
        ]
    assert rejected == [(victim_id, "figure_rows failed: RecursionError: maximum recursion depth exceeded")]
    assert victim_id not in with_figures and len(with_figures) == n_articles - 1
    assert claims_of_victim > 0  # the later steps still ran for it


def test_no_page_of_the_published_site_runs_script(hostile_run):
    """The site `ledger run` published from the hostile folder, every page opened in Chromium."""
    public = hostile_run[-1]
    pages = sorted(p.relative_to(public).as_posix() for p in public.rglob("*.html"))
    with chromium() as browser, serve(public) as base:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for relative in pages:
            assert page.goto(f"{base}/{relative}").ok, relative
            _no_script_ran(page, dialogs, relative)
    assert len(pages) > 20
    # The payloads did reach the site, as text.
    assert "&lt;img src=x onerror=&quot;" in (public / "articles" / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=window.__pwned=1&gt;.txt" in (public / "ingest.html").read_text(encoding="utf-8")
