"""Counts by label of the invented claim sentences (sentences.jsonl).

    python tests/data/claim_sentences/stats.py

Prints one line per field; the README quotes this output.
"""
import collections
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE / "sentences.jsonl"
FIELDS = ("type", "stance", "hedge")


def load(path=DATA):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def counts(rows):
    claims = [r for r in rows if r["claim"]]
    out = {
        "rows": len(rows),
        "claim": collections.Counter("claim" if r["claim"] else "non-claim" for r in rows),
        "script": collections.Counter(r["script"] for r in rows),
    }
    for field in FIELDS:
        out[field] = collections.Counter(r[field] for r in claims)
    return out


def report(rows):
    c = counts(rows)
    lines = [f"rows: {c['rows']}"]
    for key in ("claim", "script", *FIELDS):
        lines.append(f"{key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c[key].items(), key=lambda kv: (-kv[1], kv[0]))))
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(load()))
