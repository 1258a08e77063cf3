"""Build the site with MkDocs in strict mode, whole or only for the pages that changed.

    python -m pipeline.sitegen.mkdocs_build CONFIG [--parent PID] [--dirty]

MkDocs' own ``--dirty`` renders only the pages whose Markdown is newer than
their HTML; it also logs a warning on every such build, which ``--strict``
would count as a failure. The caveats of that warning (stale search index and
pages) are what ``mkdocs_hooks`` settles, so the warning is filtered here and
every other warning still fails the build. With ``--parent``, the build dies
with the run that started it.
"""

from __future__ import annotations

import logging
import sys

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from pipeline.lifetime import die_with_parent


class _DirtyBuildNotice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def main(argv: list[str]) -> int:
    config_file, dirty = argv[0], "--dirty" in argv[1:]
    if "--parent" in argv:
        die_with_parent(int(argv[argv.index("--parent") + 1]))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("mkdocs.commands.build").addFilter(_DirtyBuildNotice())
    try:
        config = load_config(config_file, strict=True)
        config.plugins.on_startup(command="build", dirty=dirty)
        try:
            build(config, dirty=dirty)
        finally:
            config.plugins.on_shutdown()
    except MkDocsException as error:
        print(f"mkdocs build failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
