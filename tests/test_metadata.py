"""Front matter, sidecar files and publication dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline.extraction.metadata import Metadata, MetadataError, parse_published, sidecar_path, split_front_matter

BODY = "美联储本周维持利率不变。\n第二段。"


@pytest.mark.parametrize(
    ("text", "metadata", "body"),
    [
        (BODY, Metadata(), BODY),
        (
            "---\ntitle: 降息的三条线索\nauthor: 张三\nsource: 某某财经\nurl: https://example.com/a\npublished: 2025-11-03\n---\n" + BODY,
            Metadata("降息的三条线索", "张三", "某某财经", "https://example.com/a", date(2025, 11, 3)),
            BODY,
        ),
        ("---\ntitle: 标题\nextra: ignored\n...\n" + BODY, Metadata(title="标题"), BODY),
        ("---\n---\n" + BODY, Metadata(), BODY),
        ("---\ntitle: '  '\nauthor: 2025\npublished: 2025年11月3日\n---\n" + BODY,
         Metadata(author="2025", published=date(2025, 11, 3)), BODY),
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


# The last: spaces the date pattern once split two ways at every length before a line it cannot read.
@pytest.mark.parametrize("value", ["昨天", "2025-13-01", "2025-02-30", "11/03/2025", 20251103, "2025-11-03" + " " * 5000 + "x\ny"])
def test_published_values_that_are_not_dates_are_refused(value):
    with pytest.raises(MetadataError, match="not a date"):
        parse_published(value)


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
