"""Benchmark the discovery of narratives: seconds and peak memory at 1,000 and 10,000 articles.

Run: .venv/bin/python bench/bench_stories.py [N ...]

Articles are generated as the word counts discovery reads (what
``keyphrases.story_terms`` gives per article): each is drawn from one of
N/100 invented stories (30 words of its own) plus words every story shares,
so the figure is that of the clustering step alone. Each size runs in a
child process, whose peak resident memory is read from the kernel; the
agreement of the stories found with the invented ones is their adjusted Rand
index over the articles placed in a story.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = [f"共有词{i}" for i in range(200)]


def generated(n: int, seed: int = 0) -> tuple[dict[str, dict[str, int]], dict[str, date], dict[str, int]]:
    """Each article's word counts, date and story."""
    rng = random.Random(seed)
    n_stories = max(4, n // 100)
    words = {s: [f"故事{s}词{i}" for i in range(30)] for s in range(n_stories)}
    terms, dates, truth = {}, {}, {}
    for a in range(n):
        story = rng.randrange(n_stories)
        truth[f"a{a:06d}"] = story
        counts: dict[str, int] = {}
        for word in rng.sample(words[story], 8) + rng.sample(SHARED, 12):
            counts[word] = counts.get(word, 0) + rng.randint(1, 3)
        terms[f"a{a:06d}"] = counts
        dates[f"a{a:06d}"] = date(2026, 1, 5) + timedelta(days=rng.randrange(180))
    return terms, dates, truth


def child(n: int) -> None:
    from pipeline.extraction import stories

    from sklearn.metrics import adjusted_rand_score

    terms, dates, truth = generated(n)
    began, cpu = time.perf_counter(), time.process_time()
    found = stories.discover(terms, dates)
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    placed = {a: i for i, s in enumerate(found) for a in s.articles}
    agreement = adjusted_rand_score([truth[a] for a in placed], list(placed.values())) if placed else 0.0
    print(json.dumps({"n": n, "stories_true": max(4, n // 100), "seconds": round(seconds, 2), "cpu": round(cpu, 2),
                      "peak_mb": round(peak_mb), "stories": len(found), "assigned": len(placed),
                      "ari": round(agreement, 3)}))


def main(sizes: list[int]) -> None:
    print("| articles | discovery seconds (CPU) | peak memory (MB, whole process) | stories (true) | in a story "
          "| agreement with the true stories (ARI, placed articles) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {r['n']:,} | {r['seconds']} ({r['cpu']}) | {r['peak_mb']} | {r['stories']} ({r['stories_true']}) "
              f"| {r['assigned']:,} | {r['ari']} |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(int(sys.argv[2]))
    else:
        main([int(a) for a in sys.argv[1:]] or [1000, 10000])
