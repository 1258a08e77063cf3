"""The ledger and its site: staged together, published together (see pipeline.publishing)."""

import hashlib
import importlib.metadata
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import dagster as dg
import yaml
from dagster_duckdb import DuckDBResource

from pipeline.publishing import (
    LEDGER,
    PUBLIC,
    clear_stale_staging,
    publish_release,
    release_id,
    stage_site,
    sync_folder,
)
from pipeline.sitegen.build import pages
from pipeline.sitegen.downloads import export_downloads
from pipeline.sitegen.ledger import load
from pipeline.sitegen.page_digests import code_signature, written_from
from pipeline.sitegen import search_index
from pipeline import storage
from pipeline.storage import scalar
from schemas import STEP_TABLES, TABLES

from .corpus import settle_rejects
from .resources import PROJECT_ROOT, OutputFolder
from .tables import table_metadata, table_specs

BASE_CONFIG = PROJECT_ROOT / "mkdocs.yml"
HOOKS = PROJECT_ROOT / "pipeline" / "sitegen" / "mkdocs_hooks.py"
THEME = PROJECT_ROOT / "pipeline" / "sitegen" / "theme"  # Material's templates, overridden
BUILDER = PROJECT_ROOT / "pipeline" / "sitegen" / "mkdocs_build.py"
# What the build runs besides the hooks: a change to one of them makes the next build a full one.
BUILT_BY = [
    PROJECT_ROOT / "pipeline" / "sitegen" / name
    for name in (
        "page_shell.py",
        "html_layout.py",
        "search_index.py",
        "search_shard.py",
        "search_tokens.py",
        "search_box.html",
    )
]
HAND_WRITTEN = PROJECT_ROOT / "site"
# The digest of what each article page showed when it was last rendered, kept beside the docs folder.
PAGE_INPUTS = "page-inputs.json"
# The gzipped parts of each CSV download, kept beside it (``downloads.csv_parts``).
DOWNLOAD_PARTS = "download-parts"
# The steps that stage and publish: an instance with several runs at once lets one run at a time hold this pool
# (deploy/concurrent, deploy/k8s); on one machine the output folder's lock also keeps them apart.
PUBLISH_POOL = "ledger_publish"


# Built where it is used: a module-level AssetSpec would be loaded as an asset of its own.
def _ledger_file() -> dg.AssetSpec:
    return dg.AssetSpec(
        "ledger_db",
        description="The ledger file to publish: every table in one DuckDB file, staged after every blocking "
        "check passed. A fresh copy, compacted (about half the size of the working file, whose deleted rows "
        "leave free blocks), published with the site built from it by the ``site`` step.",
        group_name="publish",
        kinds={"duckdb"},
        deps=list(TABLES),
    )


# The rejects of every step, settled for the whole ledger by the step that stages it.
_OTHER_TABLES = [name for name in TABLES if name not in STEP_TABLES["ledger_db"]]


@dg.multi_asset(
    name="ledger_db", specs=[_ledger_file(), *table_specs("ledger_db", "publish", _OTHER_TABLES)], pool=PUBLISH_POOL
)
def ledger_db(context: dg.AssetExecutionContext, output_folder: OutputFolder, duckdb: DuckDBResource):
    """Settle the rejected rows, then stage the working database as the ledger to publish."""
    clear_stale_staging(output_folder.root, context.run.run_id)
    staging = output_folder.staging(context.run.run_id)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    target = staging / LEDGER
    with duckdb.get_connection() as conn:
        settle_rejects(conn)
        rejects = table_metadata("rejected_rows", storage.read_table(conn, "rejected_rows"))
        counts = {name: scalar(conn, f"SELECT count(*) FROM {name}") for name in TABLES}
        quoted = str(target).replace("'", "''")
        # DuckDB's own choice of compression per column, not ZSTD everywhere: at 10,000 articles the file is
        # 85 MB against 87, and gzipped for the site 23.6 MB against 34.8 (ZSTD's blocks do not gzip).
        conn.execute(f"ATTACH '{quoted}' AS published")
        conn.execute(f'COPY FROM DATABASE "{scalar(conn, "SELECT current_database()")}" TO published')
        conn.execute("DETACH published")
    context.log.info(f"Staged {target}")
    yield dg.MaterializeResult(asset_key="rejected_rows", metadata=rejects)
    yield dg.MaterializeResult(
        asset_key="ledger_db",
        metadata={
            "staged": dg.MetadataValue.path(str(target)),
            "size_bytes": dg.MetadataValue.int(target.stat().st_size),
            "table_rows": dg.MetadataValue.md(
                "\n".join(["| table | rows |", "|---|---|"] + [f"| {k} | {v} |" for k, v in counts.items()])
            ),
        },
    )


def _staged_ledger(context: dg.AssetExecutionContext, output_folder: OutputFolder) -> Path:
    staged = output_folder.staging(context.run.run_id) / LEDGER
    if not staged.is_file():
        raise dg.Failure(
            f"No ledger staged by this run ({staged}): the site is built and published only with ledger_db in the "
            "same run."
        )
    return staged


@dg.asset(group_name="publish", kinds={"markdown"}, deps=["ledger_db"], pool=PUBLISH_POOL)
def site_pages(
    context: dg.AssetExecutionContext, output_folder: OutputFolder, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    """Generate the site's pages (Markdown; article pages as HTML) and downloads from the ledger. An article
    page whose inputs are those it was last rendered from is not rendered again; of the rest, only changed files
    are rewritten."""
    staged = _staged_ledger(context, output_folder)
    output_folder.work.mkdir(parents=True, exist_ok=True)
    docs, manifest = output_folder.site_docs, output_folder.work / "site" / PAGE_INPUTS
    parts = output_folder.work / "site" / DOWNLOAD_PARTS
    signature = code_signature()
    before = written_from(manifest, signature)
    # Until this run's pages are all written, no page is known to match its inputs.
    manifest.unlink(missing_ok=True)
    digests: dict[str, str] = {}
    counts = {"pages": 0, "rendered": 0, "downloads": 0}
    seconds = {"downloads": 0.0, "pages": 0.0}
    tables: dict[str, str] = {}  # table -> digest of the rows its downloads hold

    def timed(name, files):
        started = time.perf_counter()
        for item in files:
            seconds[name] += time.perf_counter() - started
            yield item
            started = time.perf_counter()
        seconds[name] += time.perf_counter() - started

    def current(path: str, digest: str) -> bool:
        return before["pages"].get(path) == digest and (docs / path).is_file()

    def generated(ledger, conn):
        for path, digest, render in pages(ledger, conn, current):
            counts["pages"] += 1
            if digest is not None:
                digests[path] = digest
            if render is None:
                yield path, None
                continue
            counts["rendered"] += 1
            yield path, render().encode("utf-8")

    def downloads(exported):
        started = time.perf_counter()
        for path, file in exported.result():  # the export's error, if any, is raised here
            counts["downloads"] += file is not None
            yield path, None if file is None else file.read_bytes()
        seconds["downloads"] += time.perf_counter() - started

    with (
        duckdb.get_connection() as conn,
        tempfile.TemporaryDirectory(dir=output_folder.work) as exports,
        ThreadPoolExecutor(max_workers=1) as pool,
    ):
        # DuckDB and zlib let go of the GIL: the downloads are exported while the pages are rendered.
        exported = pool.submit(
            export_downloads, conn.cursor(), Path(exports), staged, docs, parts, before["downloads"], tables
        )
        ledger = load(conn, article_pages=False)  # what the few article pages rendered read comes with them
        files = itertools.chain(
            (
                (p.relative_to(HAND_WRITTEN).as_posix(), p.read_bytes())
                for p in sorted(HAND_WRITTEN.rglob("*"))
                if p.is_file()
            ),
            timed("pages", generated(ledger, conn)),
            downloads(exported),
        )
        written = sync_folder(docs, files)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(
        json.dumps({"signature": signature, "pages": digests, "downloads": tables}, sort_keys=True), encoding="utf-8"
    )
    return dg.MaterializeResult(
        metadata={
            "pages": dg.MetadataValue.int(counts["pages"]),
            "pages_rendered": dg.MetadataValue.int(counts["rendered"]),
            "files_written": dg.MetadataValue.int(written),
            "pages_seconds": dg.MetadataValue.float(round(seconds["pages"], 2)),
            # What the downloads kept the step waiting once the pages were written.
            "downloads_seconds": dg.MetadataValue.float(round(seconds["downloads"], 2)),
            "downloads_written": dg.MetadataValue.int(counts["downloads"]),
            "docs_dir": dg.MetadataValue.path(str(docs)),
        }
    )


def _build_signature(config: str) -> str:
    """What every page depends on besides its own Markdown: when it changes, the whole site is rebuilt."""
    digest = hashlib.sha256(config.encode())
    for path in (BASE_CONFIG, HOOKS, BUILDER, *BUILT_BY, *sorted(THEME.rglob("*.html"))):
        digest.update(path.read_bytes())
    for package in ("mkdocs", "mkdocs-material"):
        digest.update(f"{package}=={importlib.metadata.version(package)}".encode())
    return digest.hexdigest()


def _build_site(output_folder: OutputFolder, newest_input: float) -> tuple[Path, bool, float]:
    """Build the site with MkDocs in a child process; (the build folder, whether the build was
    incremental, its seconds). The build folder is kept between runs: when nothing but pages
    changed, only those pages are rendered again (a dirty build, see ``mkdocs_hooks``)."""
    work = output_folder.work / "site"
    build, stamp = work / "build", work / "build.signature"
    # Dumped, not formatted: a path may hold YAML syntax (" #", ": ", quotes).
    config = yaml.safe_dump(
        {
            "INHERIT": str(BASE_CONFIG),
            "docs_dir": str(output_folder.site_docs),
            "site_dir": str(build),
            "hooks": [str(HOOKS)],
            "theme": {"custom_dir": str(THEME)},
        },
        allow_unicode=True,
    )
    config_file = work / "mkdocs.yml"
    config_file.write_text(config, encoding="utf-8")
    signature = _build_signature(config)
    dirty = build.is_dir() and stamp.is_file() and stamp.read_text() == signature
    # Until this build succeeds, the folder is not a base for the next one.
    stamp.unlink(missing_ok=True)
    if not dirty:
        shutil.rmtree(build, ignore_errors=True)
    # A fixed build date (the newest input file) keeps the built site byte-identical across runs.
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(newest_input))}
    started = time.perf_counter()
    command = [sys.executable, "-m", "pipeline.sitegen.mkdocs_build", str(config_file), "--parent", str(os.getpid())]
    command += ["--dirty"] if dirty else []
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, check=False)
    if result.returncode != 0:
        raise dg.Failure(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    stamp.write_text(signature)
    return build, dirty, time.perf_counter() - started


@dg.asset(group_name="publish", kinds={"mkdocs"}, deps=["site_pages"], pool=PUBLISH_POOL)
def site(
    context: dg.AssetExecutionContext, output_folder: OutputFolder, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    """Build the MkDocs Material site (strict), then publish it with the staged ledger in one switch."""
    staging = _staged_ledger(context, output_folder).parent
    with duckdb.get_connection() as conn:
        newest = scalar(conn, "SELECT coalesce(epoch(max(ingested_at)), 0) FROM articles")
    build, dirty, build_seconds = _build_site(output_folder, newest)
    started = time.perf_counter()
    published = output_folder.public.resolve() if output_folder.public.is_dir() else None
    n_files, size, copied = stage_site(build, staging / PUBLIC, published, replaced=(search_index.OUTPUT,))
    final = publish_release(output_folder.root, staging, release_id(context.run.run_id))
    release_seconds = time.perf_counter() - started
    context.log.info(f"Published {output_folder.published_db} and {output_folder.public} -> {final.name}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(output_folder.public)),
            "release": dg.MetadataValue.text(final.name),
            "files": dg.MetadataValue.int(n_files),
            "size_bytes": dg.MetadataValue.int(size),
            "build": dg.MetadataValue.text("incremental" if dirty else "full"),
            "build_seconds": dg.MetadataValue.float(round(build_seconds, 2)),
            "files_copied": dg.MetadataValue.int(copied),
            "release_seconds": dg.MetadataValue.float(round(release_seconds, 2)),
        }
    )
