"""The entries of the articles folder: which are files to read, what to call them, how to open them.

A name is shown (and keyed in the ledger) as text: bytes that are not UTF-8
and control characters are written as ``\\xNN``. Anything that is not a
regular file (a named pipe, a socket, a device, a folder with an article's
name) is refused from its ``lstat``/``stat`` alone: it is never opened, so a
named pipe cannot make a run wait.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from schemas.common import FILE_FORMATS

PLAIN_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md",)
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
SUPPORTED_SUFFIXES = PLAIN_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES
# The format a file is read as, by its suffix (shown in the ingest report).
TEXT, MARKDOWN, HTML, PDF = FILE_FORMATS
FORMATS = {
    **dict.fromkeys(PLAIN_SUFFIXES, TEXT),
    **dict.fromkeys(MARKDOWN_SUFFIXES, MARKDOWN),
    **dict.fromkeys(HTML_SUFFIXES, HTML),
    **dict.fromkeys(PDF_SUFFIXES, PDF),
}

# Undecodable bytes (os.fsdecode turns them into lone surrogates), and those plus control characters.
_UNDECODABLE = re.compile("[\udc80-\udcff]")
# The mark article_entries adds to the second, third … of entries that show alike.
_COPY_MARK = re.compile(r"#\d+$")
_UNSHOWABLE = re.compile("[\udc80-\udcff\x00-\x1f\x7f]")
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class NotAFile(OSError):
    """An entry that is not a regular file; the message names what it is."""


def display_name(name: str) -> str:
    """``name`` as valid, printable UTF-8: a lone surrogate (an undecodable byte) or a control character as \\xNN."""
    return _UNSHOWABLE.sub(lambda m: f"\\x{ord(m.group()) & 0xFF:02x}", name)


def name_note(name: str) -> str | None:
    """What a person should know about a name that had to be rewritten to be shown, if it had."""
    if display_name(name) == name:
        return None
    if not _UNDECODABLE.search(name):
        return "the file name holds control characters; they are shown as \\xNN"
    note = "the file name is not valid UTF-8; the bytes that are not are shown as \\xNN"
    try:
        return f"{note} (as GB18030 the name reads {os.fsencode(name).decode('gb18030')!r})"
    except UnicodeDecodeError:
        return note


def file_format(name: str) -> str:
    """text, markdown, html or pdf: how a file of this name (or ``article_entries`` key) is read."""
    return FORMATS[Path(_COPY_MARK.sub("", name)).suffix.lower()]


def kind_of(mode: int) -> str | None:
    """None for a regular file, else what the entry is ("a named pipe", ...)."""
    return next((kind for test, kind in _KINDS if test(mode)), None if stat.S_ISREG(mode) else "not a regular file")


def check_regular(path: Path) -> os.stat_result:
    """The stat of the file ``path`` leads to; NotAFile if it is anything else (it is not opened)."""
    found = path.stat()
    kind = kind_of(found.st_mode)
    if kind == "a folder":
        raise NotAFile("the entry is a folder named like an article; the files in it are read on their own")
    if kind is not None:
        raise NotAFile(f"the entry is {kind}, not a regular file; it was not opened")
    return found


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading. Non-blocking, and checked again once open, because the
    entry may have been swapped for a named pipe since it was stat'ed."""
    check_regular(path)
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        kind = kind_of(os.fstat(descriptor).st_mode)
        if kind is not None:
            raise NotAFile(f"the entry is {kind}, not a regular file")
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def article_entries(root: Path) -> dict[str, Path]:
    """Every non-hidden entry under ``root`` with an article's suffix -> its path, keyed by its shown
    relative name, in key order. Folders are entered (linked ones are not) whatever their name; a
    folder or link named like an article is listed too, to be refused. Two entries that show alike
    keep distinct keys (``#2``, ``#3`` ... in order of their real names)."""
    found: list[tuple[str, Path]] = []
    for folder, subfolders, names in os.walk(root, followlinks=False):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in names + subfolders:
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                path = Path(folder, name)
                found.append((path.relative_to(root).as_posix(), path))
    entries: dict[str, Path] = {}
    for relative, path in sorted(found, key=lambda item: os.fsencode(item[0])):
        key = shown = display_name(relative)
        copies = 1
        while key in entries:
            copies += 1
            key = f"{shown}#{copies}"
        entries[key] = path
    return dict(sorted(entries.items()))
