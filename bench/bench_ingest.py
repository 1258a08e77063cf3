"""Measure ingest on exported posts: titles, markup left in sentences, refusals, markup among candidate themes.

    python bench/bench_ingest.py [FOLDER]

Without FOLDER, the bundled articles are wrapped as a common exporter saves
WeChat posts (tests/post_exports.py: CSS first, cover, account card, follow
prompts, images between paragraphs, reading list) in several variants, plus a
CSS-only file, and that folder is measured. A post's heading, for scoring, is
its first level-one heading as markdown-it reads it. Prints; asserts nothing.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from markdown_it import MarkdownIt  # noqa: E402

from pipeline.extraction import keyphrases  # noqa: E402
from tests.folder_reading import read_folder  # noqa: E402
from pipeline.extraction.sentences import split_sentences  # noqa: E402
from tests.post_exports import CSS, junk_in, wechat_export  # noqa: E402
from tests.test_ingest_formats import MARKUP_WORDS  # noqa: E402

SOURCE = ROOT / "data" / "articles"
VARIANTS = [
    {"setext": setext, "origin": origin, "dateline": dateline}
    for setext, origin, dateline in itertools.product(
        (True, False), ("松涛研究所", None), ("_2026年01月29日 20:15_ _浙江_", "1月29日", "2026-01-29")
    )
]


def make_posts(folder: Path) -> None:
    for (no, path), options in itertools.product(enumerate(sorted(SOURCE.glob("*.txt"))), VARIANTS):
        title, *body = [line.strip() for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
        name = f"{no:02d}-{len(list(folder.iterdir())):03d}.md"
        (folder / name).write_text(wechat_export(title, body, **options), encoding="utf-8")
    (folder / "css-only.md").write_text(CSS + "\n", encoding="utf-8")


def first_h1(text: str) -> str | None:
    tokens = MarkdownIt("commonmark").parse(text)
    for at, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1":
            return tokens[at + 1].content.replace("\\", "").strip()
    return None


def measure(folder: Path) -> None:
    started = time.perf_counter()
    corpus = read_folder(folder)
    seconds = time.perf_counter() - started
    kept = {a.file_name: a for a in corpus.articles}  # duplicates too: each file counts
    # The ledger stores one article a text; which file owns it does not change these figures.
    distinct = list({a.article_id: a for a in corpus.articles}.values())
    headed = [
        (name, first_h1((folder / name).read_text(encoding="utf-8", errors="replace")))
        for name in kept
        if name.endswith(".md")
    ]
    headed = [(name, heading) for name, heading in headed if heading]
    missed = [(kept[name].title, heading) for name, heading in headed if kept[name].title != heading]
    exact = len(headed) - len(missed)
    sentences = [s.text for a in distinct for s in split_sentences(a.text_original, a.text_simplified)]
    dirty = [s for s in sentences if junk_in(s)]
    terms = {
        a.article_id: keyphrases.uncovered_terms(
            [s.text for s in split_sentences(a.text_original, a.text_simplified)], set()
        )
        for a in distinct
    }
    top = [phrase for phrase, _, _ in keyphrases.rank_candidates(terms, top=50)]
    dated = sum(a.published is not None for a in distinct)
    print(
        f"files {len(corpus.results)}, articles {len(distinct)}, refused {len(corpus.refusals)}, {seconds:.2f} s"
    )
    for refusal in corpus.refusals:
        print(f"  refused {refusal.file_name}: {refusal.reason}")
    print(
        f"titles exactly the post's first heading: {exact}/{len(headed)} files "
        f"({100 * exact / max(len(headed), 1):.1f} %)"
    )
    for title, heading in missed[:10]:
        print(f"  title {title!r} for heading {heading!r}")
    print(
        f"sentences with markup or page furniture left: {len(dirty)}/{len(sentences)} "
        f"({100 * len(dirty) / max(len(sentences), 1):.2f} %)"
    )
    for sentence in dirty[:10]:
        print(f"  {junk_in(sentence)!r} in {sentence[:80]!r}")
    print(
        f"articles with a date: {dated}/{len(distinct)}; "
        f"authors: {sum(a.author is not None for a in distinct)}"
    )
    print(f"markup words among the top 50 candidate themes: {[p for p in top if p in MARKUP_WORDS or junk_in(p)]}")


def main() -> None:
    if len(sys.argv) > 1:
        measure(Path(sys.argv[1]))
        return
    with tempfile.TemporaryDirectory() as temp:
        make_posts(Path(temp))
        measure(Path(temp))


if __name__ == "__main__":
    main()
