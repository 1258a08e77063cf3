"""Atomic publishing: readers see the old ledger or the new one, never a half-built one."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path


def publish_file(source: Path, target: Path) -> None:
    """Copy ``source`` next to ``target`` under a private name, flush it, rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(source, staging)
    with open(staging, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(staging, target)


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def publish_tree(build: Path, link: Path, keep: int = 2) -> Path:
    """Move a built folder under ``.<link name>/`` and switch the ``link`` symlink to it.

    The switch is one rename of a symlink, so a reader (or a killed run) finds
    either the previous site or the new one. The last ``keep`` builds are kept.
    """
    store = link.parent / f".{link.name}"
    store.mkdir(parents=True, exist_ok=True)
    final = store / tree_digest(build)
    if final.exists():
        shutil.rmtree(build)
    else:
        build.rename(final)
    os.utime(final)
    if link.exists() and not link.is_symlink():
        # A real folder from elsewhere: set it aside rather than delete it.
        link.rename(store / "previous-folder")
    staging = link.with_name(f".{link.name}.{os.getpid()}.link")
    if staging.is_symlink():
        staging.unlink()
    staging.symlink_to(final.relative_to(link.parent))
    os.replace(staging, link)
    builds = sorted((p for p in store.iterdir() if p.is_dir() and p != final), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[keep - 1 :]:
        shutil.rmtree(old)
    return final
