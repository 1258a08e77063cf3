"""End to end: the whole job over the bundled corpus, into a temporary folder."""

from __future__ import annotations

import hashlib
import json

import pytest

from pipeline.cli import main as ledger_main
from pipeline.definitions import defs
from schemas import TABLES

from .conftest import ARTICLES, run_job
from .test_narratives import EXPECTED_TOP, TOP

JUNK_LINES_002 = [
    "走,我们去找个地方烤红薯",
    "八式太极拳",
    "孺子可教也!",
    "今天晚上咱们一起去偷瓜",
    "小白也能学会的太极拳法",
    "太极八法五步",
]
TITLE_002 = "AI 热潮遇上最古老的风险:瓶颈与基准利率"


def test_run_succeeds_and_every_check_passes(bundled_run):
    result, _ = bundled_run
    assert result.success
    evaluations = [e.event_specific_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    assert len(evaluations) == len(defs.resolve_asset_graph().asset_check_keys)
    assert [e.check_name for e in evaluations if not e.passed] == []


# Empty on the bundled corpus by design: nothing is rejected, and no bundled article has a date, so
# no narrative has a place on a timeline (tests/test_discovered_narratives.py fills it).
EMPTY_ON_BUNDLED = {"rejected_rows", "narrative_timeline"}


@pytest.mark.parametrize("table", [name for name in TABLES if name not in EMPTY_ON_BUNDLED])
def test_every_table_has_rows(ledger, table):
    assert ledger.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] > 0


def test_undated_articles_leave_the_timeline_empty(ledger):
    assert ledger.execute("SELECT count(*) FROM articles WHERE published IS NOT NULL").fetchall() == [(0,)]
    assert ledger.execute("SELECT count(*) FROM narrative_timeline").fetchall() == [(0,)]


def test_nothing_rejected_on_the_bundled_corpus(ledger):
    assert ledger.execute("SELECT count(*) FROM rejected_rows").fetchall()[0][0] == 0


def test_traditional_article_is_detected(ledger):
    scripts = dict(ledger.execute("SELECT file_name, script FROM articles").fetchall())
    assert scripts["001_ee0052c72febbc89.txt"] == "traditional"
    assert scripts["000_556d54d658501a25.txt"] == "simplified"


def test_junk_is_stripped_from_002(ledger):
    article_id, title = ledger.execute(
        "SELECT article_id, title FROM articles WHERE file_name = '002_f0bc65aeca9a6a14.txt'"
    ).fetchall()[0]
    assert title == TITLE_002
    sentences = [
        row[0] for row in ledger.execute("SELECT text FROM sentences WHERE article_id = ?", [article_id]).fetchall()
    ]
    assert sentences
    for junk in JUNK_LINES_002 + ["【声明】", "读者评论", "商家优惠", "不代表本站意见"]:
        assert not any(junk in s for s in sentences), junk


def test_figures_trace_to_their_quotes(ledger):
    rows = ledger.execute(
        'SELECT a.text_original, f.start, f."end", f.quote FROM figures f JOIN articles a USING (article_id)'
    ).fetchall()
    assert rows
    assert all(text[start:end] == quote for text, start, end, quote in rows)


def test_site_is_published(bundled_run):
    _, out = bundled_run
    public = out / "public"
    assert public.is_symlink() and (public / "index.html").is_file()
    assert (public / "data" / "figures.parquet").is_file()
    index = json.loads((public / "search" / "index.json").read_text())
    assert {s["name"]: s["pages"] for s in index["shards"]}["site"] > 0
    assert len(list((public / "search" / "b").iterdir())) == index["buckets"]
    for shard in index["shards"]:
        records = public / "search" / shard["name"] / "p"
        assert len(list(records.iterdir()) if records.is_dir() else []) == shard["pages"]


def _table_digests(conn) -> dict[str, str]:
    digests = {}
    for name in TABLES:
        rows = conn.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall()
        digests[name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return digests


def _tree_digest(folder) -> str:
    # DuckDB does not write byte-identical files even for identical content, so the
    # site's copy of the database is compared through its tables instead.
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and ".duckdb" not in p.suffixes):
        digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


def test_two_runs_give_identical_tables_and_site(bundled_run, ledger, tmp_path):
    import duckdb

    result, first_out = bundled_run
    second = run_job(ARTICLES, tmp_path)
    assert second.success
    with duckdb.connect(str(tmp_path / "ledger.duckdb"), read_only=True) as conn:
        assert _table_digests(conn) == _table_digests(ledger)
    assert _tree_digest((tmp_path / "public").resolve()) == _tree_digest((first_out / "public").resolve())


def test_ledger_figures_prints_json_lines(capsys):
    files = sorted(ARTICLES.glob("*.txt"))
    assert ledger_main(["figures", *map(str, files)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 20
    fields = [
        "article",
        "quote",
        "start",
        "end",
        "low",
        "high",
        "unit",
        "qualifier",
        "direction",
        "subject",
        "metric",
        "period",
    ]
    for line in lines:
        record = json.loads(line)
        assert list(record) == fields
        assert record["low"] <= record["high"]
    assert {json.loads(line)["article"] for line in lines} == {f.name for f in files}


def test_ledger_claims_prints_the_scorers_format_and_goes_on_past_a_bad_file(capsys, tmp_path):
    files = sorted(ARTICLES.glob("*.txt"))
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    assert ledger_main(["claims", str(broken), *map(str, files)]) == 1  # the empty file is refused
    captured = capsys.readouterr()
    assert "broken.txt" in captured.err
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert len(records) > 100
    for record in records:
        assert list(record) == ["article", "quote", "start", "end", "type", "speaker", "stance", "hedge", "about"]
        assert record["type"] in {"forecast", "judgement", "causal", "recommendation"}
        assert record["stance"] in {"bullish", "bearish", "neutral"} and record["hedge"] in {
            "certain",
            "likely",
            "possible",
        }
        text = (ARTICLES / record["article"]).read_text(encoding="utf-8")
        assert record["quote"] in text
    assert {r["article"] for r in records} == {f.name for f in files}


def test_tim_moe_target_claim_is_attributed_and_linked_to_its_figure(ledger):
    rows = ledger.execute(
        """
        SELECT c.speaker, c.claim_type, f.low, f.unit
        FROM claims c JOIN claim_figures cf USING (claim_id) JOIN figures f USING (figure_id)
        WHERE c.speaker = 'Tim Moe' AND f.unit = 'pt'
        """
    ).fetchall()
    assert ("Tim Moe", 6400.0, "pt") in {(speaker, low, unit) for speaker, _, low, unit in rows}
    assert all(claim_type == "forecast" for speaker, claim_type, *_ in rows if speaker == "Tim Moe")


# The stories a reader sees in each bundled article (one list, in test_narratives)
# must be among its top narratives in the ledger too.
@pytest.mark.parametrize("prefix, expected", sorted(EXPECTED_TOP.items()))
def test_each_article_carries_the_narratives_a_reader_sees(ledger, prefix, expected):
    top = ledger.execute(
        """
        SELECT narrative_id FROM article_narratives JOIN articles USING (article_id)
        WHERE file_name LIKE ? ORDER BY weight DESC, narrative_id LIMIT ?
        """,
        [f"{prefix}_%", TOP],
    ).fetchall()
    assert expected <= {row[0] for row in top}


def test_no_claim_is_site_junk(ledger):
    texts = [row[0] for row in ledger.execute("SELECT text FROM claims").fetchall()]
    for junk in ["页:", "[1]", "读者评论", "【声明】", "京公網安備", "![]()", "商家优惠", "不代表本站意见"]:
        assert not any(junk in t for t in texts), junk


def test_a_run_in_parts_of_one_article_stores_the_same_tables(ledger, tmp_path, monkeypatch):
    import duckdb

    from pipeline.defs import batch

    monkeypatch.setattr(batch, "PART_ARTICLES", 1)
    assert run_job(ARTICLES, tmp_path).success
    with duckdb.connect(str(tmp_path / "ledger.duckdb"), read_only=True) as conn:
        assert _table_digests(conn) == _table_digests(ledger)
