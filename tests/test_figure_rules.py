"""The figure rules loader: slots in patterns, and a loud refusal of a broken rules file."""

import re

import pytest
import yaml

from pipeline.extraction.figure_rules import RULES, load_rules, numeral_slots
from pipeline.extraction.figures import extract_figures
from pipeline.extraction.script import to_simplified


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        ("第{run}", "第三百二十名", "第三百二十"),
        ("第{run}", "第12", "第12"),
        ("{num}成", "三成", "三成"),
        ("{run}年", "二零二五年", "二零二五年"),
        ("{run}年", "A年", None),
    ],
)
def test_numeral_slots(pattern, text, found):
    m = re.search(numeral_slots(pattern), text)
    assert (m.group() if m else None) == found


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda raw: raw.pop("directions"), "directions"),
        (lambda raw: raw.update(metrics={}), "metrics"),
        (lambda raw: raw["word_figures"].update({"翻三倍": {"value": 3, "unit": "times"}}), "翻三倍"),
        (lambda raw: raw["bare_levels"].update(fx_bases=["EUR", "BTC"]), "BTC"),
    ],
    ids=["missing-group", "empty-group", "unknown-unit", "unknown-fx-base"],
)
def test_broken_rules_are_refused(tmp_path, change, message):
    raw = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    change(raw)
    broken = tmp_path / "figure_rules.yaml"
    broken.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_rules.__wrapped__(broken)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("中证1000指数周三上涨2.5%。", [2.5]),  # the index's number is its name
        ("中證1000指數週三上漲2.5%。", [2.5]),
        ("富时 100 指数收于8200点。", [8200]),  # with spaces; a name the skip list never held literally
        ("russell 2000 fell 3%。", [3]),  # Latin in any case
        ("公司裁员1000人。", [1000]),  # a number that names no index is a figure
    ],
)
def test_index_names_from_the_gazetteer_are_no_figures(text, values):
    found = extract_figures(text, to_simplified(text))
    assert [f.low for f in found] == pytest.approx(values)
