"""Invented posts as a common exporter saves them to Markdown, junk and all; and what counts as junk left.

Used by the ingest tests and by bench/bench_ingest.py (which wraps the bundled
articles the same way). Every text here is written for the tests.
"""

from __future__ import annotations

import re

# Markup or styling that must never reach a kept sentence.
MARKUP = re.compile(
    r"!\[|\]\(|\[[^\]]*\]\(|https?://|www\.|javascript|void\s*\(|wx_fmt|mmbiz|qlogo|\\[_()*\[\]#]"
    r"|\{[^{}]*:[^{}]*\}|[.#][a-z_][\w-]*\s*\{|</?[a-z][^>]*>|^#{1,6}\s|={3,}|-{3,}",
    re.IGNORECASE,
)
# Page furniture of the platform, in words.
FURNITURE = (
    "以下文章来源于", "沉浸阅读", "点击上方", "蓝字", "扫码", "扫一扫", "阅读原文", "往期推荐", "推荐阅读",
    "轻点两下", "继续滑动", "向上滑动", "预览时标签", "知道了", "作者头像", "打赏", "关注该公众号", "点击下方",
    "喜欢此内容", "文章已于", "END",
)

CSS = (
    ".rich\\_media\\_wrp { max-width: 677px !important; margin: 0 auto; } "
    ".rich\\_media\\_inner .rich\\_media\\_area\\_primary { padding: 20px 16px 12px; }"
)
COVER = "![cover_image](https://mmbiz.qpic.cn/mmbiz_jpg/AbCdEf123/0?wx_fmt=jpeg)"
IMAGE = "![图片](https://mmbiz.qpic.cn/mmbiz_png/XyZ987/640?wx_fmt=png&from=appmsg)"
CARD = (
    "[![](http://wx.qlogo.cn/mmhead/Q3auHgzwzM4/0)\n\n**{origin}**.\n\n"
    "{origin}专注宏观研究与资产配置，每周更新。\n\n](#)"
)
TAIL = (
    "END\n\n点击下方卡片，关注远山宏观笔记\n\n文章已于2026-01-30修改\n\n"
    "喜欢此内容的人还喜欢\n\n[人民币汇率的下一站](http://mp.weixin.qq.com/s?__biz=MzA1&mid=3)\n\n"
    "往期推荐\n\n[美元走弱的三个信号](http://mp.weixin.qq.com/s?__biz=MzA1&mid=1)\n\n"
    "[黄金还能涨多久](http://mp.weixin.qq.com/s?__biz=MzA1&mid=2)\n\n"
    "![](https://mmbiz.qpic.cn/mmbiz_gif/EnD/0?wx_fmt=gif)\n\n"
    "预览时标签不可点\n\n微信扫一扫  \n关注该公众号\n\n继续滑动看下一个\n\n轻触阅读原文\n\n"
    "![作者头像](http://wx.qlogo.cn/mmopen/abc/132)\n\n微信扫一扫可打赏作者\n\n向上滑动看下一个\n\n知道了\n\n"
    "视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看 分享 留言 收藏 听过\n"
)


def wechat_export(
    title: str,
    paragraphs: list[str],
    author: str = "周明远",
    account: str = "远山宏观笔记",
    origin: str | None = "松涛研究所",
    dateline: str = "_2026年01月29日 20:15_ _浙江_",
    setext: bool = True,
) -> str:
    """A post as the exporter writes it: CSS first, cover image, title, metadata lines, account card,
    follow prompts, an image between every two paragraphs, a reading list and the page's bars at the end."""
    heading = f"{title}\n{'=' * 20}" if setext else f"# {title}"
    head = [CSS, COVER, heading, f"原创 {author} [{account}](javascript:void\\(0\\);)", dateline]
    if origin:
        head += [f"以下文章来源于{origin} ，作者{author}", CARD.format(origin=origin)]
    head += ["在小说阅读器中沉浸阅读", "点击上方蓝字关注我们"]
    body: list[str] = []
    for paragraph in paragraphs:
        body += [paragraph, IMAGE]
    return "\n\n".join(head + body) + "\n\n" + TAIL


def junk_in(sentence: str) -> str | None:
    """What junk a sentence still carries (markup or furniture), if any."""
    found = MARKUP.search(sentence)
    if found:
        return found.group()
    return next((word for word in FURNITURE if word in sentence), None)
