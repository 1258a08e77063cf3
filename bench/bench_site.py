"""Site build time and size for a generated corpus (default 1,000 articles).

    python bench/bench_site.py [N]

Prints the whole run's wall time, the page-generation and mkdocs build times,
and the published site's size by folder. Goals: build <= 60 s, site <= 60 MB.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import dagster as dg  # noqa: E402

from pipeline.definitions import build_definitions  # noqa: E402


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        articles, out = Path(tmp) / "articles", Path(tmp) / "out"
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(n), str(articles)], check=True, capture_output=True)
        job = build_definitions(articles, out).resolve_job_def("ledger_job")
        started = time.perf_counter()
        result = job.execute_in_process(
            instance=dg.DagsterInstance.ephemeral(),
            run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}},
        )
        wall = time.perf_counter() - started
        steps = {
            e.step_key: e.event_specific_data.duration_ms / 1000
            for e in result.all_events
            if e.event_type_value == "STEP_SUCCESS"
        }
        public = (out / "public").resolve()
        build = next(
            e.event_specific_data.materialization.metadata["build_seconds"].value
            for e in result.all_events
            if e.event_type_value == "ASSET_MATERIALIZATION" and e.asset_key.to_user_string() == "site"
        )
        print(f"site bench: {n} generated articles")
        print(f"  whole run            {wall:7.1f} s")
        print(f"  site_pages           {steps.get('site_pages', 0):7.1f} s")
        print(f"  mkdocs build         {build:7.1f} s   (goal <= 60 s)")
        print(f"  site size            {folder_size(public) / 1e6:7.1f} MB  (goal <= 60 MB)")
        for child in sorted(public.iterdir()):
            if child.is_dir():
                print(f"    {child.name + '/':<18} {folder_size(child) / 1e6:6.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
