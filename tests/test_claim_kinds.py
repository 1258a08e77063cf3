"""claim_kinds' small helpers, table-driven."""

from __future__ import annotations

import pytest

from pipeline.extraction.claim_kinds import CONTENT, MINCONTENT, has_content


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", False),
        ("，。！？", False),
        ("看好后市", False),  # four characters of content
        ("看好后市吧", True),
        ("看，好，后，市，吧", True),  # punctuation between them does not count
        ("AI 5GW", True),  # Latin letters and digits count
        ("A I 5", False),
        ("……“看好”……", False),
    ],
)
def test_has_content_counts_up_to_mincontent(text, expected):
    assert has_content(text) is expected
    assert has_content(text) == (len(CONTENT.findall(text)) >= MINCONTENT)
