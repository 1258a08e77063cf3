"""extract_figures on invented sentences in the style of Chinese market commentary.

None of these sentences is in data/articles: they probe forms the gold articles do not
hold (currency words before the number, 多/余 inside a numeral, tenors, chip and index
names, Traditional script; Chinese decimals, digits read one by one, 元 of the text's
market, spaces before a scale, 兆 before 億, classifiers, physical units, fund units and
bare levels), so the engine is checked for general rules, not for the development set.
Each row: sentence -> the figures, in text order, as
(quote, low, high, unit, qualifier, direction); an empty list means no figure.
"""

import pytest
import yaml

from pipeline.extraction.figure_rules import RULES
from pipeline.extraction.figures import extract_figures
from pipeline.extraction.script import to_simplified

ROWS = [
    # Currency words and signs before the number govern it, even over a generic 元.
    ("外資賣超新台幣3,000億元。", [("新台幣3,000億元", 3e11, 3e11, "TWD", None, None)]),
    ("北向资金净买入人民币120亿元。", [("人民币120亿元", 1.2e10, 1.2e10, "CNY", None, None)]),
    ("台积电三季度营收约新台币7,596亿元。", [("新台币7,596亿元", 7.596e11, 7.596e11, "TWD", "approx", None)]),
    ("港股通南向资金单日净流入HK$150亿。", [("HK$150亿", 1.5e10, 1.5e10, "HKD", None, None)]),
    ("日本央行持有日元5兆的ETF。", [("日元5兆", 5e12, 5e12, "JPY", None, None)]),
    ("Meta将2025年capex指引上调至US$64–72B。", [("US$64–72B", 6.4e10, 7.2e10, "USD", None, "up")]),
    ("三星电子市值蒸发约50万亿韩元。", [("50万亿韩元", 5e13, 5e13, "KRW", "approx", "down")]),
    ("比特币跌破6万美元。", [("6万美元", 6e4, 6e4, "USD", None, "down")]),
    ("黄金价格站上每盎司2,400美元。", [("2,400美元", 2400, 2400, "USD", None, "up")]),
    (
        "布伦特原油下跌2.1%至每桶78美元。",
        [("2.1%", 2.1, 2.1, "%", None, "down"), ("78美元", 78, 78, "USD", None, None)],
    ),
    # 多/余 inside the numeral, 近 before a bare scale word.
    ("公司计划投资300多亿美元建厂。", [("300多亿美元", 3e10, 3e10, "USD", "over", None)]),
    ("近百亿资金涌入半导体板块。", [("百亿", 1e10, 1e10, "unitless", "nearly", None)]),
    (
        "A股全天成交额1.2万亿元，较上日缩量近千亿。",
        [("1.2万亿元", 1.2e12, 1.2e12, "CNY", None, None), ("千亿", 1e11, 1e11, "CNY", "nearly", "down")],
    ),
    ("该基金规模超５００亿元。", [("５００亿元", 5e10, 5e10, "CNY", "over", None)]),
    ("微软本财年资本开支预计达800亿美元。", [("800亿美元", 8e10, 8e10, "USD", None, None)]),
    (
        "亚马逊第三季度营收为1,589亿美元，同比增长11%。",
        [("1,589亿美元", 1.589e11, 1.589e11, "USD", None, None), ("11%", 11, 11, "%", None, "up")],
    ),
    # A bare scaled number after a noun of counted people or things and a verb counts them, whatever the market's
    # currency; after a verb of money (净买入) it stays money.
    ("鏈上日活躍地址約1.1M，創近一年新高。", [("1.1M", 1.1e6, 1.1e6, "count", "approx", None)]),
    (
        "Meta旗下应用日活跃用户数达到33亿，美股盘后涨3%。",
        [("33亿", 3.3e9, 3.3e9, "person", None, None), ("3%", 3, 3, "%", None, "up")],
    ),
    ("该券商APP注册用户突破1.2亿。", [("1.2亿", 1.2e8, 1.2e8, "person", None, "up")]),
    ("美股投资者净买入120亿。", [("120亿", 1.2e10, 1.2e10, "USD", None, None)]),
    # A level crossed says which way (下破, 衝上, 上破), and the verb is no part of the subject.
    ("10年期国债收益率下破1.7%。", [("1.7%", 1.7, 1.7, "%", None, "down")]),
    ("比特幣週日晚間衝上98,760美元。", [("98,760美元", 98760, 98760, "USD", None, "up")]),
    ("现货金价上破4,000美元。", [("4,000美元", 4000, 4000, "USD", None, "up")]),
    # Qualifiers are words: 卖超 is not 超过, 违约 is not 约, 不超过 is under.
    ("日均成交约8000亿元左右。", [("8000亿元", 8e11, 8e11, "CNY", "approx", None)]),
    ("公司净利润不足5亿元。", [("5亿元", 5e8, 5e8, "CNY", "under", None)]),
    ("不超过10%的仓位。", [("10%", 10, 10, "%", "under", None)]),
    ("两市成交额连续第5天超过1万亿元。", [("1万亿元", 1e12, 1e12, "CNY", "over", None)]),
    # Rates: %, 个百分点, bp, 基点.
    (
        "欧洲央行降息25个基点至3.25%。",
        [("25个基点", 0.25, 0.25, "pp", None, "down"), ("3.25%", 3.25, 3.25, "%", None, None)],
    ),
    ("美联储累计加息525个基点。", [("525个基点", 5.25, 5.25, "pp", None, "up")]),
    ("10年期美债收益率升至4.5%。", [("4.5%", 4.5, 4.5, "%", None, "up")]),
    ("30年期国债收益率下行5bp。", [("5bp", 0.05, 0.05, "pp", None, "down")]),
    (
        "DR001加权利率下行12BP至1.32%。",
        [("12BP", 0.12, 0.12, "pp", None, "down"), ("1.32%", 1.32, 1.32, "%", None, None)],
    ),
    ("美債10年期殖利率單日飆升15BP。", [("15BP", 0.15, 0.15, "pp", None, "up")]),
    ("英國石油BP股價上漲2%。", [("2%", 2, 2, "%", None, "up")]),
    ("信用違約交換價差擴大至120個基點。", [("120個基點", 1.2, 1.2, "pp", None, "up")]),
    ("毛利率下滑三四个百分点。", [("三四个百分点", 3, 4, "pp", None, "down")]),
    ("英伟达周四财报超预期，随后单日下跌3.5%。", [("3.5%", 3.5, 3.5, "%", None, "down")]),
    ("輝達下季毛利率預估為75%。", [("75%", 75, 75, "%", None, None)]),
    ("公司营收增长百分之十二。", [("百分之十二", 12, 12, "%", None, "up")]),
    ("融资余额增加5%–8%。", [("5%–8%", 5, 8, "%", None, "up")]),
    ("機構預估營收將成長20%至25%。", [("20%至25%", 20, 25, "%", None, "up")]),
    ("市场份额只有四成。", [("四成", 40, 40, "%", None, None)]),
    # A digit after 成 is the next place: 一成二 is 12 %; 兩成三成 is two figures.
    ("第三季營收季增約一成二。", [("一成二", 12, 12, "%", "approx", "up")]),
    ("獲利年減兩成五。", [("兩成五", 25, 25, "%", None, "down")]),
    ("仓位在两成三成之间。", [("两成", 20, 20, "%", None, None), ("三成", 30, 30, "%", None, None)]),
    ("超过三分之一的公司亏损。", [("三分之一", 1 / 3, 1 / 3, "ratio", "over", None)]),
    # Index levels and point moves.
    ("沪深300指数周五收于4,123点。", [("4,123点", 4123, 4123, "pt", None, None)]),
    ("恒指早盘一度跌逾500点。", [("500点", 500, 500, "pt", "over", "down")]),
    ("上证指数失守三千点。", [("三千点", 3000, 3000, "pt", None, "down")]),
    ("大盘可能再跌两三百点。", [("两三百点", 200, 300, "pt", None, "down")]),
    ("罗素2000指数上涨1.2%。", [("1.2%", 1.2, 1.2, "%", None, "up")]),
    # Energy and power.
    (
        "今年全社会用电量预计增长6%至9.8万亿千瓦时。",
        [("6%", 6, 6, "%", None, "up"), ("9.8万亿千瓦时", 9.8e12, 9.8e12, "kWh", None, None)],
    ),
    ("全国新增光伏装机约２００吉瓦。", [("２００吉瓦", 2e11, 2e11, "W", "approx", "up")]),
    ("国家电网新增装机5000万千瓦。", [("5000万千瓦", 5e10, 5e10, "W", None, "up")]),
    ("新增需求约50GW。", [("50GW", 5e10, 5e10, "W", "approx", "up")]),
    # Computing rates are physical quantities with no code: unitless, as written.
    (
        "全網算力逼近1,050 EH/s，年增約四成三。",
        [("1,050 EH/s", 1050, 1050, "unitless", "nearly", None), ("四成三", 43, 43, "%", "approx", "up")],
    ),
    ("全国智能算力规模达到230 EFLOPS。", [("230 EFLOPS", 230, 230, "unitless", None, None)]),
    ("单台矿机算力200TH/s。", [("200TH/s", 200, 200, "unitless", None, None)]),
    ("数据中心年耗电量达到460TWh。", [("460TWh", 4.6e11, 4.6e11, "kWh", None, None)]),
    ("该园区年用电量约3亿度。", [("3亿度", 3e8, 3e8, "kWh", "approx", None)]),
    ("半導體產值達到2-3兆新台幣。", [("2-3兆新台幣", 2e12, 3e12, "TWD", None, None)]),
    # People, multiples, events.
    ("公司裁员1.2万人。", [("1.2万人", 1.2e4, 1.2e4, "person", None, None)]),
    ("特斯拉年内将裁减约1.4萬人。", [("1.4萬人", 1.4e4, 1.4e4, "person", "approx", None)]),
    ("市盈率约为同行的3倍。", [("3倍", 3, 3, "x", "approx", None)]),
    ("目前估值約25x本益比。", [("25x", 25, 25, "x", "approx", None)]),
    ("交易所两个月内上调保证金6次。", [("6次", 6, 6, "event", None, None)]),
    # A currency's rate is quoted a dollar, even after an index in its sentence; the dollar's own names no unit.
    ("美元指數反彈有限，人民幣匯率料在7.0至7.3區間波動。", [("7.0至7.3", 7.0, 7.3, "CNY", None, None)]),
    ("日元汇率明年可能回到140附近。", [("140", 140, 140, "JPY", "approx", None)]),
    ("美元汇率明年可能回到140附近。", []),
    # 点阵图 (the dot plot) after a time is no index level.
    ("03:02 点阵图显示，官员预计明年降息一次。", []),
    # ¥ is the yen's sign as well as the yuan's: after a cue of Japan, the yen.
    ("日本央行持有ETF市值约¥70 trillion。", [("¥70 trillion", 7e13, 7e13, "JPY", "approx", None)]),
    ("A股公司股价收于¥35.2。", [("¥35.2", 35.2, 35.2, "CNY", None, None)]),
    # Scales spelt out in English, and won and yen after them.
    ("SK海力士Q4营业利润预计达到12.3 trillion won。", [("12.3 trillion won", 1.23e13, 1.23e13, "KRW", None, None)]),
    ("融资规模达到2 trillion yen。", [("2 trillion yen", 2e12, 2e12, "JPY", None, None)]),
    ("软银再投资US$1.5 billion。", [("US$1.5 billion", 1.5e9, 1.5e9, "USD", None, None)]),
    ("The millionaire bought 3 billionaires.", []),
    # The region's other currencies, after the number or as a pair's level.
    ("本地投资者净买入REITs约12亿新元。", [("12亿新元", 1.2e9, 1.2e9, "SGD", "approx", None)]),
    ("數據中心項目總投資超過350億令吉。", [("350億令吉", 3.5e10, 3.5e10, "MYR", "over", None)]),
    ("令吉兑美元有望在明年底升至4.00水平。", [("4.00", 4, 4, "MYR", None, "up")]),
    ("澳元兑美元昨日跌至0.64。", [("0.64", 0.64, 0.64, "USD", None, "down")]),
    ("养老基金计划增持50亿加元的基建资产。", [("50亿加元", 5e9, 5e9, "CAD", None, None)]),
    ("一半的担忧有道理，但另一半被夸大了。", [("一半", 0.5, 0.5, "ratio", None, None)]),
    ("→ stockman88: 一半一半啦", []),
    # n and a half (Cantonese 個半 alone, Mandarin 两个半) of a scale or percentage points; not of a month or hour.
    ("港島豪宅成交價較買入價低咗個半億。", [("個半億", 1.5e8, 1.5e8, "HKD", None, None)]),
    ("利差今年扩大了两个半百分点。", [("两个半百分点", 2.5, 2.5, "pp", None, "up")]),
    ("等咗個半月先成交，會議開咗一個半鐘。", []),
    # 几 after 成 or 倍 is that much and some (兩成幾); 几乎 after it is "almost", no qualifier of the figure.
    ("毛利率可望維持在兩成幾的水準。", [("兩成幾", 20, 20, "%", "over", None)]),
    ("佢個倉升咗一倍幾。", [("一倍幾", 1, 1, "x", "over", "up")]),
    ("股价跌了约三成几乎腰斩。", [("三成", 30, 30, "%", "approx", "down"), ("腰斩", 0.5, 0.5, "ratio", None, "down")]),
    # A lone digit after 万 or 千 counts the next place down, before a scale too (Cantonese 千二億);
    # 几 inside a numeral is more than.
    (
        "恒指收報26,118點，大市成交千二億元。",
        [("26,118點", 26118, 26118, "pt", None, None), ("千二億元", 1.2e11, 1.2e11, "HKD", None, None)],
    ),
    ("银行股净息差明年可能再收窄十几个基点。", [("十几个基点", 0.1, 0.1, "pp", "over", "down")]),
    ("国内推理芯片赛道已经有十几家公司。", [("十几家", 10, 10, "count", "over", None)]),
    ("几十亿资金涌入。", []),
    ("數百家券商參與。", []),
    # ... but 数 before Arabic digits ends a word (指数, 人数), and the number after it is a figure.
    (
        "新订单指数48.8%，较前值回落0.9个百分点。",
        [("48.8%", 48.8, 48.8, "%", None, None), ("0.9个百分点", 0.9, 0.9, "pp", None, "down")],
    ),
    ("本屆論壇參與人數3,200人。", [("3,200人", 3200, 3200, "person", None, None)]),
    ("降息25个基点几成定局。", [("25个基点", 0.25, 0.25, "pp", None, "down")]),
    ("一万零三百元的月薪。", [("一万零三百元", 10300, 10300, "CNY", None, None)]),
    # ... and a level said in 万 after an index in its clause is points, not money
    ("恒指二萬七關口點睇？", [("二萬七", 27000, 27000, "pt", None, None)]),
    ("外資連三賣，台股守得住兩萬六嗎？", [("兩萬六", 26000, 26000, "pt", None, None)]),
    ("某科技指数基金累计投入6.3万。", [("6.3万", 63000, 63000, "unitless", None, None)]),
    # 角 is a tenth of the yuan of the text's market; Chinese numerals before it are no dimes.
    (
        "新台幣早盤升值1.2角，以31.85元開出。",
        [("1.2角", 0.12, 0.12, "TWD", None, "up"), ("31.85元", 31.85, 31.85, "TWD", None, None)],
    ),
    ("三角债问题仍在，这只是冰山一角。", []),
    # A fraction of a rate's unit; Hong Kong writes it without 之 (四分一厘: a quarter of a percent).
    ("聯儲局如期減息四分一厘。", [("四分一厘", 0.25, 0.25, "%", None, "down")]),
    ("央行降息四分之一个百分点。", [("四分之一个百分点", 0.25, 0.25, "pp", None, "down")]),
    ("比赛进行到三分一秒。", []),
    # 半 after 倍, 成 or 码 adds half of it; 半 starting a word does not.
    ("外汇储备相当于货币基础的一倍半以上。", [("一倍半", 1.5, 1.5, "x", "over", None)]),
    ("散熱族群營收可望再成長一成半左右。", [("一成半", 15, 15, "%", "approx", "up")]),
    ("央行明年可能再降息一碼半。", [("一碼半", 0.375, 0.375, "pp", None, "down")]),
    ("三成半导体公司下调了指引。", [("三成", 30, 30, "%", None, None)]),
    ("股价较发行价翻了近一倍。", [("翻了近一倍", 2, 2, "x", "nearly", "up")]),
    ("日本央行持有的ETF规模约37兆円。", [("37兆円", 3.7e13, 3.7e13, "JPY", "approx", None)]),
    ("AI将打开一个千亿级的市场，成交额已突破千亿。", [("千亿", 1e11, 1e11, "unitless", None, "up")]),
    # 倍增 doubles; 成倍/数倍 growth names no multiple.
    ("相關營收明年可望倍增。", [("倍增", 2, 2, "x", None, "up")]),
    ("服务器出货量今年将倍增，毛利率持平。", [("倍增", 2, 2, "x", None, "up")]),
    ("液冷单价会成倍增长。", []),
    ("訂單數倍增加，產能跟不上。", []),
    # Chinese decimals: a full-width point after Chinese digits, ○ as zero.
    ("第三季GDP年增率上修至十一．五％。", [("十一．五％", 11.5, 11.5, "%", None, "up")]),
    ("核心通膨率降至○．三％。", [("○．三％", 0.3, 0.3, "%", None, "down")]),
    ("十年期公債殖利率報一．六八％。", [("一．六八％", 1.68, 1.68, "%", None, None)]),
    ("失业率维持在五．二％。", [("五．二％", 5.2, 5.2, "%", None, None)]),
    ("股息率约为三．五％左右。", [("三．五％", 3.5, 3.5, "%", "approx", None)]),
    ("物价涨幅回落到二点七％。", [("二点七％", 2.7, 2.7, "%", None, "down")]),
    ("成功機率高達九九．九％。", [("九九．九％", 99.9, 99.9, "%", None, None)]),
    ("基金規模達一千二百三十．五億元。", [("一千二百三十．五億元", 1.2305e11, 1.2305e11, "CNY", None, None)]),
    ("公司募资三点五亿元。", [("三点五亿元", 3.5e8, 3.5e8, "CNY", None, None)]),
    ("会议定在三点五十分开始。", []),
    ("一．市場展望", []),
    ("二．产业链分析", []),
    # Chinese digits read one by one before a big unit.
    ("台股外資全年賣超二四八○億元。", [("二四八○億元", 2.48e11, 2.48e11, "TWD", None, None)]),
    ("中国对美出口三○五○亿美元。", [("三○五○亿美元", 3.05e11, 3.05e11, "USD", None, None)]),
    ("该行资产规模达一二○○亿元。", [("一二○○亿元", 1.2e11, 1.2e11, "CNY", None, None)]),
    ("公司今年資本支出預估二八○億美元。", [("二八○億美元", 2.8e10, 2.8e10, "USD", None, None)]),
    ("二○二五年營收成長。", []),
    ("二〇二六年展望", []),
    # 元 is the yuan of the market the text is about.
    ("台股今日成交值3,512億元。", [("3,512億元", 3.512e11, 3.512e11, "TWD", None, None)]),
    ("台股上市櫃公司前三季合計獲利3兆1,250億元。", [("3兆1,250億元", 3.125e12, 3.125e12, "TWD", None, None)]),
    ("港股主板今日成交额1,320亿元。", [("1,320亿元", 1.32e11, 1.32e11, "HKD", None, None)]),
    ("恒指收跌，大市成交1,050億元。", [("1,050億元", 1.05e11, 1.05e11, "HKD", None, None)]),
    ("A股两市成交额9,800亿元，较前一日放量。", [("9,800亿元", 9.8e11, 9.8e11, "CNY", None, None)]),
    ("櫃買市場成交值520億元。", [("520億元", 5.2e10, 5.2e10, "TWD", None, None)]),
    ("台积电在台股的市值约25兆元。", [("25兆元", 2.5e13, 2.5e13, "TWD", "approx", None)]),
    ("美股大涨，中概股营收50亿元。", [("50亿元", 5e9, 5e9, "CNY", None, None)]),
    # ... and Hong Kong's own words (全港, 本港, a price a square foot) name its market with no 港股 or 香港.
    ("全港上月住宅買賣涉及金額約338億元。", [("338億元", 3.38e10, 3.38e10, "HKD", "approx", None)]),
    ("新界西新盘平均呎价1.45万元。", [("1.45万元", 1.45e4, 1.45e4, "HKD", None, None)]),
    ("本港零售业总销货价值约320亿元。", [("320亿元", 3.2e10, 3.2e10, "HKD", "approx", None)]),
    ("港口货物吞吐量创新高，公司营收12亿元。", [("12亿元", 1.2e9, 1.2e9, "CNY", None, None)]),
    ("據金管會統計，壽險業海外投資增加約500億元。", [("500億元", 5e10, 5e10, "TWD", "approx", "up")]),
    # ... and Taiwan's own words for P/E, yield and net buying, and its capital's dateline
    (
        "散熱雙雄本益比來到三十倍，昨日股價收在1,285元。",
        [("三十倍", 30, 30, "x", None, None), ("1,285元", 1285, 1285, "TWD", None, None)],
    ),
    ("記者林怡君／台北報導。散熱股昨日收在968元。", [("968元", 968, 968, "TWD", None, None)]),
    (
        "這檔高股息ETF殖利率約6%，每股配息0.8元。",
        [("6%", 6, 6, "%", "approx", None), ("0.8元", 0.8, 0.8, "TWD", None, None)],
    ),
    ("外資昨日買超電子股120億元。", [("120億元", 1.2e10, 1.2e10, "TWD", None, None)]),
    # ... and its word for a payout (配息); Hong Kong's 派息 and the mainland's 分红 keep their own yuan
    ("年化配息率逾8%，月配0.06元。", [("8%", 8, 8, "%", "over", None), ("0.06元", 0.06, 0.06, "TWD", None, None)]),
    ("该ETF本季每单位配息0.45元。", [("0.45元", 0.45, 0.45, "TWD", None, None)]),
    (
        "港股收息股每股派息0.35元，A股公司每股分红0.5元。",
        [("0.35元", 0.35, 0.35, "HKD", None, None), ("0.5元", 0.5, 0.5, "CNY", None, None)],
    ),
    # ... its brokers' rating and EPS words, its power company; Hong Kong's power company
    ("投資評等：買進（維持），目標價1,250元。", [("1,250元", 1250, 1250, "TWD", None, None)]),
    ("上修明年每股盈餘預估至38.2元。", [("38.2元", 38.2, 38.2, "TWD", None, "up")]),
    ("台電今年累計虧損已超過4,000億元。", [("4,000億元", 4e11, 4e11, "TWD", "over", None)]),
    ("港燈股價昨日收報6.12元。", [("6.12元", 6.12, 6.12, "HKD", None, None)]),
    # ... and the jargon of its new listings: grey market (暗盘), the cost of a lot (入场费), margin loans (孖展)
    (
        "新股暗盘收报25.3元，每手账面赚1,040元。",
        [("25.3元", 25.3, 25.3, "HKD", None, None), ("1,040元", 1040, 1040, "HKD", None, None)],
    ),
    (
        "入場費約4,565.6元，孖展認購額達120億元。",
        [("4,565.6元", 4565.6, 4565.6, "HKD", "approx", None), ("120億元", 1.2e10, 1.2e10, "HKD", None, None)],
    ),
    (
        "A股新股发行价25.3元，中签率0.03%。",
        [("25.3元", 25.3, 25.3, "CNY", None, None), ("0.03%", 0.03, 0.03, "%", None, None)],
    ),
    ("维持买入评级，上调每股收益预测至2.4元。", [("2.4元", 2.4, 2.4, "CNY", None, "up")]),
    # Bitcoin is priced in dollars whatever market the text is about.
    ("投顧老師說，比特幣跌破8萬就要停損。", [("8萬", 8e4, 8e4, "USD", None, "down")]),
    # A post's counters after an icon are the page's; an amount after one is not a counter.
    ("#比特币 #攒钱\n👍 2.3万　⭐ 1.1万　💬 856", []),
    ("⭐ 300亿美元的订单已经落地。", [("300亿美元", 3e10, 3e10, "USD", None, None)]),
    ("匿名用户 · 1,204 人赞同了该回答", []),
    ("著作权归作者所有\n赞同 2.1万 · 386 条评论", []),
    ("这家工厂雇用了1,200人，赞成加薪的占多数。", [("1,200人", 1200, 1200, "person", None, None)]),
    ("觀看次數：12.8萬次 · 2026年11月30日", []),
    ("👍 3,100　💬 420　↗ 150次分享", []),
    ("交易所今年上调保证金150次，分享了细则。", [("150次", 150, 150, "event", None, None)]),
    # 二次 is "secondary", not twice; 两次 is twice.
    ("明年A股公司赴港二次上市将是主力，配网二次设备也受益。", []),
    ("联储明年预计降息两次。", [("两次", 2, 2, "event", None, None)]),
    # A stock's code before its name, a thread's floor number: no counts.
    ("標的：2308 台達電，評等買進。", []),
    ("#5 股海老船長 2026-12-01 09:12\n我也在等拉回。", []),
    ("今年AI伺服器出貨量約190萬台。", [("190萬台", 1.9e6, 1.9e6, "count", "approx", None)]),
    (
        "该股市盈率约三十倍，昨日收于128元。",
        [("三十倍", 30, 30, "x", "approx", None), ("128元", 128, 128, "CNY", None, None)],
    ),
    ("三大法人今日合計買超152億元。", [("152億元", 1.52e10, 1.52e10, "TWD", None, None)]),
    ("A股走强。台积电季营收3,000亿元新台币。", [("3,000亿元", 3e11, 3e11, "TWD", None, None)]),
    ("港股方面，內地企業融資1,000億元人民幣。", [("1,000億元", 1e11, 1e11, "CNY", None, None)]),
    ("全年營收可望達1.2兆。", [("1.2兆", 1.2e12, 1.2e12, "TWD", None, None)]),
    ("總量達到3萬億。", [("3萬億", 3e12, 3e12, "unitless", None, None)]),
    # A space between the number and its scale or unit.
    ("全年營收上看 2.5 兆元。", [("2.5 兆元", 2.5e12, 2.5e12, "TWD", None, None)]),
    ("基金规模不足 500 亿元。", [("500 亿元", 5e10, 5e10, "CNY", "under", None)]),
    ("本期募集 80 億份。", [("80 億份", 8e9, 8e9, "count", None, None)]),
    ("公司回购 3 亿美元股票。", [("3 亿美元", 3e8, 3e8, "USD", None, None)]),
    ("南向資金淨流入 120 億港元。", [("120 億港元", 1.2e10, 1.2e10, "HKD", None, None)]),
    ("过去 10 年科技股领涨。", []),
    ("2026 年 3 月议息。", []),
    # 兆 (10^12) before 億 in Traditional finance text.
    ("全體上市公司總市值達72兆4,300億元。", [("72兆4,300億元", 7.243e13, 7.243e13, "TWD", None, None)]),
    ("壽險業總資產35兆8,000億元。", [("35兆8,000億元", 3.58e13, 3.58e13, "TWD", None, None)]),
    ("日本央行持有ETF約37兆日圓。", [("37兆日圓", 3.7e13, 3.7e13, "JPY", "approx", None)]),
    ("日本政府追加預算13.9兆日幣。", [("13.9兆日幣", 1.39e13, 1.39e13, "JPY", None, None)]),
    ("三星電子營收約79兆韓元。", [("79兆韓元", 7.9e13, 7.9e13, "KRW", "approx", None)]),
    ("新增裝機20兆瓦。", [("20兆瓦", 2e7, 2e7, "W", None, "up")]),
    # Counted things with a classifier are counts, never money; counting words stay out.
    ("今日共有5檔個股漲停。", [("5檔", 5, 5, "count", None, None)]),
    ("指數成分涵蓋8個子行業。", [("8個", 8, 8, "count", None, None)]),
    ("今年共有15项重大工程开工。", [("15项", 15, 15, "count", None, None)]),
    ("全台約有600萬戶家庭受影響。", [("600萬戶", 6e6, 6e6, "count", "approx", None)]),
    ("月产能达到3万片晶圆。", [("3万片", 3e4, 3e4, "count", None, None)]),
    ("公司旗下有12支基金。", [("12支", 12, 12, "count", None, None)]),
    ("公司增发3,000万张新股。", [("3,000万张", 3e7, 3e7, "count", None, None)]),
    ("共有23位分析師給出評級。", [("23位", 23, 23, "person", None, None)]),
    # a product's spec is no amount (1.6T光模块); a money amount in T still is
    ("1.6T产品预计在明年二季度开始小批量出货。", []),
    ("隨著1.6T光模組放量，毛利率將提升。", []),
    ("英伟达市值一度突破5T。", [("5T", 5e12, 5e12, "USD", None, "up")]),
    # a range whose first end names its currency and whose second is in 元
    (
        "本集團預期錄得除稅後虧損約港幣2.8億元至3.2億元。",
        [("港幣2.8億元至3.2億元", 2.8e8, 3.2e8, "HKD", "approx", None)],
    ),
    ("公司预计净利润为人民币5亿元至6亿元。", [("人民币5亿元至6亿元", 5e8, 6e8, "CNY", None, None)]),
    # 快 before a figure is nearly; 加快 and 快速 hold no qualifier
    ("金價這一年漲了快四成。", [("四成", 40, 40, "%", "nearly", "up")]),
    ("出口增速加快3个百分点。", [("3个百分点", 3, 3, "pp", None, "up")]),
    # cents: Hong Kong's 港仙 and 美仙, and 美分
    # Cantonese 蚊 is a Hong Kong dollar (三千幾蚊, 兩蚊半).
    ("而家每月供款三千幾蚊。", [("三千幾蚊", 3000, 3000, "HKD", "over", None)]),
    ("匯控今日升咗兩蚊半。", [("兩蚊半", 2.5, 2.5, "HKD", None, "up")]),
    ("董事會宣派中期股息每股8港仙。", [("8港仙", 0.08, 0.08, "HKD", None, None)]),
    ("公司派息每股12美仙。", [("12美仙", 0.12, 0.12, "USD", None, None)]),
    ("该股股息为每股35美分。", [("35美分", 0.35, 0.35, "USD", None, None)]),
    # two people a host thanks or introduces are no measure; three analysts counted are
    ("感谢两位老师的分享。", []),
    ("兩位嘉賓都看好黃金。", []),
    ("共有三位分析師上調目標價。", [("三位", 3, 3, "person", None, "up")]),
    ("这是一个问题。", []),
    ("該基金排名同類前3名。", []),
    ("我們從3個維度來看這個問題。", []),
    ("今年市场有2大主线。", []),
    ("30个重点城市成交下降9.4%。", [("30个", 30, 30, "count", None, None), ("9.4%", 9.4, 9.4, "%", None, "down")]),
    ("可分兩種情況討論。", []),
    ("他提出三個觀點。", []),
    ("有一項政策值得關注。", []),
    ("持续3个月。", []),
    ("用了2个交易日。", []),
    ("市场一片看好。", []),
    ("個人投資者占比約60%。", [("60%", 60, 60, "%", "approx", None)]),
    ("外資台指期淨空單增加1.2萬口。", [("1.2萬口", 1.2e4, 1.2e4, "count", None, "up")]),
    # A move and the level it reached are two figures; a range of rates stays one.
    (
        "外資淨空單減少3,215口至2.1萬口。",
        [("3,215口", 3215, 3215, "count", None, "down"), ("2.1萬口", 2.1e4, 2.1e4, "count", None, None)],
    ),
    (
        "融资余额增加36亿元至3,412亿元。",
        [("36亿元", 3.6e9, 3.6e9, "CNY", None, "up"), ("3,412亿元", 3.412e11, 3.412e11, "CNY", None, None)],
    ),
    ("營收預估成長20%至25%。", [("20%至25%", 20, 25, "%", None, "up")]),
    ("集团旗下共有3间银行。", [("3间", 3, 3, "count", None, None)]),
    ("市场一口气涨了两天。", []),
    # Scaled physical units: power, energy, and quantities outside the code list (unitless).
    ("新增裝機50億瓦。", [("50億瓦", 5e9, 5e9, "W", None, "up")]),
    ("原油库存增加500万桶。", [("500万桶", 5e6, 5e6, "unitless", None, "up")]),
    ("钢铁产量下降3,000万吨。", [("3,000万吨", 3e7, 3e7, "unitless", None, "down")]),
    ("園區占地120萬平方米。", [("120萬平方米", 1.2e6, 1.2e6, "unitless", None, None)]),
    ("瓦斯價格上漲5%。", [("5%", 5, 5, "%", None, "up")]),
    ("台電新增裝置容量120萬瓩。", [("120萬瓩", 1.2e9, 1.2e9, "W", None, "up")]),
    ("三星電子營收約79兆韓圜。", [("79兆韓圜", 7.9e13, 7.9e13, "KRW", "approx", None)]),
    # Shares and units of funds are counts.
    ("该基金总份额减少12亿份。", [("12亿份", 1.2e9, 1.2e9, "count", None, "down")]),
    ("新基金首募規模300億份。", [("300億份", 3e10, 3e10, "count", None, None)]),
    ("基金份额约20%。", [("20%", 20, 20, "%", "approx", None)]),
    # Bare levels whose unit the sentence (or a heading before it) names.
    ("美元兌日圓升至152。", [("152", 152, 152, "JPY", None, "up")]),
    ("美元兑日元一度跌破140。", [("140", 140, 140, "JPY", None, "down")]),
    ("欧元兑美元报1.08。", [("1.08", 1.08, 1.08, "USD", None, None)]),
    (
        "美元兌港元報7.78，一個月HIBOR升至4.35厘。",
        [("7.78", 7.78, 7.78, "HKD", None, None), ("4.35厘", 4.35, 4.35, "%", None, "up")],
    ),
    ("螺丝长5厘米。", []),
    ("人民币兑美元中间价调升至7.1。", [("7.1", 7.1, 7.1, "CNY", None, "up")]),
    ("新台幣兌美元收在32.5。", [("32.5", 32.5, 32.5, "TWD", None, None)]),
    ("美元兌日圓在150附近整理。", [("150", 150, 150, "JPY", "approx", None)]),
    ("美元兑人民币料在7.1到7.3之间波动。", [("7.1到7.3", 7.1, 7.3, "CNY", None, None)]),
    # 对 joins a pair as 兑 does; a move in 基点 after a pair is in its pips (a ten-thousandth of the currency it is
    # quoted in, a hundredth of the yen), unless a rate's word stands between.
    ("人民币对美元中间价报7.1020。", [("7.1020", 7.102, 7.102, "CNY", None, None)]),
    (
        "在岸人民币兑美元收报7.1235，较前一交易日上涨85个基点。",
        [("7.1235", 7.1235, 7.1235, "CNY", None, None), ("85个基点", 0.0085, 0.0085, "CNY", None, "up")],
    ),
    ("美元兌港元較上日跌30個基點。", [("30個基點", 0.003, 0.003, "HKD", None, "down")]),
    ("美元兑日元日内下跌50个基点。", [("50个基点", 0.5, 0.5, "JPY", None, "down")]),
    ("人民币兑美元走弱，央行降息25个基点。", [("25个基点", 0.25, 0.25, "pp", None, "down")]),
    ("美元兌新台幣收升，10年期公債殖利率下跌3個基點。", [("3個基點", 0.03, 0.03, "pp", None, "down")]),
    # A unit on the first end of X至Y alone makes a move and the level it reached, not a range (that writes its
    # unit on the second end or both): the bare level takes its unit from its cue.
    (
        "上证指数上涨1.2%至3,050。",
        [("1.2%", 1.2, 1.2, "%", None, "up"), ("3,050", 3050, 3050, "pt", None, None)],
    ),
    (
        "美元兌日圓下跌0.4%至156.3。",
        [("0.4%", 0.4, 0.4, "%", None, "down"), ("156.3", 156.3, 156.3, "JPY", None, None)],
    ),
    (
        "美元兑日元下跌50个基点至156.3。",
        [("50个基点", 0.5, 0.5, "JPY", None, "down"), ("156.3", 156.3, 156.3, "JPY", None, None)],
    ),
    ("美元兑日元在2024年大涨。", []),
    ("黃金現貨（美元/盎司）：金價一度站上2,050。", [("2,050", 2050, 2050, "USD", None, "up")]),
    ("国际油价（美元/桶）回落至75。", [("75", 75, 75, "USD", None, "down")]),
    ("恒生指數收報17,200。", [("17,200", 17200, 17200, "pt", None, None)]),
    ("上证指数收于3,050。", [("3,050", 3050, 3050, "pt", None, None)]),
    ("美元兑日元的走势值得关注，报告共30页。", []),
    ("金價站上2,000後回落。", []),
    ("營收升至150。", []),
    # Negative rows: names, chips, tenors, calendar words, durations, FX pairs.
    ("英伟达H20芯片出口受限。", []),
    ("标普500指数创新高。", []),
    ("G20峰会今日召开。", []),
    ("5G基站覆盖全国。", []),
    ("3nm制程良率提升。", []),
    ("24小时交易不停歇。", []),
    ("7×24小时交易。", []),
    ("第3季度表现亮眼。", []),
    ("2025财年业绩指引。", []),
    ("Q3业绩超预期。", []),
    ("3月议息会议临近。", []),
    ("10年期国债期货走强。", []),
    ("美元2025年走势偏弱。", []),
    ("美元兑日元走势偏弱。", []),
    # Classifiers of deals, flats and racks count them.
    (
        "上月住宅買賣登記錄得4,126宗，按月升3.1%。",
        [("4,126宗", 4126, 4126, "count", None, None), ("3.1%", 3.1, 3.1, "%", None, "up")],
    ),
    (
        "新盘首批推出168伙，即日售出逾九成。",
        [("168伙", 168, 168, "count", None, None), ("九成", 90, 90, "%", "over", None)],
    ),
    ("整櫃伺服器單月出貨超過1,500櫃。", [("1,500櫃", 1500, 1500, "count", "over", None)]),
    # A value below zero keeps its sign, which says it fell; a dash between numbers or after a letter is none.
    ("该基金今年回报为-3.5%，跑输基准。", [("-3.5%", -3.5, -3.5, "%", None, "down")]),
    ("日本實質利率仍為負0.5%。", [("負0.5%", -0.5, -0.5, "%", None, "down")]),
    ("上季净流入为-12亿美元。", [("-12亿美元", -1.2e9, -1.2e9, "USD", None, "down")]),
    ("明年營收可望成長2-3%。", [("2-3%", 2, 3, "%", None, "up")]),
    # ... and a plus sign says it rose, unless it adds a spread to a benchmark's name (T+180bp)
    (
        "云业务营收386亿美元（+31% YoY）。",
        [("386亿美元", 3.86e10, 3.86e10, "USD", None, None), ("+31%", 31, 31, "%", None, "up")],
    ),
    (
        "毛利率季比 +1.8pct，年比-0.6pct。",
        [("+1.8pct", 1.8, 1.8, "pp", None, "up"), ("-0.6pct", -0.6, -0.6, "pp", None, "down")],
    ),
    (
        "新債定價為T+180bp，融資成本約SOFR+185個基點。",
        [("180bp", 1.8, 1.8, "pp", None, None), ("185個基點", 1.85, 1.85, "pp", "approx", None)],
    ),
    ("A-1级商业票据规模500亿元。", [("500亿元", 5e10, 5e10, "CNY", None, None)]),
    ("汇率在正负2%的区间内浮动。", [("2%", 2, 2, "%", None, None)]),
    # a product's spec before what it does, in a table's cell ("1.6T放量"): no trillion
    ("| 启明光电 | 通信 | 1.6T放量 |", []),
    ("大客户的资本开支增速掉到20%以下。", [("20%", 20, 20, "%", "under", "down")]),  # 掉到 falls to
    ("我上个月追了光模块，现在亏了15%。", [("15%", 15, 15, "%", None, "down")]),  # a loss is a fall
    # the second of a pair shares the first's move
    ("汽車產銷分別增長8.7%和9.3%。", [("8.7%", 8.7, 8.7, "%", None, "up"), ("9.3%", 9.3, 9.3, "%", None, "up")]),
    # a post's counters: the page's, not the market's
    ("閱讀 1.2萬", []),
    ("共 86 条评论", []),
    ("转发 35 评论 86 赞 1200", []),
    ("12 條回覆", []),
    ("评论员认为金价会涨到4500美元。", [("4500美元", 4500, 4500, "USD", None, "up")]),
    # Accelerator cards counted in 万 size a cluster; 万卡 alone is its class, digits alone a chip, 卡车 a truck.
    (
        "一座10万卡规模的智算中心年耗电约15亿千瓦时。",
        [("10万卡", 1e5, 1e5, "count", None, None), ("15亿千瓦时", 1.5e9, 1.5e9, "kWh", "approx", None)],
    ),
    ("該公司已建成十萬卡叢集。", [("十萬卡", 1e5, 1e5, "count", None, None)]),
    ("国内万卡集群建设提速，RTX 4090卡一卡难求。", []),
    ("這家物流公司有3萬卡車。", [("3萬", 3e4, 3e4, "unitless", None, None)]),
    # A price or rate set above or below its benchmark (上浮, 下浮) moved that way; a band either side of it did not.
    ("贷款利率较LPR上浮30个基点。", [("30个基点", 0.3, 0.3, "pp", None, "up")]),
    ("電價較燃煤基準價下浮一成。", [("一成", 10, 10, "%", None, "down")]),
    ("交易電價可在基準價上下浮動20%。", [("20%", 20, 20, "%", None, None)]),
    # Shorthand's arrows say which way; an arrow with no figure (↑ 返回顶部) makes none.
    ("云业务营收↑31%，广告营收↓2%。", [("31%", 31, 31, "%", None, "up"), ("2%", 2, 2, "%", None, "down")]),
    (
        "台股12月營收 1,284.6億元 ↑12.4%",
        [("1,284.6億元", 1.2846e11, 1.2846e11, "TWD", None, None), ("12.4%", 12.4, 12.4, "%", None, "up")],
    ),
    ("↑ 返回顶部", []),
    # A growth rate's pace: 放缓 slows it, 加快 speeds it, whatever 增 the rate's name holds.
    ("增速较上季放缓三至五个百分点。", [("三至五个百分点", 3, 5, "pp", None, "down")]),
    ("營收年增率放緩至5%。", [("5%", 5, 5, "%", None, "down")]),
    ("經濟增長放慢0.5個百分點。", [("0.5個百分點", 0.5, 0.5, "pp", None, "down")]),
    ("出口增速提速2个百分点。", [("2个百分点", 2, 2, "pp", None, "up")]),
    # the second of a pair parted by a slash (a storage plant's power and energy) shares the first's move
    (
        "新型储能新增装机2,150万千瓦/5,380万千瓦时。",
        [("2,150万千瓦", 2.15e10, 2.15e10, "W", None, "up"), ("5,380万千瓦时", 5.38e7, 5.38e7, "kWh", None, "up")],
    ),
    (
        "儲能案場規模縮減為80MW/320MWh。",
        [("80MW", 8e7, 8e7, "W", None, "down"), ("320MWh", 3.2e5, 3.2e5, "kWh", None, "down")],
    ),
    # basis points as Hong Kong writes them (點子)
    (
        "美債10年期孳息率升12點子至4.35厘。",
        [("12點子", 0.12, 0.12, "pp", None, "up"), ("4.35厘", 4.35, 4.35, "%", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_unseen_figures(text, expected):
    found = [(f.quote, f.low, f.high, f.unit, f.qualifier, f.direction) for f in extract_figures(text)]
    assert found == [(q, pytest.approx(lo), pytest.approx(hi), *rest) for q, lo, hi, *rest in expected]


@pytest.mark.parametrize(
    ("text", "subject", "metric"),
    [
        ("外資賣超新台幣3,000億元。", "外資", "净卖出"),
        ("英伟达周四财报超预期，随后单日下跌3.5%。", "英伟达", "跌幅"),
        ("沪深300指数周五收于4,123点。", "沪深300指数", "指数点位"),
        ("輝達下季毛利率預估為75%。", "輝達", "毛利率"),
        ("信用違約交換價差擴大至120個基點。", "信用違約交換價差", None),
        ("黄金价格站上每盎司2,400美元。", "黄金价格", "每盎司价格"),
        ("美联储累计加息525个基点。", "美联储", "利率"),
        ("10年期美债收益率升至4.5%。", "10年期美债", "收益率"),
        ("30年期国债收益率下行5bp。", "30年期国债", "收益率"),
        ("机构预计明年全球光伏新增需求约50GW。", "全球光伏", None),
        ("日本央行持有日元5兆的ETF。", "日本央行", None),
        ("毛利率下滑三四个百分点。", None, "毛利率"),
        ("新增需求约50GW。", None, None),
        # Hong Kong's and Taiwan's words for a yield; a level a move reached is no size of the move
        ("十年期美債孳息率本週回落至4.05%。", "十年期美債", "收益率"),
        ("高股息ETF殖利率約6%。", "高股息ETF", "收益率"),
        ("核心通脹回落至2.8%。", "核心通脹", None),
        ("美国核心通胀升到约3%。", "美国核心通胀", None),
        ("核心通胀回落2%。", "核心通胀", "跌幅"),
        # a list's bullet is no part of the subject; 按年 (Hong Kong's 同比) ends it
        ("‧ 本公司擁有人應佔溢利為港幣5.2億元，按年增長63%。", "本公司", None),
        ("• 港股通成交额按年增长41%。", "港股通", "成交量"),
        # a chat's time and sender, or a flash's time and headline, open no subject; nor does 与此同时
        ("08:41 飆股研究室-陳老師 昨天美股費半大漲3%。", "美股費半", "涨幅"),
        ("09:30 美股开盘 道指上涨1%。", "道指", "涨幅"),
        ("与此同时，计算机通信和其他电子设备制造业价格同比上涨2.3%。", None, "涨幅"),
        # a level before a move: the noun before it names it
        ("上半年毛利率已由38%跌至31%。", None, "毛利率"),
        # a level a verb crosses or holds: the verb is no part of the subject
        ("恒指守住25000點關口。", "恒指", "指数点位"),
        ("論壇吸引約三千名來自四十多個國家的人士參加。", "論壇", None),
        # a market close: the index before its day's words, a stock against the market, a level waited for
        ("恒生指數今日低開後反覆向下，收市報25,380點，跌212點。", "恒生指數", "指数点位"),
        ("匯豐控股則逆市升0.6%。", "匯豐控股", "涨幅"),
        ("MSCI世界指數季內上升4.2%。", "MSCI世界指數", "涨幅"),  # within the quarter: when, not who
        # a price quoted (报), a level looked to (上看): the verb is no part of the subject
        ("国际现货黄金报4,218美元/盎司。", "国际现货黄金", None),
        ("年报显示公司营收增长12%。", "公司", "营收"),
        ("待指數回穩於25,000點之上才考慮吸納。", "指數", "指数点位"),
        # a condition's opener and a meeting's name (策略会 holds no modal 会)
        ("如果金價跌破3,800美元，短線恐再下探。", "金價", None),
        ("本次策略会共有六位嘉宾发言。", "本次策略会", None),
        ("现货金价上破4,000美元。", "现货金价", None),
    ],
)
def test_unseen_subject_and_metric(text, subject, metric):
    figure = extract_figures(text)[0]
    assert (figure.subject, figure.metric) == (subject, metric)


def _rules() -> dict:
    return yaml.safe_load(RULES.read_text(encoding="utf-8"))


def _is_cut(subject: str, word: str, compounds: list[str]) -> bool:
    """Whether the subject starts or ends with word, not counting a compound word holding it
    (全社会 ends in 社会, not 会)."""
    starts = subject.startswith(word) and not any(
        subject.startswith(c) and c.startswith(word) and c != word for c in compounds
    )
    ends = subject.endswith(word) and not any(subject.endswith(c) and c.endswith(word) and c != word for c in compounds)
    return starts or ends


@pytest.mark.parametrize(("text", "expected"), [row for row in ROWS if row[1]], ids=[row[0] for row in ROWS if row[1]])
def test_subjects_are_not_fragments(text, expected):
    raw = _rules()
    stops = [*raw["subject_stops"], *raw["subject_reporting_verbs"], *raw["subject_lead_ins"]]
    for figure in extract_figures(text):
        if figure.subject is None:
            continue
        subject = to_simplified(figure.subject)
        assert len(subject) >= 2, (subject, text)
        assert not [w for w in stops if _is_cut(subject, w, raw["compound_words"])], (subject, text)


def test_a_thousands_comma_ends_no_clause():
    # the subject of the rise is not read from inside the amount before it (2,100億元)
    amount, rise = extract_figures("前10月外銷訂單累計新台幣17兆2,100億元，年增15.8%。")
    assert (amount.low, rise.low, rise.subject) == (1.721e13, 15.8, None)


def test_a_move_between_levels_keeps_its_subject_for_both():
    # "從X走向Y": 走向 is the move, no subject of Y
    assert [f.subject for f in extract_figures("單機櫃功率從40千瓦走向120千瓦。")] == ["單機櫃功率", "單機櫃功率"]
