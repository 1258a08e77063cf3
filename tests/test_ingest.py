"""Reading a folder of article files into articles, refusals and the file log."""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from pipeline.extraction.ingest import read_article
from pipeline.extraction.limits import LIMITS
from pipeline.extraction.records import Article, Refusal

from .folder_reading import Folder, read_folder

P1 = "美联储本周维持利率不变,但声明措辞出现明显变化,市场开始押注年内两次降息。"
P2 = "通胀回落速度快于预期,劳动力市场降温,给了货币政策更多空间,债券收益率继续下行。"
P3 = "分析人士认为,美元指数可能进一步走弱,而黄金价格仍有上行空间,新兴市场资金流入有望加快。"
TEXT = f"美联储转向:降息的三条线索\n\n{P1}\n\n{P2}\n\n{P3}\n"
TRADITIONAL = "美聯儲轉向:降息的三條線索\n\n美聯儲本週維持利率不變,但聲明措辭出現明顯變化,市場開始押注年內兩次降息。\n"

HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>美联储转向:降息的三条线索 - 某某财经</title>
<style>.ad {{ color: red }} body::before {{ content: "样式里的字" }}</style>
<script>var tracker = "脚本里的字"; document.write("脚本输出");</script></head>
<body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/markets">导航里的市场频道</a></li></ul></nav>
<article>
<h1>美联储转向:降息的三条线索</h1>
<p>{P1}</p>
<p>{P2}</p>
<p>{P3}</p>
</article>
<footer>版权所有 京ICP备12345678号</footer>
</body></html>
"""


def write(folder: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode(encoding)
    path.write_bytes(content)
    return path


def only_article(folder: Folder) -> Article:
    assert len(folder.articles) == 1, folder
    return folder.articles[0]


def test_an_html_page_gives_only_the_article_text(tmp_path):
    write(tmp_path, "page.html", HTML)
    article = only_article(read_folder(tmp_path))
    for junk in ("样式里的字", "脚本里的字", "脚本输出", "导航里的市场频道", "首页", "ICP"):
        assert junk not in article.text_original
    for paragraph in (P1, P2, P3):
        assert paragraph in article.text_original
    assert article.title == "美联储转向:降息的三条线索"
    assert article.encoding == "utf-8"


def test_an_htm_page_in_gbk_is_read(tmp_path):
    write(tmp_path, "page.htm", HTML.replace("utf-8", "gbk"), encoding="gbk")
    article = only_article(read_folder(tmp_path))
    assert P2 in article.text_original
    assert article.encoding == "gb18030"


def test_markdown_front_matter_gives_metadata_and_is_not_text(tmp_path):
    front = (
        "---\ntitle: 给定的标题\nauthor: 张三\nsource: 某某财经\n"
        "url: https://example.com/a\npublished: 2025-11-03\n---\n"
    )
    write(tmp_path, "note.md", front + TEXT)
    article = only_article(read_folder(tmp_path))
    assert (article.title, article.author, article.source, article.url, article.published) == (
        "给定的标题",
        "张三",
        "某某财经",
        "https://example.com/a",
        date(2025, 11, 3),
    )
    assert "---" not in article.text_original and "author" not in article.text_original
    assert article.text_original.startswith("美联储转向:降息的三条线索\n")


@pytest.mark.parametrize("suffix", [".yml", ".yaml"])
def test_a_sidecar_yml_gives_metadata_and_is_not_an_article(tmp_path, suffix):
    write(tmp_path, "a.txt", TEXT)
    write(tmp_path, f"a{suffix}", "author: 李四\npublished: 2025/1/2\nsource: 某某周刊\n")
    corpus = read_folder(tmp_path)
    article = only_article(corpus)
    assert (article.title, article.author, article.source, article.published) == (
        "美联储转向:降息的三条线索",
        "李四",
        "某某周刊",
        date(2025, 1, 2),
    )
    assert corpus.names == ["a.txt"]


def test_front_matter_wins_over_the_sidecar(tmp_path):
    write(tmp_path, "a.md", "---\nauthor: 张三\n---\n" + TEXT)
    write(tmp_path, "a.yml", "author: 李四\ntitle: 侧边标题\n")
    article = only_article(read_folder(tmp_path))
    assert (article.author, article.title) == ("张三", "侧边标题")


def test_the_same_text_under_two_names_has_one_identity(tmp_path):
    """Two encodings and line ends of one text are one article_id: the ledger keeps one of them
    (the rule is settle_duplicates.sql, tested through the run in test_bad_input and test_incremental)."""
    write(tmp_path, "b.txt", TEXT)
    write(tmp_path, "a.txt", TEXT.replace("\n", "\r\n"), encoding="gb18030")
    a, b = read_folder(tmp_path).results
    assert (a.file_name, a.encoding, b.file_name, b.encoding) == ("a.txt", "gb18030", "b.txt", "utf-8")
    assert a.article_id == b.article_id and a.text_original == b.text_original


def test_names_with_spaces_and_chinese_characters_and_subfolders(tmp_path):
    write(tmp_path, "2025 年/十一月 评论 (1).txt", TEXT)
    article = only_article(read_folder(tmp_path))
    assert article.file_name == "2025 年/十一月 评论 (1).txt"


def test_the_article_fields(tmp_path):
    path = write(tmp_path, "a.txt", TEXT)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    article = read_article(path, tmp_path)
    assert isinstance(article, Article)
    assert article.sha256 == hashlib.sha256(article.text_original.encode("utf-8")).hexdigest()
    assert article.article_id == article.sha256[:16]
    assert article.n_chars == len(article.text_original) == len(article.text_simplified)
    assert article.ingested_at == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    assert article.script == "simplified"
    assert article.text_original == TEXT.strip()


def test_a_big5_traditional_file(tmp_path):
    write(tmp_path, "t.txt", TRADITIONAL, encoding="big5")
    article = only_article(read_folder(tmp_path))
    assert (article.encoding, article.script) == ("big5", "traditional")
    assert article.text_simplified.startswith("美联储转向:降息的三条线索")
    assert len(article.text_simplified) == len(article.text_original)


@pytest.mark.parametrize(
    ("name", "content", "reason_part"),
    [
        ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        ("empty.txt", b"", "empty"),
        ("big.txt", TEXT * 50, "over the limit"),
        ("junk.txt", "![]()\n页:\n[1]\n", "no article text"),
        ("bad-front.md", "---\ntitle: [oops\n---\n" + TEXT, "not valid YAML"),
        ("empty.html", "<html><body><nav>首页</nav></body></html>", "no article text"),
    ],
)
def test_unusable_files_are_refused_and_the_run_goes_on(tmp_path, name, content, reason_part):
    write(tmp_path, name, content)
    write(tmp_path, "good.txt", TEXT)
    corpus = read_folder(tmp_path, max_bytes=4096)
    assert [a.file_name for a in corpus.articles] == ["good.txt"]
    (refusal,) = corpus.refusals
    assert refusal.file_name == name and reason_part in refusal.reason


def test_a_bad_sidecar_refuses_its_article(tmp_path):
    write(tmp_path, "a.txt", TEXT)
    write(tmp_path, "a.yml", "published: 昨天\n")
    (refusal,) = read_folder(tmp_path).refusals
    assert refusal == Refusal(
        "a.txt", "the metadata file a.yml: published '昨天' is not a date (write it as YYYY-MM-DD)"
    )


def test_hidden_unsupported_and_sidecar_files_are_not_articles(tmp_path):
    write(tmp_path, "a.txt", TEXT)
    write(tmp_path, ".hidden.txt", TEXT + "隐藏")
    write(tmp_path, ".cache/b.txt", TEXT + "隐藏目录")
    write(tmp_path, "notes.docx", b"PK\x03\x04")
    write(tmp_path, "c.yml", "title: 孤立的元数据\n")
    write(tmp_path, "D.TXT", TEXT + "大写后缀。")
    assert read_folder(tmp_path).names == ["D.TXT", "a.txt"]


def test_links_never_lead_outside_the_folder(tmp_path):
    root, outside = tmp_path / "articles", tmp_path / "outside"
    write(outside, "secret.txt", TEXT + "外面的文件。")
    write(root, "a.txt", TEXT)
    (root / "in.txt").symlink_to(root / "a.txt")
    (root / "out.txt").symlink_to(outside / "secret.txt")
    (root / "linked-folder").symlink_to(outside, target_is_directory=True)
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    corpus = read_folder(root)
    a, dangling, inside, out = corpus.results
    assert [r.file_name for r in corpus.results] == ["a.txt", "dangling.txt", "in.txt", "out.txt"]
    assert isinstance(dangling, Refusal) and isinstance(out, Refusal)
    assert inside.article_id == a.article_id  # a link inside is the same text again
    assert "outside the articles folder" in out.reason
    assert all("外面" not in a.text_original for a in corpus.articles)


def test_results_are_identical_across_two_calls(tmp_path):
    write(tmp_path, "a.txt", TEXT)
    write(tmp_path, "b.html", HTML)
    write(tmp_path, "c.txt", TRADITIONAL, encoding="big5")
    write(tmp_path, "d.txt", b"")
    assert read_folder(tmp_path) == read_folder(tmp_path)


def test_the_bundled_folder_is_read_whole():
    root = Path(__file__).resolve().parents[1] / "data" / "articles"
    corpus = read_folder(root)
    assert len(corpus.articles) == 4 and not corpus.refusals
    assert len({a.article_id for a in corpus.articles}) == 4


def _limit_cases():
    line, title = LIMITS.max_line_chars, LIMITS.max_title_chars
    return [
        ("line-at-limit.txt", f"{P1}\n{'涨' * line}\n", None),
        (
            "line-over-limit.txt",
            f"{P1}\n{'涨' * (line + 1)}\n",
            f"line 2 is {line + 1:,} characters long, over the limit of {line:,}",
        ),
        ("title-at-limit.md", f"---\ntitle: {'标' * title}\n---\n{P1}\n", None),
        (
            "title-over-limit.md",
            f"---\ntitle: {'标' * (title + 1)}\n---\n{P1}\n",
            f"the title is {title + 1:,} characters long, over the limit of {title:,}",
        ),
        (
            "headline-over-limit.txt",
            f"{'题' * (title + 1)}\n\n{P1}\n{P2}\n",
            None,
        ),  # a long first line is text, not a title
    ]


LIMIT_CASES = _limit_cases()


@pytest.mark.parametrize(("name", "content", "reason"), LIMIT_CASES, ids=[case[0] for case in LIMIT_CASES])
def test_lines_and_titles_over_their_limits_refuse_the_file(tmp_path, name, content, reason):
    found = read_article(write(tmp_path, name, content), tmp_path)
    if reason is None:
        assert isinstance(found, Article)
    else:
        assert found == Refusal(name, reason)


def test_an_unexpected_failure_refuses_its_file_only(tmp_path, monkeypatch):
    from pipeline.extraction import ingest

    write(tmp_path, "a.txt", TEXT)
    write(tmp_path, "b.txt", TEXT.replace("三条", "四条"))

    def failing(lines, title_line=None):
        if any("四条" in line for line in lines):
            raise MemoryError("simulated")
        return real(lines, title_line)

    real = ingest.clean_lines
    monkeypatch.setattr(ingest, "clean_lines", failing)
    corpus = read_folder(tmp_path)
    assert [a.file_name for a in corpus.articles] == ["a.txt"]
    assert corpus.refusals == (Refusal("b.txt", "reading the file failed: MemoryError: simulated"),)
