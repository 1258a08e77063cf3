"""Front matter, sidecar files and publication dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline.extraction.limits import LIMITS
from pipeline.extraction.metadata import (
    Metadata,
    MetadataError,
    load_yaml,
    parse_metadata,
    parse_published,
    sidecar_path,
    split_front_matter,
)

BODY = "美联储本周维持利率不变。\n第二段。"


@pytest.mark.parametrize(
    ("text", "metadata", "body"),
    [
        (BODY, Metadata(), BODY),
        (
            "---\ntitle: 降息的三条线索\nauthor: 张三\nsource: 某某财经\n"
            "url: https://example.com/a\npublished: 2025-11-03\n---\n"
            + BODY,
            Metadata("降息的三条线索", "张三", "某某财经", "https://example.com/a", date(2025, 11, 3), "front_matter"),
            BODY,
        ),
        ("---\ntitle: 标题\nextra: ignored\n...\n" + BODY, Metadata(title="标题"), BODY),
        ("---\n---\n" + BODY, Metadata(), BODY),
        (
            "---\ntitle: '  '\nauthor: 2025\npublished: 2025年11月3日\n---\n" + BODY,
            Metadata(author="2025", published=date(2025, 11, 3), published_from="front_matter"),
            BODY,
        ),
        ("正文开头\n---\ntitle: 不是前置元数据\n---\n", Metadata(), "正文开头\n---\ntitle: 不是前置元数据\n---\n"),
    ],
    ids=["none", "all-keys", "dots-close-and-unknown-key", "empty", "blank-and-non-text-values", "rule-not-at-start"],
)
def test_front_matter_is_split_from_the_text(text, metadata, body):
    assert split_front_matter(text) == (metadata, body)


@pytest.mark.parametrize(
    ("text", "reason_part"),
    [
        ("---\ntitle: 标题\n" + BODY, "never closed"),
        ("---\ntitle: [unclosed\n---\n" + BODY, "not valid YAML"),
        ("---\n- a\n- b\n---\n" + BODY, "mapping"),
        ("---\npublished: 昨天\n---\n" + BODY, "is not a date"),
    ],
    ids=["unclosed", "bad-yaml", "not-a-mapping", "bad-date"],
)
def test_unreadable_front_matter_is_an_error_with_a_reason(text, reason_part):
    with pytest.raises(MetadataError, match=reason_part):
        split_front_matter(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        (date(2025, 11, 3), date(2025, 11, 3)),
        (datetime(2025, 11, 3, 23, 59), date(2025, 11, 3)),
        ("2025-11-03", date(2025, 11, 3)),
        ("2025/11/3", date(2025, 11, 3)),
        ("2025.11.03", date(2025, 11, 3)),
        ("2025年11月3日", date(2025, 11, 3)),
        ("2025-11-03T10:00:00Z", date(2025, 11, 3)),
        ("2025-11-03 08:30", date(2025, 11, 3)),
        ("2025-11-03   08:30", date(2025, 11, 3)),
        ("2025 年 11 月 3 日 08:30", date(2025, 11, 3)),
    ],
)
def test_published_dates_are_parsed(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "昨天",
        "2025-13-01",
        "2025-02-30",
        "2023-02-29",
        "2025-00-10",
        "2025年4月31日",
        "11/03/2025",
        20251103,
        "9" * 5000,
    ],
)
def test_published_values_that_are_not_dates_are_refused(value):
    with pytest.raises(MetadataError, match="not a date"):
        parse_published(value)


def test_a_date_is_read_from_the_head_of_a_long_value():
    # Spaces the date pattern once split two ways at every length before a line it could not read.
    assert parse_published("2025-11-03" + " " * 5000 + "x\ny") == date(2025, 11, 3)


@pytest.mark.parametrize(
    "value",
    ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", date(1, 1, 1), datetime(9999, 12, 31, 23, 59)],
    ids=str,
)
def test_published_dates_outside_the_bounds_are_refused(value):
    with pytest.raises(MetadataError, match="outside the years 1900–2100"):
        parse_published(value)


@pytest.mark.parametrize("value", ["1900-01-01", "2100-12-31", date(1900, 1, 1)], ids=str)
def test_published_dates_at_the_bounds_are_kept(value):
    assert LIMITS.earliest_year <= parse_published(value).year <= LIMITS.latest_year


def _alias_bomb(levels: int) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    return "\n".join(lines + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)])


@pytest.mark.parametrize(
    ("block", "reason_part"),
    [
        (_alias_bomb(12), "aliases"),  # 9^12 strings once expanded
        ("x: &x 标题\ntitle: *x", "aliases"),
        ("title: &t 标题\nauthor: [*t]", "aliases"),
        ("<<: *base\ntitle: t", "aliases"),
        ("k: " + "[" * 3000 + "]" * 3000, "nested more than 10 levels deep"),
        ("k: " + "{a: " * 3000 + "1" + "}" * 3000, "nested more than 10 levels deep"),
        ("k: " + "[" * 10 + "]" * 10, "nested more than 10 levels deep"),
        ("title: " + "9" * 6000, "holds a value that cannot be read"),
        ("k: " + "值" * (LIMITS.max_metadata_bytes // 3 + 1), "over the limit"),
        ("title: !!python/object:os.system x", "not valid YAML"),
        ("title: [unclosed", "not valid YAML"),
    ],
    ids=[
        "alias-bomb",
        "alias-scalar",
        "alias-in-list",
        "merge-key",
        "deep-list",
        "deep-map",
        "eleven-levels",
        "huge-int",
        "too-big",
        "python-tag",
        "unclosed",
    ],
)
def test_the_metadata_loader_refuses_what_costs_or_cannot_be_read(block, reason_part):
    with pytest.raises(MetadataError, match=reason_part):
        load_yaml(block, "the front matter")


@pytest.mark.parametrize(
    ("block", "value"),
    [
        ("published: 2025-11-03", {"published": "2025-11-03"}),  # dates stay text for parse_published
        ("published: 2025-13-01", {"published": "2025-13-01"}),
        ("title: &t 标题", {"title": "标题"}),  # an anchor alone costs nothing
        ("", None),
        ("k: " + "[" * 8 + "1" + "]" * 8, {"k": [[[[[[[[1]]]]]]]]}),  # ten levels, the front matter's own included
        ("k: " + "值" * (LIMITS.max_metadata_bytes // 3 - 10), {"k": "值" * (LIMITS.max_metadata_bytes // 3 - 10)}),
    ],
    ids=["date", "impossible-date", "anchor", "empty", "ten-levels", "just-under-the-limit"],
)
def test_the_metadata_loader_reads_plain_yaml(block, value):
    assert load_yaml(block, "the front matter") == value


def test_an_impossible_yaml_date_is_a_refusal_not_a_crash():
    with pytest.raises(MetadataError, match=r"published '2025-13-01' is not a date \(month must be in 1..12\)"):
        parse_metadata("published: 2025-13-01", "the front matter", "front_matter")


@pytest.mark.parametrize(
    ("sidecars", "found"),
    [([], None), (["a.yml"], "a.yml"), (["a.yaml"], "a.yaml"), (["a.yml", "a.yaml"], "a.yml"), (["b.yml"], None)],
)
def test_the_sidecar_is_the_yml_beside_the_article(tmp_path, sidecars, found):
    article = tmp_path / "a.txt"
    article.write_text(BODY, encoding="utf-8")
    for name in sidecars:
        (tmp_path / name).write_text("title: x\n", encoding="utf-8")
    path = sidecar_path(article)
    assert (path.name if path else None) == found


def test_metadata_gaps_are_filled_from_a_fallback():
    given = Metadata(title="给定标题", published=None)
    fallback = Metadata(title="备用标题", author="张三", published=date(2025, 1, 2))
    assert given.filled_from(fallback) == Metadata(title="给定标题", author="张三", published=date(2025, 1, 2))
