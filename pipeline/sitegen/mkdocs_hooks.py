"""MkDocs hooks that keep the site small and let a build redo only the pages that changed.

- Search is our own static index (``search_index``): each page's text, with
  an article's alternate-script copy, is kept as a search record beside the
  build and indexed after it; the copy is then dropped from the published HTML.
  The search box in the header is ours (``search_box.html``, Material's
  classes and icons): Material's own box comes with its search plugin, whose
  single index the browser must load whole. It is rendered once, into
  ``javascripts/search-box.js``, and search.js puts it at the end of the
  header's bar: a page does not carry its 2 kB of markup and icons, and
  without scripts, which search needs, there is no box that cannot answer.
- Indentation is taken out of the HTML (outside <pre>): Material's templates
  are indented for reading, and on a thousand article pages that is a third of
  the bytes. A run of white space that holds a line break stays one line
  break, so the pages render the same. So is what no reader gets: the
  generator's meta tag and the navigation drawer's button, which ledger.css
  hides (there is no drawer: the tabs show at every width); 0.25 kB a page.
- Material's files for its own search (lunr, its worker) and the source maps
  of its scripts are not published (2.2 MB): nothing loads them.
- Every page's title becomes plain text, escaped once, in ``page.meta.title``
  before any template sees it. MkDocs' page.title is the HTML of the heading
  (entities kept), and the theme puts it into <title> through ``striptags``,
  which also unescapes: an escaped "</title><script>" became markup again.
  The theme prefers ``page.meta.title`` for <title> and the header, and
  inserts it as is (no autoescaping in MkDocs' Jinja), so it holds the escape.
- Article pages are written as HTML by the site generator and put into the
  theme's page here (``page_shell``: rendered once, not once a page), after
  the Markdown pages; their search records are written as those of the others.
- Blocks of HTML the site generator wrote in a Markdown page (a table, a chart:
  a ``div``, ``table`` or ``figure`` standing alone between blank lines) skip
  the Markdown pipeline: they are set aside before it and put back after it,
  as Markdown itself would leave them. Python-Markdown parses raw HTML twice
  (its HTML block reader, then md_in_html's) to hand it back unchanged.
- Compiled templates are kept (Jinja's bytecode cache, beside the build
  folder): compiling Material's templates is a second and a half of every build.
  JSON in templates (the page's config) is written as UTF-8, not escaped.
- On a dirty build (``pipeline.sitegen.mkdocs_build --dirty``) MkDocs renders
  only the pages whose Markdown is newer than their HTML (and the hooks only the
  article pages whose HTML is newer than their page). Outputs and search
  copies of pages whose Markdown is gone are deleted, and the index is built
  from every page's copy (tokenising only those written or deleted), so the
  result is byte-identical to a full build.
"""

from __future__ import annotations

import html
import json
import os
import re
import secrets
import shutil
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from mkdocs.structure.files import File

from pipeline.sitegen import page_shell, search_index
from pipeline.sitegen.html_layout import unindented
from pipeline.sitegen.page_shell import plain_title

# Markup of the theme that no reader gets (see above); each ends its line.
_UNSEEN = re.compile(
    r'<meta name="generator"[^>]*>\n|<label class="md-header__button md-icon" for="__drawer">.*?</label>\n', re.S
)
# Theme files of Material's search and its scripts' source maps, which no page loads.
_UNUSED_ASSET = re.compile(r"assets/javascripts/(lunr|workers)/.*|.*\.map")
_RAW_BLOCK = re.compile(r"<(div|table|figure)\b[^>]*>.*</\1>", re.S)
# Unguessable, so no text of a page can pass for a placeholder; never in the output.
_NONCE = secrets.token_hex(8)
_SET_ASIDE = re.compile(f"<p>{_NONCE}-(\\d+)</p>")
_SEARCH_BOX = Path(__file__).with_name("search_box.html")
SEARCH_BOX_SCRIPT = "javascripts/search-box.js"
# Written by MkDocs or Material themselves, not from a file of the docs folder.
_BUILT = {"404.html", "sitemap.xml", "sitemap.xml.gz"}

_state: dict = {}


def on_startup(command, dirty):
    _state.clear()
    _state["dirty"] = dirty


def on_pre_build(config):
    source = _search_source(config)
    if not _state.get("dirty"):
        shutil.rmtree(source, ignore_errors=True)
    source.mkdir(parents=True, exist_ok=True)


def _search_source(config) -> Path:
    return Path(config["site_dir"]).parent / "search-source"


def on_files(files, config):
    for file in [f for f in files if _UNUSED_ASSET.fullmatch(f.dest_uri)]:
        files.remove(file)
    box = unindented(config.theme.get_env().from_string(_SEARCH_BOX.read_text(encoding="utf-8")).render())
    files.append(File.generated(config, SEARCH_BOX_SCRIPT, content=f"window.ledgerSearchBox = {json.dumps(box)};\n"))
    _state["outputs"] = {f.dest_uri for f in files} | _BUILT
    # Article pages written as HTML: not copied as they are, but put into the theme's page (on_post_build).
    articles = [f for f in files if not f.is_documentation_page() and page_shell.FRAGMENT.fullmatch(f.src_uri)]
    for file in articles:
        files.remove(file)
    pages = {f.dest_uri for f in [*files.documentation_pages(), *articles]}
    _state.update(articles=articles, files=files, pages=pages, changed=set())
    return files


def on_nav(nav, config, files):
    _state["nav"] = nav
    return nav


def on_env(env, config, files):
    cache = Path(config["site_dir"]).parent / "template-cache"
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    # The page's config (Material's translations, in Chinese) as UTF-8, not \u escapes: half its bytes.
    env.policies["json.dumps_kwargs"] = {**env.policies["json.dumps_kwargs"], "ensure_ascii": False}
    _state["env"] = env
    return env


def on_page_markdown(markdown, page, config, files):
    markdown, page.meta["raw_blocks"] = set_aside(markdown)
    return markdown


def set_aside(markdown: str) -> tuple[str, list[str]]:
    """The Markdown with each block of raw HTML replaced by a numbered placeholder, and the blocks."""
    chunks, blocks = markdown.split("\n\n"), []
    for i, chunk in enumerate(chunks):
        block = chunk.rstrip("\n")  # the page's last block ends with the file's line break
        if _RAW_BLOCK.fullmatch(block):
            blocks.append(block)
            chunks[i] = f"{_NONCE}-{len(blocks) - 1}{chunk[len(block) :]}"
    return "\n\n".join(chunks), blocks


def put_back(content: str, blocks: list[str]) -> str:
    """The HTML with each placeholder paragraph replaced by its block, as Markdown leaves raw HTML."""
    return _SET_ASIDE.sub(lambda m: blocks[int(m.group(1))], content)


def on_page_content(content, page, config, files):
    page.markdown = (
        ""  # MkDocs renders every page before it writes any: keep only the HTML (None would mean "no title")
    )
    content = put_back(content, page.meta.pop("raw_blocks", []))
    if page.title and not page.is_homepage:
        page.meta["title"] = html.escape(plain_title(page.title))
    return content


def on_page_context(context, page, config, nav):
    title = plain_title(page.title or "") or config["site_name"]
    _state["changed"].add(search_index.write_source(_search_source(config), page.file.dest_uri, title, page.content))
    page.content = search_index.ALT_SCRIPT.sub("", page.content)
    return context


def on_post_page(output, page, config):
    page.content = None  # written: no longer needed (the anchors to check were taken at rendering)
    return _trimmed(output)


def on_post_template(output_content, template_name, config):
    return _trimmed(output_content) if template_name.endswith(".html") else output_content


def _trimmed(html: str) -> str:
    return _UNSEEN.sub("", unindented(html))


def _write_articles(config) -> None:
    """Each article page whose HTML is newer than its page in the site (every one on a full build), put into
    the theme's page, and its search record, as ``on_page_context`` writes a Markdown page's."""
    shells = page_shell.Shells(config, _state["nav"], _state["files"], _state["env"], _trimmed)
    for file in _state["articles"]:
        if _state["dirty"] and not file.is_modified():
            continue
        content = Path(file.abs_src_path).read_text(encoding="utf-8")
        title, page = shells.page(search_index.ALT_SCRIPT.sub("", content).rstrip())
        _state["changed"].add(search_index.write_source(_search_source(config), file.dest_uri, title, content))
        Path(file.abs_dest_path).parent.mkdir(parents=True, exist_ok=True)
        # As MkDocs writes a page: a lone surrogate as a character reference
        Path(file.abs_dest_path).write_bytes(page.encode("utf-8", errors="xmlcharrefreplace"))


def on_post_build(config):
    _write_articles(config)
    site, source = Path(config["site_dir"]), _search_source(config)
    if not _state.get("dirty"):
        search_index.build_index(source, site)
        return
    copies = search_index.source_paths(_state["pages"])
    _state["changed"] |= _files_under(source) - copies  # the records of pages that are gone
    search_index.remove_stale(
        site, _state["outputs"] | {f"{search_index.OUTPUT}/{p}" for p in _files_under(site / search_index.OUTPUT)}
    )
    search_index.remove_stale(source, copies)
    search_index.build_index(source, site, _state["changed"])


def _files_under(folder: Path) -> set[str]:
    found = set()
    for top, _, files in os.walk(folder):  # os.walk: pathlib's rglob took seconds over the build's 28,000 files
        relative = os.path.relpath(top, folder).replace(os.sep, "/")
        found.update(name if relative == "." else f"{relative}/{name}" for name in files)
    return found
