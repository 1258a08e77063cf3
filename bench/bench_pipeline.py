"""Benchmark the whole pipeline: `ledger run` over generated corpora of 1,000 and 10,000 articles.

Run: .venv/bin/python bench/bench_pipeline.py [--sizes 1000 10000] [--workers 0]

For each size: end-to-end wall time of a full run (ingest -> published DB ->
built site), the time of each step (as `ledger run` reports them, from the
run's step statistics), the peak memory and the CPU seconds of the whole process tree
(the run, its pool workers and MkDocs, sampled from /proc: resident, and proportional, which counts
a page shared by k processes 1/k in each), extraction throughput
(characters of article text over the time of the per-article steps), and the
time of the next run after one article is added, the published site's size
by folder, and what a search costs on it (bench_search: time from typing to the
first result and bytes fetched, in both scripts), and the machine's 5-minute load average before
and after the full run (the machine is shared). Prints; never fails on a number.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from pipeline.defs.resources import OutputFolder  # noqa: E402
from bench.bench_search import search_cost  # noqa: E402

OUT = ROOT / "bench" / "out"
LEDGER = [sys.executable, "-m", "pipeline.cli", "run"]
PER_ARTICLE = ["articles", "sentences", "entities", "figures", "claims", "narrative_tags"]
STAGES = ["working_ledger", *PER_ARTICLE, "narratives", "ledger_db", "site_pages", "site"]


def _tree(root_pid: int) -> dict[int, tuple[int, float]]:
    """pid -> (resident bytes, CPU seconds: user + system) of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    usage: dict[int, tuple[int, float]] = {}
    ticks = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        usage[int(entry)] = (int(fields[21]) * os.sysconf("SC_PAGE_SIZE"), (int(fields[11]) + int(fields[12])) / ticks)
    found, todo = {}, [root_pid]
    while todo:
        pid = todo.pop()
        if pid in usage:
            found[pid] = usage[pid]
        todo += children.get(pid, [])
    return found


def _proportional(pid: int) -> int:
    """A process's proportional set size: its resident bytes, each page shared with k processes counted 1/k
    (the pool's workers share what their forkserver loaded; a sum of resident sizes counts it in each)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            return next((int(line.split()[1]) * 1024 for line in handle if line.startswith("Pss:")), 0)
    except OSError:
        return 0


def timed_run(articles: Path, out: Path, workers: int) -> tuple[float, tuple[int, int], dict[str, float], float]:
    """(wall seconds, peak bytes of the process tree (resident, proportional), seconds per step, CPU seconds
    of the tree) of one `ledger run`. The tree's CPU is each process's last sample (every 50 ms), pool
    workers included."""
    start = time.perf_counter()
    process = subprocess.Popen(
        LEDGER + ["--articles", str(articles), "--out", str(out), "--workers", str(workers)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak, peak_proportional, cpu = 0, 0, {}
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_proportional
        while not stop.is_set():
            tree = _tree(process.pid)
            peak = max(peak, sum(rss for rss, _ in tree.values()))
            peak_proportional = max(peak_proportional, sum(_proportional(pid) for pid in tree))
            cpu.update({pid: seconds for pid, (_, seconds) in tree.items()})
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = process.communicate()
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"ledger run failed:\n{errors}")
    return time.perf_counter() - start, (peak, peak_proportional), step_times(errors), sum(cpu.values())


def step_times(summary: str) -> dict[str, float]:
    """Seconds per step from the summary `ledger run` prints ("  figures  6318 rows (1000 partitions) 11.8 s")."""
    found = {}
    for line in summary.splitlines():
        match = re.match(r"  (\w+) .* ([\d.]+) s$", line)
        if match:
            found[match.group(1)] = float(match.group(2))
    return found


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def total_chars(out: Path) -> int:
    with duckdb.connect(str(OutputFolder(path=str(out)).published_db), read_only=True) as conn:
        return conn.execute("SELECT coalesce(sum(n_chars), 0) FROM articles").fetchall()[0][0]


def generate(n: int, folder: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(n), str(folder)], check=True, capture_output=True
    )


def bench(n: int, workers: int) -> dict:
    articles, out, spare = OUT / f"corpus_{n}", OUT / f"run_{n}", OUT / f"spare_{n}"
    for folder in (articles, out, spare):
        shutil.rmtree(folder, ignore_errors=True)
    generate(n, articles)
    generate(n + 1, spare)  # the same first n articles (same seed), and one more
    load = [os.getloadavg()[1]]  # the machine is shared: the 5-minute load beside the seconds
    wall, peak, steps, cpu = timed_run(articles, out, workers)
    load.append(os.getloadavg()[1])
    chars = total_chars(out)
    public = OutputFolder(path=str(out)).public.resolve()
    site = {
        "total": folder_size(public),
        **{c.name + "/": folder_size(c) for c in sorted(public.iterdir()) if c.is_dir()},
    }
    extraction = sum(steps.get(s, 0) for s in PER_ARTICLE)
    added = sorted(spare.iterdir())[-1]
    shutil.copy2(added, articles / added.name)
    load.append(os.getloadavg()[1])
    incremental, incremental_peak, incremental_steps, incremental_cpu = timed_run(articles, out, workers)
    load.append(os.getloadavg()[1])
    search = search_cost((out / "public").resolve())
    return {
        "n": n,
        "wall": wall,
        "cpu": cpu,
        "incremental_cpu": incremental_cpu,
        "peak": peak,
        "steps": steps,
        "chars": chars,
        "chars_per_s": chars / extraction if extraction else 0.0,
        "incremental": incremental,
        "incremental_steps": incremental_steps,
        "incremental_peak": incremental_peak,
        "site": site,
        "search": search,
        "load": load,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=0, help="pool processes (0: one per core)")
    args = parser.parse_args(argv)
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(
        f"\nPipeline bench: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GB, "
        f"workers={args.workers or os.cpu_count()}"
    )
    results = [bench(n, args.workers) for n in args.sizes]
    print("\nGoal at 10,000 articles on 2 cores: end to end <= 240 s, one article added <= 15 s, process tree <= 2 GB,")
    print("site <= 300 MB, first search result <= 1 s after typing and <= 2 MB fetched, in either script.\n")
    print(
        "| articles | end to end (CPU) | add one article (CPU) | process-tree peak, resident (proportional): full / +1"
        " | site | extraction "
        "| 5-min load (before / after full, before / after +1) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['n']:,} | {r['wall']:.1f} s ({r['cpu']:.0f} s) | "
            f"{r['incremental']:.1f} s ({r['incremental_cpu']:.0f} s) | "
            f"{r['peak'][0] / 2**20:,.0f} ({r['peak'][1] / 2**20:,.0f}) / "
            f"{r['incremental_peak'][0] / 2**20:,.0f} ({r['incremental_peak'][1] / 2**20:,.0f}) MiB"
            f" | {r['site']['total'] / 1e6:.1f} MB | {r['chars_per_s']:,.0f} chars/s"
            f" | {r['load'][0]:.1f} / {r['load'][1]:.1f}, {r['load'][2]:.1f} / {r['load'][3]:.1f} |"
        )
    print("\nPer step (seconds; full run / after adding one article):\n")
    print("| step | " + " | ".join(f"{r['n']:,} full | {r['n']:,} +1" for r in results) + " |")
    print("|---|" + "---:|---:|" * len(results))
    for stage in STAGES:
        cells = " | ".join(
            f"{r['steps'].get(stage, 0):.1f} | {r['incremental_steps'].get(stage, 0):.1f}" for r in results
        )
        print(f"| {stage} | {cells} |")
    print("\nPublished site:\n")
    for r in results:
        folders = ", ".join(f"{k} {v / 1e6:.1f}" for k, v in r["site"].items() if k != "total")
        print(
            f"- {r['n']:,} articles: `site` step {r['steps'].get('site', 0):.1f} s, {r['site']['total'] / 1e6:.1f} "
            f"MB ({folders} MB)"
        )
    print("\nSearch, typed on a freshly opened home page (headless Chromium, localhost):\n")
    print("| articles | query | first result (page / driver) | fetched | results shown |\n|---:|---|---:|---:|---:|")
    for r in results:
        for q in r["search"]:
            print(
                f"| {r['n']:,} | {q['query']} | {q['ms']:,.0f} / {q['driver_ms']:,.0f} ms | {q['bytes'] / 1e3:,.0f} kB"
                f" | {q['results']} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
