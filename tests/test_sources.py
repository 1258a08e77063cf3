"""The folder's scan: a file unchanged since the last scan is not read again, and every change is seen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline import sources

TEXT = "分析师认为,今年的资本开支将达到三千亿元。\n"


def _same_size_rewrite(folder: Path) -> None:
    """New bytes of the same length, the modification time set back: only the change time tells."""
    path = folder / "a.txt"
    before = path.stat()
    path.write_text(TEXT.replace("三千", "四千"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _replaced(folder: Path) -> None:
    """Another file (another inode) moved over it."""
    (folder / "new.tmp").write_text(TEXT.replace("分析师", "研究员"))
    os.replace(folder / "new.tmp", folder / "a.txt")


def _sidecar_edited(folder: Path) -> None:
    (folder / "b.yml").write_text("title: 另一个标题\n")


def _added(folder: Path) -> None:
    (folder / "c.txt").write_text(TEXT + "又一篇。\n")


def _deleted(folder: Path) -> None:
    (folder / "b.txt").unlink()


def _untouched(folder: Path) -> None:
    pass


@pytest.mark.parametrize(
    "change, reads",
    [
        (_untouched, 0),
        (_same_size_rewrite, 1),
        (_replaced, 1),
        (_sidecar_edited, 1),  # the sidecar is read again, its article is not
        (_added, 1),
        (_deleted, 0),
    ],
)
def test_a_scan_reads_again_only_what_changed_and_sees_every_change(tmp_path, monkeypatch, change, reads):
    folder, states = tmp_path / "articles", tmp_path / "out" / ".work" / "states.json"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT)
    (folder / "b.txt").write_text(TEXT + "第二篇。\n")
    (folder / "b.yml").write_text("title: 标题\n")
    monkeypatch.setattr(sources, "RECENT_SECONDS", -1e9)  # the files count as long unchanged
    first = sources.scan(folder, states)
    assert first == sources.scan(folder)  # the same fingerprints as a scan that keeps no states
    change(folder)
    opened = []
    real_open = sources.files.open_regular
    monkeypatch.setattr(sources.files, "open_regular", lambda path: opened.append(path) or real_open(path))
    second = sources.scan(folder, states)
    assert len(opened) == reads
    monkeypatch.setattr(sources.files, "open_regular", real_open)
    assert second == sources.scan(folder) and (second != first) == (change is not _untouched)


@pytest.mark.parametrize(
    "recent, kept",
    [
        (-1e9, ""),  # a file not changed lately: its state is used
        (1e9, None),  # one changed lately (within a tick of the clock of a write to come): read again
        (-1e9, "not json"),  # a damaged file of states: every file read again
    ],
)
def test_recent_files_and_a_damaged_file_of_states_are_read_again(tmp_path, monkeypatch, recent, kept):
    folder, states = tmp_path / "articles", tmp_path / "states.json"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT)
    monkeypatch.setattr(sources, "RECENT_SECONDS", recent)
    first = sources.scan(folder, states)
    if kept:
        states.write_text(kept)
    opened = []
    real_open = sources.files.open_regular
    monkeypatch.setattr(sources.files, "open_regular", lambda path: opened.append(path) or real_open(path))
    assert sources.scan(folder, states) == first
    assert len(opened) == (0 if kept == "" else 1)
