"""Entries of the articles folder: shown names, what is a file, opening without blocking."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from pipeline.extraction import files
from pipeline.extraction.decoding import read_text_file
from pipeline.extraction.files import NotAFile, article_entries, display_name, name_note, open_regular
from pipeline.sources import scan
from tests.as_nobody import NOBODY, as_nobody

ROOT = Path(__file__).resolve().parents[1]
TEXT = "分析师认为,今年的资本开支将达到三千亿元,需求持续回升。\n".encode()


@pytest.mark.parametrize(
    ("raw", "shown", "note"),
    [
        (b"plain.txt", "plain.txt", None),
        ("中文名.txt".encode(), "中文名.txt", None),
        (b"gbk-\xd6\xd0\xce\xc4.txt", "gbk-\\xd6\\xd0\\xce\\xc4.txt", "as GB18030 the name reads 'gbk-中文.txt'"),
        (b"caf\xe9.md", "caf\\xe9.md", "not valid UTF-8"),
        (b"\xff\xfe.txt", "\\xff\\xfe.txt", "not valid UTF-8; the bytes that are not are shown as \\xNN"),
        (b"a\tb\nc\x7f.txt", "a\\x09b\\x0ac\\x7f.txt", "control characters"),
        (b"dir\xff/inner.txt", "dir\\xff/inner.txt", "not valid UTF-8"),
    ],
)
def test_names_are_shown_as_valid_printable_utf8(raw, shown, note):
    name = os.fsdecode(raw)
    assert display_name(name) == shown
    assert display_name(name).encode("utf-8")  # storable
    found = name_note(name)
    assert (found is None) if note is None else (note in found)


def _entries(tmp_path: Path, names: list[bytes]) -> dict[str, bytes]:
    for raw in names:
        path = os.path.join(os.fsencode(tmp_path), raw)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(TEXT + raw)
    return {key: os.fsencode(path.relative_to(tmp_path)) for key, path in article_entries(tmp_path).items()}


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([b"b.txt", b"a.md", b"c.yml", b".hidden.txt"], {"a.md": b"a.md", "b.txt": b"b.txt"}),
        ([b"x\xff.txt", b"x\\xff.txt"], {"x\\xff.txt": b"x\\xff.txt", "x\\xff.txt#2": b"x\xff.txt"}),
        ([b"x\\xff.txt", b"x\xff.txt", b"x\\xff.txt#2"], {"x\\xff.txt": b"x\\xff.txt", "x\\xff.txt#2": b"x\xff.txt"}),
        ([b"sub\xfe/a.txt"], {"sub\\xfe/a.txt": b"sub\xfe/a.txt"}),
    ],
    ids=["suffixes-and-hidden", "shown-alike", "shown-alike-and-suffix-lookalike", "folder-name"],
)
def test_every_entry_has_its_own_key(tmp_path, names, expected):
    assert _entries(tmp_path, names) == expected


def _special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.txt"
    if kind == "pipe":
        os.mkfifo(path)
    elif kind == "socket":
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(path))
    elif kind == "folder":
        path.mkdir()
    return path


@pytest.mark.parametrize(("kind", "reason"), [("pipe", "a named pipe"), ("socket", "a socket"), ("folder", "a folder")])
def test_an_entry_that_is_not_a_file_is_refused_unopened(tmp_path, kind, reason):
    path = _special(tmp_path, kind)
    with pytest.raises(NotAFile, match=reason):
        read_text_file(path)
    assert set(scan(tmp_path)) == {path.name}  # fingerprinting it neither blocks nor raises


def test_a_pipe_swapped_in_after_the_check_is_not_waited_on(tmp_path, monkeypatch):
    """open_regular opens non-blocking and checks again: a named pipe nobody writes to cannot hang it."""
    pipe = _special(tmp_path, "pipe")
    monkeypatch.setattr(files, "check_regular", lambda path: None)  # as if the entry changed after its stat
    outcome = []
    thread = threading.Thread(target=lambda: outcome.append(_raises(open_regular, pipe)), daemon=True)
    thread.start()
    thread.join(timeout=30)
    assert outcome == ["NotAFile"]


def _raises(function, *args) -> str | None:
    try:
        function(*args)
    except Exception as error:  # noqa: BLE001
        return type(error).__name__
    return None


@as_nobody
def test_a_file_another_user_may_not_read_is_refused_with_the_reason():
    """As a user without permission (not root, whom permission bits do not stop): refused, and the scan goes on."""
    folder = Path(tempfile.mkdtemp(prefix="unreadable-"))
    try:
        folder.chmod(0o755)
        (folder / "open.txt").write_bytes(TEXT)
        (folder / "locked.txt").write_bytes(TEXT + b"!")
        (folder / "locked.txt").chmod(0o000)
        (folder / "locked-sidecar.txt").write_bytes(TEXT + b"?")
        (folder / "locked-sidecar.yml").write_text("title: t\n")
        (folder / "locked-sidecar.yml").chmod(0o000)
        program = (
            "import json, pathlib, sys\n"
            "from tests.folder_reading import read_folder\n"
            "from pipeline.sources import scan\n"
            "root = pathlib.Path(sys.argv[1])\n"
            "corpus = read_folder(root)\n"
            "print(json.dumps({'scan': sorted(scan(root)), 'refused': {r.file_name: r.reason for r in corpus.refusals},"
            " 'stored': [a.file_name for a in corpus.articles]}))\n"
        )
        done = subprocess.run(
            [*NOBODY, sys.executable, "-c", program, str(folder)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert done.returncode == 0, done.stderr
        found = json.loads(done.stdout)
    finally:
        shutil.rmtree(folder)
    assert found["scan"] == ["locked-sidecar.txt", "locked.txt", "open.txt"]
    assert found["stored"] == ["open.txt"]
    assert found["refused"] == {
        "locked.txt": "the file cannot be read (Permission denied)",
        "locked-sidecar.txt": "the metadata file locked-sidecar.yml cannot be read (Permission denied)",
    }
