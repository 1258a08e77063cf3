"""A run over whatever analysts saved: every bad file is reported, nothing else is lost."""

from __future__ import annotations

import duckdb
import pytest

from .conftest import ARTICLES, run_job

GOOD = (
    "市场观察:电网成为算力瓶颈\n分析师认为,美国今年的AI资本开支将达到三千亿美元,电网投资必须提前。\n"
    "高盛预计纳指明年上涨百分之十二,但估值已经偏高。\n"
)
TRADITIONAL = (
    "市場觀察:資金流向亞洲\n分析師認為,韓國股市今年上漲約百分之二十八,外資持續流入。\n"
    "日經指數近期上漲約百分之五,日元走強。\n"
)
HTML = """<html><head><title>电力短缺拖累AI扩张</title><style>.x{color:red}</style>
<script>var tracking = "不应出现的脚本文字";</script></head>
<body><nav>首页 | 新闻 | 导航栏文字</nav>
<article><h1>电力短缺拖累AI扩张</h1>
<p>分析师认为,美国每年新增的电力只有约40GW,远远不能满足数据中心的需求,算力扩张的瓶颈正在从芯片转向电网。</p>
<p>多家公司表示,变压器交付周期已经超过两年,电网排队成为新的约束,投资者开始重新评估AI基础设施的回报周期。</p>
</article><footer>版权所有 页脚文字</footer></body></html>"""


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    root = tmp_path_factory.mktemp("messy")
    articles = root / "articles"
    articles.mkdir()
    (articles / "empty.txt").write_bytes(b"")
    (articles / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (articles / "gbk.txt").write_bytes(GOOD.encode("gbk"))
    (articles / "gb18030.txt").write_bytes(GOOD.replace("三千亿", "四千亿").encode("gb18030"))
    (articles / "big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    (articles / "utf16.txt").write_bytes(GOOD.replace("三千亿", "五千亿").encode("utf-16"))
    (articles / "line endings.txt").write_bytes(
        GOOD.replace("三千亿", "六千亿").replace("\n", "\r\n", 1).replace("\n", "\r").encode() + b"\x00\x00"
    )
    (articles / "page.html").write_text(HTML, encoding="utf-8")
    (articles / "copy one.txt").write_text(GOOD.replace("三千亿", "七千亿"), encoding="utf-8")
    (articles / "副本 二.txt").write_text(GOOD.replace("三千亿", "七千亿"), encoding="utf-8")
    (articles / "<img src=x onerror=alert(1)>.txt").write_bytes(b"")
    (articles / "..evil...txt").write_text(GOOD.replace("三千亿", "八千亿"), encoding="utf-8")
    (root / "secret.txt").write_text(
        "机密文件的内容不应进入账本,这是一段足够长的中文文字用来检验路径。", encoding="utf-8"
    )
    (articles / "escape.txt").symlink_to(root / "secret.txt")
    with open(articles / "huge.txt", "wb") as handle:
        handle.truncate(20 * 1024 * 1024)  # 20 MB, refused by size before it is read
    out = root / "out"
    outside_before = sorted(p for p in root.rglob("*") if out not in p.parents and p != out)
    result = run_job(articles, out)
    outside_after = sorted(p for p in root.rglob("*") if out not in p.parents and p != out)
    return result, out, outside_before, outside_after


def test_the_run_succeeds_and_reports_refusals_in_its_metadata(messy):
    result, *_ = messy
    assert result.success
    materialization = next(
        e.event_specific_data.materialization
        for e in result.all_events
        if e.event_type_value == "ASSET_MATERIALIZATION" and e.asset_key.to_user_string() == "ingest_log"
    )
    assert materialization.metadata["files_refused"].value == 5
    report = materialization.metadata["ingest_report"].value
    for name in ["empty.txt", "picture.txt", "huge.txt", "escape.txt"]:
        assert name in report


def _log(out) -> dict[str, tuple]:
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        return {
            row[0]: row[1:]
            for row in conn.execute("SELECT file_name, status, reason, encoding, article_id FROM ingest_log").fetchall()
        }


def test_every_file_has_a_status_and_a_reason(messy):
    _, out, *_ = messy
    log = _log(out)
    refused = {name for name, (status, *_) in log.items() if status == "refused"}
    assert refused == {"empty.txt", "picture.txt", "huge.txt", "escape.txt", "<img src=x onerror=alert(1)>.txt"}
    assert all(log[name][1] for name in refused)
    assert "over the limit" in log["huge.txt"][1]
    assert {log[name][2] for name in ["gbk.txt", "gb18030.txt"]} == {"gb18030"}
    assert log["big5.txt"][2] == "big5"
    assert log["utf16.txt"][2] == "utf-16"
    statuses = {log["copy one.txt"][0], log["副本 二.txt"][0]}
    assert statuses == {"ingested", "duplicate"}
    assert log["copy one.txt"][3] == log["副本 二.txt"][3]


def test_decoded_text_is_right_and_clean(messy):
    _, out, *_ = messy
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        texts = dict(conn.execute("SELECT file_name, text_original FROM articles").fetchall())
        scripts = dict(conn.execute("SELECT file_name, script FROM articles").fetchall())
    assert "三千亿美元" in texts["gbk.txt"]
    assert "韓國股市" in texts["big5.txt"] and scripts["big5.txt"] == "traditional"
    assert "五千亿美元" in texts["utf16.txt"]
    assert "\r" not in texts["line endings.txt"] and "\x00" not in texts["line endings.txt"]
    html = texts["page.html"]
    assert "变压器交付周期" in html
    for junk in ["不应出现的脚本文字", "导航栏文字", "color:red"]:
        assert junk not in html
    assert not any("机密文件" in t for t in texts.values())


def test_no_path_escapes_the_output_folder(messy):
    _, out, before, after = messy
    assert before == after
    assert (out / "ledger.duckdb").is_file()


def test_ingest_report_page_escapes_file_names(messy):
    _, out, *_ = messy
    page = (out / "public" / "ingest.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in page
    assert "<img src=x" not in page
    assert "huge.txt" in page


def test_the_ledger_follows_renames_edits_and_deletions(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(ARTICLES.glob("*.txt"))[:3]:
        (articles / path.name).write_bytes(path.read_bytes())
    first, second, third = sorted(p.name for p in articles.iterdir())
    out = tmp_path / "out"
    assert run_job(articles, out).success
    before = _log(out)

    (articles / first).rename(articles / "renamed.txt")
    edited = articles / second
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\n补充:分析师预计明年资本开支再增加百分之二十。\n", encoding="utf-8"
    )
    (articles / third).unlink()
    assert run_job(articles, out).success
    after = _log(out)

    assert set(after) == {"renamed.txt", second}
    assert after["renamed.txt"][3] == before[first][3]
    assert after[second][3] != before[second][3]
    with duckdb.connect(str(out / "ledger.duckdb"), read_only=True) as conn:
        article_ids = {row[0] for row in conn.execute("SELECT DISTINCT article_id FROM figures").fetchall()}
        assert before[third][3] not in article_ids
        assert conn.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 2
