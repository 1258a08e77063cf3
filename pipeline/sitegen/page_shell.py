"""Article pages put straight into the theme's page, without Markdown or Jinja for each page.

An article page is written as HTML by ``article_pages`` (its headings carry the ids MkDocs' table of
contents would give them), and every article page is the same page of the theme around its own
content: at the same depth (the same relative links), outside the navigation (no tab marked as
current, no previous or next page), with a title and a table of contents of its own. So the theme's
``main.html`` is rendered once, for a stand-in page whose title, headings and content are
placeholders, and each article page is that shell with its own values put in. MkDocs spent about
8 ms a page on Markdown, Jinja and unindenting (81 s of a 220 s build at 10,000 articles);
``tests/test_page_shell.py`` builds a site both ways and finds every file the same.
"""

from __future__ import annotations

import html
import re
import secrets
from collections.abc import Callable

from markdown.extensions.toc import nest_toc_tokens, strip_tags
from mkdocs.commands.build import get_context
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

# The pages written as HTML, in the docs folder where ``article_pages.article_path`` puts them.
FRAGMENT = re.compile(r"articles/[^/]+\.html")
_HEADING = re.compile(r'<h([1-6]) id="([^"]*)">(.*?)</h\1>', re.S)
# Unguessable, so no text of a page can pass for a placeholder.
_TOKEN = secrets.token_hex(8)
# A placeholder: the token on both sides of its name. The content's holds a heading: Material adds the page's
# title as one to content without any.
_SLOT = re.compile(f"<h1>{_TOKEN}-(content)-{_TOKEN}</h1>|{_TOKEN}-(title|id\\d+|name\\d+)-{_TOKEN}")
_TAG = re.compile(r"<[^>]*>")


def plain_title(heading_html: str) -> str:
    """The text a reader sees in a heading's HTML: tags dropped, entities decoded once, white space collapsed."""
    return " ".join(html.unescape(_TAG.sub("", heading_html)).split())


def _slot(name: str) -> str:
    return f"{_TOKEN}-{name}-{_TOKEN}"


class Shells:
    """The theme's page around an article's content, rendered once per shape of table of contents
    (every article page has one shape: its title, then two sections)."""

    def __init__(self, config, nav, files, env, finish: Callable[[str], str]):
        self._context = lambda page: get_context(nav, files.documentation_pages(), config, page)
        self._config, self._env, self._finish = config, env, finish
        self._shells: dict[tuple[int, ...], list[str]] = {}

    def page(self, content: str) -> tuple[str, str]:
        """(the page's plain title, the whole page) for an article's content."""
        headings = _HEADING.findall(content)
        if not headings or headings[0][0] != "1":
            raise ValueError("an article page's content must open with its title as a heading (h1)")
        title = plain_title(headings[0][2])
        values = {"title": html.escape(title), "content": content}
        for number, (_, anchor, inner) in enumerate(headings):
            values[f"id{number}"], values[f"name{number}"] = anchor, strip_tags(inner)
        levels = tuple(int(level) for level, _, _ in headings)
        parts = self._shells.get(levels) or self._render(levels)
        return title, "".join(values[part] if number % 2 else part for number, part in enumerate(parts))

    def _render(self, levels: tuple[int, ...]) -> list[str]:
        """The shell as text and placeholder names, alternating, rendered as MkDocs renders a page."""
        page = Page(None, File.generated(self._config, f"articles/{_TOKEN}-page.md", content=""), self._config)
        page.markdown, page.content = "", f"<h1>{_slot('content')}</h1>"
        # Where the site's hooks leave a page's title (plain text, escaped once: see mkdocs_hooks).
        page.meta = {"title": _slot("title")}
        tokens = [{"level": lv, "id": _slot(f"id{i}"), "name": _slot(f"name{i}")} for i, lv in enumerate(levels)]
        page.toc = get_toc(nest_toc_tokens(tokens))
        page.active = True
        shell = self._finish(self._env.get_template("main.html").render(self._context(page)))
        parts, cursor = [], 0
        for match in _SLOT.finditer(shell):
            parts += [shell[cursor : match.start()], match.group(1) or match.group(2)]
            cursor = match.end()
        parts.append(shell[cursor:])
        if any(_TOKEN in part for part in parts[::2]):
            raise RuntimeError("the theme put what is not a placeholder of ours (the page's own address?) into it")
        self._shells[levels] = parts
        return parts
