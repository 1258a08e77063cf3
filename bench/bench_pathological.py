"""Cost of pathological article shapes against normal text of the same length.

Run: .venv/bin/python bench/bench_pathological.py [--scale S] [--limit SECONDS] [--only NAME]

Each shape is a text an unlucky or hostile folder may hold; the per-article
extraction (boilerplate, Simplified copy, sentences, entities, figures, claims)
runs on it and on normal commentary of the same length, and the table prints
both times and their ratio. Search and title shapes run the site's search
segmentation of a page's text or of a title (clipped as the site shows it)
instead; Markdown shapes run the Markdown reader (parse into blocks, post
lines). Each run is a child process with a time limit (">N" marks one
cut off: --limit, or ten times the normal text's cost if more), so a quadratic
step cannot hang the benchmark. Normal text longer than NORMAL_MAX is not run:
its cost is that of NORMAL_MAX characters, scaled (marked ~), so the 12 MB
shape reads as cost per character against a 1 MB article. --scale shrinks every
size (0.1 for a quick look). Prints; never fails on a number.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL = 5.0  # no shape should cost more than this many times normal text of its length
NORMAL_MAX = 1_000_000

# Invented commentary: names of the gazetteer, figures of every kind, claims.
NORMAL = (
    "英伟达第三季度营收同比增长62%，达到570亿美元，分析师认为AI资本开支仍将扩大。",
    "美联储主席鲍威尔表示，通胀回落至2.8%，明年可能降息两次。",
    "沪深300指数上涨1.5%，成交额突破1.2万亿元，北向资金净买入35亿元。",
    "微软计划今年投入800亿美元建设数据中心，电网瓶颈或令交付推迟。",
    "黄金价格一度升至每盎司4,200美元，比特币则下跌3.4%至9.5万美元。",
    "某券商首席分析师指出，半导体板块估值已回到历史中位数附近，建议逢低配置。",
    "台积电预计2026年资本开支约为420亿至440亿美元，较去年增加三成。",
    "\n",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
GIVEN = "明华伟芳军洋勇艳杰娟涛超秀霞平刚桂英丽敏静"


def normal_text(n: int) -> str:
    rng = random.Random(n)
    parts, size = [], 0
    while size < n:
        part = rng.choice(NORMAL)
        parts.append(part)
        size += len(part)
    return "".join(parts)[:n]


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _many_names(n: int) -> str:
    rng = random.Random(7)
    parts, size = [], 0
    while size < n:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        part = f"{name}表示，英伟达、微软与台积电的订单仍在增加。"
        parts.append(part)
        size += len(part)
    return "".join(parts)[:n]


def _rare(n: int) -> str:
    """Han characters in no dictionary order, as a file decoded with the wrong codec reads."""
    return "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(n))


def _nested(n: int) -> str:
    depth = n // 8
    return ("（“【《" * depth + "上涨5%" + "》】”）" * depth)[:n]


K, M = 1000, 1000 * 1000
# (name, size in characters, text of that size, what runs on it: "article" extraction, the
# "search" segmentation of a page's text, or that of a "title" as the site shows it).
SHAPES = (
    ("digit run + 美元", 40 * K, lambda n: "1" * (n - 2) + "美元", "article"),
    ("digit run + %", 40 * K, lambda n: "9" * (n - 1) + "%", "article"),
    ("digit run + 年", 40 * K, lambda n: "2" * (n - 1) + "年", "article"),
    ("digits with commas + 元", 40 * K, lambda n: "1" + _repeat(",000", n - 2) + "元", "article"),
    ("number-percent repeated", 40 * K, lambda n: _repeat("12%", n), "article"),
    ("number-percent ranges repeated", 40 * K, lambda n: _repeat("5%-6%至", n), "article"),
    ("bare scaled amounts repeated", 40 * K, lambda n: _repeat("3万亿，", n), "article"),
    ("Chinese numeral run + 亿元", 40 * K, lambda n: _repeat("三百二十五", n - 2) + "亿元", "article"),
    ("Chinese digit run", 40 * K, lambda n: _repeat("一二三四五六七八九", n), "article"),
    ("万 run", 40 * K, lambda n: "一" + "万" * (n - 1), "article"),
    ("pager line with a digit run", 40 * K, lambda n: "下一页" + "1" * (n - 4) + "页", "article"),
    ("markdown image openings repeated", 40 * K, lambda n: _repeat("![图](", n), "article"),
    (
        "rare characters, sentences",
        40 * K,
        lambda n: "".join(c + ("。" if i % 40 == 39 else "") for i, c in enumerate(_rare(n)))[:n],
        "article",
    ),
    ("rare characters, one line", 40 * K, _rare, "article"),
    (
        "unpunctuated paragraph 1 MB",
        1 * M,
        lambda n: normal_text(n).translate(str.maketrans("", "", "，。、\n")),
        "article",
    ),
    ("one line of full-width punctuation", 200 * K, lambda n: _repeat("，。！？；：", n), "article"),
    ("many entity names", 400 * K, lambda n: _repeat("英伟达微软台积电鲍威尔", n), "article"),
    ("many discovered names", 400 * K, _many_names, "article"),
    ("deep nesting of brackets and quotes", 200 * K, _nested, "article"),
    ("12 MB article", 12 * M, normal_text, "article"),
    ("markdown: lines of '[' ", 400 * K, lambda n: _repeat("[" * 999 + "\n", n), "markdown"),
    ("markdown: image openings repeated", 400 * K, lambda n: _repeat("![图](" * 100 + "\n", n), "markdown"),
    ("markdown: account-card openings", 400 * K, lambda n: _repeat("[\n\n", n), "markdown"),
    (
        "markdown: a style rule, then no braces",
        400 * K,
        lambda n: "{a:b}" + _repeat("a" * 999 + "\n", n - 6) + "}",
        "markdown",
    ),
    ("markdown: one-letter paragraphs", 400 * K, lambda n: _repeat("涨\n\n", n), "markdown"),
    ("markdown: links, half text", 400 * K, lambda n: _repeat("[美元](https://e.com/a)", n), "markdown"),
    ("markdown: nested braces", 400 * K, lambda n: "{a:b}" + "{" * (n // 2 - 3) + "}" * (n // 2 - 3), "markdown"),
    ("search: page text of rare characters", 100 * K, _rare, "search"),
    ("title 100 KB of rare characters", 100 * K, _rare, "title"),
    ("title 100 KB of digits", 100 * K, lambda n: "9" * n, "title"),
)


def extract(text: str) -> int:
    """The per-article extraction of the pipeline, as ingest and the assets run it; the number of rows."""
    from pipeline.extraction import claims, entities
    from pipeline.extraction.boilerplate import clean_lines
    from pipeline.extraction.figures import extract_figures
    from pipeline.extraction.script import to_simplified
    from pipeline.extraction.sentences import split_sentences

    clean_lines(text.split("\n"))
    simplified = to_simplified(text)
    sentences = split_sentences(text, simplified)
    found, mentions = entities.find_mentions(text, simplified, entities.load_gazetteer())
    figures = extract_figures(text, simplified, date(2026, 1, 15))
    return len(sentences) + len(mentions) + len(figures) + len(claims.extract_claims(sentences, mentions, found, None))


def read_markdown(text: str) -> int:
    """What ingest does with a Markdown file's text before cleaning: parse it into blocks, read post lines."""
    from pipeline.extraction.decoding import RefusedFile
    from pipeline.extraction.metadata import Metadata
    from pipeline.extraction.post_lines import read_post_lines
    from pipeline.extraction.readers import _markdown_text

    try:
        read = _markdown_text(text, Metadata(), "utf-8")
    except RefusedFile:  # refused before parsing: its cost is the check's
        return 0
    return len(read_post_lines(read.lines, read.accounts).lines)


def segment_text(text: str) -> int:
    """What the site build does with a page's text for its search index: write its search record
    and index it (characters, pairs and words into bucket files); the number of index files."""
    import tempfile

    from pipeline.sitegen.markup import esc
    from pipeline.sitegen.search_index import build_index, write_source

    with tempfile.TemporaryDirectory() as folder:
        write_source(Path(folder) / "source", "articles/0.html", "页", f"<h1>页</h1><p>{esc(text)}</p>")
        build_index(Path(folder) / "source", Path(folder) / "site")
        return sum(1 for _ in (Path(folder) / "site").rglob("*"))


def segment_title(title: str) -> int:
    """What the site build does with an article title: clip it, then segment it for the search index."""
    from pipeline.sitegen.ledger import site_title

    return segment_text(site_title(title))


def _warm_then_time(kind: str, text: str, out) -> None:
    run = {"title": segment_title, "search": segment_text, "markdown": read_markdown}.get(kind, extract)
    run("预热文本，上涨5%。")  # dictionaries and compiled patterns are not the shape's cost
    start = time.perf_counter()
    run(text)
    out.send(time.perf_counter() - start)


def timed(kind: str, text: str, limit: float) -> float | None:
    """Seconds the run took in a child process, or None when it passed ``limit``."""
    here, there = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_warm_then_time, args=(kind, text, there))
    child.start()
    try:
        return here.recv() if here.poll(limit + 30) else None
    finally:
        child.kill()
        child.join()


def _cell(seconds: float | None, limit: float) -> str:
    return f">{limit:.0f}" if seconds is None else f"{seconds:.2f}"


def normal_cost(kind: str, n: int, limit: float, known: dict) -> tuple[float | None, bool]:
    """Seconds for normal text of n characters, and whether they are scaled from NORMAL_MAX."""
    measured = min(n, NORMAL_MAX)
    if (kind, measured) not in known:
        text = normal_text(measured)
        # Search and titles take one line; Markdown separates its paragraphs with a blank line.
        text = {"article": text, "markdown": text.replace("\n", "\n\n")}.get(kind, text.replace("\n", ""))
        known[kind, measured] = timed(kind, text, limit)
    seconds = known[kind, measured]
    return (None if seconds is None else seconds * n / measured), n > measured


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a run is cut off")
    parser.add_argument("--only", default="", help="only shapes whose name holds this")
    args = parser.parse_args(argv)
    print(f"{'shape':38} {'chars':>10} {'seconds':>8} {'normal s':>9} {'ratio':>6}")
    worst, known = 0.0, {}
    for name, size, make, kind in SHAPES:
        if args.only not in name:
            continue
        text = make(max(100, int(size * args.scale)))
        normal, scaled = normal_cost(kind, len(text), args.limit, known)
        limit = max(args.limit, 10 * (normal or 0))
        cost = timed(kind, text, limit)
        ratio = cost / max(normal, 0.01) if cost is not None and normal is not None else None
        worst = max(worst, ratio or 0.0)
        normal_cell = ("~" if scaled else "") + _cell(normal, args.limit)
        ratio_cell = "—" if ratio is None else f"{ratio:.1f}"
        print(f"{name:38} {len(text):>10,} {_cell(cost, limit):>8} {normal_cell:>9} {ratio_cell:>6}", flush=True)
    print(f"worst ratio {worst:.1f} (goal: at most {GOAL:.0f}x normal text of the same length)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
