"""Speakers from the frames of reported speech: invented sentences, both scripts, names never seen."""

from __future__ import annotations

import pytest

from pipeline.extraction import speaker_names, speakers
from pipeline.extraction.script import to_simplified


def attribute(text: str, known: frozenset[str] = frozenset()):
    return speakers.attribute(to_simplified(text), known)


@pytest.mark.parametrize(
    "text, kind, name",
    [
        ("北辰证券首席策略师 John Smith 认为,明年指数有望上涨。", "named", "John Smith"),
        ("远山资本预计,铜价将回落。", "named", "远山资本"),
        ("远山证券维持买入评级。", "named", "远山证券"),
        # a firm the tagger knows as a name, before a role without 的; a role after a plain word is anonymous
        ("瑞穗分析師認為，公司AI收入仍難以覆蓋折舊。", "named", "瑞穗"),
        ("伯恩斯坦分析师则认为，利润率会承压。", "named", "伯恩斯坦"),
        ("知名分析师认为，收入仍难以覆盖折旧。", "unnamed", None),
        # words said straight to the point (开门见山, 一针见血, 直截了当) before a colon
        ("落座之后，郑海川开门见山：算力真正的瓶颈是电。", "named", "郑海川"),
        ("林德華一針見血：軟體股的問題是定價權。", "named", "林德华"),
        # a view announced by its mood before a colon
        ("對此，陳大文的觀點較為謹慎：估值已經偏高。", "named", "陈大文"),
        ("策略师林晓的看法相对乐观：明年铜价仍有上行空间。", "named", "林晓"),
        # a report published on a date and named in book-title marks
        ("中国电力企业联合会12月3日发布《年度电力供需形势分析预测报告》。", "named", "中国电力企业联合会"),
        ("遠景研究院今日發布《2027年能源展望》，預計電價明年續漲。", "named", "远景研究院"),
        # ... on a day of the month, its author named with their English name in brackets
        ("北汉证券首席策略师金敏俊13日发布下半年展望报告，将KOSPI目标上调至6400点。", "named", "金敏俊"),
        ("北漢證券（Bukhan Securities）首席策略師金敏俊（Kim Min-jun）13日發布報告，將目標上調。", "named", "金敏俊"),
        # a wealth manager's office of its chief investment officer
        ("瑞银财富管理首席投资办公室则认为，金价短期涨幅过大。", "named", "瑞银财富管理首席投资办公室"),
        # a person named after their firm, no title between
        ("启衡资本褚明涛认为，硬科技的估值调整还没有结束。", "named", "褚明涛"),
        ("鼎華證券的邵文傑表示，明年台股仍有高點。", "named", "邵文杰"),
        ("據遠山資本測算,銅價年內或將突破一萬美元。", "named", "远山资本"),
        ("根据青禾咨询的统计,出货量同比下降。", "named", "青禾咨询"),
        ("在青川研究院看来,消费复苏并不牢固。", "named", "青川研究院"),
        ("東嶺證券在研報中指出,面板報價將持續走弱。", "named", "东岭证券"),
        ("Northgate Capital首席投资官Daniel Okafor称,科技股动能放缓。", "named", "Daniel Okafor"),
        ("聯準會理事梅里安（Dana Merian）週四在一場活動中表示,降息為時過早。", "named", "梅里安"),
        ("荒井健司还认为,出口企业的盈利修复才刚开始。", "named", "荒井健司"),
        ("安澤證券將晶耀目標價由1,150元上調至1,320元。", "named", "安泽证券"),
        ("日本北辰证券当天发布报告,将目标点位上调至4200点。", "named", "日本北辰证券"),
        ("晨星證券投資策略部協理Amy Lin指出,新台幣升值將侵蝕匯兌收益。", "named", "Amy Lin"),  # a Taiwanese title
        ("鼎新執行長陳志遠表示,訂單能見度已到明年。", "named", "陈志远"),
        # a ratings agency whose ending tags as a verb (评级), a publication under its title marks
        ("青峰全球评级在一份报告中表示,违约风险较低。", "named", "青峰全球评级"),
        ("《遠東經濟評論》指出,類似交易將大量出現。", "named", "《远东经济评论》"),
        # Taiwan's trade: advisory firms and "the trade" are anonymous sources
        ("投顧業者指出,AI伺服器族群雖短線修正,但訂單能見度仍高。", "unnamed", None),
        ("業者表示,訂單已排到明年。", "unnamed", None),
        # commentaries as many sources
        ("不少評論認為AI已成泡沫。", "unnamed", None),
        ("有评论认为美元周期已见顶。", "unnamed", None),
        # a kind of firm counted vaguely, its home or size between; an industry as a whole
        ("部分海外投行认为，美国软件股的盈利下修才刚刚开始。", "unnamed", None),
        ("一些外資大行指出，台股明年獲利仍有上修空間。", "unnamed", None),
        ("據行業估計，明年全國電網投資總額可望超過七千億元。", "unnamed", None),
        ("该院首席分析师赵明川认为,铜精矿供应偏紧。", "named", "赵明川"),  # 分析 inside 分析师 is no verb of speech
        # a firm's department and a title: the firm speaks ("X銀行數字資產研究主管")
        ("青禾銀行數字資產研究主管在報告中寫道,比特幣波動將加劇。", "named", "青禾银行数字资产研究主管"),
        ("远山证券宏观团队首席分析师认为,出口将放缓。", "named", "远山证券宏观团队首席分析师"),
        # a company without a firm's ending, speaking at an event or in a statement
        ("澜汐时代在昨日的业绩说明会上表示,明年储能出货量有望翻倍。", "named", "澜汐时代"),
        ("星垣汽車在聲明中稱,第四季度交付量將創新高。", "named", "星垣汽车"),
        ("星垣汽车于周二的投资者日上预计,海外销量增速将放缓。", "named", "星垣汽车"),
        ("市场在周一的交易中表现谨慎,成交量明显萎缩。", None, None),
        ("中长期维持逢低做多思路。", None, None),  # a horizon before a kept view is no one
        ("短線維持區間操作。", None, None),
        ("公司在业绩会上表示,明年毛利率有望回升。", None, None),  # a bare firm is no name of one
        # a time before the setting (上周, 上個月, 昨晚) is no part of the name
        ("鮑威爾上周在國會作證時表示,聯儲局不急於減息。", "named", "鲍威尔"),
        ("岑子豪上個月在論壇上指出,拆息將維持高位。", "named", "岑子豪"),
        ("温启航昨晚在直播中称,金价仍有上行空间。", "named", "温启航"),
        # a firm and its officer after a modifier and a kind of firm (保荐机构); Cantonese 嘅 before a cue
        ("本次发行的保荐机构中澜证券相关负责人表示,国产算力芯片的需求正处于爆发初期。", "named", "中澜证券相关负责人"),
        ("港股嘅預測市盈率仍然只係10倍左右。", None, None),
        ("就業數據的下修說明經濟比帳面上弱。", None, None),  # a noun after 的 is no name
        # Hong Kong's 指， for 指出; a commentator's title; brokers named by their home market only; a stance held
        ("至於個股，冼嘉怡指，電訊股派息穩定。", "named", "冼嘉怡"),
        ("恒指今日跌逾300點，指數仍在年線之上。", None, None),
        # the subject of the clause before a comma and a bare verb of speech, a person or a firm, not an acronym
        ("罗振邦肯定赛道逻辑，认为电网设备是算力扩张中确定性最高的一环。", "named", "罗振邦"),
        ("黎子聰回顧了過去一年的行情，認為明年訂單會繼續增長。", "named", "黎子聪"),
        ("恒岭证券上调了目标价，认为订单仍在放量。", "named", "恒岭证券"),
        ("AI股今年大涨，认为还会再涨的人越来越多。", None, None),
        ("滙晴資產管理指出，實質利率回落，金價短期目標4,250美元。", "named", "汇晴资产管理"),  # a brand and 资产管理
        ("獨立股評人麥子健則認為，今次調整屬健康回吐。", "named", "麦子健"),
        ("美系外資在最新報告中指出，雲端大廠明年資本支出將再成長三成。", "unnamed", None),
        ("日系外資則持相對保守的看法，認為記憶體報價明年可能反轉向下。", "unnamed", None),
        # a foreign name in Chinese characters, its parts parted by a middle dot, with or without a title
        ("德鲁里航运咨询分析师马克·霍尔表示,运力过剩的问题将在明年集中暴露。", "named", "马克·霍尔"),
        ("傑羅姆·鮑威爾認為,通脹仍然偏高。", "named", "杰罗姆·鲍威尔"),
        ("外資遠山證券在最新報告中將晶耀明年營收預估上修12%。", "named", "外资远山证券"),  # a forecast moved
        ("青川科技統計,今年伺服器出貨量約為190萬台。", "named", "青川科技"),  # a firm's statistics
        ("国家统计局公布,10月CPI同比上涨0.3%。", None, None),  # 统计 inside 统计局 is no verb
        ("野村證券首席亞洲策略師杉本和也在接受本報採訪時表示,資金轉向韓國。", "named", "杉本和也"),  # 也 is his name's
        ("分析师李四也表示,芯片需求依然强劲。", "named", "李四"),  # 也 is an adverb
        ("远山资本（Farhill Capital）的一份报告则认为,日股调整只是获利了结。", "named", "远山资本"),
        ("北嶺環球研究在最新報告中指出,本港樓價明年或再跌5%。", "named", "北岭环球研究"),  # a report's publisher
        ("有色组认为,铜价短期以震荡为主。", "named", "有色组"),  # 有色 is a word: no indefinite 有
        ("不过,也有分析人士担心,韩元波动会削弱外资流入。", "unnamed", None),
        ("威爾遜並不認為美股會立即見頂。", "named", "威尔逊"),  # a negated verb of speech
        ("远山资本首席策略师温启航在周一发布的报告中写道,美股集中度过高。", "named", "温启航"),
        ("青禾证券研究部认为,管制收紧将倒逼设备国产化。", "named", "青禾证券研究部"),  # a firm's department
        ("中研院經濟所研究員周建宏接受本報專訪時指出,管制重點已轉向。", "named", "周建宏"),
        ("该基金经理认为,股价或以震荡整固为主。", "pronoun", None),  # a role pointed back to
        ("統一投信基金經理人劉彥廷則認為,成長股明年會是主角。", "named", "刘彦廷"),  # a Taiwanese title
        ("国内某大型期货公司贵金属研究员认为,金价仍有上行空间。", "unnamed", None),  # 某 inside the phrase
        ("首爾大學經營學系教授崔敏浩受訪時表示,估值折價不易消失。", "named", "崔敏浩"),
        ("凱岳證券將某面板廠評等調降至「賣出」。", "named", "凯岳证券"),  # 某 of the rated firm, not the source
        ("分析人士认为,短线情绪偏谨慎。", "unnamed", None),
        ("也有业内人士表示,多头持仓已处于极端水平。", "unnamed", None),
        ("不過也有外資分析師指出,擴產過快。", "unnamed", None),
        ("法人認為,資金輪動將有利塑化股。", "unnamed", None),
        ("市场普遍认为,年内还有一次降息。", "unnamed", None),
        ("一位參會的基金經理認為,管理層對價格企穩的判斷過於樂觀。", "unnamed", None),  # not 管理层, who is judged
        ("某券商研究员坦言,三季度订单不及预期。", "unnamed", None),
        ("某某证券认为,银行股估值偏低。", "named", "某某证券"),  # 某某 stands for a name
        ("他还表示,存储价格将回落。", "pronoun", None),
        ("该行预计指数将区间震荡。", "pronoun", None),
        ("我们认为,估值已经偏高。", "first_person", None),
        # a report's own research group speaks as its writer
        ("課題組判斷,成熟製程的管制範圍還會擴大。", "first_person", None),
        # anonymous: many of a kind, the market as a collective, an indefinite person speaking to a paper
        ("不少投資人擔心,美國科技股的修正還沒有結束。", "unnamed", None),
        ("市场担忧的是,一旦云厂商削减资本开支,存储价格会重新下行。", "unnamed", None),
        ("市场担忧AI泡沫正在破裂。", "unnamed", None),
        ("本港一家另類投資基金的投資總監向本報透露,違約機會微乎其微。", "unnamed", None),
        ("青禾证券首席经济学家王一凡向记者表示,美元会走弱。", "named", "王一凡"),
        ("多数与会官员认为,进一步降息需要保持谨慎。", "unnamed", None),
        # news that carries someone's words: the one quoted speaks, not the outlet
        ("据彭博报道,现任北川资产管理首席经济学家贝尔纳表示,纪要更偏鹰派。", "named", "贝尔纳"),
        ("據路透社報導,聯準會將在下週降息。", "named", "路透社"),
        ("本公司研究團隊認為,出貨旺季可望延續。", "first_person", None),  # a newsletter's own house
        # an anonymous firm's titled person is named all the same; its untitled one is not
        ("一家云服务商的首席财务官赵启明日前在接受采访时表示,需求是真实的。", "named", "赵启明"),
        ("一家外資投行的策略師表示,需求是真實的。", "unnamed", None),
        # an agency's official, named by the agency, with or without 相关 before the title
        ("国家能源局相关负责人表示,分时电价机制将进一步完善。", "named", "国家能源局相关负责人"),
        ("國家統計局負責人指出,消費仍在溫和復甦。", "named", "国家统计局负责人"),
        ("有关负责人表示,将保持政策连续性。", "unnamed", None),  # a role with no agency
        # several firms of a kind, a camp named by its view, and estimates (预期, 预估) as frames
        ("多家投行預期,這股熱潮將延續至明年。", "unnamed", None),
        ("几家外资行估计,人民币年底前会走稳。", "unnamed", None),
        ("悲觀者說,這是又一次的光纖泡沫。", "unnamed", None),
        ("乐观派认为,降息将推动估值修复。", "unnamed", None),
        ("法人預估,晶圓代工下季營收將季增一成。", "unnamed", None),
        # a transliterated name the tagger reads as two names
        ("克利夫兰联储主席哈马克则认为,通胀仍远高于目标。", "named", "哈马克"),
        ("聯準會理事哈馬克表示,降息為時過早。", "named", "哈马克"),
        # a view given by someone's account or in their words, and one admitted
        ("按照石景川的说法,未来三年用电需求可能翻倍。", "named", "石景川"),
        ("照李明的看法,金價還會再漲。", "named", "李明"),
        ("用周衡的话来说,芯片可以靠钱买来。", "named", "周衡"),
        ("石景川也承认,西部的电网外送能力仍是短板。", "named", "石景川"),
        ("溫志強預料,明年港股將反覆向上。", "named", "温志强"),
        ("青禾证券预期,铜价明年将创新高。", "named", "青禾证券"),
        ("遠山投顧預估明年每股盈餘可達45元。", "named", "远山投顾"),
        # an indefinite firm's employee is anonymous (一间, as Hong Kong writes it)
        ("本地一間資產管理公司的基金經理則認為,韓股估值仍具吸引力。", "unnamed", None),
        ("一间外资行的策略师表示,港股已经见底。", "unnamed", None),
        # a kind of firm before its name; a report's time; what someone told the author
        ("评级机构穆迪在上月的报告中指出,部分SPV的债务覆盖率将下降。", "named", "穆迪"),
        ("投行Jefferies認為,台積電明年將再漲價。", "named", "Jefferies"),
        ("一位做高收益债的交易员告诉我,这类债券的定价依赖租户信用。", "unnamed", None),
        ("陈建华跟我说,铜价还会再涨。", "named", "陈建华"),
        ("两家券商预计明年铜价还会上涨。", "unnamed", None),  # a count of firms is an indefinite source
        # 介绍 before a comma frames what follows; so does an answer to reporters before 说
        ("国家能源局电力司副司长张继红介绍，今冬用电负荷预计增长约6%。", "named", "张继红"),
        ("国家能源局有关负责人回答记者提问时说，算力用电量今年预计增长三成。", "named", "国家能源局有关负责人"),
        # a Japanese name of five or six characters after a title, by its given name's ending
        ("澄海证券外汇策略师森田祐二郎指出，日元可能急升。", "named", "森田祐二郎"),
        ("澄海證券首席策略師宇都宮浩一郎認為，日股仍有上行空間。", "named", "宇都宫浩一郎"),
        ("三位經濟學家認為央行明年會降息。", "unnamed", None),
        # a firm adverb between a name and its cue
        ("不过，Wedbush分析师Dan Ives仍然坚定看多。", "named", "Dan Ives"),
        ("**03:30** 鲍威尔在新闻发布会上表示，劳动力市场已经明显降温。", "named", "鲍威尔"),  # a live blog's time
        ("国网能源研究院专家解读认为，西部数据中心有望受益。", "named", "国网能源研究院专家"),  # 解读 before its cue
        # a firm that publishes a notice, or moves an outlook, speaks its views
        ("恒川信用评级公司发布公告，将该债券的评级展望调整为负面。", "named", "恒川信用评级公司"),
        ("恒川信用评级公司将该债券的评级展望由稳定调整为负面。", "named", "恒川信用评级公司"),
        # a reply on an investor-relations platform (回复称, 答复称) is a verb of speech
        ("卢思源回复称，数据中心和电网建设确实带来了新增用铜需求。", "named", "卢思源"),
        # a deputy's title whole (副总经理, not 副总 and a name 经理X), told to a newspaper's reporter
        ("沪澜能源售电公司副总经理祁振峰对某某经济报道记者表示，负荷率高。", "named", "祁振峰"),
        # a news report quoting someone's words (援引/引述X的话): X speaks, not the outlet
        ("報道援引韓嶺證券首席策略師朴珉載（音譯）的話說，外資回流仍會持續。", "named", "朴珉载"),
        ("彭博援引澄海证券分析师杜若川的话称，铜价年内难以回落。", "named", "杜若川"),
        ("报道援引知情人士的话说，订单还会增加。", "unnamed", None),
        # the day (22日, 今年3月) or "on this" (就此, 在其) between a name and the cue is no part of the name
        ("發言人林思遠就此回答記者提問時表示，相關做法違反規則。", "named", "林思远"),
        ("恒信证券首席经济学家覃立新22日表示，出口增速将放缓。", "named", "覃立新"),
        ("覃立新今年3月曾表示，出口增速将放缓。", "named", "覃立新"),
        ("覃立新在其最新发布的研报中称，出口增速将放缓。", "named", "覃立新"),
        # Cantonese 话 and 讲 before a colon or a comma; 不讳言 (does not hide) and "X的核心观点是" are verbs of speech
        ("東昇金屬董事總經理黎志強就話：「基金炒緊個故仔。」", "named", "黎志强"),
        ("佢哋仲講，銀行股嘅市賬率仲未返到1倍。", "pronoun", None),
        ("金價短線 overbought，但佢唔建議 short。", "pronoun", None),  # Cantonese 唔 (不) between them
        # points made, counted, before a colon or a comma; Cantonese 今朝 (this morning) between name and cue
        ("策略師葉朗軒今朝講咗幾點，summary：", "named", "叶朗轩"),
        ("何太就覺得作者講得啱。", "named", "何太"),
        # a Malaysian honorific before the name, after the post
        ("森達投資銀行首席經濟學家拿督黃振邦接受本報訪問時指出，令吉年底前有望升至4.05。", "named", "黄振邦"),
        ("常青电力控股主席丹斯里陈德胜今日在股东大会后表示，电力已经是最稀缺的资源。", "named", "陈德胜"),
        # a deputy's title after the name, a note on who they are between
        ("苗青代表认为，算力负荷的特点是大、稳、快。", "named", "苗青"),
        ("魯德華代表（瀾川數科集團董事長）認為，報告對算力建設講得很充分。", "named", "鲁德华"),
        ("張立明覺得作者講得對。", "named", "张立明"),
        ("他觉得金价还会涨。", "pronoun", None),
        ("首席经济学家邝立文在晨会上分享了三点看法：", "named", "邝立文"),
        ("邱紹偉並不諱言：「兩三年後一定會殺價。」", "named", "邱绍伟"),
        ("林牧之的核心观点是，用当期收入去比当期资本开支本身就是错的。", "named", "林牧之"),
        # between a name and its cue: an adverb (开宗明义), when and where they were asked (会后受访时,
        # 稍后在立法院受访, 昨（15）日受访), the report they spoke in (最新出具的报告); an anonymous firm's Japanese
        # economist
        ("Helen Marsh（海倫·馬什）開宗明義指出，明年將是增長放緩的一年。", "named", "Helen Marsh"),
        ("宏创研究所最新出具的报告预估，明年出货量将增长三成。", "named", "宏创研究所"),
        ("台積電財務長林志遠會後受訪時表示，明年資本支出將增加。", "named", "林志远"),
        ("經濟部長郭振安稍後在立法院受訪回應，民生用電會盡量維持穩定。", "named", "郭振安"),
        ("能源署副署長賴明遠昨（15）日受訪表示，今年電價將維持穩定。", "named", "赖明远"),
        # ... the occasion they spoke at (质询时, 出席论坛时, 会后受访时再度), after a legislator's short title (立委)
        ("立委林孟儒質詢時表示，二廠量產時程恐怕會再往後遞延。", "named", "林孟儒"),
        ("立委黃啟峰說，台灣本地供電同樣緊繃。", "named", "黄启峰"),
        ("周立衡出席论坛时表示，电价明年还会上涨。", "named", "周立衡"),
        ("林孟儒會後受訪時再度強調，政府不能只看一家企業。", "named", "林孟儒"),
        ("東京一家大型券商的首席經濟學家大野寺健一上週說，日銀年底前還會再升息。", "named", "大野寺健一"),
        # ... or a cue of summing up, advice or a target given
        ("吕嘉言在会议结束时总结称，明年出口仍将承压。", "named", "吕嘉言"),
        ("对于下一步的走向，汤振安的建议是稳扩产、重交付。", "named", "汤振安"),
        ("沈知行给出的目标是，明年收入翻倍。", "named", "沈知行"),
        # a report alone before its cue is what points back to whoever published it
        ("報告建議加碼半導體、造船與國防工業。", "pronoun", None),
        # how rough a source's estimate is comes after whose it is (的粗略, 的初步): a pronoun's, a firm's
        ("按照該團隊的粗略估算，明年資本開支將增長兩成。", "pronoun", None),
        ("据恒信证券的初步测算，明年资本开支将增长两成。", "named", "恒信证券"),
        # a department after a firm's name whose characters tag as a verb (投顾)
        ("宏岳投顧研究部認為，台股短線的支撐在兩萬一千五百點附近。", "named", "宏岳投顾研究部"),
        # a Korean given name holding 在 keeps it
        ("韩岭证券分析师朴在勋11日表示，外资回流仍会持续。", "named", "朴在勋"),
        # a preposition or a particle before an organisation's ending opens a clause, no firm's name
        ("在投资建议上，沈知行偏向精选个股。", None, None),
        ("據公會統計，今年會員的資訊投入增加兩成。", None, None),
        ("远川将燃气轮机龙头的评级维持在增持。", "named", "远川"),
        # ... and a conjunction may stand in one
        ("国家发展和改革委员会表示，用电量将增长三成。", "named", "国家发展和改革委员会"),
        # a source's word that goes on into a longer word is none: the frame ends at the next word that is one
        ("据岚山经济研究院测算，明年电力缺口将扩大。", "named", "岚山经济研究院"),
        ("根據澄湖研究院的數據，明年需求將增長。", "named", "澄湖研究院"),
        ("按照每台机柜数据中心耗电约50千瓦计算，明年用电将翻倍。", None, None),
        # an interview given, between the name and its cue after a quotation that opens the sentence; a title
        # inside an organisation's name (委员会委员) is none
        ("“需求很强。”院士、國家算力專家委員會委員邵啟鳴在接受記者採訪時表示，“但短板仍在。”", "named", "邵启鸣"),
        ("“需求很强。”岚山研究院研究员邵启鸣接受本报专访时说，“但短板仍在。”", "named", "邵启鸣"),
        # a firm's name in quotation marks after its kind, whatever its shape
        ("研究機構「海峽數位資產研究」在最新報告中指出，礦商最大的資產是電力。", "named", "海峡数位资产研究"),
        ("研调机构“宏创视界”表示，报价明年将上涨。", "named", "宏创视界"),
        # a report issued (出具) as one published, before a cue that holds the report (报告预计)
        ("宏创研究所最新出具的报告预计，明年出货量将增长三成。", "named", "宏创研究所"),
        ("澄湖研究院日前出具的研報指出，明年電價將續漲。", "named", "澄湖研究院"),
        # a debater by their side's and place's title, and the judge
        ("反方一辩韦启衡回应，这一轮花钱的是最赚钱的几家公司。", "named", "韦启衡"),
        ("正方二辯岑立行指出，表外融資是泡沫後期的特徵。", "named", "岑立行"),
        ("评委邵志成认为，局部有泡沫，整体还不是泡沫。", "named", "邵志成"),
        # an answer given ("X答，", "X回答說")
        ("韦启衡答，发债是因为利率合适，财务上更划算。", "named", "韦启衡"),
        ("岑立行回答說，明年出貨量仍將增長三成。", "named", "岑立行"),
        # a party's plea in a judgment, and a cue after 另 ("另称", "另主张")
        ("被告嵐峰公司辯稱，算力租金下跌只是短期供需失衡。", "named", "被告岚峰公司"),
        ("原告银行抗辩，担保品价值已大幅下跌。", "named", "原告银行"),
        ("灏川银行另主张，担保品已不足以覆盖债权。", "named", "灏川银行"),
        ("岚峰公司另稱，提前到期將迫使資產賤賣。", "named", "岚峰公司"),
        ("另据了解，明年出货量将增长三成。", None, None),
        # a study's first author and 等 before the year; a study's reckoning shown
        ("乐观派方面，周嘉禾等（2023）认为，生成式AI有望提高劳动生产率。", "named", "周嘉禾"),
        ("錢書嵐（2025）的測算顯示，數據中心投資的回收期可能超過9年。", "named", "钱书岚"),
        ("与会者普遍认为，通胀在过去一年中明显回落。", "unnamed", None),
        # a list's or a section's number before the frame
        ("3.1 黃先生表示，美國軟件股今年跌了近三成是錯殺。", "named", "黄先生"),
        ("1. 韦嘉禾认为明年美元会持续转弱。", "named", "韦嘉禾"),
        ("2、有人说金价已经见顶。", "unnamed", None),
        ("③ 岚峰证券预计铜价仍将上行。", "named", "岚峰证券"),
        ("・佐藤表示，日銀7月會議升息的機率約七成。", "named", "佐藤"),
        # a regulator's officer, a department unnamed between (the regulator is known to the gazetteer below)
        ("银保监会相关部门负责人在答记者问时表示，部分机构夸大宣传。", "named", "银保监会相关部门负责人"),
        ("銀保監會有關負責人表示，將從嚴查處違規行為。", "named", "银保监会有关负责人"),
        ("银保监会官员表示，风险总体可控。", "unnamed", None),  # an official is no one named
        # adverbs and settings between the speaker and the cue; a cue before a colon; 研判; a form of address
        ("采访中，邝若衡多次提到一个判断：未来五年电力将决定算力布局。", "named", "邝若衡"),
        ("策略師呂宗翰專訪時指出，變壓器交期仍在拉長。", "named", "吕宗翰"),
        ("宏观研究员钱晓棠第一时间点评：这份声明比预想中温和。", "named", "钱晓棠"),
        ("岑立川總結：優先級的結構性保護是足夠的。", "named", "岑立川"),
        ("行業分析師葛瑞森在週報裡寫，「市場把所有軟件當成同一種資產定價」。", "named", "葛瑞森"),
        ("黃柏鈞研判，系統整合廠商並非此次衝擊的直接受害者。", "named", "黄柏钧"),
        ("區卓凡先生回應表示，政府會密切留意用電需求。", "named", "区卓凡"),
        ("投資策略師車在勳（Jay Cha）指出，外資仍有回補空間。", "named", "车在勋"),
        ("里長鍾國棟表示，電力公司應該先講清楚回饋方案。", "named", "钟国栋"),
        # what someone observes is their view; what is still to be watched is no one's
        ("晶能科技總經理林怡安觀察，AI伺服器的瓶頸已經轉移到電力。", "named", "林怡安"),
        ("市場仍需觀察，明年需求能否延續。", None, None),
        # a friend or a colleague named after who they are to the writer, a clause on their work, where they met
        ("我一個做TMT的朋友阿傑在年中跟我說過一句話：「鏟子已經賣得差不多了。」", "named", "阿杰"),
        ("老同事小林认为明年铜价会更好。", "named", "小林"),
        ("做了二十年宏观的周衡跟我吃饭时讲：“这轮行情的本质是风险偏好修复。”", "named", "周衡"),
        ("在券商做策略的小林觉得我对A股太保守。", "named", "小林"),
        ("一位做私募的朋友说，明年会更好。", "unnamed", None),
        ("我的朋友們認為明年會更好。", None, None),
        ("他的原话是：“现在不是设备一到就能送电。”", "pronoun", None),
        ("她的說法是：「這是錯殺，明年會修復。」", "pronoun", None),
        # anonymous sources: after a list's arrow, a kind of respondent, those who hold a view, a source pointed back to
        ("▷ 有市场人士称，美国明年一季度可能对精炼铜加征关税。", "unnamed", None),
        ("有資深交易員形容，今日升市「散戶追得多，大戶走得快」。", "unnamed", None),
        ("部分回應者認為，人工智能資本開支的回報不確定性已構成重大風險。", "unnamed", None),
        ("主張改掛人民幣的人認為，香港與內地的連繫早已遠超與美國。", "unnamed", None),
        ("上述接近监管层人士称，部分地方借新基建名义上马算力中心。", "unnamed", None),
        ("另外一個 HF 客戶就話，金同 bitcoin 而家係同一個交易。", "unnamed", None),
        ("2019 年他接受本報訪問時指，低息環境唔會永遠維持。", "pronoun", None),  # a year before the speaker
        # a person doing something before a colon and a quotation: the quotation is theirs
        ("林雪摇摇头：“顾叔，明年金价很难再涨。”", "named", "林雪"),
        ("顧懷瑾答得乾脆：「金子。」", "named", "顾怀瑾"),
    ],
)
def test_frames_name_their_speaker(text, kind, name):
    found = attribute(to_simplified(text), frozenset({"银保监会"}))
    assert ((found.kind, found.name) if found else (None, None)) == (kind, name)


@pytest.mark.parametrize(
    "text",
    [
        "市场对AI颠覆风险的担忧在延长。",  # 的担忧 is a noun
        "市場擔心的需求見頂並未出現。",  # 担心的 modifies a noun
        "沪深300指数周三收于3921点。",
        "盈利超预期、期望的数学与二阶导数",  # 预期 is no verb of speech
        "公司表现得像一家公用事业企业。",
        "公司今日召开业绩说明会。",  # 说明 inside 说明会
        "投資建議:建議關注特高壓與智能電表兩條主線。",  # a suffix alone (投资) is no firm
        "北部新增的两座燃气机组预计2027年底并网。",  # a count of things is what is expected, not who expects
        "三台新機組預計明年夏天前併網。",
        "公司介绍了新一代液冷产品。",  # 介绍 with its object introduces a thing, no words
        # a rating's verb after a modal is a forecast's (授信会维持增长), no rating kept
        "明年银行对运营商的授信会维持增长。",
        "台電明年將調升電價。",
        # ... nor one with no object before its level: the measure rises (a target price, earnings per share)
        "TP 上調至 KRW 980,000。",
        "EPS 下调至12元。",
        # an adverb a verb of speech opens (说到底, 说不定, 说白了)
        "“比特币说到底是一个流动性资产，不是避险资产。”",
        "美元說不定明年還會再跌一成。",
        "这波行情说白了就是估值修复。",
        "1.5倍杠杆就足够了。",  # a figure's decimal is no list's number
        "・黃金可作為對沖美元資產集中風險的工具，建議維持組合5%的配置。",  # a noun and a verb (黄金可) is no name
        # 觉得 frames another's view only: the writer's own 我觉得 stays a sentence of theirs
        "我个人觉得金价还会涨。",
        "我們覺得美元明年會走弱。",
        # what something does not stand for is no one's frame
        "分红比例下降主要是考虑到资金需求，并不代表对经营前景有任何悲观判断。",
        # 车 opening a word is no family name (车市)
        "車市預計明年將溫和復甦。",
        "这个说法是错的，市场并没有见顶。",  # 说法 with no one's 的 before it
        "他形容词用得很准，但结论值得商榷。",  # 形容 inside a word, no cue
        "黃金漲了：「這是避險需求回來了。」",  # a thing, not a person, before the colon
    ],
)
def test_sentences_without_a_frame_have_no_speaker(text):
    assert attribute(text) is None


def test_a_known_firm_with_a_title_is_named():
    found = attribute("最近微软CEO,爆料说芯片躺在仓库里。", frozenset({"微软"}))
    assert (found.kind, found.name) == ("named", "微软CEO")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("另一邊廂,卓景資本能源策略師Rahul Menon則相對樂觀。", True),
        ("不过,也有公募基金的固收投资人士看法更加谨慎。", True),
        ("本土券商青禾證券則相對謹慎,該行預計指數將區間震盪。", False),  # the view follows in the unit
        ("铜价则相对坚挺。", False),  # a market, not a speaker
        ("这些公司的股息率亦较高。", False),  # a measure, not a person of the family 股
        ("毛利率則相對穩定。", False),
        ("策略师 Ann Lee 则认为铜价今年将创出历史新高。", False),  # a view, not a mood
        ("分析師王明對此持謹慎態度。", True),
        ("澜石资本合伙人郑嘉禾坚持乐观判断。", True),
        # 持 ending 保持/维持/支持 brings no one in: a bank's lending held up is a view
        ("明年银行对运营商的授信会保持增长。", False),
        ("明年銀行對中小企業的貸款仍將維持增長。", False),
    ],
)
def test_a_speaker_brought_in_with_only_a_mood_says_nothing_yet(text, expected):
    assert speakers.only_introduces(to_simplified(text)) is expected


@pytest.mark.parametrize(
    "speaker, firm",
    [
        ("恒岭银行首席经济师岑子豪", "恒岭银行"),
        ("该行首席投资总监梁思远", None),  # a pointer opens the name: its firm is the one pointed back to
        ("梁思远", None),
    ],
)
def test_the_firm_a_speaker_came_with(speaker, firm):
    assert speaker_names.firm_of(speaker) == firm


@pytest.mark.parametrize(
    "phrase, person",
    [
        ("中信证券张明", "张明"),
        ("启衡资本的褚明涛", "褚明涛"),
        ("恒川证券固收", None),  # a desk after the firm, no one's name
        ("泰和公司CEO", None),
        ("中信证券研究部", None),
        ("华夏基金", None),
    ],
)
def test_a_person_named_after_their_firm(phrase, person):
    assert speaker_names.firms_person(phrase) == person


@pytest.mark.parametrize(
    "text, expected",
    [
        ("本报讯 昨晚，瀚川信用评级有限公司（下称“瀚川信评”）发布公告", ["瀚川信评"]),
        ("瑞华证券股份有限公司（以下简称：瑞华证券）认为", ["瑞华证券"]),
        ("恒川科技股份有限公司（以下简称“公司”）于昨日收到问询函", []),  # the text's own firm
        ("这种模式（下称“模式A”）很好", []),  # no firm named in full
        # only quoted in brackets, as Hong Kong press releases define one
        ("（香港，3月31日）恒峻資產管理（亞洲）有限公司（「恒峻資產」）今日發表展望", ["恒峻資產"]),
        ("岚桥基金管理有限公司（“岚桥基金”）发布年报", ["岚桥基金"]),
        ("这种模式（“模式A”）很好", []),
    ],
)
def test_a_short_name_defined_for_a_firm(text, expected):
    assert speaker_names.defined_short_names(text) == expected


@pytest.mark.parametrize(
    "phrase, firm",
    [
        ("启衡证券研究所", True),
        ("东瀚银行", True),
        ("非研究部", False),  # what the views are not ("非研究部观点")
        ("并非银行", False),
    ],
)
def test_an_organisation_is_named_not_denied(phrase, firm):
    assert speaker_names.is_organisation(phrase) is firm
