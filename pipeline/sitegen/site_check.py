"""What a built site must satisfy: its internal links lead to files it holds, and its search index loads.

Links are read with a pattern, not an HTML parser: MkDocs writes every attribute double-quoted, and a
parser costs seconds per thousand pages. Beyond ``limit`` pages a fixed, evenly spread sample is read,
so the check's cost stays bounded at scale and the same site always gives the same answer.
"""

from __future__ import annotations

import gzip
import json
import os
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

from .search_index import MANIFEST, OUTPUT

LINK = re.compile(r'\b(?:href|src)="([^"]*)"')
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)  # a scheme (https:, mailto:, data:) or //host
SAMPLE_PAGES = 500


def sample_pages(root: Path, limit: int = SAMPLE_PAGES) -> list[Path]:
    """Every HTML page of ``root`` in path order, or ``limit`` of them evenly spread over that order."""
    pages = sorted(root / name for name in site_files(root) if name.endswith(".html"))
    if len(pages) <= limit:
        return pages
    return [pages[i * len(pages) // limit] for i in range(limit)]


def link_target(page: str, link: str) -> str | None:
    """The site path (relative to its root, normalised) an internal link of ``page`` leads to; None for an
    external link or a bare fragment."""
    path = unquote(link.split("#", 1)[0].split("?", 1)[0])
    if not path or EXTERNAL.match(link):
        return None
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(posixpath.dirname(page), path)
    return posixpath.normpath(joined) + ("/index.html" if path.endswith("/") else "")


def site_files(root: Path) -> set[str]:
    """The paths of the site's files, relative to ``root`` (os.walk: pathlib's rglob and a stat per file took
    half a second over the 22,000 files of 10,000 articles)."""
    found = set()
    for top, _, names in os.walk(root):
        relative = os.path.relpath(top, root)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        found.update(prefix + name for name in names)
    return found


def broken_links(root: Path, pages: list[Path]) -> list[tuple[str, str]]:
    """(page, link) for each internal link of ``pages`` to a file that is not in the site."""
    files = site_files(root)
    broken = []
    for page in pages:
        name = page.relative_to(root).as_posix()
        for link in sorted(set(LINK.findall(page.read_text(encoding="utf-8", errors="replace")))):
            target = link_target(name, link)
            if target is not None and target not in files and f"{target}/index.html" not in files:
                broken.append((name, link))
    return broken


def search_index_problems(root: Path) -> list[str]:
    """Why the site's search index would not load (empty when it loads): the manifest parses and
    counts at least one page, every bucket file it counts is there, and each shard's first and last
    records open as the browser opens them (gzip, JSON with a url and a title)."""
    folder = root / OUTPUT
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        buckets = int(manifest["buckets"])
        shards = [(shard["name"], int(shard["pages"])) for shard in manifest["shards"]]
    except (OSError, ValueError, KeyError, TypeError) as error:
        return [f"{MANIFEST}: {error!r}"]
    if not any(pages for _, pages in shards):
        return [f"{MANIFEST} counts no page"]
    problems = []
    missing = [n for n in range(buckets) if not (folder / "b" / f"{n}.bin").is_file()]
    if missing:
        problems.append(f"{len(missing)} of {buckets} bucket files are missing (b/{missing[0]}.bin)")
    for name, pages in shards:
        for page in sorted({0, pages - 1}) if pages else ():
            try:
                record = json.loads(gzip.decompress((folder / name / "p" / f"{page}.jz").read_bytes()))
                record["url"], record["title"]
            except (OSError, ValueError, KeyError, TypeError, EOFError) as error:
                problems.append(f"{name}: the record p/{page}.jz does not open: {error!r}")
    return problems
