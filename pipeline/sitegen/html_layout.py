"""How the site's HTML is laid out: without indentation, headings with the ids MkDocs gives them.

Used by the MkDocs hooks (on every page the theme renders) and by the article pages, which are
written as HTML: this module imports nothing of the site generator (the MkDocs build loads it).
"""

from __future__ import annotations

import re

from markdown.extensions.toc import slugify, unique

_PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)
_INDENT = re.compile(r"(?<![ \t])[ \t]*\n\s*")  # from the start of a run of blanks only: one pass over it


def unindented(page: str) -> str:
    """The HTML with every run of white space that holds a line break made one line break (outside <pre>):
    Material's templates are indented for reading, and on a thousand pages that is a third of the bytes."""
    lines = page.split("\n")
    if not any(line[-1:] in (" ", "\t") for line in lines[:-1]) and not any(
        not line or line[0].isspace() for line in lines[1:]
    ):
        return page  # no line break with white space beside it: the regex would scan the page for nothing
    return "".join(part if part.startswith("<pre") else _INDENT.sub("\n", part) for part in _PRE.split(page))


def heading_ids(texts: list[str]) -> list[str]:
    """The ids MkDocs' table of contents (Python-Markdown's toc) gives headings of these texts, in page order:
    a page written as HTML keeps the anchors, skip link and table of contents of one written as Markdown."""
    used: set[str] = set()
    return [unique(slugify(text, "-"), used) for text in texts]
