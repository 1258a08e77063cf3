"""Discovered narratives through the whole run: a generated corpus of four invented stories over
seven weeks (tests/story_corpus.py), saved as Markdown posts with their dates, goes through
`ledger run`; the ledger, the site and `ledger narratives suggest` are read back."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import duckdb
import pytest
import yaml

from pipeline.cli import main as ledger

from .story_corpus import START, STORIES, story_articles
from .test_stories import NAMED_BY


def write_posts(folder) -> dict[str, str]:
    """The corpus as Markdown with front matter; file name -> its story."""
    folder.mkdir()
    truth = {}
    for article in story_articles():
        title, body = article["text"].split("\n", 1)
        name = article["name"].replace(".txt", ".md")
        front = f"---\ntitle: {title}\npublished: {article['published']}\n---\n\n# {title}\n\n"
        (folder / name).write_text(front + body.replace("\n", "\n\n"), encoding="utf-8")
        truth[name] = article["story"]
    return truth


@pytest.fixture(scope="module")
def story_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("stories")
    truth = write_posts(root / "articles")
    assert ledger(["run", "--articles", str(root / "articles"), "--out", str(root / "out"), "--workers", "1"]) == 0
    return root, truth


def read(root, sql: str, params=()):
    with duckdb.connect(str(root / "out" / "ledger.duckdb"), read_only=True) as conn:
        return conn.execute(sql, params).fetchall()


def test_each_story_is_one_discovered_narrative_with_its_articles_and_a_label_naming_it(story_run):
    root, truth = story_run
    found = read(root, "SELECT narrative_id, name_zh, terms FROM narratives WHERE origin = 'discovered'")
    assert len(found) == len(STORIES)
    files = dict(read(root, "SELECT article_id, file_name FROM ingest_log WHERE status = 'ingested'"))
    stories_seen = set()
    for narrative_id, label, terms in found:
        members = [
            files[a]
            for (a,) in read(root, "SELECT article_id FROM article_narratives WHERE narrative_id = ?", [narrative_id])
        ]
        story, n = Counter(truth[m] for m in members).most_common(1)[0]
        assert n / len(members) >= 0.8 and n >= 0.8 * STORIES[story]["articles"]
        assert NAMED_BY[story] & set(label.split("·")), label
        stories_seen.add(story)
    assert stories_seen == set(STORIES)


def test_a_timeline_rises_where_its_articles_are(story_run):
    root, truth = story_run
    files = dict(read(root, "SELECT article_id, file_name FROM ingest_log WHERE status = 'ingested'"))
    for (narrative_id,) in read(root, "SELECT narrative_id FROM narratives WHERE origin = 'discovered'"):
        weeks = dict(
            read(
                root,
                "SELECT period_start, article_share FROM narrative_timeline WHERE narrative_id = ? AND period = 'week'",
                [narrative_id],
            )
        )
        first = read(root, "SELECT article_id FROM article_narratives WHERE narrative_id = ? LIMIT 1", [narrative_id])[
            0
        ][0]
        plan = STORIES[truth[files[first]]]["weeks"]
        story_weeks = {START + timedelta(weeks=w) for w in plan}
        assert weeks and set(weeks) <= story_weeks  # never outside its weeks
        assert len(weeks) >= len(story_weeks) - 1 and all(0 < share <= 1 for share in weeks.values())


def test_a_rerun_gives_the_same_ids_and_suggest_prints_taxonomy_entries(story_run, tmp_path, capsys):
    root, _ = story_run
    before = read(root, "SELECT narrative_id FROM narratives WHERE origin = 'discovered' ORDER BY 1")
    assert (
        ledger(["run", "--articles", str(root / "articles"), "--out", str(tmp_path / "again"), "--workers", "1"]) == 0
    )
    with duckdb.connect(str(tmp_path / "again" / "ledger.duckdb"), read_only=True) as conn:
        again = conn.execute("SELECT narrative_id FROM narratives WHERE origin = 'discovered' ORDER BY 1").fetchall()
    assert again == before
    capsys.readouterr()  # what the runs printed
    assert ledger(["narratives", "suggest", "--ledger", str(root / "out" / "ledger.duckdb"), "--all"]) == 0
    entries = yaml.safe_load(capsys.readouterr().out)
    assert sorted("d-" + e["id"].removeprefix("story-") for e in entries) == [n for (n,) in before]
    assert all(e["strong"] and e["name_zh"] for e in entries)


def test_discovered_narratives_have_pages_and_the_home_page_lists_movers(story_run):
    root, _ = story_run
    site = root / "out" / "public"
    for narrative_id, label in read(root, "SELECT narrative_id, name_zh FROM narratives WHERE origin = 'discovered'"):
        page = (site / "narratives" / f"{narrative_id}.html").read_text(encoding="utf-8")
        assert label in page and '<svg class="timeline"' in page
    assert '<svg class="heat-map"' in (site / "narratives" / "index.html").read_text(encoding="utf-8")
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "升温" in home or "降温" in home
