"""MkDocs hooks that keep the site small (they run after Material's search plugin).

- The alternate-script copy of an article is there for the search index only:
  once the page is indexed, it is dropped from the HTML.
- Material writes the index with every CJK character escaped (\\uXXXX, six
  bytes); written as UTF-8 the same JSON is about half the size.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_ALT_SCRIPT = re.compile(r'<div class="alt-script" hidden>.*?</div>', re.S)


def on_page_context(context, page, config, nav):
    page.content = _ALT_SCRIPT.sub("", page.content)
    return context


def on_post_build(config):
    index = Path(config["site_dir"]) / "search" / "search_index.json"
    if index.exists():
        data = json.loads(index.read_text(encoding="utf-8"))
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
