"""Benchmark figure extraction: ours against peers on the same gold, texts and scorer.

Run: .venv/bin/python bench/bench_figures.py

Peers are an optional bench extra, never runtime dependencies; a peer that is not
installed is reported as "not installed". Each peer is fed the Simplified copy of
an article (same length as the original, so offsets still point into it) and its
output is converted to the gold format:
  - JioNLP ``jionlp.ner.extract_money(text, with_parsing=True)``: money only;
    detail.num (a value or a [low, high] pair) and detail.case (currency name -> ISO).
  - cn2an ``cn2an.transform(text, "cn2an")``: a converter, not an extractor. The
    converted text is scanned by a small regex for number [万/亿/万亿] followed by %
    or a currency word, which is the least one must add to get figures out of it.
  - Microsoft Recognizers-Text (``recognizers-text-suite``, Culture Chinese): the
    currency, dimension and percentage models; resolution.value with isoCurrency,
    "%" or a power / energy unit.
Speed is characters of the original texts per second of wall time, on one core,
over repeated passes (at least MIN_SECONDS of work per system).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extraction.figures import extract_figures  # noqa: E402
from pipeline.extraction.script import to_simplified  # noqa: E402
from pipeline.extraction.scoring import load_gold, prediction_rows, score  # noqa: E402

ARTICLES = ROOT / "data" / "articles"
GOLD = ROOT / "tests" / "gold" / "seeds.jsonl"
MIN_SECONDS = 2.0

CURRENCY_NAMES = {
    "元": "CNY", "人民币": "CNY", "美元": "USD", "美金": "USD", "日元": "JPY", "韩元": "KRW",
    "港元": "HKD", "港币": "HKD", "欧元": "EUR", "新台币": "TWD", "台币": "TWD", "英镑": "GBP",
}
RECOGNIZER_POWER = {"Watt": 1.0, "Kilowatt": 1e3, "Megawatt": 1e6, "Gigawatt": 1e9}
RECOGNIZER_ENERGY = {"Kilowatt hour": 1.0, "Megawatt hour": 1e3, "Gigawatt hour": 1e6}

Extractor = Callable[[str, str], list[dict]]  # (original, simplified) -> rows without "article"


def ours(text: str, simplified: str) -> list[dict]:
    return prediction_rows("", extract_figures(text, simplified))


def ours_with_opencc(text: str, simplified: str) -> list[dict]:
    return prediction_rows("", extract_figures(text))


def jionlp_extractor() -> Extractor:
    import jionlp

    def extract(text: str, simplified: str) -> list[dict]:
        rows = []
        for found in jionlp.ner.extract_money(simplified, with_parsing=True):
            detail = found["detail"]
            values = detail["num"] if isinstance(detail["num"], list) else [detail["num"]]
            low, high = float(values[0]), float(values[-1])
            rows.append(_row(low, high, CURRENCY_NAMES.get(detail["case"], "unitless"), text, *found["offset"]))
        return rows

    return extract


def cn2an_extractor() -> Extractor:
    import cn2an

    scale = {"": 1.0, "万": 1e4, "亿": 1e8, "万亿": 1e12}
    currencies = "|".join(sorted(CURRENCY_NAMES, key=len, reverse=True))
    figure = re.compile(rf"(\d+(?:\.\d+)?)(万亿|亿|万|)\s*(%|{currencies})")

    def extract(text: str, simplified: str) -> list[dict]:
        converted = cn2an.transform(simplified, "cn2an")
        rows = []
        for m in figure.finditer(converted):
            value = float(m.group(1)) * scale[m.group(2)]
            unit = "%" if m.group(3) == "%" else CURRENCY_NAMES[m.group(3)]
            rows.append({"quote": m.group(), "low": value, "high": value, "unit": unit})
        return rows

    return extract


def recognizers_extractor() -> Extractor:
    from recognizers_suite import Culture, recognize_currency, recognize_dimension, recognize_percentage

    def extract(text: str, simplified: str) -> list[dict]:
        rows = []
        for result in recognize_currency(simplified, Culture.Chinese):
            value = _number(result.resolution.get("value"))
            code = result.resolution.get("isoCurrency") or "unitless"
            if value is not None:
                rows.append(_row(value, value, code, text, result.start, result.end + 1))
        for result in recognize_percentage(simplified, Culture.Chinese):
            value = _number(str(result.resolution.get("value", "")).rstrip("%"))
            if value is not None:
                rows.append(_row(value, value, "%", text, result.start, result.end + 1))
        for result in recognize_dimension(simplified, Culture.Chinese):
            value, unit = _number(result.resolution.get("value")), result.resolution.get("unit")
            if value is None:
                continue
            if unit in RECOGNIZER_POWER:
                rows.append(
                    _row(
                        value * RECOGNIZER_POWER[unit],
                        value * RECOGNIZER_POWER[unit],
                        "W",
                        text,
                        result.start,
                        result.end + 1,
                    )
                )
            elif unit in RECOGNIZER_ENERGY:
                rows.append(
                    _row(
                        value * RECOGNIZER_ENERGY[unit],
                        value * RECOGNIZER_ENERGY[unit],
                        "kWh",
                        text,
                        result.start,
                        result.end + 1,
                    )
                )
            else:
                rows.append(_row(value, value, "unitless", text, result.start, result.end + 1))
        return rows

    return extract


def _row(low: float, high: float, unit: str, text: str, start: int, end: int) -> dict:
    return {"quote": text[start:end], "low": low, "high": high, "unit": unit}


def _number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def run(extract: Extractor, articles: list[tuple[str, str, str]]) -> tuple[list[dict], float]:
    rows = [{**row, "article": name} for name, text, simplified in articles for row in extract(text, simplified)]
    chars = sum(len(text) for _, text, _ in articles)
    done, started = 0, time.perf_counter()
    while True:
        for _, text, simplified in articles:
            extract(text, simplified)
        done += chars
        elapsed = time.perf_counter() - started
        if elapsed >= MIN_SECONDS:
            return rows, done / elapsed


def main() -> None:
    articles = []
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles.append((path.name, text, to_simplified(text)))
    gold = load_gold(GOLD)
    systems: list[tuple[str, Callable[[], Extractor]]] = [
        ("narrative-ledger", lambda: ours),
        ("narrative-ledger incl. OpenCC", lambda: ours_with_opencc),
        ("jionlp.ner.extract_money", jionlp_extractor),
        ("cn2an.transform + unit regex", cn2an_extractor),
        ("recognizers-text (zh-cn)", recognizers_extractor),
    ]
    print(f"{'system':32} {'P':>6} {'R':>6} {'F1':>6} {'chars/s':>12}")
    for name, build in systems:
        try:
            extract = build()
        except ImportError:
            print(f"{name:32} not installed")
            continue
        rows, speed = run(extract, articles)
        result = score(gold, rows)
        print(f"{name:32} {result.precision:6.3f} {result.recall:6.3f} {result.f1:6.3f} {speed:12,.0f}")
    print("(narrative-ledger is timed as the pipeline calls it, with the Simplified copy it already has;")
    print(" 'incl. OpenCC' also converts the script on every call)")


if __name__ == "__main__":
    main()
