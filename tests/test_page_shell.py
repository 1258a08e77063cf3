"""Article pages put into the theme's page without MkDocs' Markdown and Jinja are the pages MkDocs builds."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import yaml

from pipeline.defs.publish import BASE_CONFIG, HOOKS, THEME
from pipeline.sitegen.article_pages import article_inputs, article_page, article_path
from pipeline.sitegen.ledger import load
from pipeline.sitegen.markup import md
from pipeline.sitegen.page_shell import _HEADING, FRAGMENT

from .hostile_titles import write_corpus

ROOT = Path(__file__).resolve().parents[1]
# Titles whose ids collide with the sections' ("3", "原文": no Latin, so "_1"), and Markdown's own syntax.
EDGE_TITLES = [
    "3",
    "原文",
    "数据点 (0)",
    "  空白\t与\n换行  ",
    "*强调* _下划线_ `代码` [链接](x) ![图](y) #标签 # 结尾 ##",
    "A & B < C > D \"引号\" '单引号' \\反斜杠",
    "&amp; &#39; &lt;b&gt; 已转义",
    "1. 列表 - 项目 + 加号 > 引用",
    "Ünïcödé 标题-with_dashes",
]


def _as_markdown(fragment: str) -> str:
    """The page as Markdown, as site_pages wrote it before: its headings as Markdown headings (their text
    Markdown-escaped), every other block as raw HTML between blank lines."""
    blocks, cursor = [], 0
    for match in _HEADING.finditer(fragment):
        blocks += [fragment[cursor : match.start()].strip(), f"{'#' * int(match[1])} {md(html.unescape(match[3]))}"]
        cursor = match.end()
    blocks.append(fragment[cursor:].strip())
    return "\n\n".join(block for block in blocks if block) + "\n"


def _build(docs: Path, folder: Path) -> Path:
    """Build the site of ``docs`` as the ``site`` step does (strict, in a child process); its build folder."""
    config = folder / "mkdocs.yml"
    config.write_text(
        yaml.safe_dump(
            {
                "INHERIT": str(BASE_CONFIG),
                "docs_dir": str(docs),
                "site_dir": str(folder / "build"),
                "hooks": [str(HOOKS)],
                "theme": {"custom_dir": str(THEME)},
            }
        ),
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "pipeline.sitegen.mkdocs_build", str(config)]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    assert result.returncode == 0, result.stderr
    return folder / "build"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def two_builds(bundled_run, tmp_path_factory):
    """The bundled run's docs, with more article pages of invented titles, built as they are (articles
    written as HTML) and with every article page turned back into Markdown for MkDocs to render."""
    _, out = bundled_run
    root = tmp_path_factory.mktemp("page-shell")
    fast = root / "fast"
    shutil.copytree(out / ".work" / "site" / "docs", fast / "docs")
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        ledger = load(conn)
    article = next(ledger.articles.itertuples(index=False))
    titles = [*EDGE_TITLES, *write_corpus(root / "hostile").values()]
    for number, title in enumerate(titles):
        inputs = article_inputs(ledger, article)
        page = article_page(inputs._replace(article=article._replace(title=title)))
        (fast / "docs" / article_path(f"t{number:02d}")).write_text(page, encoding="utf-8")
    rendered = root / "markdown"
    shutil.copytree(fast / "docs", rendered / "docs")
    written = sorted((rendered / "docs" / "articles").glob("*.html"))
    for path in written:
        path.with_suffix(".md").write_text(_as_markdown(path.read_text(encoding="utf-8")), encoding="utf-8")
        path.unlink()
    assert len(written) == 4 + len(titles)
    return _build(fast / "docs", fast), _build(rendered / "docs", rendered)


def test_the_site_equals_the_site_mkdocs_renders_from_markdown(two_builds):
    fast, rendered = two_builds
    ours, theirs = _files(fast), _files(rendered)
    assert sorted(ours) == sorted(theirs)
    assert [path for path in ours if ours[path] != theirs[path]] == []
    # The search records (beside the build) too: the article's text and its other script's copy.
    assert _files(fast.parent / "search-source") == _files(rendered.parent / "search-source")


@pytest.mark.parametrize(
    "name, title, h1_id",
    [("t00", "3", "3"), ("t01", "原文", "_1"), ("t08", "Ünïcödé 标题-with_dashes", "unicode-with_dashes")],
)
def test_article_pages_hold_their_title_and_anchors_and_no_placeholder(two_builds, name, title, h1_id):
    fast, _ = two_builds
    page = (fast / "articles" / f"{name}.html").read_text(encoding="utf-8")
    assert f"<title>{title} - 叙事账本 Narrative Ledger</title>" in page
    headings = re.findall(r'<h([12]) id="([^"]*)">', page)
    assert headings[0] == ("1", h1_id) and [level for level, _ in headings] == ["1", "2", "2"]
    assert len({anchor for _, anchor in headings}) == 3
    assert f'<a href="#{h1_id}" class="md-skip">' in page
    assert re.findall(r'<a href="#([^"]*)" class="md-nav__link">', page) == [anchor for _, anchor in headings[1:]]
    assert 'class="alt-script"' not in page
    assert not re.search(r"[0-9a-f]{16}-(content|title|id\d|name\d)-", page)


def test_article_pages_are_written_as_html_and_not_rendered_from_markdown(bundled_run):
    _, out = bundled_run
    docs = out / ".work" / "site" / "docs" / "articles"
    assert sorted(p.name for p in docs.glob("*.md")) == ["index.md"]
    written = sorted(p.relative_to(docs.parent).as_posix() for p in docs.glob("*.html"))
    assert len(written) == 4 and all(FRAGMENT.fullmatch(path) for path in written)
    public = (out / "public").resolve()
    for path in written:
        page = (public / path).read_text(encoding="utf-8")
        assert page.lstrip().startswith("<!doctype html>") and "md-tabs" in page and "article-text" in page
