"""Speaker pages: a named speaker's claims across articles, by narrative and stance; the speakers index."""

from __future__ import annotations

import numpy as np
import pandas as pd

from schemas.common import STANCES

from .claim_lists import FILTER_BAR, claim_table
from .labels import AUTHOR, CLAIM_DEFINITION, STANCE_ZH, UNNAMED
from .ledger import Ledger
from .markup import PAGE_ROWS, esc, link, md, shown_of, table

UNTAGGED = "untagged"  # the section of the claims that carry no narrative


def speaker_path(speaker_id: str) -> str:
    return f"speakers/{speaker_id}.md"


def speaker_ids(ledger: Ledger) -> list[str]:
    return sorted(ledger.speaker_claims["speaker_id"].unique())


def speaker_name(ledger: Ledger, speaker_id: str, claims: pd.DataFrame) -> str:
    """The entity's name when the speaker is one, else the name as most often written."""
    if speaker_id in ledger.entity_names:
        return ledger.entity_names[speaker_id]
    counts = claims["speaker"].value_counts()
    return min(counts.index, key=lambda name: (-counts[name], name))


def speaker_page(ledger: Ledger, speaker_id: str) -> str:
    claims = ledger.rows_of("speaker_claims", "speaker_id", speaker_id)
    name = speaker_name(ledger, speaker_id, claims)
    by_stance = " · ".join(f"{STANCE_ZH[s]} {int((claims['stance'] == s).sum())}" for s in STANCES)
    written = sorted(set(claims["speaker"]) - {name})
    parts = [f"# {md(name)}", ""]
    if speaker_id in ledger.entity_names:
        parts += [f"实体: {link(f'../entities/{speaker_id}.html', esc(name))}", ""]
    if written:
        parts += [f"文中写作: {esc(', '.join(written))}", ""]
    parts += [f"论断 {len(claims)} 条,来自 {claims['article_id'].nunique()} 篇文章 · {by_stance}", ""]
    sections = _by_narrative(ledger, claims)
    parts += ["## 叙事 × 立场", "", _summary(ledger, sections), "", FILTER_BAR, ""]
    for narrative_id, group in sections:
        heading = md(ledger.narrative_names.get(narrative_id, "未归入叙事"))
        parts += [f"## {heading} ({len(group)}) {{#{narrative_id}}}", "", shown_of(len(group)), ""]
        parts += [claim_table(ledger, group.head(PAGE_ROWS), speaker=False, article=True), ""]
    return "\n".join(parts)


def _by_narrative(ledger: Ledger, claims: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """(narrative id, its claims by stance then newest article first), the largest narrative first."""
    # The claims' tags found by position (claim ids are unique): testing every tag's id took a fifth of a second.
    held = np.isin(ledger.claim_narrative_positions, ledger.claim_positions.get_indexer(claims["claim_id"]))
    tagged = ledger.claim_narratives[held]
    rows = claims.merge(tagged[["claim_id", "narrative_id"]], on="claim_id", how="left").fillna(
        {"narrative_id": UNTAGGED}
    )
    published = rows["article_id"].map(ledger.published_dates)
    rows = rows.assign(stance_rank=rows["stance"].map(STANCES.index), published=published)
    rows = rows.sort_values(
        ["stance_rank", "published", "article_id", "start"], ascending=[True, False, True, True], na_position="last"
    )
    groups = {n: g for n, g in rows.groupby("narrative_id", sort=False)}
    order = sorted(groups, key=lambda n: (n == UNTAGGED, -len(groups[n]), n))
    return [(n, groups[n]) for n in order]


def _summary(ledger: Ledger, sections: list[tuple[str, pd.DataFrame]]) -> str:
    rows = [
        [
            link(f"#{n}", esc(ledger.narrative_names.get(n, "未归入叙事"))),
            *(str(int((g["stance"] == s).sum())) for s in STANCES),
            str(len(g)),
        ]
        for n, g in sections
    ]
    return table(["叙事", *STANCE_ZH.values(), "合计"], rows)


def speakers_index(ledger: Ledger) -> str:
    claims = ledger.speaker_claims
    rows = []
    for speaker_id, group in claims.groupby("speaker_id", sort=True):
        counts = [str(int((group["stance"] == s).sum())) for s in STANCES]
        name = speaker_name(ledger, speaker_id, group)
        rows.append(
            [link(f"{speaker_id}.html", esc(name)), str(len(group)), str(group["article_id"].nunique()), *counts]
        )
    rows.sort(key=lambda r: -int(r[1]))  # most claims first; ties keep the id order
    own = int((ledger.claims["speaker"] == AUTHOR).sum())
    unnamed = int((ledger.claims["speaker"] == UNNAMED).sum())
    return "\n".join(
        [
            "# 说话人",
            "",
            CLAIM_DEFINITION,
            "",
            f"具名说话人 {len(rows)} 位。另有作者本人的论断 {own} 条、匿名来源的论断 {unnamed} 条,见各文章页。",
            "",
            table(["说话人", "论断", "文章", *STANCE_ZH.values()], rows, "ledger-table sortable filterable"),
            "",
        ]
    )
