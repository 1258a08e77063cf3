"""Generate a deterministic benchmark corpus by recombining the bundled articles.

Each generated article takes a headline and 4-12 paragraphs drawn from the
bundled articles, varies the digits of its figures and swaps company names, and
about a third are converted to Traditional script, so that every extractor path
(numerals, units, names, both scripts) is exercised at scale.

    python bench/make_corpus.py N OUT_DIR [--seed S]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extraction.script import to_traditional  # noqa: E402

SOURCE = ROOT / "data" / "articles"
COMPANIES = ["Nvidia", "Meta", "Oracle", "Amazon", "Alphabet", "Microsoft", "Palantir", "Samsung", "Tesla", "Apple"]
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_COMPANY = re.compile("|".join(COMPANIES))


def paragraphs() -> list[str]:
    found = []
    for path in sorted(SOURCE.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n"):
            if len(block.strip()) >= 60:
                found.append(block.strip())
    return found


def _vary_number(match: re.Match, rng: random.Random) -> str:
    text = match.group(0)
    if len(text) == 4 and text.startswith(("19", "20")):
        return text  # keep years as years
    value = float(text) * rng.choice([0.5, 0.8, 1.0, 1.25, 1.5, 2.0])
    return f"{value:.1f}" if "." in text else str(max(1, round(value)))


def make_article(index: int, pool: list[str], rng: random.Random) -> str:
    chosen = rng.sample(pool, rng.randint(4, min(12, len(pool))))
    body = "\n".join(chosen)
    body = _DIGITS.sub(lambda m: _vary_number(m, rng), body)
    body = _COMPANY.sub(lambda m: rng.choice(COMPANIES), body)
    headline = (
        f"市场观察第{index}期:{rng.choice(['AI资本开支', '电网瓶颈', '资金轮动', '软件抛售', '黄金与比特币'])}的新变化"
    )
    text = f"{headline}\n作者:研究员{index % 97}\n{body}\n"
    return to_traditional(text) if rng.random() < 1 / 3 else text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=20261121)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pool = paragraphs()
    args.out.mkdir(parents=True, exist_ok=True)
    for index in range(args.n):
        (args.out / f"gen_{index:05d}.txt").write_text(make_article(index, pool, rng), encoding="utf-8")
    print(f"wrote {args.n} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
