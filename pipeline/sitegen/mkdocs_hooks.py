"""MkDocs hooks that keep the site small and let a build redo only the pages that changed.

- The alternate-script copy of an article is there for the search index only:
  once the page is indexed, it is dropped from the HTML, and in the index only
  its words that the text does not already have are kept, once each.
- Indentation is taken out of the HTML (outside <pre>): Material's templates
  are indented for reading, and on a thousand article pages that is a third of
  the bytes. A run of white space that holds a line break stays one line
  break, so the pages render the same.
- Material writes the index with every CJK character escaped (\\uXXXX, six
  bytes); written as UTF-8 the same JSON is about half the size.
- Every page's title becomes plain text, escaped once, in ``page.meta.title``
  before any template sees it. MkDocs' page.title is the HTML of the heading
  (entities kept), and the theme puts it into <title> through ``striptags``,
  which also unescapes: an escaped "</title><script>" became markup again.
  The theme prefers ``page.meta.title`` for <title> and the header, and
  inserts it as is (no autoescaping in MkDocs' Jinja), so it holds the escape.
- Material's search segments Chinese with jieba, whose search for new words costs
  the square of a run of characters it does not know (a 100 KB title of rare
  characters: tens of seconds); the build uses the linear search of
  pipeline.extraction.segmenting instead (same words).
- Compiled templates are kept (Jinja's bytecode cache, beside the build
  folder): compiling Material's templates is a second and a half of every build.
- On a dirty build (``pipeline.sitegen.mkdocs_build --dirty``) MkDocs renders
  only the pages whose Markdown is newer than their HTML, and Material indexes
  only those. The index is then merged with the previous one, page by page, in
  the order of a full build, and pages whose Markdown is gone are deleted, so
  the result is byte-identical to a full build.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from jinja2 import FileSystemBytecodeCache

from pipeline.extraction.segmenting import speed_up_jieba

_ALT_SCRIPT = re.compile(r'<div class="alt-script" hidden>.*?</div>', re.S)
_ALT_SCRIPT_MARK = "\u2063"  # pipeline.sitegen.article_pages.ALT_SCRIPT_MARK
_WORD_BREAK = re.compile(r"[\s\u200b]+")
_TAG = re.compile(r"<[^>]*>")
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)
_INDENT = re.compile(r"(?<![ \t])[ \t]*\n\s*")  # from the start of a run of blanks only: one pass over it
# Written by MkDocs or Material themselves, not from a file of the docs folder.
_BUILT = {"404.html", "sitemap.xml", "sitemap.xml.gz", "search/search_index.json"}

_state: dict = {}


def on_startup(command, dirty):
    _state.clear()
    _state["dirty"] = dirty


def on_config(config):
    speed_up_jieba()
    return config


def on_pre_build(config):
    index = Path(config["site_dir"]) / "search" / "search_index.json"
    _state["previous"] = (
        json.loads(index.read_text(encoding="utf-8")) if _state.get("dirty") and index.exists() else None
    )


def on_files(files, config):
    _state["pages"] = [f.url for f in files.documentation_pages()]
    _state["outputs"] = {f.dest_uri for f in files} | _BUILT
    _state["rebuilt"] = set()
    return files


def on_env(env, config, files):
    cache = Path(config["site_dir"]).parent / "template-cache"
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return env


def on_page_content(content, page, config, files):
    if page.title and not page.is_homepage:
        page.meta["title"] = html.escape(plain_title(page.title))
    return content


def plain_title(heading_html: str) -> str:
    """The text a reader sees in a heading's HTML: tags dropped, entities decoded once, white space collapsed."""
    return " ".join(html.unescape(_TAG.sub("", heading_html)).split())


def on_page_context(context, page, config, nav):
    page.content = _ALT_SCRIPT.sub("", page.content)
    _state["rebuilt"].add(page.url)
    search = config.plugins.get("material/search") or config.plugins.get("search")
    for entry in reversed(search.search_index.entries):
        if entry["location"].split("#")[0] != page.url:
            break  # the entries of this page are the last ones
        if _ALT_SCRIPT_MARK in entry["text"]:
            entry["text"] = _new_words_only(entry["text"])
    return context


def _new_words_only(text: str) -> str:
    """The text, then the words of its other-script copy that it lacks (Material has segmented both)."""
    head, _, alternate = text.partition(_ALT_SCRIPT_MARK)
    known = set(_WORD_BREAK.split(head))
    extra = dict.fromkeys(w for w in _WORD_BREAK.split(alternate) if w and w not in known)
    return " ".join([head.rstrip(), *extra])


def on_post_page(output, page, config):
    return _unindented(output)


def on_post_template(output_content, template_name, config):
    return _unindented(output_content) if template_name.endswith(".html") else output_content


def _unindented(html: str) -> str:
    return "".join(part if part.startswith("<pre") else _INDENT.sub("\n", part) for part in _PRE.split(html))


def on_post_build(config):
    site = Path(config["site_dir"])
    index = site / "search" / "search_index.json"
    if not index.exists():
        return
    data = json.loads(index.read_text(encoding="utf-8"))
    if _state.get("previous") is not None:
        data["docs"] = _merged(_state["previous"]["docs"], data["docs"])
        _remove_stale(site)
    index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _merged(previous: list[dict], fresh: list[dict]) -> list[dict]:
    """Entries of rebuilt pages from ``fresh``, of the others from ``previous``, in page order."""
    by_page: dict[str, list[dict]] = {}
    for entry in previous:
        page = entry["location"].split("#")[0]
        if page not in _state["rebuilt"]:
            by_page.setdefault(page, []).append(entry)
    for entry in fresh:
        by_page.setdefault(entry["location"].split("#")[0], []).append(entry)
    return [entry for page in _state["pages"] for entry in by_page.get(page, [])]


def _remove_stale(site: Path) -> None:
    for path in sorted(site.rglob("*"), reverse=True):
        relative = path.relative_to(site).as_posix()
        if path.is_file() and relative not in _state["outputs"]:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
