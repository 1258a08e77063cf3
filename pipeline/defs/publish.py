"""The published ledger.duckdb and the published site."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.publishing import publish_file, publish_tree
from pipeline.sitegen.build import write_pages
from pipeline.sitegen.index_pages import DOWNLOADS
from pipeline.sitegen.ledger import load
from pipeline.storage import scalar
from schemas import TABLES

from .resources import PROJECT_ROOT, OutputFolder

BASE_CONFIG = PROJECT_ROOT / "mkdocs.yml"
HOOKS = PROJECT_ROOT / "pipeline" / "sitegen" / "mkdocs_hooks.py"
HAND_WRITTEN = PROJECT_ROOT / "site"


@dg.asset(group_name="publish", kinds={"duckdb"}, deps=["narratives"])
def ledger_db(context: dg.AssetExecutionContext, output_folder: OutputFolder, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Publish the working database as ledger.duckdb by atomic rename (after every blocking check passed)."""
    with duckdb.get_connection() as conn:
        counts = {name: scalar(conn, f"SELECT count(*) FROM {name}") for name in TABLES}
        conn.execute("CHECKPOINT")
    publish_file(Path(duckdb.database), output_folder.published_db)
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
    """Generate the site's Markdown pages and downloads from the ledger."""
    docs = output_folder.work / "site" / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(HAND_WRITTEN, docs)
    downloads = docs / "data"
    downloads.mkdir(parents=True, exist_ok=True)
    with duckdb.get_connection() as conn:
        ledger = load(lambda sql: conn.execute(sql).df())
        for name in DOWNLOADS:
            for fmt in ("csv", "parquet"):
                target = str(downloads / f"{name}.{fmt}").replace("'", "''")
                conn.execute(f"COPY (SELECT * FROM {name} ORDER BY ALL) TO '{target}' (FORMAT {fmt})")
    shutil.copyfile(output_folder.published_db, downloads / "ledger.duckdb")
    n_pages = write_pages(ledger, docs)
    return dg.MaterializeResult(metadata={"pages": dg.MetadataValue.int(n_pages), "docs_dir": dg.MetadataValue.path(str(docs))})


@dg.asset(group_name="publish", deps=["site_pages"])
def site(context: dg.AssetExecutionContext, output_folder: OutputFolder, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Build the MkDocs Material site (strict) and publish it as public/ by switching a symlink."""
    work = output_folder.work / "site"
    build = work / "build"
    if build.exists():
        shutil.rmtree(build)
    config = work / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {BASE_CONFIG}\ndocs_dir: {work / 'docs'}\nsite_dir: {build}\nhooks:\n  - {HOOKS}\n",
        encoding="utf-8",
    )
    with duckdb.get_connection() as conn:
        newest = scalar(conn, "SELECT coalesce(epoch(max(ingested_at)), 0) FROM articles")
    # A fixed build date (the newest input file) keeps the built site byte-identical across runs.
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(newest))}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(config)],
        capture_output=True, text=True, env=env, check=False,
    )
    if result.returncode != 0:
        raise dg.Failure(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    build_seconds = time.perf_counter() - started
    n_files = sum(1 for p in build.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in build.rglob("*") if p.is_file())
    final = publish_tree(build, output_folder.public)
    context.log.info(f"Published the site at {output_folder.public} -> {final.name}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(output_folder.public)),
            "files": dg.MetadataValue.int(n_files),
            "size_bytes": dg.MetadataValue.int(size),
            "build_seconds": dg.MetadataValue.float(round(build_seconds, 2)),
        }
    )
