"""Script detection and the Simplified copy: Traditional when more characters are Traditional-only."""

from __future__ import annotations

import pytest

from pipeline.extraction.script import SIMPLIFIED, TRADITIONAL, detect_script, to_simplified


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("分析师认为市场会上涨。", SIMPLIFIED),
        ("分析師認為市場會上漲。", TRADITIONAL),
        ("資本開支會增长。", TRADITIONAL),  # more characters change under tw2s (3) than under s2t (1)
        ("台積電說，資本开支会增长。", SIMPLIFIED),  # as many either way (4): not Traditional
        ("资本开支會增长，分析师认为。", SIMPLIFIED),
        ("Nvidia 2026 Q3", SIMPLIFIED),  # no Han character: nothing changes either way
        ("", SIMPLIFIED),
    ],
)
def test_detect_script(text, expected):
    assert detect_script(text) == expected
    assert detect_script(text, to_simplified(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("隨著需求暴增，意味著供給吃緊", "随着需求暴增，意味着供给吃紧"),  # Taiwan's 著 as the particle 着
        ("顯著改善，著作", "显著改善，著作"),  # ... and as itself
        ("資本開支", "资本开支"),
    ],
)
def test_the_simplified_copy_reads_taiwan_usage(text, expected):
    assert to_simplified(text) == expected


@pytest.mark.parametrize("text", ["資本開支", "台灣的電力短缺，缺電。", "𠀋繁體"])  # 𠀋: outside the BMP
def test_the_simplified_copy_keeps_every_offset(text):
    assert len(to_simplified(text)) == len(text)
