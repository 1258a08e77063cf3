"""Digests of what each article page shows, for every article at once.

A page is rendered again only when its digest changes (``build.pages``), so the digest must cover
everything ``article_pages.article_inputs`` gathers: the article's row and its file name's label, its
rows of ``figures``, ``sentences``, ``claims`` (with each claim's speaker page and narratives, named)
and ``article_narratives`` (with the narratives' names). ``tests/test_article_inputs.py`` changes each
of those on a real page and checks that the digest changes with the page. Rows are hashed with pandas
(vectorised, the same for the same values in every process), then each article's row hashes, table
by table in table order, are digested together.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from .file_names import file_label
from .ledger import Ledger


def article_digests(ledger: Ledger) -> dict[str, str]:
    """Article id -> hex digest of what its page shows."""
    names = ledger.narrative_names
    articles = ledger.articles
    labels = [file_label(name, ledger.confusable_file_names) for name in articles["file_name"]]
    claims = ledger.claims
    weights = ledger.article_narratives
    # Each claim's narratives as shown (best first, named): the order is the rows', not their scores.
    tagged = ledger.claim_tag_rows
    tags = pd.DataFrame(
        {
            "article_id": tagged["claim_id"].map(dict(zip(claims["claim_id"], claims["article_id"]))),
            "claim_id": tagged["claim_id"],
            "narrative_id": tagged["narrative_id"],
            "name": tagged["narrative_id"].map(names),
        }
    ).dropna(subset=["article_id"])
    tables = [
        articles.assign(file_label=labels),
        ledger.figures,
        ledger.sentences,
        claims.assign(speaker_page=claims["claim_id"].map(ledger.speaker_ids)),
        weights.assign(name=weights["narrative_id"].map(names)),
        tags,
    ]
    ids, hashes = [], []
    for number, frame in enumerate(tables):
        ids.append(frame["article_id"].to_numpy(dtype=object))
        row = pd.util.hash_pandas_object(frame, index=False).to_numpy()
        hashes.append(np.stack([np.full(len(row), number, dtype=np.uint64), row], axis=1))
    codes, uniques = pd.factorize(np.concatenate(ids))
    order = np.argsort(codes, kind="stable")  # each article's rows, table by table, in table order
    rows = np.concatenate(hashes)[order]
    bounds = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
    return {
        article_id: hashlib.blake2b(rows[bounds[i] : bounds[i + 1]].tobytes(), digest_size=16).hexdigest()
        for i, article_id in enumerate(uniques)
    }
