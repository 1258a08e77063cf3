"""A generated corpus around four invented stories, with dates over seven weeks.

Every sentence is written here (no third-party text). Each story has its own
words and views; every article also carries a few sentences of the general
market talk all stories share, so a story must be told apart by what is
particular to it. Articles are drawn with a fixed seed: the same corpus every
time. ``STORIES`` says which weeks each story runs in.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

START = date(2026, 9, 7)  # a Monday: week 0
STORIES = {
    "rare_earth": {"weeks": range(0, 3), "articles": 9},
    "memory_chips": {"weeks": range(2, 6), "articles": 10},
    "liquor": {"weeks": range(4, 7), "articles": 8},
    "low_altitude": {"weeks": range(1, 7), "articles": 7},
}
SENTENCES = {
    "rare_earth": [
        "稀土价格的上涨还远没有结束,氧化镨钕报价有望继续走高。",
        "出口管制收紧之后,海外永磁材料厂商的库存明显偏紧。",
        "我们认为稀土配额的收缩会让冶炼分离企业的议价能力持续增强。",
        "稀土板块的估值仍有修复空间,龙头企业的利润弹性被低估了。",
        "永磁材料需求受益于新能源车和机器人,稀土的长期景气度很高。",
        "氧化镨钕价格如果站稳高位,稀土企业四季度业绩大概率超预期。",
        "稀土出口管制的影响正在外溢,海外磁材企业被迫寻找替代来源。",
        "分析人士认为,稀土涨价的逻辑是供给刚性而非短期炒作。",
        "稀土永磁产业链的定价权正在向上游资源端转移。",
    ],
    "memory_chips": [
        "存储芯片的价格周期已经见底,DRAM合约价有望连续上涨。",
        "原厂减产的效果开始显现,NAND闪存的渠道库存去化明显加快。",
        "我们判断存储芯片这一轮涨价会持续到明年上半年。",
        "HBM产能紧张挤占了通用DRAM的供给,合约价上调的空间还很大。",
        "存储模组厂商的库存收益会在下个季度集中释放。",
        "DRAM现货价格的反弹说明存储芯片的需求正在回暖。",
        "闪存控制器厂商受益于NAND价格回升,毛利率有望修复。",
        "存储芯片板块的估值还没有反映合约价上涨带来的盈利弹性。",
        "如果原厂继续控制资本开支,存储周期的上行阶段会比预期更长。",
        "存儲晶片的漲價循環才剛開始,DRAM報價將持續走高。",
    ],
    "liquor": [
        "高端白酒的批价企稳,说明渠道库存的压力已经明显减轻。",
        "白酒动销在中秋之后偏弱,经销商的回款意愿不高。",
        "我们认为白酒板块的估值已经回到历史低位,具备配置价值。",
        "宴席需求的恢复会支撑次高端白酒的销量。",
        "白酒企业主动控货稳价,批价倒挂的问题正在缓解。",
        "春节备货的节奏偏慢,白酒的旺季表现可能低于预期。",
        "白酒渠道的去库存还需要两到三个季度才能完成。",
        "高端白酒的品牌护城河依然稳固,提价能力没有受到削弱。",
    ],
    "low_altitude": [
        "低空经济的政策红利正在释放,空域开放的试点城市会继续增加。",
        "eVTOL的适航认证进度决定了低空经济商业化的节奏。",
        "无人机物流是低空经济里最先跑通盈利模式的场景。",
        "我们认为低空经济的基础设施投资会先于飞行器的放量。",
        "飞行汽车的量产还面临电池能量密度和适航认证的约束。",
        "通航机场和起降点的建设将带动低空经济产业链的订单。",
        "低空经济的估值已经透支了未来几年的增长预期。",
    ],
}
GENERAL = [
    "市场整体情绪偏谨慎,成交额有所萎缩。",
    "外资的风险偏好正在回升,北向资金小幅流入。",
    "我们认为指数短期仍将维持震荡格局。",
    "流动性环境总体宽松,央行维持了稳健的政策基调。",
    "投资者应该关注业绩确定性更高的方向。",
]


def story_articles(seed: int = 7) -> list[dict]:
    """``{"name", "story", "published", "text"}`` for each article: a title line, then
    four or five sentences of its story and two of general market talk."""
    rng = random.Random(seed)
    articles = []
    for story in sorted(STORIES):
        plan = STORIES[story]
        weeks = list(plan["weeks"])
        for i in range(plan["articles"]):
            week = weeks[i * len(weeks) // plan["articles"]]
            published = START + timedelta(weeks=week, days=rng.randrange(5))
            own = rng.sample(SENTENCES[story], rng.choice((4, 5)))
            body = own[:2] + rng.sample(GENERAL, 2) + own[2:]
            title = own[0].split(",")[0].rstrip("。")
            articles.append({
                "name": f"{story}_{i:02d}.txt",
                "story": story,
                "published": published,
                "text": title + "\n" + "\n".join(body) + "\n",
            })
    return articles
