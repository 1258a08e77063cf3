"""`ledger run` on an output folder it cannot write to: one clear line, a non-zero exit, no traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from pipeline import cli
from tests.as_nobody import NOBODY, as_nobody

ROOT = Path(__file__).resolve().parents[1]


def _articles(folder: Path) -> Path:
    articles = folder / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("市场观察\n分析师认为,今年的资本开支将达到三千亿元。\n", encoding="utf-8")
    return articles


@pytest.mark.parametrize("out_name", ["a-file", "a-file/out"])
def test_an_output_path_that_is_not_a_folder_is_one_clear_error(tmp_path, capsys, out_name):
    (tmp_path / "a-file").write_text("not a folder")
    out = tmp_path / out_name
    assert cli.main(["run", "--articles", str(_articles(tmp_path)), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"ledger: cannot write to the output folder {out}: Not a directory"]


@as_nobody
@pytest.mark.parametrize("read_only", ["out", "out/.work"])
def test_a_read_only_output_folder_is_one_clear_error(read_only):
    """Run as a user who may not write there (root may write anywhere)."""
    folder = Path(tempfile.mkdtemp(prefix="read-only-out-"))
    try:
        folder.chmod(0o755)
        articles = _articles(folder)
        (folder / "out" / ".work").mkdir(parents=True)
        for path in (folder / "out", folder / "out" / ".work"):
            path.chmod(0o755 if path != folder / read_only else 0o555)
        if read_only == "out/.work":  # the out folder itself is writable by that user, its working folder not
            os.chown(folder / "out", 65534, 65534)
        done = subprocess.run(
            [
                *NOBODY,
                sys.executable,
                "-m",
                "pipeline.cli",
                "run",
                "--articles",
                str(articles),
                "--out",
                str(folder / "out"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
    finally:
        shutil.rmtree(folder)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"ledger: cannot write to the output folder {folder / 'out'}: Permission denied"
    ]
