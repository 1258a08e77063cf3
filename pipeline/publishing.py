"""Atomic publishing: readers see the old ledger or the new one, never a half-built one."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def staged(target: Path) -> Iterator[Path]:
    """A private path next to ``target`` to write; on success it is flushed and renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    staging.unlink(missing_ok=True)
    try:
        yield staging
        with open(staging, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def publish_tree(build: Path, link: Path, keep: int = 2) -> Path:
    """Copy a built folder under ``.<link name>/`` and switch the ``link`` symlink to it.

    The switch is one rename of a symlink, so a reader (or a killed run) finds
    either the previous site or the new one. ``build`` itself is kept, for the
    next incremental build. The last ``keep`` builds are kept.
    """
    store = link.parent / f".{link.name}"
    store.mkdir(parents=True, exist_ok=True)
    final = store / tree_digest(build)
    if not final.exists():
        staging = store / f".{final.name}.{os.getpid()}.tmp"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(build, staging)
        staging.rename(final)
    os.utime(final)
    if link.exists() and not link.is_symlink():
        # A real folder from elsewhere: set it aside rather than delete it.
        link.rename(store / "previous-folder")
    staging_link = link.with_name(f".{link.name}.{os.getpid()}.link")
    if staging_link.is_symlink():
        staging_link.unlink()
    staging_link.symlink_to(final.relative_to(link.parent))
    os.replace(staging_link, link)
    builds = sorted((p for p in store.iterdir() if p.is_dir() and p != final), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[keep - 1 :]:
        shutil.rmtree(old)
    return final


def sync_folder(folder: Path, files: dict[str, bytes]) -> int:
    """Make ``folder`` hold exactly ``files`` (relative path -> bytes); returns how many were written.

    A file whose bytes are unchanged is not touched, so its modification time
    still tells MkDocs' dirty build that its page need not be rendered again.
    """
    written = 0
    for relative, content in files.items():
        path = folder / relative
        if path.is_file() and path.stat().st_size == len(content) and path.read_bytes() == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written += 1
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and path.relative_to(folder).as_posix() not in files:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written
