"""The example queries a reader is shown (the README, the site's query page) run on a real ledger and
return rows: a renamed table or column breaks this test, not a reader's first query."""

from __future__ import annotations

import re

import pytest

from pipeline.sitegen.query_page import query_page

from .conftest import ROOT


def queries_of(markdown: str) -> list[str]:
    """The statements of its ```sql blocks and the strings it passes to ``con.sql``."""
    blocks = re.findall(r"```sql\n(.*?)```", markdown, re.S)
    calls = re.findall(r'con\.sql\("(.*?)"\)', markdown)
    return [s.strip() for block in blocks for s in block.split(";") if s.strip()] + calls


README = queries_of((ROOT / "README.md").read_text(encoding="utf-8"))
SITE = queries_of(query_page())


def test_the_readme_and_the_site_show_example_queries():
    assert len(README) >= 4 and len(SITE) >= 5


@pytest.mark.parametrize("sql", README + SITE)
def test_an_example_query_runs_and_finds_rows(ledger, sql):
    assert ledger.execute(sql).fetchall()
