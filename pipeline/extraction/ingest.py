"""Read an article file into an Article or a Refusal (which of two files with one text the ledger
keeps is settled in the ledger: pipeline/defs/sql/settle_duplicates.sql)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

from .boilerplate import clean_lines
from .head_lines import derive_title
from .dates import PDF, SIDECAR, resolve
from .decoding import MAX_FILE_BYTES, RefusedFile, read_text_file
from .files import NotAFile, display_name
from .limits import LIMITS
from .metadata import Metadata, MetadataError, parse_metadata, sidecar_path
from .post_lines import read_post_lines
from .readers import read_file_text
from .records import Article, Refusal
from .script import detect_script, to_simplified

ARTICLE_ID_CHARS = 16

INGESTED = "ingested"
REFUSED = "refused"


def read_article(path: Path, root: Path, max_bytes: int = MAX_FILE_BYTES) -> Article | Refusal:
    """One file as an Article, or a Refusal saying why it cannot be one."""
    file_name = display_name(path.absolute().relative_to(root.absolute()).as_posix())
    try:
        read = read_file_text(path, max_bytes)
        metadata = read.metadata.filled_from(_sidecar_metadata(path))
        modified = datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    except RefusedFile as refused:
        return Refusal(file_name, refused.reason)
    except (MetadataError, NotAFile) as error:
        return Refusal(file_name, str(error))
    except OSError as error:
        return Refusal(file_name, f"the file cannot be read ({error.strerror or error})")
    post = read_post_lines(read.lines, read.accounts)
    cleaned = clean_lines(post.lines, read.title_line)
    text_original = cleaned.text
    if not text_original:
        return Refusal(file_name, "no article text is left once site boilerplate is removed")
    title = metadata.title or cleaned.title or derive_title(text_original)
    if len(title) > LIMITS.max_title_chars:
        return Refusal(
            file_name, f"the title is {len(title):,} characters long, over the limit of {LIMITS.max_title_chars:,}"
        )
    published, published_from = metadata.published, metadata.published_from
    # A PDF's creation date may be a later export's: the date its author wrote on it comes first.
    if post.dateline is not None and published_from in (None, PDF):
        published, published_from = resolve(post.dateline, text_original, modified.year) or (published, published_from)
    text_simplified = to_simplified(text_original)
    sha256 = hashlib.sha256(text_original.encode("utf-8")).hexdigest()
    return Article(
        article_id=sha256[:ARTICLE_ID_CHARS],
        file_name=file_name,
        title=title,
        author=metadata.author or post.author or cleaned.author,
        source=metadata.source or post.source,
        url=metadata.url,
        published=published,
        published_from=published_from,
        script=detect_script(text_original, text_simplified),
        text_original=text_original,
        text_simplified=text_simplified,
        sha256=sha256,
        n_chars=len(text_original),
        ingested_at=modified,
        encoding=read.encoding,
    )


def read_inside(path: Path, root: Path, max_bytes: int) -> Article | Refusal:
    """Like read_article, but a link leading out of ``root`` is refused, never read; and whatever
    goes wrong with this one file is its refusal, never the run's failure."""
    file_name = display_name(path.relative_to(root).as_posix())
    try:
        if path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):  # dangling, or a loop of links
                return Refusal(file_name, "the file is a link that leads nowhere")
            if not target.is_relative_to(root):
                return Refusal(file_name, "the file is a link to outside the articles folder")
        result = read_article(path, root, max_bytes)
    except Exception as error:  # noqa: BLE001 (the isolation boundary of one file)
        result = Refusal(file_name, f"reading the file failed: {type(error).__name__}: {str(error)[:200]}")
    # A reason may quote an undecodable name (an OSError's); the ledger stores valid UTF-8 only.
    return Refusal(file_name, display_name(result.reason)) if isinstance(result, Refusal) else result


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # a dangling link or a file removed meanwhile
        return 0


def _sidecar_metadata(path: Path) -> Metadata:
    sidecar = sidecar_path(path)
    if sidecar is None:
        return Metadata()
    where = f"the metadata file {display_name(sidecar.name)}"
    try:
        text = read_text_file(sidecar, LIMITS.max_metadata_bytes).text
    except RefusedFile as refused:
        raise MetadataError(f"{where} cannot be used: {refused.reason}") from None
    except OSError as error:
        raise MetadataError(f"{where} cannot be read ({error.strerror or error})") from None
    return parse_metadata(text, where, SIDECAR)
