"""The Chinese labels of the ledger's codes (labels.yaml): the one source for pages, tables and the stylesheet.

Article pages carry a claim's codes as data attributes and draw their labels
with CSS (``label_css``), so the thousands of claims of a large corpus do not
repeat the words in the HTML.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from schemas.common import CLAIM_TYPES, HEDGES, STANCES

_LABELS = yaml.safe_load((Path(__file__).with_name("labels.yaml")).read_text(encoding="utf-8"))
CLAIM_TYPE_ZH: dict[str, str] = _LABELS["claim_type"]
STANCE_ZH: dict[str, str] = _LABELS["stance"]
HEDGE_ZH: dict[str, str] = _LABELS["hedge"]
UNIT_ZH: dict[str, str] = _LABELS["unit"]
FORMAT_ZH: dict[str, str] = _LABELS["file_format"]
ORIGIN_ZH: dict[str, str] = _LABELS["origin"]
DATE_SOURCE_ZH: dict[str, str] = _LABELS["date_source"]
# The speaker codes that name no one: the article's own voice and anonymous sources.
AUTHOR, UNNAMED = "author", "unnamed"
AUTHOR_ZH = "作者"
UNNAMED_ZH = "匿名来源"

# The fields a claim list is filtered by: key -> (column of the claims table, heading, codes in
# the schema's order, labels). Tests check that every code has a label.
FIELDS = {
    "type": ("claim_type", "类型", CLAIM_TYPES, CLAIM_TYPE_ZH),
    "stance": ("stance", "立场", STANCES, STANCE_ZH),
    "hedge": ("hedge", "确定度", HEDGES, HEDGE_ZH),
}

CLAIM_DEFINITION = (
    "论断是观点:预测、判断、因果解释或建议,每条记下说话人(具名人士或机构、作者本人或匿名来源)、"
    "确定度,以及对其对象 (about) 的立场。报道的事实和数据不是论断,它们是数据点。"
)


def speaker_label(speaker: str, byline: str | None) -> str:
    """A speaker code for people: the article's byline (or 作者) for the author, 匿名来源 for unnamed sources."""
    if speaker == AUTHOR:
        return byline or AUTHOR_ZH
    if speaker == UNNAMED:
        return UNNAMED_ZH
    return speaker


def is_named(speaker: str) -> bool:
    return speaker not in (AUTHOR, UNNAMED)


def label_css() -> str:
    """Stylesheet rules that write each claim's labels after it on article pages.

    The claim span has its codes as classes (``claim bearish forecast likely``);
    the badges span right after it may carry ``data-about``, the subject the stance is toward.
    """
    rules = ["/* Generated from pipeline/sitegen/labels.yaml: the labels of claims on article pages. */"]
    for code, (colour, background) in _LABELS["stance_colours"].items():
        rules.append(f".claim.{code} {{ border-bottom-color: {colour}; }}")
        rules.append(f".claim.{code} + .tags::before {{ background: {background}; color: {colour}; }}")
    for code, label in STANCE_ZH.items():
        rules.append(f'.claim.{code} + .tags::before {{ content: "{label}"; }}')
        rules.append(f'.claim.{code} + .tags[data-about]::before {{ content: "{label} · " attr(data-about); }}')
    for type_code, type_label in CLAIM_TYPE_ZH.items():
        for hedge_code, hedge_label in HEDGE_ZH.items():
            rules.append(
                f'.claim.{type_code}.{hedge_code} + .tags::after {{ content: "{type_label} · {hedge_label}"; }}'
            )
    return "\n".join(rules) + "\n"
