"""What recording runs in the persistent instance (OUT/.dagster, SQLite) costs `ledger run`, against an in-memory one.

Run: .venv/bin/python bench/bench_instance.py [--articles bench/out/corpus_1000] [--rounds 1]

Each round runs the whole job from an empty output folder twice, back to back, in the order
in-memory, persistent, persistent, in-memory (so a drift of the machine's load weighs on both
alike), each in a fresh Python process as `ledger run` is. Prints wall and CPU seconds (of the run's
process tree: CPU time moves less than wall time when other work shares the machine), the ratios and
the load average before each run; never fails on a number.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLES = ROOT / "bench" / "out" / "corpus_1000"

# The two ways in: `ledger run` opens the persistent instance; the in-memory one is what it used before.
RUN = """
import sys
from pathlib import Path
import dagster as dg
from pipeline.runner import open_instance, run_ledger_job
articles, out, persistent = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "persistent"
with (open_instance(out) if persistent else dg.DagsterInstance.ephemeral()) as instance:
    result, _ = run_ledger_job(articles, out, instance, "ERROR")
sys.exit(0 if result.success else 1)
"""


def timed(articles: Path, kind: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process tree) of one run."""
    with tempfile.TemporaryDirectory(dir=ROOT / "bench" / "out") as folder:
        before, started = _children_cpu(), time.perf_counter()
        command = [sys.executable, "-c", RUN, str(articles), str(Path(folder) / "out"), kind]
        subprocess.run(command, cwd=ROOT, check=True)
        return time.perf_counter() - started, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    if not args.articles.is_dir():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "1000", str(args.articles)], check=True)
    n_files = sum(1 for p in args.articles.iterdir() if p.is_file())
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    seconds: dict[str, list[tuple[float, float]]] = {"in-memory": [], "persistent": []}
    for _ in range(args.rounds):
        for kind in ("in-memory", "persistent", "persistent", "in-memory"):
            load = os.getloadavg()[0]
            seconds[kind].append(timed(args.articles, kind))
            wall, cpu = seconds[kind][-1]
            print(f"{kind:<11} {wall:6.1f} s wall, {cpu:6.1f} s CPU  (load average {load:.2f}, {os.cpu_count()} cores)",
                  flush=True)
    for index, measure in enumerate(("wall", "CPU")):
        memory, persistent = (min(s[index] for s in seconds[k]) for k in ("in-memory", "persistent"))
        print(f"{n_files} articles, best {measure} of {len(seconds['persistent'])}: in-memory {memory:.1f} s, "
              f"persistent {persistent:.1f} s ({persistent / memory - 1:+.1%})")


if __name__ == "__main__":
    main()
