"""Escaping and small HTML pieces shared by the page builders.

Everything that comes from an article goes through ``esc`` (HTML) or ``md``
(Markdown inline text): an article containing ``<script>`` shows the text.
"""

from __future__ import annotations

import html
import re

from .labels import UNIT_ZH

_HTML_SPECIAL = re.compile(r"[&<>\"']")
# The characters Markdown lets a backslash escape, less ">" (HTML escaping makes it an entity)
# and "-", "." (they only matter at the start of a line).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|])")


def esc(value) -> str:
    if value is None:
        return ""
    text = str(value)
    # Most text has nothing to escape: looking is half the cost of html.escape's five replacements (a page
    # escapes a few hundred pieces).
    return html.escape(text, quote=True) if _HTML_SPECIAL.search(text) else text


def md(value) -> str:
    """Text safe for inline Markdown: on one line, Markdown-escaped, then HTML-escaped.

    A line break would end a heading and start a block of its own. Markdown
    escapes come first: escaping the '#' of an entity (&#x27;) would show the entity.
    """
    text = "" if value is None else " ".join(str(value).split())
    return html.escape(_MD_SPECIAL.sub(r"\\\1", text), quote=False)


def number(value: float) -> str:
    """A base-unit value for people: 8.9e10 -> 890亿, 0.5 -> 0.5."""
    magnitude = abs(value)
    for scale, word in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if magnitude >= scale:
            return f"{value / scale:,.4g}{word}"
    return f"{value:,.4g}"


def figure_value(low: float, high: float, unit: str) -> str:
    text = number(low) if low == high else f"{number(low)}–{number(high)}"
    label = UNIT_ZH.get(unit, unit)
    return f"{text}{label}" if label in ("%",) else f"{text} {label}".rstrip()


def table(
    headers: list[str],
    rows: list[list[str]],
    css_class: str = "ledger-table",
    searchable: bool = True,
    row_attrs: list[str] | None = None,
) -> str:
    """An HTML table; cells must already be escaped or built from escaped parts.

    ``searchable=False`` keeps the table out of the search index: for tables that repeat sentences
    indexed on article pages.
    ``row_attrs`` holds, per row, attributes of its ``<tr>`` (escaped, with a leading space).
    """
    head = "".join(f"<th>{h}</th>" for h in headers)
    attrs = row_attrs or [""] * len(rows)
    body = "".join(f"<tr{a}>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for a, row in zip(attrs, rows))
    exclude = "" if searchable else " data-search-ignore"
    return f'<table class="{css_class}"{exclude}>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>'


# Lists that grow with the corpus show this many rows on a page; the rest are in
# the downloads and the DuckDB file, so pages stay small as the corpus grows.
PAGE_ROWS = 40


def shown_of(total: int) -> str:
    return f"(显示 {PAGE_ROWS} / {total} 条,全部见数据下载)" if total > PAGE_ROWS else ""


def link(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{text}</a>'
