"""A folder of what an unlucky user or an attacker may leave among the articles, written fresh for each test.

``write_hostile_corpus`` fills a folder and returns what a run must make of it:
which entries it stores as articles, which it refuses and a fragment of each
reason. Every text is invented here. Several instances of each class.
"""

from __future__ import annotations

import os
import socket
import stat
from dataclasses import dataclass, field
from pathlib import Path

from tests.pdf_maker import make_pdf, make_scan
from tests.post_exports import COVER, CSS, wechat_export

# Each article needs its own text (the same text under two names is stored once).
_BODY = (
    "分析师认为,{subject}今年的资本开支将达到{amount}亿元,{cause}。\n"
    "多家机构表示,{subject}明年的营收可能增长百分之{growth},但估值已经偏高。\n"
)
_SUBJECTS = [
    "电网公司",
    "芯片厂商",
    "光伏企业",
    "保险公司",
    "券商",
    "银行",
    "车企",
    "航运公司",
    "钢铁企业",
    "电池厂商",
    "水务公司",
    "港口集团",
    "煤炭企业",
    "医药公司",
    "零售商",
    "地产商",
    "物流公司",
    "游戏公司",
    "航空公司",
    "化工企业",
]


def body(n: int) -> str:
    """A short, distinct, ordinary article text (number ``n``)."""
    subject = _SUBJECTS[n % len(_SUBJECTS)]
    return "市场观察\n" + _BODY.format(subject=subject, amount=120 + 7 * n, cause="需求持续回升", growth=3 + n % 40)


def front_matter(yaml_block: str, n: int) -> str:
    return f"---\n{yaml_block}\n---\n" + body(n)


def _alias_bomb(levels: int = 9) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines)


@dataclass
class Expected:
    stored: set[str] = field(default_factory=set)  # shown names stored as articles (or their owners)
    refused: dict[str, str] = field(default_factory=dict)  # shown name -> a fragment of its reason
    noted: dict[str, str] = field(default_factory=dict)  # stored, with a note in the log -> fragment
    unreadable: set[str] = field(default_factory=set)  # names the test must make unreadable
    skipped: list[str] = field(default_factory=list)  # instances this machine cannot make, and why


def write_hostile_corpus(root: Path) -> Expected:
    root.mkdir(parents=True, exist_ok=True)
    expected = Expected()
    counter = iter(range(10_000))

    def article(name: str | bytes, text: str, refused: str | None = None, shown: str | None = None) -> None:
        path = os.path.join(os.fsencode(root), os.fsencode(name))
        with open(path, "wb") as handle:
            handle.write(text.encode("utf-8"))
        shown = shown or os.fsdecode(name)
        if refused:
            expected.refused[shown] = refused
        else:
            expected.stored.add(shown)

    for _ in range(3):  # ordinary articles the run must keep
        n = next(counter)
        article(f"ordinary-{n}.txt", body(n))

    # Markup in a file name, a first-line title, a front-matter title and the text: stored, shown as text.
    article("<img src=x onerror=window.__pwned=1>.txt", body(next(counter)))
    article("markup-title.txt", "</title><script>window.__pwned=1;alert('t')</script>研报摘要\n" + body(next(counter)))
    article(
        "markup-body.md",
        front_matter('title: "<img src=x onerror=\\"window.__pwned=1;alert(1)\\">"', next(counter))
        + "正文里的<script>window.__pwned=1;alert('body')</script>脚本,以及[链接](javascript:alert(1))。\n",
    )

    # Names that are not valid UTF-8 (GBK, Latin-1, stray bytes) or hold control characters: kept, noted.
    for raw, shown, note in [
        (b"gbk-\xd6\xd0\xce\xc4.txt", "gbk-\\xd6\\xd0\\xce\\xc4.txt", "as GB18030 the name reads 'gbk-中文.txt'"),
        (b"latin1-caf\xe9.md", "latin1-caf\\xe9.md", "not valid UTF-8"),
        (b"stray-\xff\xfe.txt", "stray-\\xff\\xfe.txt", "not valid UTF-8"),
        (b"tab\tand\nnewline.txt", "tab\\x09and\\x0anewline.txt", "control characters"),
    ]:
        article(raw, body(next(counter)), shown=shown)
        expected.noted[shown] = note
    # A real name that reads exactly like the shown form of another: both kept under distinct keys.
    article("stray-\\xff\\xfe.txt", body(next(counter)))
    expected.stored.discard("stray-\\xff\\xfe.txt")
    expected.stored |= {"stray-\\xff\\xfe.txt", "stray-\\xff\\xfe.txt#2"}
    expected.noted["stray-\\xff\\xfe.txt#2"] = expected.noted.pop("stray-\\xff\\xfe.txt")

    # Impossible dates, in front matter (quoted or not) and in sidecars.
    for i, value in enumerate(["2025-13-01", "'2025-02-30'", "2025-00-10", "2024年2月31日", "2025-04-31T10:00:00"]):
        article(f"bad-date-{i}.md", front_matter(f"title: 日期{i}\npublished: {value}", next(counter)), "is not a date")
    for i, value in enumerate(["2023-02-29", "2025/6/31"]):
        article(f"bad-sidecar-date-{i}.txt", body(next(counter)), "is not a date")
        (root / f"bad-sidecar-date-{i}.yml").write_text(f"published: {value}\n", encoding="utf-8")

    # The edges of the calendar: refused outside 1900–2100, kept at the bounds, whatever the relative periods.
    relative = (
        "去年营收下降百分之三,上季度利润增长百分之五,上月出口增长百分之二,"
        "下季度预计回升百分之四,明年目标增长百分之六。\n"
    )
    for i, value in enumerate(["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "0999-06-15"]):
        article(
            f"edge-year-{i}.md",
            front_matter(f"published: {value}", next(counter)) + relative,
            "outside the years 1900–2100",
        )
    for i, value in enumerate(["1900-01-01", "2100-12-31", "1900-03-01", "2100-10-01"]):
        article(f"bound-year-{i}.md", front_matter(f"published: {value}", next(counter)) + relative)
    article("edge-year-sidecar.txt", body(next(counter)) + relative, "outside the years 1900–2100")
    (root / "edge-year-sidecar.yml").write_text("published: 9999-01-01\n", encoding="utf-8")
    article("far-years-in-text.txt", body(next(counter)) + "九九九九年营收增长百分之十,公元一年以来上涨百分之五。\n")

    # YAML that costs without bound, or cannot be read.
    article("alias-bomb.md", front_matter(_alias_bomb(), next(counter)), "aliases")
    article("alias-small.md", front_matter("x: &x 标题\ntitle: *x", next(counter)), "aliases")
    article("alias-sidecar.txt", body(next(counter)), "aliases")
    (root / "alias-sidecar.yml").write_text(_alias_bomb(), encoding="utf-8")
    article(
        "deep-nesting.md",
        front_matter("k: " + "[" * 5000 + "]" * 5000, next(counter)),
        "nested more than 10 levels deep",
    )
    article("huge-number.md", front_matter("title: " + "9" * 6000, next(counter)), "holds a value that cannot be read")
    article(
        "huge-front-matter.md",
        front_matter("\n".join(f"k{i}: {'值' * 40}" for i in range(1000)), next(counter)),
        "over the limit",
    )
    article(
        "truncated-front-matter.md", "---\ntitle: 未闭合\npublished: 2025-01-02\n" + body(next(counter)), "never closed"
    )
    article("truncated-mid-value.md", "---\ntitle: '未闭合的引号\n", "never closed")
    article("not-a-mapping.md", front_matter("- 一\n- 二", next(counter)), "mapping")
    article("front-matter-only.md", "---\ntitle: 只有元数据\n---\n", "no article text")
    article("empty-front-matter.md", front_matter("", next(counter)))
    article("blank-front-matter.md", front_matter("   \n\n", next(counter)))

    # Exported posts and PDFs: junk dropped and the posts kept; nothing left, a scan, a damaged PDF refused.
    for i in range(2):
        n = next(counter)
        article(f"exported-post-{i}.md", wechat_export(f"市场观察{n}", body(n).split("\n")[1:]))
    article("css-only.md", CSS + "\n", "no article text is left")
    article(
        "cover-and-link.md",
        f"{CSS}\n\n{COVER}\n\n[阅读原文](https://mp.weixin.qq.com/s/x)\n",
        "no article text is left",
    )
    note = make_pdf(root / "note.pdf", [[f"市场观察{next(counter)}", *body(next(counter)).split("\n")[1:]]])
    expected.stored.add(note.name)
    for i in range(2):
        expected.refused[make_scan(root / f"scan-{i}.pdf").name] = "no text layer"
    (root / "damaged.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    (root / "truncated.pdf").write_bytes(note.read_bytes()[:400])
    expected.refused |= {"damaged.pdf": "the PDF cannot be read", "truncated.pdf": "the PDF cannot be read"}

    # Per-file limits: lines and titles.
    for i, length in enumerate([100_001, 250_000]):
        article(f"huge-line-{i}.txt", body(next(counter)) + "涨" * length + "\n", "over the limit of 100,000")
    article("huge-title.md", front_matter("title: " + "标" * 20_000, next(counter)), "the title is 20,000 characters")
    article("long-title-sidecar.txt", body(next(counter)), "the title is 301 characters")
    (root / "long-title-sidecar.yml").write_text("title: " + "题" * 301 + "\n", encoding="utf-8")
    page = (
        "<html><head><title>"
        + "页" * 5000
        + "</title></head><body><article><p>"
        + body(next(counter)).replace("\n", "</p><p>")
        + "</p></article></body></html>"
    )
    article("huge-html-title.html", page, "the title is")

    # Files the process may not read (the test makes the reading fail as it would for another user).
    for name in ["locked-0.txt", "locked-1.md"]:
        article(name, body(next(counter)), "cannot be read (Permission denied)")
        expected.unreadable.add(name)

    # Entries that are not regular files: never opened, each refused with what it is.
    for name in ["pipe.txt", "pipe.md", "pipe.html"]:
        os.mkfifo(root / name)
        expected.refused[name] = "a named pipe"
    (root / "link-to-pipe.txt").symlink_to("pipe.txt")
    expected.refused["link-to-pipe.txt"] = "a named pipe"
    sockets = []
    for name in ["socket.txt", "socket.md"]:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(root / name))
        sockets.append(server)
        expected.refused[name] = "a socket"
    for server in sockets:  # the socket file stays after its socket is closed
        server.close()
    try:
        os.mknod(root / "device.txt", stat.S_IFCHR | 0o644, os.makedev(1, 3))
        expected.refused["device.txt"] = "a character device"
    except (PermissionError, OSError) as error:
        expected.skipped.append(f"device.txt: {error}")
    (root / "folder.txt").mkdir()
    expected.refused["folder.txt"] = "a folder named like an article"
    article("folder.txt/inside.txt", body(next(counter)))
    (root / "folder-link.md").symlink_to("folder.txt")
    expected.refused["folder-link.md"] = "a folder named like an article"
    (root / "dangling.txt").symlink_to("nowhere.txt")
    expected.refused["dangling.txt"] = "leads nowhere"
    return expected
