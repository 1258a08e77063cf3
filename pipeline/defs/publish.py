"""The published ledger.duckdb and the published site."""

import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.publishing import publish_tree, staged, sync_folder
from pipeline.sitegen.build import render_pages
from pipeline.sitegen.index_pages import DOWNLOADS
from pipeline.sitegen.ledger import load
from pipeline.storage import scalar
from schemas import TABLES

from .resources import PROJECT_ROOT, OutputFolder

BASE_CONFIG = PROJECT_ROOT / "mkdocs.yml"
HOOKS = PROJECT_ROOT / "pipeline" / "sitegen" / "mkdocs_hooks.py"
BUILDER = PROJECT_ROOT / "pipeline" / "sitegen" / "mkdocs_build.py"
HAND_WRITTEN = PROJECT_ROOT / "site"


@dg.asset(group_name="publish", kinds={"duckdb"}, deps=["narratives"])
def ledger_db(context: dg.AssetExecutionContext, output_folder: OutputFolder, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Publish the working database as ledger.duckdb (after every blocking check passed).

    The published file is a fresh copy, compacted and ZSTD-compressed (about
    half the size of the working file, whose deleted rows leave free blocks),
    renamed into place so readers see the old ledger or the new one.
    """
    with duckdb.get_connection() as conn, staged(output_folder.published_db) as staging:
        counts = {name: scalar(conn, f"SELECT count(*) FROM {name}") for name in TABLES}
        quoted = str(staging).replace("'", "''")
        conn.execute("SET force_compression = 'zstd'")
        try:
            conn.execute(f"ATTACH '{quoted}' AS published")
            conn.execute(f'COPY FROM DATABASE "{scalar(conn, "SELECT current_database()")}" TO published')
            conn.execute("DETACH published")
        finally:
            conn.execute("RESET force_compression")
    context.log.info(f"Published {output_folder.published_db}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(output_folder.published_db)),
            "size_bytes": dg.MetadataValue.int(output_folder.published_db.stat().st_size),
            "table_rows": dg.MetadataValue.md("\n".join(["| table | rows |", "|---|---|"] + [f"| {k} | {v} |" for k, v in counts.items()])),
        }
    )


@dg.asset(group_name="publish", deps=["ledger_db"])
def site_pages(output_folder: OutputFolder, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Generate the site's Markdown pages and downloads from the ledger; only changed files are rewritten."""
    files = {p.relative_to(HAND_WRITTEN).as_posix(): p.read_bytes() for p in sorted(HAND_WRITTEN.rglob("*")) if p.is_file()}
    output_folder.work.mkdir(parents=True, exist_ok=True)
    with duckdb.get_connection() as conn, tempfile.TemporaryDirectory(dir=output_folder.work) as exports:
        ledger = load(lambda sql: conn.execute(sql).df())
        for name in DOWNLOADS:
            for fmt in ("csv", "parquet"):
                target = Path(exports) / f"{name}.{fmt}"
                quoted = str(target).replace("'", "''")
                conn.execute(f"COPY (SELECT * FROM {name} ORDER BY ALL) TO '{quoted}' (FORMAT {fmt})")
                files[f"data/{target.name}"] = target.read_bytes()
    files["data/ledger.duckdb"] = output_folder.published_db.read_bytes()
    pages = render_pages(ledger)
    files.update({path: markdown.encode("utf-8") for path, markdown in pages.items()})
    written = sync_folder(output_folder.site_docs, files)
    return dg.MaterializeResult(
        metadata={
            "pages": dg.MetadataValue.int(len(pages)),
            "files_written": dg.MetadataValue.int(written),
            "docs_dir": dg.MetadataValue.path(str(output_folder.site_docs)),
        }
    )


def _build_signature(config: str) -> str:
    """What every page depends on besides its own Markdown: when it changes, the whole site is rebuilt."""
    digest = hashlib.sha256(config.encode())
    for path in (BASE_CONFIG, HOOKS, BUILDER):
        digest.update(path.read_bytes())
    for package in ("mkdocs", "mkdocs-material"):
        digest.update(f"{package}=={importlib.metadata.version(package)}".encode())
    return digest.hexdigest()


@dg.asset(group_name="publish", deps=["site_pages"])
def site(context: dg.AssetExecutionContext, output_folder: OutputFolder, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Build the MkDocs Material site (strict) and publish it as public/ by switching a symlink.

    The build folder is kept between runs: when nothing but pages changed, only
    those pages are rendered again (a dirty build, see ``mkdocs_hooks``).
    """
    work = output_folder.work / "site"
    build, stamp = work / "build", work / "build.signature"
    config = f"INHERIT: {BASE_CONFIG}\ndocs_dir: {output_folder.site_docs}\nsite_dir: {build}\nhooks:\n  - {HOOKS}\n"
    config_file = work / "mkdocs.yml"
    config_file.write_text(config, encoding="utf-8")
    signature = _build_signature(config)
    dirty = build.is_dir() and stamp.is_file() and stamp.read_text() == signature
    # Until this build succeeds, the folder is not a base for the next one.
    stamp.unlink(missing_ok=True)
    if not dirty:
        shutil.rmtree(build, ignore_errors=True)
    with duckdb.get_connection() as conn:
        newest = scalar(conn, "SELECT coalesce(epoch(max(ingested_at)), 0) FROM articles")
    # A fixed build date (the newest input file) keeps the built site byte-identical across runs.
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(newest))}
    started = time.perf_counter()
    command = [sys.executable, "-m", "pipeline.sitegen.mkdocs_build", str(config_file)] + (["--dirty"] if dirty else [])
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, check=False)
    if result.returncode != 0:
        raise dg.Failure(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    build_seconds = time.perf_counter() - started
    stamp.write_text(signature)
    n_files = sum(1 for p in build.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in build.rglob("*") if p.is_file())
    final = publish_tree(build, output_folder.public)
    context.log.info(f"Published the site at {output_folder.public} -> {final.name}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(output_folder.public)),
            "files": dg.MetadataValue.int(n_files),
            "size_bytes": dg.MetadataValue.int(size),
            "build": dg.MetadataValue.text("incremental" if dirty else "full"),
            "build_seconds": dg.MetadataValue.float(round(build_seconds, 2)),
        }
    )
