"""The unit lexicon: codes, factors and the loader's refusal of a broken file."""

import re

import pytest

from pipeline.extraction.units import load_units


@pytest.mark.parametrize(
    ("surface", "code", "factor"),
    [
        ("美元", "USD", 1),
        ("美金", "USD", 1),
        ("usd", "USD", 1),
        ("人民币", "CNY", 1),
        ("元", "CNY", 1),
        ("日元", "JPY", 1),
        ("韩元", "KRW", 1),
        ("港币", "HKD", 1),
        ("新台币", "TWD", 1),
        ("欧元", "EUR", 1),
        ("%", "%", 1),
        ("成", "%", 10),
        ("个百分点", "pp", 1),
        ("bp", "pp", 0.01),
        ("基点", "pp", 0.01),
        ("点", "pt", 1),
        ("千瓦时", "kWh", 1),
        ("度", "kWh", 1),
        ("TWh", "kWh", 1e9),
        ("GW", "W", 1e9),
        ("吉瓦", "W", 1e9),
        ("兆瓦", "W", 1e6),
        ("kW", "W", 1e3),
        ("人", "person", 1),
        ("倍", "x", 1),
        ("次", "event", 1),
        ("家", "count", 1),
    ],
)
def test_measures(surface, code, factor):
    measure = load_units().measures[surface]
    assert (measure.code, measure.factor) == (code, factor)


@pytest.mark.parametrize(("scale", "value"), [("K", 1e3), ("M", 1e6), ("B", 1e9), ("bn", 1e9), ("T", 1e12)])
def test_scales(scale, value):
    assert load_units().scales[scale] == value


@pytest.mark.parametrize(
    ("prefix", "code"),
    [
        ("$", "USD"),
        ("US$", "USD"),
        ("€", "EUR"),
        ("HK$", "HKD"),
        ("NT$", "TWD"),
        ("RMB", "CNY"),
        ("新台币", "TWD"),
        ("人民币", "CNY"),
        ("日元", "JPY"),
    ],
)
def test_currency_prefixes(prefix, code):
    assert load_units().currency_prefixes[prefix] == code


@pytest.mark.parametrize(
    ("cue", "code"),
    [("A股", "CNY"), ("美股", "USD"), ("美债", "USD"), ("港股", "HKD"), ("台股", "TWD"), ("柜买", "TWD")],
)
def test_market_context(cue, code):
    assert load_units().market_context[cue] == code


def test_local_currency():
    local = load_units().local
    assert ("元" in local.surfaces, local.default, local.scale_defaults) == (True, "CNY", {"兆": "TWD"})
    assert local.codes == {"CNY", "TWD", "HKD"}


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("个", "count"),
        ("档", "count"),
        ("项", "count"),
        ("户", "count"),
        ("片", "count"),
        ("份", "count"),
        ("位", "person"),
        ("口", "count"),
        ("间", "count"),
        ("瓦", "W"),
        ("瓩", "W"),
        ("吨", "unitless"),
        ("桶", "unitless"),
        ("韩圜", "KRW"),
        ("欧罗", "EUR"),
    ],
)
def test_counted_and_physical_measures(surface, code):
    assert load_units().measures[surface].code == code


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("5美元", "美元"),
        ("5USDT", None),
        ("3成交", None),
        ("3次日", None),
        ("3个百分点", "个百分点"),
        ("5千瓦时", "千瓦时"),
        ("3个子行业", "个"),
        ("3个月", None),
        ("2个交易日", None),
        ("5个人", None),
        ("3项目", None),
        ("80份额", None),
        ("50瓦", "瓦"),
        ("50瓦斯", None),
        ("5瓦时", "瓦时"),
    ],
)
def test_measure_pattern_guards(text, unit):
    found = re.compile(r"\d+(" + load_units().measure_pattern() + ")").match(text)
    assert (found.group(1) if found else None) == unit


def _lexicon(measure_code: str, local_surface: str, local_code: str) -> str:
    return (
        "codes: [USD]\nscales: {B: 1.0e9}\ncurrency_prefixes: {$: USD}\n"
        f"measures: {{美元: {{code: {measure_code}}}}}\nmarket_context: {{USD: [美国]}}\n"
        f"local_currency: {{surfaces: [{local_surface}], codes: [{local_code}], default: USD}}\n"
        "chinese_numeral_min: {USD: 1}\n"
    )


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ("codes: []\n", "codes"),
        (_lexicon("XXX", "美元", "USD"), "XXX"),
        (_lexicon("USD", "元", "USD"), "local_currency surface"),
        (_lexicon("USD", "美元", "TWD"), "local_currency"),
    ],
    ids=["no-codes", "unknown-measure-code", "local-surface-not-a-measure", "local-code-unknown"],
)
def test_broken_lexicon_fails_loudly(tmp_path, broken, message):
    path = tmp_path / "units.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_units.__wrapped__(path)
