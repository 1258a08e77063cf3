"""Read a test folder as the pipeline's ingest step does, file by file: each supported file becomes
an Article or a Refusal. Which of two files with the same text owns it is the ledger's rule
(pipeline/defs/sql/settle_duplicates.sql), tested through the run; here they are two Articles
with one article_id."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.extraction.decoding import MAX_FILE_BYTES
from pipeline.extraction.ingest import read_inside
from pipeline.extraction.records import Article, Refusal
from pipeline.extraction.files import article_entries


@dataclass(frozen=True)
class Folder:
    results: tuple[Article | Refusal, ...]  # one a supported file, by file name

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(r for r in self.results if isinstance(r, Article))

    @property
    def refusals(self) -> tuple[Refusal, ...]:
        return tuple(r for r in self.results if isinstance(r, Refusal))

    @property
    def names(self) -> list[str]:
        return [r.file_name for r in self.results]


def read_folder(root: Path, max_bytes: int = MAX_FILE_BYTES) -> Folder:
    root = root.resolve()
    return Folder(
        tuple(replace(read_inside(path, root, max_bytes), file_name=key) for key, path in article_entries(root).items())
    )
