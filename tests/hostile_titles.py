"""An invented articles folder whose titles carry markup, from every place a title comes from.

Each payload, if it ever ran, would open a dialog naming its file and set
``window.__pwned``. Web pages are left out of the returned titles: what a
page's <title> says is what the HTML parser decodes.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path


def _run(name: str) -> str:
    return f"alert('{Path(name).stem}');__pwned=1"


# Bodies are distinct (one article each) and read as commentary, so nothing is dropped as junk.
_BODIES = [
    "分析师认为纳指今年上涨了百分之二十,资本开支达到三千亿美元。市场预计利率下行,科技股估值仍有支撑。",
    "电网瓶颈可能拖累算力扩张,多家公司表示变压器交付周期已超过两年。能源价格随之上涨了百分之八。",
    "英伟达营收增长了百分之五十,数据中心业务占比继续提高。市场情绪乐观,但估值已处高位。",
    "美联储今年降息三次,黄金价格上涨了百分之十五,分析师认为避险需求还会继续推高金价。",
    "韩国综合指数本月上涨了百分之六,半导体出口增长带动外资流入,机构预计涨势将延续。",
    "美元指数走弱至一百点附近,新兴市场货币普遍反弹,资金回流亚洲股市的迹象明显。",
    "债券收益率回落了三十个基点,长久期资产表现较好,投资者重新评估降息的节奏。",
    "云计算厂商的资本开支同比增长百分之四十,服务器订单排到了明年,供应链普遍扩产。",
    "原油价格下跌了百分之十,航空与化工板块受益,通胀预期随之降温,央行态度转向谨慎。",
    "日本央行维持宽松政策,日元兑美元贬值至一百五十附近,出口企业利润预计改善。",
    "人工智能应用的收入仍然有限,部分投资者担心资本开支回报不及预期,泡沫争论升温。",
    "铜价创下年内新高,电力设备需求旺盛,矿企产量增长不足百分之三,供需缺口扩大。",
    "港股成交额放大到两千亿港元,南向资金持续流入,互联网平台股领涨大市。",
    "台积电先进制程产能满载,订单能见度延伸至后年,设备商的营收指引随之上调。",
    "消费电子需求温和复苏,手机出货量同比增长百分之五,渠道库存回到正常水平。",
    "欧洲央行暂停加息,欧元区通胀回落至百分之二点五,市场押注明年上半年开始降息。",
    "比特币价格波动加剧,单日振幅超过百分之八,杠杆资金被大规模清算。",
    "航运运价回落了百分之二十,集装箱船交付高峰到来,运力过剩的担忧重新出现。",
    "半导体设备进口额增长了百分之三十,国产替代进程加快,相关公司订单饱满。",
]

# file name -> (content, sidecar YAML or None, the title as text)
_TXT = {
    "txt-1.txt": "市场观察:</title><script>{0}</script>纳指创新高",
    "txt-2.txt": "深度 | <img src=x onerror=\"{0}\">算力的电力账单",
    "txt-3.txt": "<svg onload=\"{0}\">英伟达财报前瞻:市场在赌什么",
    "txt-4.txt": "&#60;img src=x onerror={0}&#62;美联储与黄金",
    "txt-5.txt": "[点我看行情](javascript:{0}) 原油价格",
}
_MD = {
    "md-1.md": "</title><script>{0}</script>降息周期:韩国股市的下一步",
    "md-2.md": "<img src=x onerror=\"{0}\">美元走弱",
    "md-3.md": "&lt;script&gt;{0}&lt;/script&gt;债市观察",
    "md-4.md": "&amp;lt;img src=x onerror=&amp;quot;{0}&amp;quot;&amp;gt;云厂商扩产",
    "md-5.md": "[点我看行情](javascript:{0}) 与 <a href=\"javascript:{0}\">原油</a>",
}
_SIDECAR = {
    "yml-1.txt": "<svg/onload=\"{0}\">侧车标题:日本央行",
    "yml-2.txt": "</title><base href=\"//evil.invalid/\"><script>{0}</script>人工智能泡沫",
    "yml-3.txt": "<iframe srcdoc=\"<script>parent.{0}</script>\"></iframe>铜价新高",
    "yml-4.txt": "&#60;script&#62;{0}&#60;/script&#62;港股成交",
}
# The <title> element of a web page, as HTML source: entities, numeric and double-encoded.
_HTML = {
    "html-1.html": "&lt;/title&gt;&lt;script&gt;{0}&lt;/script&gt;台积电产能",
    "html-2.html": "&amp;lt;img src=x onerror={0}&amp;gt;消费电子",
    "html-3.html": "&#60;svg onload=&#34;{0}&#34;&#62;欧洲央行",
    "html-4.html": "&lt;a href=&quot;javascript:{0}&quot;&gt;比特币&lt;/a&gt;",
}

# Two names that differ only in Unicode normalisation (composed é, then e + combining acute),
# and two that differ only in width (full-width Ａ, then A).
NORMALISATION_TWINS = [
    (unicodedata.normalize("NFC", "café-评论.txt"), unicodedata.normalize("NFD", "café-评论.txt")),
    ("\uff21股观察.txt", "A股观察.txt"),
]
_TWIN_BODIES = [
    "白银价格上涨了百分之十二,光伏需求拉动工业用银,库存降至多年低位。",
    "锂价跌去了百分之七十,矿山减产消息频出,电池厂商的成本压力明显缓解。",
    "A股成交额连续五日超过一万亿元,两融余额回升,券商板块率先走强。",
    "保险资金加大权益配置,红利资产获得增持,高股息策略继续占优。",
]


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_corpus(folder: Path) -> dict[str, str]:
    """Write the folder; returns file name -> its title as text, for the files whose title is written as is."""
    folder.mkdir(parents=True, exist_ok=True)
    bodies = iter(_BODIES)
    titles: dict[str, str] = {}
    for name, template in _TXT.items():
        title = template.format(_run(name))
        (folder / name).write_text(f"{title}\n\n{next(bodies)}\n", encoding="utf-8")
        titles[name] = title
    for name, template in _MD.items():
        title = template.format(_run(name))
        front = f"---\ntitle: {_yaml_string(title)}\nurl: \"javascript:{_run(name)}\"\n---\n"
        (folder / name).write_text(f"{front}{next(bodies)}\n", encoding="utf-8")
        titles[name] = title
    # A title in a block scalar keeps its line breaks: the site shows it on one line.
    lines = ["多行标题", f"<script>{_run('md-6.md')}</script>", "第三行"]
    block = "".join(f"\n  {line}" for line in lines)
    (folder / "md-6.md").write_text(f"---\ntitle: |{block}\n---\n{next(bodies)}\n", encoding="utf-8")
    titles["md-6.md"] = " ".join(lines)
    for name, template in _SIDECAR.items():
        title = template.format(_run(name))
        (folder / name).write_text(f"{next(bodies)}\n", encoding="utf-8")
        (folder / name).with_suffix(".yml").write_text(f"title: {_yaml_string(title)}\n", encoding="utf-8")
        titles[name] = title
    for name, source in _HTML.items():
        page = (
            f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{source.format(_run(name))}</title></head>"
            f"<body><article><p>{next(bodies)}</p></article></body></html>"
        )
        (folder / name).write_text(page, encoding="utf-8")
    twin_bodies = iter(_TWIN_BODIES)
    for pair in NORMALISATION_TWINS:
        for name in pair:
            (folder / name).write_text(f"{next(twin_bodies)}\n", encoding="utf-8")
    return titles
