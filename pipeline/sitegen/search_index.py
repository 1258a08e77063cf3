"""The site's search index: Pagefind, built from a copy of each page's content kept beside the build.

Pagefind writes a static index in small fragments (a word's postings, a page's
excerpt), so the browser fetches kilobytes per query instead of one file that
grows with the corpus. Its extended build segments Chinese.

What Pagefind reads is not the published HTML but a search copy of each page's
content (the page without the theme around it), kept in a folder beside the
build: it holds an article's other-script copy, which the published page drops,
so 缺电 finds an article that writes 缺電.

Chinese is indexed a character a word (a zero-width space between two Han
characters, which Pagefind reads as a word break), and search.js asks for a
run of Han characters as an exact phrase of its characters: a query then finds
what it spells, wherever it stands. Pagefind's own segmentation does not allow
that: the index is cut by one segmenter (台积电 became 台|积|电) and the query by
the browser's (台积电), so a query missed a page that holds its very words.

The copies of pages a dirty build did
not render stay from the previous build, so the index is always built from
every page, and its bytes are those of a full build.

Pagefind holds a whole index in memory while it builds (about 0.6 MB a page:
0.7 GB at 1,000 articles), so the index is cut into shards of a bounded share
of the pages, built one after the other, and merged in the browser
(``mergeIndex``; the runtime is loaded once). An article's shard is fixed by
the hash of its path, every other page is in the ``site`` shard: a build
re-indexes only the shards whose pages changed, and each shard's bytes depend
only on its pages, so a dirty build's index is a full build's.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from pipeline.lifetime import die_with_parent

OUTPUT = "pagefind"
MANIFEST = "shards.json"
SITE_SHARD = "site"  # first in the manifest: the browser loads Pagefind's runtime from it
ARTICLE_SHARDS = 16
# What the browser loads; the rest of Pagefind's bundle is its own UIs, unused here.
_RUNTIME = re.compile(
    r"(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(index|fragment)/.*)$"
)
_BETWEEN_HAN = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff])(?=[\u3400-\u9fff\uf900-\ufaff])")
# An id on anything but a heading would become one of Pagefind's anchors (sub-results):
# every sentence, figure and claim of an article, its text stored again.
_NON_HEADING_ID = re.compile(r'(<(?!h[1-6]\b)[a-z][a-z0-9]*\b[^>]*?)\s+id="[^"]*"')


def source_document(content: str) -> str:
    """The search copy of a page: its content only, in Chinese (Pagefind segments by the page's language)."""
    body = _BETWEEN_HAN.sub("\u200b", _NON_HEADING_ID.sub(r"\1", content))
    head = '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"></head>'
    return f"{head}<body data-pagefind-body>{body}</body></html>\n"


def shard_of(dest_uri: str) -> str:
    """The shard a page is indexed in: articles by the hash of their path, everything else ``site``."""
    folder, _, name = dest_uri.partition("/")
    if folder != "articles" or name == "index.html":
        return SITE_SHARD
    return f"a{int(hashlib.sha1(dest_uri.encode()).hexdigest(), 16) % ARTICLE_SHARDS:02d}"


def write_source(folder: Path, dest_uri: str, content: str) -> str:
    """Write a page's search copy under its shard's folder; returns the shard."""
    shard = shard_of(dest_uri)
    path = folder / shard / dest_uri
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source_document(content), encoding="utf-8")
    return shard


def source_paths(pages: set[str]) -> set[str]:
    """Where the search copies of ``pages`` (dest_uri) are, relative to the source folder."""
    return {f"{shard_of(page)}/{page}" for page in pages}


def remove_stale(folder: Path, keep: set[str]) -> None:
    """Delete the files of ``folder`` whose relative path is not in ``keep``, and the folders left empty
    (what a dirty build leaves of pages that are gone)."""
    for path in sorted(folder.rglob("*"), reverse=True):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and relative not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def executable() -> Path:
    import pagefind_bin_extended  # the binary ships in the wheel: nothing is downloaded

    return pagefind_bin_extended.get_executable()


def build_index(source: Path, site: Path, shards: set[str] | None = None) -> None:
    """Index the search copies in ``source`` into ``site``/pagefind, a bundle per shard, and list the
    shards that have pages. ``shards``: only those are indexed again (None: all of them)."""
    output = site / OUTPUT
    present = sorted(p.name for p in source.iterdir() if p.is_dir()) if source.is_dir() else []
    for shard in sorted(set(present) if shards is None else shards):
        shutil.rmtree(output / shard, ignore_errors=True)
        if shard in present:
            _index_shard(source / shard, output / shard)
    for stale in output.iterdir() if output.is_dir() else []:
        if stale.is_dir() and stale.name not in present:
            shutil.rmtree(stale)
    ordered = sorted(present, key=lambda shard: (shard != SITE_SHARD, shard))
    output.mkdir(parents=True, exist_ok=True)
    (output / MANIFEST).write_text(json.dumps(ordered), encoding="utf-8")


def _index_shard(source: Path, output: Path) -> None:
    parent = os.getpid()
    result = subprocess.run(
        [str(executable()), "--site", str(source), "--output-path", str(output), "--keep-index-url", "--silent"],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=lambda: die_with_parent(parent),  # the indexer dies with the build that started it
    )
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed ({result.returncode}) on {source}:\n{result.stdout}\n{result.stderr}")
    for path in sorted(output.rglob("*"), reverse=True):
        if path.is_file() and not _RUNTIME.match(path.relative_to(output).as_posix()):
            path.unlink()
