"""Stance toward a claim's own subject: negation, contrast, things bad when they grow, advice."""

from __future__ import annotations

import pytest

from pipeline.extraction import advice_way, stance
from pipeline.extraction.script import to_simplified
from pipeline.extraction.sentiment import sentiment_dictionary


@pytest.mark.parametrize(
    "text, expected",
    [
        ("芯片需求依然强劲", "bullish"),
        # a selling wave cleared is good; a case for buying that no longer holds is bad, a feared one good
        ("恐慌性抛售大概率会在一周内基本出清", "bullish"),
        ("拋售潮預計月底前基本出清", "bullish"),
        ("我当初买进这只股票的逻辑已经不成立", "bearish"),
        ("加碼半導體的理由已經站不住腳", "bearish"),
        ("市场担心的需求见顶论并不成立", "bullish"),
        # a change not yet priced in, and a push higher still ahead (not one that fell back)
        ("我们认为市场远未充分定价政策转向带来的变化", "bullish"),
        ("市場尚未充分定價減息帶來的盈利改善", "bullish"),
        ("後市大概率還有一波衝高", "bullish"),
        ("指数冲高回落，成交萎缩", "bearish"),
        # little room left to fall, in Cantonese too, and a valuation at a low level, a clause apart
        ("香港上市嗰幾隻，估值本身已經唔貴，再跌嘅空間有限", "bullish"),
        ("这只股票再跌的空间有限", "bullish"),
        ("目前股价净值比只有1.05倍，在过去十年算是偏低的位置", "bullish"),
        ("目前本益比只有11倍，在過去十年算是偏低的水平", "bullish"),
        # the big rally still ahead, a structure's good side, whatever risk it isolates
        ("真正的大行情可能还在后面", "bullish"),
        ("SPV結構的好處是風險隔離", "bullish"),
        # an effect said to lean positive is good, whatever rising cost it is the effect of
        ("原材料价格上涨对公司整体影响偏正面", "bullish"),
        ("這項政策對銀行股的影響偏積極", "bullish"),
        ("降息对成长股有正面影响", "bullish"),
        # a threat and a shortcoming are bad for what they are of; making one up is good
        ("自研芯片份额的提升，是对龙头厂商的长期威胁", "bearish"),
        ("自研晶片份額的提升，是對龍頭廠商的長期威脅", "bearish"),
        ("储能已经成为新型电力系统里最突出的短板", "bearish"),
        ("儲能已經成為新型電力系統裡最突出的短板", "bearish"),
        ("明年的重点是补短板，加快配网改造", "bullish"),
        ("只要電網這塊短板補上，產業規模就有條件翻一番", "bullish"),
        # a chance said to be high is no good news of itself: the event decides
        ("写字楼租金明年再跌一成的机会不低", "bearish"),
        ("寫字樓租金明年再跌一成的機會不低", "bearish"),
        ("铜价明年再创新高的机会很大", "bullish"),
        ("銅價明年再創新高的機率很大", "bullish"),
        # room left for a downward revision is bad news; one for an upward one good
        ("明年的盈利预测仍有下修空间", "bearish"),
        ("航運股的獲利預估還有下調的空間", "bearish"),
        ("券商对银行股的盈利预测还有上修空间", "bullish"),
        # what lags behind is weak, but a laggard stock is one with ground to catch up, and old capacity leaving heals
        ("我們認為該公司今年的獲利成長會明顯落後營收成長", "bearish"),
        ("变电站的建设进度一直落后于规划", "bearish"),
        ("這檔記憶體股算是落後股，補漲空間還在", "bullish"),
        ("随着行业落后产能逐步出清，龙头厂商受益", "bullish"),
        # a thing that loses what is good about it is worse off, whatever good words come after
        ("油价因此失去短线上升动力", "bearish"),
        ("純挖礦的商業模式正在喪失吸引力", "bearish"),
        # a target or a forecast given with the figure it replaces: the way of the change
        ("目标价：1,480元（原1,880元）", "bearish"),
        ("目標價：245元（原210元）", "bullish"),
        ("上调2027年EPS预测至2.35元（前值2.10元）", "bullish"),
        ("盈利预测下调至12.4亿元（原15.0亿元）", "bearish"),
        ("2027年EPS預測2.05元（前值2.30元）", "bearish"),
        # a cancelling verb: on a good object it is bad news; with none after it, it cancels a bad thing said before
        ("運費上漲的成本足以抵銷新訂單帶來的收入", "bearish"),
        ("但人民幣貶值正好抵銷", "bullish"),
        # a recovery mostly run is over for the most part
        ("港股的估值修复已经走了大半", "bearish"),
        # what will not be done at one stroke is slow
        ("芯片的国产替代不会一蹴而就", "bearish"),
        # a deficit ratio raised is a stimulus, not a burden; a move the market has priced is behind it
        ("明年财政赤字率有望提高至4.2%", "bullish"),
        ("市場對聯準會降息的預期已被充分定價", "bearish"),
        # a return that needs years to show is delayed; good news long since priced in is behind the price
        ("雲端轉型的回報可能需要五年以上才能體現", "bearish"),
        ("儲能股漲了一倍，利多早就反映完了", "bearish"),
        # a partial disagreement with the view just told turns it; the biggest unknown of a thing is a risk to it
        ("有人把比特幣叫做數位黃金，我不完全同意", "bearish"),
        ("关税政策是明年出口的最大变数", "bearish"),
        # a scarce resource held is worth more; an industry clearing its excess heals; a bad state less bad than before
        ("公司手上的港口泊位是最稀缺的資源", "bullish"),
        ("光伏价格战已接近尾声，行业出清比我们想象的要快", "bullish"),
        ("今年的库存压力没有去年那么严重", "bullish"),
        # easy to rise and hard to fall
        ("鎳價短期易漲難跌", "bullish"),
        ("锌价短期易跌难涨", "bearish"),
        # a turnabout after its clause's own subject: what follows it decides
        ("散户恐慌性抛售，机构反而在低接", "bullish"),
        ("中小厂商被迫退出，龙头将迎来量利齐升", "bullish"),
        # the state a move leaves counts for nothing: the move and where it ends decide
        ("我們把黃金由「看好」下調至「中性」", "neutral"),
        ("液冷渗透率将从今年的一成提升至三成", "bullish"),
        ("國產廠商的份額有望從不到一成提升到兩成", "bullish"),  # from less than: no negation
        # an adverb of emphasis inside a phrase the lexicon knows
        ("现在追进去性价比真的不高", "bearish"),
        ("這個價位的性價比確實不高", "bearish"),
        ("香港的聯繫匯率制度行之有效", "bullish"),
        ("香港有條件成為亞洲的科技融資樞紐", "bullish"),
        ("這些公司的訂單能見度更高", "bullish"),
        ("資本支出的數字大到不合理", "bearish"),
        # an indicator back from overbought, selling pressure eased
        ("十四天RSI已由超買區回落至48，沽壓有所紓緩", "bullish"),
        # trouble, contradiction and friction; a difficulty that grows
        ("更麻煩的是，政策信號互相打架", "bearish"),
        ("两个目标存在矛盾，市场陷入内耗", "bearish"),
        ("判断的难度陡增", "bearish"),
        ("操作難度明顯下降", "bullish"),
        # bad news exhausted; the year-end window dressing; a crowded trade
        ("利空出盡", "bullish"),
        ("短期利好出尽", "bearish"),
        # 特别 is no 别; a cost raised is bad; a bad thing no one can imagine is good
        ("他特別看好先進封裝與矽光子", "bullish"),
        # a defensive quality is a merit
        ("內銀股的高息防守價值", "bullish"),
        # market English inside Chinese commentary
        ("仓位已经很crowded了", "bearish"),
        ("这一轮是典型的risk-on行情", "bullish"),
        ("关税是明年最大的headwind", "bearish"),
        ("在利率高企的環境下更具防守性", "bullish"),
        ("貿易壁壘會抬高出口成本", "bearish"),
        ("我想象不出有什么特别突发的利空事件会触发深V", "bullish"),
        ("年底前還有一波作帳行情", "bullish"),
        ("散戶太擁擠", "bearish"),
        # hard to earn back; trapped after buying high; a fall denied; a connection that cannot be made;
        # a political backlash is no rebound; a worry denied is calm, whatever it is not worried about
        ("訓練端的投入回本很難", "bearish"),
        ("这笔投资很难回本", "bearish"),
        ("現在追進去很可能住套房", "bearish"),
        ("高位接货的散户恐怕要被套牢", "bearish"),
        # being braced for news (心里要有底) is no floor; a recovery still to wait for is put off; a headwind is bad
        ("今年盈利肯定要往下修，大家心里要有底", "bearish"),
        ("库存要到明年才回到正常水位，营收复苏还要等", "bearish"),
        ("海外訂單的逆風還在加大", "bearish"),
        # an opportunity cost is a cost (机会 in it no chance), real rates a burden when they rise; an asset's scarcity
        # is worth; an effect one can ignore is small
        ("实际利率下行，降低了持有黄金的机会成本", "bullish"),
        ("持有黃金的機會成本正在上升", "bearish"),
        ("存量機房的稀缺性只會越來越強", "bullish"),
        ("汇率波动对出口商利润的冲击基本可以忽略", "bullish"),
        # a thing that vanishes (消失) falls: a bad one's going is good, a good one's bad, and a denial turns either
        ("這個供需缺口短期內不會消失", "bearish"),
        ("只要赤字沒有解方，央行買金的動機就不會消失", "bullish"),
        ("成本优势已经基本消失", "bearish"),
        ("等政策落地，这部分抛压自然会消失", "bullish"),
        # poor is bad (很差), so is building the same twice or blindly; interest paid is a burden when it grows
        ("超長端國債的流動性很差", "bearish"),
        ("各地一哄而上、重复建设，算力大量闲置", "bearish"),
        ("美国财政的净利息支出明年还会攀升", "bearish"),
        # a loan rolled over because it cannot be paid (展期), collateral pledged twice, a market dragged down: bad
        ("部分區縣級平台的非標融資可能出現展期", "bearish"),
        ("这笔债务展期一年", "bearish"),
        ("行业仍处于快速发展期", "bullish"),  # 发展期 holds the characters, not the word
        ("同一批芯片可能在多个SPV之间重复质押", "bearish"),
        ("只要存储价格松动，整个指数都会被拖下水", "bearish"),
        # a move put down to a passing cause, a lasting one denied, is not what it seems: its way turns; a thing
        # likened to another (黄金更像是货币) is no move
        ("本週回檔主要是外資季底調節，並非基本面轉差", "bullish"),
        ("这波反弹更多是空头回补，而不是业绩驱动", "bearish"),
        ("白银现在更像是一种工业金属，而不是避险资产", "bearish"),
        # a view said to come too early turns: a bubble's talk premature is calm, a bottom-fish premature a warning
        ("現在就喊崩盤言之過早", "bullish"),
        ("这个时候加仓券商股为时尚早", "bearish"),
        ("距离这轮周期见顶还早得很", "bullish"),
        ("现在就谈盈利复苏为时尚早", "bearish"),
        ("明年伺服器出貨量不會掉", "bullish"),
        ("很多地方的電網根本接不進來", "bearish"),
        ("電價上調或會引起政治反彈", "bearish"),
        ("我哋唔擔心回本問題", "bullish"),
        ("投資人無需過度擔憂需求放緩", "bullish"),
        ("市场担心需求放缓", "bearish"),
        # 只是 before a doing is "only does", no belittling of what came before
        ("再買個股只是把風險加倍", "bearish"),
        # a target price given by its figure alone
        ("目標價6.5元", "bullish"),
        # at the bottom, and out of it; customers lost
        ("傳統產業仍在谷底徘徊", "bearish"),
        ("出口已经走出谷底", "bullish"),
        ("再拖下去，客戶就會持續流失", "bearish"),
        ("下游需求沒有起色", "bearish"),
        ("買樓收租並不划算", "bearish"),
        # Hong Kong's words for interest rates are bad when they rise; a market steadying
        ("明年港元拆息會跟隨美息逐步回落", "bullish"),
        ("隨着息口回落，樓市已經逐步回穩", "bullish"),
        # bond yields and consumer prices are bad when they rise; a lasting supply gap is its makers' good news
        ("十年期美债收益率明年底将回落至3.8%附近", "bullish"),
        ("CPI同比预计回落至2.7%", "bullish"),
        ("HBM的供需缺口至少会持续到2027年", "bullish"),
        ("變壓器的供給缺口至少要到2028年才可能彌合", "bullish"),
        # a return to a level; hard times ahead; safe-haven demand has no way of its own
        ("年底前重回9万美元的可能性仍然存在", "bullish"),
        ("零售商若不調整產品組合，明年的日子只會更難過", "bearish"),
        ("主打投資金條的金商將繼續受惠於避險需求", "bullish"),
        # what the market has put before 反映 is priced in; a valuation's premium shrinking; a numeric target kept
        ("市场已经把降息的利好全部反映了", "bearish"),
        ("日股的估值溢价将逐步收窄", "bearish"),
        ("他维持日经指数年底42,000点的目标不变", "bullish"),
        # absorbing a glut is good news
        ("推理需求的增长会在明年下半年逐步消化过剩的算力", "bullish"),
        # order books seen far ahead: visibility reaching a date
        ("AI伺服器機構件的訂單能見度已經到明年第三季", "bullish"),
        ("国内龙头的订单能见度已经覆盖到2027年", "bullish"),
        ("订单能见度下降到两个月", "bearish"),
        # expectations already full leave no room for more
        ("但市场对它的预期已经很满，边际上很难再给更高的估值", "bearish"),
        ("市場對降息的預期已經打滿", "bearish"),
        ("電網接入是目前最大的限制", "bearish"),
        ("电力供应成为最主要的制约", "bearish"),
        # an edge others cannot copy; good news the price has not taken in yet; an effect that wanes
        ("中国电网的建设速度和成本优势短期内难以被复制", "bullish"),
        ("我覺得市場還沒完全反映這一塊", "bullish"),
        ("芯片管制的边际效果正在递减", "bearish"),
        # too slow, and a harder demand put on something
        ("變電所的審批流程太慢", "bearish"),
        # a worry the market overstates; worth holding; a rise's size (升幅); a fall to a level, a cliff, a blocked rise
        ("關稅對出口的衝擊被市場高估了", "bullish"),
        ("券商板块已具备中长期配置价值", "bullish"),
        ("九龍區細價樓的升幅會較大", "bullish"),
        ("行业增速可能降至个位数", "bearish"),
        ("明年收入不會出現斷崖", "bullish"),
        ("樓市的復甦勢頭或會受阻", "bearish"),
        ("金價太高，年輕人根本買不下手", "bearish"),
        ("光伏出力的波动对电网调度提出了更高要求", "bearish"),
        # order books and visibility that reach far, a valuation discount, money to be let out, a PMI back above 50
        ("散熱模組的訂單能見度已經看到後年上半年", "bullish"),
        ("光纤光缆的订单已经排到明年年底", "bullish"),
        ("A股银行板块相对港股仍有折让", "bullish"),
        ("明年的政府採購將釋出數百億元的商機", "bullish"),
        ("下个月的制造业PMI有望重回荣枯线上方", "bullish"),
        # what decides something, set against what does not: no direction
        ("未來五年決定AI競賽結果的，不是誰的模型更大，而是誰能更快地把電送到數據中心", "neutral"),
        ("面板報價將持續走弱", "bearish"),
        ("市场不会崩溃", "bullish"),  # a negation turns the word after it
        ("联储不会快速推进缩表", "bullish"),
        ("这轮上涨并非基本面驱动的反弹", "bearish"),
        ("违约率预计将继续攀升", "bearish"),  # rising of a bad thing
        ("通胀回落", "bullish"),  # falling of a bad thing
        ("亏损扩大", "bearish"),
        ("槓桿資金會放大波動", "bearish"),  # a change word acting on a bad thing
        ("数字化能降低成本", "bullish"),
        ("降息将推高股价", "bullish"),  # a good thing raised stays good
        ("消费复苏的基础并不牢固", "bearish"),  # the comment, last, weighs more than the subject
        ("短期仍有上涨空间,但是中期压力不小", "bearish"),  # after a contrast only the second part counts
        ("公司发布了季度报告", "neutral"),
        ("美國軟著陸仍是基準情形", "bullish"),
        ("内需复苏乏力", "bearish"),  # a recovery without strength
        # a good thing that needs time is not here yet
        ("投資者信心需要時間修復", "bearish"),
        ("消费复苏仍需一段时间", "bearish"),
        ("去库存需要时间，但价格已经企稳", "bullish"),  # after the contrast
        # slower or faster than imagined (想像 is the other spelling of 想象)
        ("出口訂單的回溫會比大家想像中慢", "bearish"),
        ("这轮补库的节奏会比市场想象中快", "bullish"),
        ("铝价短期仍将维持高位震荡", "neutral"),  # range-bound, high or not
        ("銅價料將維持高位震盪", "neutral"),
        # a bad thing seen too small is bad news, too big good
        ("換股成本被低估了", "bearish"),
        ("信用风险被高估了", "bullish"),
        ("长期回报很可能输给大盘指数", "bearish"),
        ("明年初拆息有望回落", "bullish"),  # a rate borrowers pay, bad when it rises
        ("按揭利率仍在上升", "bearish"),
        ("目前的性價比很高", "bullish"),
        ("明年的配息應該還會再少一點", "bearish"),  # less of a good thing
        ("坏账会变少", "bullish"),  # less of a bad one
        ("明年會有更多產能出清", "bullish"),
        # Cantonese: 睇好 is 看好, 有排升 a long way up, 少过预期 fewer than expected, 唔系好消息 no good news
        ("長線我仍然睇好港股", "bullish"),
        ("我反而覺得金價仲有排升", "bullish"),
        ("減息次數少過預期", "bearish"),
        ("如果息口唔減，對樓市唔係好消息", "bearish"),
        ("年底作帳行情可期", "bullish"),
        ("推理需求才刚刚起步", "bullish"),
        ("量能不足仍是隱憂", "bearish"),  # 不足 is a word, not a negation of what follows
        ("企業端的情況稍微好一點", "bullish"),
        ("这类票据的违约风险总体可控", "bullish"),  # a risk's level: under control
        ("不少算力設備未必能在報廢前回本", "bearish"),  # paying back, denied
        ("我看三年内回本无望", "bearish"),
        ("项目一旦延误，利息负担便会迅速上升", "bearish"),  # a burden grows
        ("目前的風險仍屬局部", "bullish"),  # a risk contained
        ("十年期美债收益率明年将回落至3.8%", "bullish"),  # a yield falling
        ("美債殖利率可能再走高", "bearish"),
        ("歐洲增長同樣疲弱，美元大幅下跌的空間有限", "bullish"),  # room to fall, with 的
        ("本益比衝到四五十倍，訂單卻沒跟上", "bearish"),
        # a comparison with the expected right after a move says how the move went
        ("通膨回落的速度低於預期", "bearish"),
        ("就业市场降温的速度比预期更快", "bearish"),
        ("营收增长快于预期", "bullish"),
        ("通胀降温", "bullish"),
        ("楼市明显降温", "bearish"),
        ("散熱族群雖短線修正，但明年訂單能見度仍高", "bullish"),  # orders' visibility high
        ("記憶體族群漲幅已大", "bearish"),  # gains already large
        ("PPI降幅有望继续收窄", "bullish"),  # a decline narrowing
        ("经济运行稳中有进", "bullish"),
        ("无论算力需求如何波动，电网升级都是绕不开的刚需", "bullish"),  # 无论 concedes
        ("美中科技战短期内不会降温", "bearish"),  # a conflict that does not cool
        ("美股估值已經唔平", "bearish"),  # Cantonese: no longer cheap
        ("引发抛售的直接原因，是一家AI公司发布了新的代理产品", "neutral"),  # what caused a move seen
        ("這波回檔的原因主要是籌碼", "neutral"),
        ("不少变电所已经接近满载", "bearish"),
        ("比起盈利增速，估值并不贵", "bullish"),
        ("这轮反弹很大程度上依赖外资", "bearish"),  # a dependence is a weakness
        ("新项目的并网排队时间长达五年", "bearish"),  # a bad thing's length stressed
        ("美元的信用溢价正在下降", "bearish"),  # a credit premium is not a cost
        # an explanation set against another is a view of why, not of which way
        ("铜价飙升主要反映的是矿端扰动，而不是需求复苏", "neutral"),
        ("本輪港股反彈主要受南向資金推動，並非盈利改善", "neutral"),
        ("日股下跌是因为日元急升，而非企业盈利转差", "neutral"),
        ("明年債市的焦點不在於降息幅度，而在於財政供給", "neutral"),
        # a problem located is no explanation: still bearish; a cause denied before its rival keeps its way
        ("真正的问题不在于估值，而在于盈利跟不上", "bearish"),
        ("金價升浪並非由投機資金推動，而是央行持續增持", "bullish"),
        # the market's pricing leaning too far one way is the opposite way; a speaker's own leaning is not
        ("市场对这类隐性杠杆的定价明显偏乐观", "bearish"),
        ("市場對日股盈利的預期偏於悲觀", "bullish"),
        ("我们对明年的港股偏乐观", "bullish"),
        ("呢個盈利預測有啲過份樂觀", "bearish"),  # 過份, the Hong Kong spelling of 过分
        ("大家對鋁價的看法過份悲觀", "bullish"),
        # a price running ahead of itself; building ahead of demand is no fault
        ("光模块的估值已经有点超前", "bearish"),
        ("到2029年，SaaS公司的收入增速会从两成以上掉到个位数", "bearish"),  # growth falling to single digits
        ("軟體公司營收成長率明年恐降到個位數", "bearish"),
        ("市場給這類礦商的定價太超前了", "bearish"),
        ("电网公司超前布局特高压线路", "bullish"),
        ("整體而言，信用風險仍屬可控", "bullish"),
        # an effect said to be small: a shock's smallness is good news, a lift's bad, an effect of no way none
        ("裁员潮对消费的冲击相当有限", "bullish"),
        ("匯率波動對出口商的衝擊應屬有限", "bullish"),
        ("降准對銀行股的提振作用有限", "bearish"),
        ("补贴退坡后，政策对销量的带动有限", "bearish"),
        ("这次换帅对公司经营的影响有限", "neutral"),
        # a pullback's size said to be small is reassurance
        ("油价的回调幅度不会太大", "bullish"),
        ("就算修正，調整空間也相當有限", "bullish"),
        ("美国减息步伐放慢", "bearish"),  # a good thing slowing
        ("出口復甦力道仍弱", "bearish"),
        # a safe haven is an asset's quality: denied, it is bearish for the asset
        ("白银终究不是避险资产", "bearish"),
        ("加密貨幣根本不適合當作避險工具", "bearish"),
        ("瑞郎依然是最可靠的避险货币", "bullish"),
        ("避险情绪再度升温", "bearish"),
        ("中国经济硬着陆只是小概率情形", "bullish"),  # the bad case belittled
        ("周线空头趋势已经形成", "bearish"),
        ("多頭格局未變", "bullish"),
        ("台股年底前仍将维持高档震荡", "neutral"),  # a range has no direction
        ("人民幣匯率將呈現雙向波動", "neutral"),
        ("明年指數可能再跌一成", "bearish"),
        ("美股的边际支持力就会变弱", "bearish"),
        ("通胀压力明显减弱", "bullish"),  # a bad thing weakening
        ("這次修正是健康的", "bullish"),
        # A scenario with both sides has no direction.
        ("銅價接下來可能大漲,也可能急跌,關鍵在庫存", "neutral"),
        ("降息之后,美元的走势存在两种可能", "neutral"),
        ("成交额也许会在九千亿到一万亿之间徘徊", "neutral"),  # a range
        ("美债收益率明年将在3.8%至4.4%之间窄幅波动", "neutral"),
        # A comparison with the expected is a change: good for a good thing, turned for a bad one.
        ("三季度营收好于市场预期", "bullish"),
        ("公司全年盈利可能低於市場預期", "bearish"),
        ("核心通胀低于预期", "bullish"),
        ("失业率高于此前预期", "bearish"),
        ("聯準會年內降息的次數料將少於市場預期", "bearish"),
        # An ending turns what it ends: a bad time over is good, a good run over is bad.
        ("航运业最艰难的时候已经过去", "bullish"),
        ("面板报价的涨势将在年底告一段落", "bearish"),
        ("過去三年的虧損", "bearish"),  # 过去 as "the past" ends nothing
        ("市场担心的需求见顶并未出现", "bullish"),  # a denial after the word
        ("居民的超额储蓄已经消耗殆尽", "bearish"),
        ("行业价格战大概率不会重演", "bullish"),
        ("年内降息落地的概率不大", "bearish"),
        ("面板涨价至少要等到明年下半年", "bearish"),  # a delay
        ("央行只會降息兩次,少於市場先前預期的四次", "bearish"),
        # 不排除 hedges, it does not negate.
        ("如果关税升级,出口企业的利润不排除进一步下滑", "bearish"),
        ("央行今年不会升息,也不会降息", "neutral"),  # both sides
        ("联储也许会在年底前降息,也可能等到明年", "neutral"),
        # The verb of an effect decides, turned by a bad thing it acts on.
        ("存款利率下行拖累了银行的净利润增长", "bearish"),
        ("加息压制了通胀", "bullish"),
        # A definition's tone words give no direction; a word of the lexicon still does.
        ("港股本質上是一個由外資主導定價的離岸市場", "neutral"),
        ("黄金现在更像是一种货币,而不是一种商品", "neutral"),
        ("说白了,这轮上涨就是流动性推动的泡沫", "bearish"),
        # From a verb of an effect on, only the effect counts, not its cause.
        ("铝价上涨侵蚀了下游加工企业的利润", "bearish"),
        ("美元走强叠加利率上行,拖累了新兴市场股市", "bearish"),
        ("油价下跌提振了航空股", "bullish"),
        ("我想不出有什么利空会打断这轮行情", "bullish"),  # a negation before the verb still turns it
        # An open question has no direction; a rejected alternative is negated.
        ("关键在于出口订单能否回升", "neutral"),
        ("問題是聯準會是否會繼續降息", "neutral"),
        ("这波反弹靠的是流动性，并非基本面改善", "bearish"),
        ("這波賣超並不是看壞台灣基本面", "bullish"),
        # What is overstated turns, what is understated keeps its way; alone, the estimate's word counts.
        ("这种担忧被高估了", "bullish"),
        ("市場的樂觀情緒被明顯誇大了", "bearish"),
        ("部分农商行的资产质量风险可能被低估了", "bearish"),
        ("增長潛力被低估", "bullish"),
        ("股价被高估了", "bearish"),
        # An effect that offsets a bad thing is good; one after 的 is a noun; lifting a weak thing still lifts.
        ("目前的息差足以补偿风险", "bullish"),
        ("政策紅利足以抵消外需放緩的衝擊", "bullish"),
        ("关税上调抵消了降息的利好", "bearish"),
        ("降息提振了低迷的消费", "bullish"),
        ("地緣政治風險升高,外資減碼台股,拖累指數走低", "bearish"),  # 拖累 says the result, it offsets nothing
        ("铜价再涨两成,中小厂的毛利就会被吃掉一大半", "bearish"),
        # What is not changed goes on as it was.
        ("当前的回调只是牛市中的正常休整,并不改变上行趋势", "bullish"),
        ("短期波動不影響長期向好的趨勢", "bullish"),
        ("储能变流器比变压器弹性更大", "bullish"),
        ("两融杠杆水平总体可控", "bullish"),
        ("短期继续暴跌的风险不大", "bullish"),  # a small risk of a fall
        ("但銷售數據未見起色,估值修復需要時間", "bearish"),  # a delay turns what it follows
        ("内需修复的持续性仍有待观察", "neutral"),  # pending
        ("我唔覺得係見頂,今日只係正常嘅獲利回吐", "bullish"),  # Cantonese: 唔 negates, 只系 belittles
        # A diminisher belittles what comes before it; 只是时间问题 is certainty.
        ("这一轮反弹大概率只是熊市中的反弹", "bearish"),
        ("銀行股的回檔只不過是短線的獲利了結", "bullish"),
        ("油价突破一百美元只是时间问题", "bullish"),
        ("記憶體報價的上漲只是開始", "bullish"),
        # What is priced in turns: good news priced in is bad, bad news priced in good.
        ("芯片股的估值已经充分反映了明年的利好", "bearish"),
        ("航運股的股價已大致反映了運價下跌", "bullish"),
        ("部分題材股已經透支了未來兩年的成長", "bearish"),
        # ... as is what the clause names before the verb, its subject; the verb itself is no news
        ("减息的好消息大部分已经反映在汇价中", "bearish"),
        ("關稅的利空已經充分反映在股價上", "bullish"),
        ("坏消息基本已经消化完毕", "bullish"),
        ("市場已經消化了升息的衝擊", "bullish"),
        # ... in English or in the trader's slang (price in; 打进去); and a fall called an overreaction
        ("市场对AI capex的担心已经price in了大半", "bullish"),
        ("利好已经price in了", "bearish"),
        ("我看軟體跌到這個份上，已經把最壞的情況都打進去了", "bullish"),
        ("軟體股這一波下跌屬市場對AI衝擊的過度反應", "bullish"),  # the effect's verb is the excess's, not its own
        ("the software sell-off is overdone for platforms that own data", "bullish"),
        ("关税对出口的冲击大于预期", "bearish"),
        # room left for a fall of any name is bad, and so limited it is good
        ("日本央行加息周期下，日元进一步贬值的空间有限", "bullish"),
        ("金價下探空間有限", "bullish"),
        ("新台幣仍有貶值空間", "bearish"),
        ("金价仍有下探空间", "bearish"),
        # A currency softening or firming, a company's or a supply's hard times
        ("美元指数明年将进一步走软", "bearish"),
        ("日圓短線可望轉硬", "bullish"),
        ("港元汇价保持坚挺", "bullish"),
        ("台電的財務確實非常辛苦", "bearish"),
        ("今年夏天北部電力供應恐怕會很吃緊", "bearish"),
        # A view set apart from others' grants theirs, as a concession does; resilience is good
        ("与多数机构看好铜价不同，我们对明年铜价持谨慎态度", "bearish"),
        ("与市场普遍看好、纷纷上调目标价不同，我们偏谨慎", "bearish"),
        ("和市場普遍悲觀的看法相反，我們認為明年台股會上漲", "bullish"),
        ("美国经济增长动能减弱，但劳动力市场仍具韧性", "bullish"),
        ("制造业复苏的力度不足以支撑如此高的铜价", "bearish"),
        ("AI相关的需求仍然远远超过我们的供给能力", "bullish"),  # demand beyond what one can supply
        ("現金流穩定，是最適合當防守部位的標的", "bullish"),  # a holding fit to defend a portfolio
        ("面板业的竞争明年将进一步升温", "bearish"),  # competition is bad when it grows
        ("虽然短期业绩承压，但公司的长期竞争力并未受损", "bullish"),  # harm denied
        # beating or trailing the market; no better than now (好不到哪)
        ("0050明年大概率還是會贏", "bullish"),
        ("高股息今年普遍輸大盤，明年也不會好到哪去", "bearish"),
        # A rise or a fall said to run too fast; good news said to be priced in
        ("美元近期涨势过快", "bearish"),
        ("銀行股近期跌勢過急", "bullish"),
        ("这对港股是个好消息", "bullish"),
        ("市场对降息的好消息已经有些麻木", "bearish"),  # numb to good news: it no longer lifts
        ("投資人對關稅的利空已經免疫", "bullish"),
        # Two denials each side of 但也 that point opposite ways: no direction
        ("短期不会大涨，但也不会大跌", "neutral"),
        ("金價短線不會大跌，但也不會大漲", "neutral"),
        # Divergence and balance have no direction.
        ("下半年板块之间会继续分化", "neutral"),
        ("原油市场明年大致维持供需平衡", "neutral"),
        # Words of this round's genres: an effect verb, a halt of an action, value for money, a re-rating.
        ("铜价高位运行正在吞噬设备商的毛利", "bearish"),
        ("韓圜若再度急貶，外資可能會暫緩加碼", "bearish"),
        ("联储或将暂停降息", "bearish"),
        ("电网设备板块的性价比不如半年前", "bearish"),
        ("這檔股票的性價比不高", "bearish"),
        ("韓國銀行股明年仍有重估空間", "bullish"),
        ("對高負債的住宅發展商保持審慎", "bearish"),
        ("我们对明年的毛利率维持在30%以上有信心", "bullish"),
        # A view not held turns what it would hold, near its 不 or far from it.
        ("我不认为这是一轮新的美元牛市", "bearish"),
        ("我並不認為美股會立即見頂", "bullish"),
        ("我不觉得美元会走弱", "bullish"),
        ("我認為這輪回調還沒結束", "bearish"),  # a view held keeps its way
        # The level of a bad thing: low is good, high bad; its noun does not turn it again.
        ("應收帳款發生大額壞帳的風險較低", "bullish"),
        ("地方政府债务压力较大，新增项目的资金来源仍是难点", "bearish"),
        # A cause after what it explains counts for nothing when that has a direction, with what adds to it.
        ("毛利率下降主要是由於原料價格上漲，而公司採取了較為積極的定價策略", "bearish"),
        ("科技股的回调主要是因为美债殖利率上行，不是基本面出了问题", "bullish"),
        ("由于成本上涨，毛利率下降", "bearish"),  # a cause first is read as before
        # A cause denied: the negation is of what follows 就, the cause's words count for nothing.
        ("金價不會因為一兩次降息預期落空就大跌", "bullish"),
        ("不会因为降息就上涨", "bearish"),
        ("收入增速再快，也追不上折舊的速度", "bearish"),
        # Negations in a row cancel; an excess stays bad whatever negates it.
        ("表外融資沒有降低風險", "bearish"),
        ("这项政策并没有减少不确定性", "bearish"),
        ("投資者不宜過度樂觀", "bearish"),
        ("缺乏恐慌并不等于韧性", "bearish"),  # two negations apart: the nearer one decides
        # A bad thing after a short modifier is what a change acts on; a gap's widening is bad.
        ("新規降低了報表槓桿", "bullish"),
        ("两国在先进制程上的差距仍在扩大", "bearish"),
        # The level of a bad thing reached through its likelihood.
        ("我们预计出现实质性违约的概率较低", "bullish"),
        ("明年陷入衰退的機率不高", "bullish"),
        # A target is a level seen reaching, and 上看 without one is "seen from".
        ("金價年底前將下探1,800美元", "bearish"),
        ("從本質上看，這是一場定價之爭", "neutral"),
        # prices cut loose from fundamentals
        ("部分小型股靠故事支撐，股價已遠遠脫離基本面", "bearish"),
        ("估值修復大致完成", "bearish"),  # the repair done: what was cheap is not
        ("美债我反而比较犹豫", "bearish"),  # hesitating over a thing
        # dear now, and a cautious reading advised
        ("部分热门公司确实贵了", "bearish"),
        ("保守看待比較好", "bearish"),
        # a good move said to be small
        ("樓市已經見底，但反彈力度不會太強", "bearish"),
        ("港股明年涨幅有限", "bearish"),
        # an index challenging a level is seen rising to it
        ("台股加權指數挑戰32,000點", "bullish"),
        ("KOSPI明年有望挑战4500点", "bullish"),
        ("恐慌之下，優質公司被錯殺了", "bullish"),
        # 而是 after a denial turns as a contrast does; the denied part decides when the rest has no direction.
        ("並非看淡比特幣的前景，而是現階段波幅太大", "bearish"),
        ("这不是泡沫，而是一场真正的生产力革命", "bullish"),
        ("这点流出根本不算什么", "bullish"),  # a thing said to be nothing much is belittled
        ("金價的上升軌跡難以逆轉", "bullish"),  # a reversal that cannot come: the trend goes on
        # Too much of a bet, a reliance or a crowd is bad; too much gloom is good.
        ("市場此前對寬鬆的押注過於激進", "bearish"),
        ("日股的升勢過度依賴日圓疲弱", "bearish"),
        ("市场对降息的担忧过度悲观", "bullish"),
        # A good flow slowing, a wait lengthening, an opportunity hard to have, a sign not yet seen.
        ("高股息ETF的資金流入速度趨緩", "bearish"),
        ("投入和回报之间的时间差正在拉长", "bearish"),
        ("地产链仍处于出清阶段，明年难有趋势性机会", "bearish"),
        ("反弹的迹象尚不明显", "bearish"),
        # The level of a stock or a valuation; room to grow; a doubling; a change over the quarter.
        ("储能电芯的库存仍处在偏高水平", "bearish"),
        ("港股的估值仍然偏低", "bullish"),
        ("企業軟體的滲透率還很低", "bullish"),
        ("配网智能化的空间可能比特高压更大", "bullish"),
        ("下跌空间很大", "bearish"),
        ("电源的价值量至少翻一倍", "bullish"),
        ("她預估第四季營收將季增5%至7%", "bullish"),
        ("强调比特币有自己的四年减半周期", "neutral"),  # 年减 only before its figure
        # Hong Kong's and Taiwan's words, and plain ones.
        ("目前的價格已反映大部分利淡因素", "bullish"),
        ("短期美元可能还会偏强", "bullish"),
        ("美股的估值已經太貴", "bearish"),
        ("銀行不動產放款集中度仍然偏高", "bearish"),  # 不动产 is real estate, no negation
        ("这一批公司的重估才刚开始", "bullish"),  # a re-rating is up; one faced is down
        ("租约续期和资产残值将面临重估", "bearish"),
        ("現在不做，以後就來不及了", "bearish"),
        ("AI agent是真的在抢饭碗", "bearish"),
        ("只要央行购金的逻辑不变，中长期趋势就很难被逆转", "neutral"),  # which trend, the sentence before says
        ("美元信用的裂痕也在扩大", "bearish"),  # a rift is bad when it grows
        ("市場信心的裂縫正在擴大", "bearish"),
        ("一旦美元反彈，熱錢撤出也可能同樣迅速", "bearish"),  # the outflow, last, outweighs the rebound
        ("储能会从可选变成必选", "bullish"),
        ("記憶體報價後市仍有很大的不確定性", "bearish"),  # a high level of a bad thing before it
        ("政策落地仍有较大的变数", "bearish"),
        ("很多項目的現金流根本覆蓋不了利息", "bearish"),  # what cannot be covered
        # slower or faster than expected, a delay of what is hoped for, a valuation's historic level, a level tested
        ("回报会比大多数人预期的慢", "bearish"),
        ("訂單回升得比預期還快", "bullish"),
        ("至少要等到2028年以后才能看到清晰的利润贡献", "bearish"),
        ("港股的估值仍處於歷史低位", "bullish"),
        ("半导体板块的估值已处于历史高位", "bearish"),
        ("短線恒指或會下試24,500點的支持位", "bearish"),
        ("AI应用的收入撑不起这么大的投资", "bearish"),
        # after a turnabout only what follows counts, as after a contrast
        ("市场担忧加息，反而推动了资金流入债市", "bullish"),
        ("資金撤離成長股，反倒讓高股息族群受惠", "bullish"),
        ("這輪停擺遲早會過去的", "bullish"),  # a bad thing that will pass
        # what is underestimated or overestimated decides with its object's kind
        ("在他看來，市場低估了審批時間", "bearish"),
        ("市场低估了这家公司的盈利能力", "bullish"),
        ("市场高估了违约风险", "bullish"),
        ("市场低估了数据中心折旧对利润表的压力", "bearish"),  # a bad object further on
        ("這檔股票被低估了", "bullish"),
        # a bad thing before a copula is what the rest is, not what moves it
        ("最大的风险是液冷渗透不及预期", "bearish"),
        ("最大的風險是訂單遞延", "bearish"),
        ("供应短缺的局面终将过去", "bullish"),
        ("明年铜价会走得更远", "bullish"),
        ("這套估值方法本身並沒有毛病", "bullish"),  # a fault denied
        ("这家公司的治理有不少毛病", "bearish"),
        # a good thing converging, a bad one converging
        ("硬件链的超额收益会收敛", "bearish"),
        ("市场波动正在收敛", "bullish"),
        # what is not yet priced in keeps its way; what is, turns
        ("定價並未充分反映尾部風險", "bearish"),
        ("目前的定价未有充分反映技术过时的风险", "bearish"),
        ("股价已经充分反映了利好", "bearish"),
        # the level of a bad thing, a few words after it
        ("違約風險被普遍視為較低", "bullish"),
        # room left: little room to fall is good, little room to grow or breathe bad, little both ways neither
        ("金價的下跌空間有限", "bullish"),
        ("樓市的喘息空間將非常有限", "bearish"),
        ("指数上下空间都比较有限", "neutral"),
        ("央行购金需求仍是金价的“压舱石”", "bullish"),  # a stabiliser
        ("杠杆资金高度集中在少数热门赛道", "bearish"),
        ("消費股暫時難有表現", "bearish"),
        # a weight in a portfolio moved
        ("他們已把加密資產的比重由3%降至1%", "bearish"),
        ("我们把黄金的仓位提高到两成", "bullish"),
        # quotation marks set a phrase off without parting it from its subject
        ("部分新股的估值已經「飛得太高」", "bearish"),
        ("半导体股的估值已经“涨得太高”了", "bearish"),
        # a change word acting on a bad thing behind a longer modifier
        ("表外融资的快速扩张可能放大信用周期的波动", "bearish"),
        ("降息有助于压低企业的融资成本", "bullish"),
        # what depends on something not yet known, and a mechanism's channels, go no way
        ("散戶認購熱情很大程度取決於首日表現", "neutral"),
        ("金价后市视美元走势而定", "neutral"),
        ("科技股回调主要通过财富效应和融资条件两条路径影响实体经济", "neutral"),
        ("升息會透過房貸利率這個渠道傳導到消費", "neutral"),
        # help or harm is the effect's way, whatever the cause's words; what it helps is often a change
        ("日圓走弱有利出口企業盈利", "bullish"),
        ("美元走强不利于新兴市场资产", "bearish"),
        ("能源成本下降有助緩和通脹壓力", "bullish"),
        ("宽松政策有利于通胀抬头", "bearish"),  # a bad thing right after it turns it
        # a level kept high or low takes the way of what it is; a negative effect; a level too far from its average
        ("央行购金在明年仍将维持高位", "bullish"),
        ("通胀仍将维持高位", "bearish"),
        ("失業率維持低位", "bullish"),
        ("一手貨尾仍然高企", "bearish"),
        ("關稅的負面影響正在擴大", "bearish"),
        ("金價短線的乖離已經很大", "bearish"),
        ("技術面有修正的需要", "bearish"),
        # a discount narrowing, a margin diluted, what a thing suffers (被稀释: no effect of its own), a mismatch
        ("韓股長期存在的估值折讓有望逐步收窄", "bullish"),
        ("美國廠未來幾年將稀釋毛利率約2至3個百分點", "bearish"),
        ("美元信用被稀释，但这个支撑没有消失", "bullish"),
        ("我认为真正的风险不在违约，而在期限错配", "bearish"),  # 不在…而在 sets one against the other
        # demand against supply
        ("客戶對先進封裝的需求遠大於供給", "bullish"),
        ("面板的供给明显大于需求", "bearish"),
        # a small effect however said; where the difficulty lies; what suffices; what a 随着 clause sets the scene for
        ("管制的直接冲击其实有限", "bullish"),
        ("真正的難點在先進製程", "bearish"),
        ("在手订单足以覆盖未来两年的收入", "bullish"),
        ("隨著裝機擴大和負荷快速增長，電網輸送能力不足的問題日益凸顯", "bearish"),
        # nothing left of a good thing; a return of one digit; numbers that shine; support that is small
        ("这类公司的护城河几乎为零", "bearish"),
        ("明年指數層面的回報可能只有個位數", "bearish"),
        ("電網設備出口數據持續亮眼", "bullish"),
        ("減息對樓市的支持作用有限", "bearish"),
        ("未來兩年一手貨尾仍然會維持高位", "bearish"),  # unsold flats are bad when they stay high
        ("AI应用的商业化比市场想象的要慢", "bearish"),
        # a hawkish cut; a bar raised; a rally in Hong Kong's word
        ("这是一次鹰派降息", "bearish"),
        ("進一步降息的門檻已經提高", "bearish"),
        ("資金押注年底前會有一輪升市", "bullish"),
        # a valuation at a low in Taiwan's words; value for money; overbought
        ("二線代工股的股價淨值比已跌至歷史低檔", "bullish"),
        ("估值具备性价比", "bullish"),
        ("但短線已經超買", "bearish"),
        ("日圓的下檔空間也已相當有限", "bullish"),  # little room to fall, in Taiwan's words
        # telling stories is hype; 有利 inside 有利润 is no help
        ("应用端现在就是在讲故事", "bearish"),
        ("它們講的是故事，沒有利潤", "bearish"),
        # too optimistic is bad news, too pessimistic good, unless told not to be (别太悲观); a fall called fake
        ("我覺得佢講得太樂觀", "bearish"),
        ("市场太悲观了", "bullish"),
        ("别太悲观，大客户的续约率还很高", "bullish"),
        ("AI需求看到2028年，現在修正都是假摔", "bullish"),
        # an estimate said to be clearly too rosy, or too gloomy
        ("券商對明年獲利成長的預估仍有兩成，明顯偏樂觀", "bearish"),
        ("市场对明年出口的预测只有负增长，显然偏悲观", "bullish"),
        # selling pressure said to be light or heavy
        ("量缩说明抛压已经很轻了", "bullish"),
        ("年底前賣壓依然沉重", "bearish"),
        # far water does not put out a near fire: help that comes too late
        ("新产能要到2028年才投产，远水解不了近渴", "bearish"),
        # growth not as steep as expected; an economy not as bad as feared
        ("光模块的增长可能没有市场预期那么快", "bearish"),
        ("經濟沒有大家想像的那麼差", "bullish"),
        ("美联储降息的空间没有市场想象的大", "bearish"),
        # little room for a further fall; a level so much above this year's; demand lasting to a date
        ("短线估值已回到均值附近，继续大跌的空间有限", "bullish"),
        ("明年铝价的中枢会比今年高一成左右", "bullish"),
        ("明年油價的均價會比今年低10%", "bearish"),
        ("我們認為資料中心的需求會持續到2028年", "bullish"),
        # a risk smaller or bigger than another (Cantonese 細 is small)
        ("我認為今次嘅風險比上次細", "bullish"),
        ("今年的波动比去年大得多", "bearish"),
        # a thing stronger or weaker than others; not 比特币, nor a share (比例)
        ("美國的經濟還是比歐洲和日本強", "bullish"),
        ("今年的出口会比去年更差", "bearish"),
        ("比特币的波动我承受不了，但黄金不错", "bullish"),
        # growth already spent ahead (已经把…透支了): the priced-in verb is no bad news of its own
        ("估值已經把未來兩年的增長透支了", "bearish"),
        # a thin margin of safety, little room for error; a doubt about how long a move lasts; room said not to be big
        ("长端利率的安全边际已经很薄了", "bearish"),
        ("估值隱含了每年四成的增長，容錯率很低", "bearish"),
        ("今日的升幅主要由本地資金推動，持續性存疑", "bearish"),
        ("股價上升空間未必很大", "bearish"),
        ("这家公司的安全垫很厚", "bullish"),
        # a bad thing a few words before its change (a yield falling next year, a decline narrowing by year end)
        ("他預計10年期美債收益率將在明年年中回落至3.75%", "bullish"),
        ("PPI降幅有望在年底前进一步收窄", "bullish"),
        # a shift of the frame the market prices by goes no way, whatever the frames' words
        ("本质上是从增长逻辑切换到回报逻辑", "neutral"),
        ("白銀的定價錨已經從工業需求轉向了避險需求", "neutral"),
        ("AI叙事正在从谁受益转向谁买单", "neutral"),
        # spending out of control, capacity idle, returns slow to come: bad news
        ("雲端廠商的資本支出已經失控", "bearish"),
        ("新建的机房一半还空着", "bearish"),
        ("AI应用的回报迟迟没有兑现", "bearish"),
        # a range with a ceiling above and a floor below goes no way
        ("短線比較可能是區間整理，上有壓力、下有支撐", "neutral"),
        # a verb that cannot reach its object (拿不到) negates only itself; demand said to be strong is good news
        ("有些客戶的機房因為拿不到電延後了一到兩季", "bearish"),
        ("需求端我找不到什么毛病", "bullish"),
        ("AI伺服器的需求還是非常強", "bullish"),
        ("光模块的需求依然很强", "bullish"),
        # a payback said to take years is a delay of what is hoped for; one reached is good news
        ("半导体是强周期行业，回本可能需要两到三年", "bearish"),
        ("這批資料中心回本至少要五年", "bearish"),
        ("新产线今年已经回本", "bullish"),
        # an event the lexicon names said unlikely to happen turns; an event it does not name stays
        ("经济硬着陆不太可能发生", "bullish"),
        ("聯準會年內升息的情況不太可能出現", "bullish"),
        ("去年那种估值大幅扩张的行情不会重演", "bearish"),
        ("这种情况不太可能发生", "neutral"),
        # ... and a payback period said long, stretched or reached late, and a wait that grows, are bad news
        ("這批伺服器至少要六年才能回本", "bearish"),
        ("算力中心的回本期起码七八年", "bearish"),
        ("推理业务的回本周期普遍在五年以上", "bearish"),
        ("回本周期越拉越长", "bearish"),
        ("大客户的回款周期还在拉长", "bearish"),
        ("手機換機週期拉長", "bearish"),
        # 只是 correcting a denial belittles what it says: the denial decides, and reassures by itself
        ("但訂單沒有取消，只是遞延", "bullish"),
        ("这不是泡沫，只是估值偏高", "bullish"),
        ("订单很多，只是产能不够", "bearish"),
        # a long-run case a move does not change stands: good news, unless its own words say otherwise
        ("短期估值波动不改变长期趋势", "bullish"),
        ("短線震盪不影響長期邏輯", "bullish"),
        ("反弹不改变下行趋势", "bearish"),
        # 已经 read as emphasis before a level; trouble ruled out; demand with a floor, or none
        ("但追高的性价比已经不高", "bearish"),
        ("十年期国债收益率的下行空间已经不大", "bearish"),
        ("短期不會出大事", "bullish"),
        ("只要这条线不断，芯片的需求就有底", "bullish"),
        ("说实话，这个位置我心里没底", "bearish"),
        # a thing that struggles is bad news for it
        ("风冷在单柜功率超过40千瓦以后就很吃力了", "bearish"),
        # a rest denied (不意味着…高枕无忧), a price said not only to rise, a fall that will not go deep, a long
        # certification cycle, too many players, a quality that needs time to prove
        ("这并不意味着投资者可以高枕无忧", "bearish"),
        ("特高压设备的价格并非只涨不跌", "bearish"),
        ("跌都唔會跌好深", "bullish"),
        ("但认证周期很长，一般要一年半到两年", "bearish"),
        ("现在进来的玩家太多了", "bearish"),
        ("质量稳定性还需要时间证明", "bearish"),
        # inventory days rising are bad news
        ("多家伺服器組裝廠的存貨天數已連續三季上升，這通常是景氣降溫的前兆", "bearish"),
        # room for error narrowing is bad news; a level said to be high in Cantonese (好高) too
        ("台積電以外的AI供應鏈，本益比普遍超過30倍，容錯空間變小", "bearish"),
        ("估值已經去到一個好高的位置", "bearish"),
        # the speaker disagreeing with the view told before turns it, unless they go on in words of their own
        ("市場上說AI是泡沫，我不同意", "bullish"),
        ("很多人担心铜价见顶，我并不认同", "bullish"),
        ("有人说美元会走强，但我不认同，美元明年会继续走弱", "bearish"),
        # a price said not to count as dear is good news, one not to count as cheap bad
        ("以它的成長性來看並不算貴", "bullish"),
        ("现在的估值算不上便宜", "bearish"),
        # a chart's level has no way of its own, what moves towards it has; two prices moving together neither
        ("下一個支持位在25,000點，即五十天線所在", "neutral"),
        ("短期可能下探85,000美元支撑位", "bearish"),
        ("比特币与科技股的相关性明显上升", "neutral"),
        # the biggest uncertainty, a limit nearly reached and a long payback are bad news
        ("美國關稅政策仍是台灣經濟最大的不確定因素", "bearish"),
        ("部分地区电网承载能力已经接近上限", "bearish"),
        ("这一轮资本支出的回收期大概要七到八年", "bearish"),
        # Cantonese 唔算贵 is not dear; solid (实打实) is good, a weak base and a risk not yet cleared bad
        ("較A股同業仍有約三成折讓，估值唔算貴", "bullish"),
        ("南美礦山嘅問題係實打實嘅，中長線供應依然偏緊", "bullish"),
        ("消费复苏基础薄弱", "bearish"),
        ("台股這邊除了台積電其實沒什麼好買的", "bearish"),  # nothing worth buying
        ("部分城投债券的信用风险尚未出清", "bearish"),
        # returns out of proportion to the outlay, a level that cannot be kept and room that shrinks are bad
        # news, though pressure that shrinks is good; capacity booked ahead and a re-rating are good
        ("目前大模型厂商的订阅收入和算力投入完全不成比例", "bearish"),
        ("面板廠的高毛利恐怕難以維持到明年", "bearish"),
        ("上涨的空间已经变小", "bearish"),
        ("銀行股的下行壓力正在變小", "bullish"),
        ("該廠2027年的封裝產能已被預訂一空", "bullish"),
        ("韩国银行股的重新评价才走到一半", "bullish"),
        # an effect said to be contained reassures, whatever the effect (影响 alone has no way); a trap is bad
        ("關稅對公司毛利率的衝擊總體可控", "bullish"),
        ("原材料涨价对利润的影响基本可控", "bullish"),
        ("这类高息理财产品基本都是坑", "bearish"),
        # big holders quietly buying is good, a breakout that fails bad, and not chasing a warning; a lead
        # nothing can shake is good; what shrinks is bad, unless it is bad itself (a discount, a spread's
        # pressure); a risk close to nothing is none
        ("主力连续几天在低位砸盘，明显是在吸筹", "bullish"),
        ("缩量冲上去，大概率又是一次假突破", "bearish"),
        ("先别追，等回踩确认再说", "bearish"),
        ("沒站穩之前先別追", "bearish"),  # 没…之前 says when: its 没 negates nothing after it
        ("台積電在先進製程的領先地位短期內難以撼動", "bullish"),
        ("公司的市场份额在持续缩小", "bearish"),
        ("韓國股市的折價正在縮小", "bullish"),
        ("这类租约的违约风险近乎零", "bullish"),
        # 未免 ("rather too") negates nothing, and an excess keeps its way after a bad thing it is about
        ("但市场对关税休战的解读未免过于乐观", "bearish"),
        ("投資人對這波回檔的反應未免過於悲觀", "bullish"),
        ("市场对数据中心回本期的假设过于乐观", "bearish"),
        ("市場對違約風險的看法過於樂觀", "bearish"),
        ("照這個速度，這批投資根本回不了本", "bearish"),
        # a fall below a level, a retest, a rise or a fall a little too fast, a thing said to be taken over
        ("金價有機會跌破四千美元", "bearish"),
        ("台股有机会回测两万八千五", "bearish"),
        ("短期确实涨得有点急", "bearish"),
        ("跌得有點多了", "bullish"),
        ("這類公司最容易被AI智能體替代", "bearish"),
        ("核心系统不会被AI取代", "bullish"),
    ],
)
def test_stance_of(text, expected):
    assert stance.stance_of(to_simplified(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("建议逢低布局电网设备", "bullish"),
        ("已經有貨嘅客，唔使急住沽，可以繼續揸住", "bullish"),  # Cantonese 揸住 holds on as 拿住 does
        ("短线宜避开涨幅过大的航运股", "bearish"),  # the action decides, not the words of its object
        ("不建议追高算力概念股", "bearish"),  # a negated buy
        ("投資人宜保持觀望", "neutral"),
        ("维持华拓电气买入评级", "bullish"),
        ("配置上建議均衡,紅利與科技成長兩端配置", "neutral"),  # 配置上 names a topic; 均衡 holds
        ("龙头还能拿,二线厂商要小心", "bullish"),
        ("公司发布了季度报告", None),
        # A warning turns the action it follows, which decides only when no other action comes after it.
        ("短線追高需要警惕", "bearish"),
        ("抄底要小心", "bearish"),
        # ... however strongly urged, or said to catch a falling knife or to come too early (its word no buy itself)
        ("追漲記憶體股要非常小心", "bearish"),
        ("这个位置抄底就是接飞刀", "bearish"),
        ("现在加仓券商还太早", "bearish"),
        ("追高需要谨慎,更适合在回调时分批布局", "bullish"),
        # The action turned down before 不如 is not the advice, and 不如 does not negate the one preferred.
        ("与其追逐题材,不如配置高股息", "bullish"),
        ("與其死守高估值成長股,不如逢高減碼", "bearish"),
        ("建议分批定投黄金ETF", "bullish"),  # regular buying
        ("我不建議現在重倉追進", "bearish"),  # a heavy position chased, advised against
        ("普通人如果拿不住，就别碰", "bearish"),  # a thing not to touch
        ("這種題材股最好不要碰", "bearish"),
        ("不要All in任何一个AI概念", "bearish"),  # everything on one bet, advised against
        # 上 after an action marks a topic only when it begins no word of the object
        ("不如分散持有上下游", "neutral"),
        ("還沒上車的朋友，可以逢低布局", "bullish"),  # whom advice is for is no action (没上车的朋友)
        ("想抄底的朋友，等回落到3000点再考虑", "bullish"),  # ... unless they want to do it
        # holding, and buying more later, is bullish; holding and refusing to add holds
        ("继续持有光模块龙头，回调就是加仓机会", "bullish"),
        ("继续持有，不加仓", "neutral"),
        # a weight moved decides before the actions after it
        ("我把韩国ETF的仓位从两成降到一成，剩下的等回调", "bearish"),
        ("把黄金的比重由5%提高至8%，等回调再加", "bullish"),
        # a manner refused is how, not which way; too much hope refused stays bearish
        ("成員不宜因短期表現而頻繁轉換基金", "neutral"),
        ("建議成員唔好只睇過去一年回報嚟揀基金", "neutral"),
        ("投資者不宜過度樂觀", "bearish"),
        ("建议买入上游铜矿股", "bullish"),
        ("增配公用事業等高股息板塊", "bullish"),  # a weight raised or cut
        ("獲利的部位先落袋一半，剩下的設好停利", "bearish"),  # profit taken
        ("减配估值偏高的半导体设备", "bearish"),
        # a hold preferred to another action chooses what it holds; small steps in; buying on borrowed money
        ("與其押注單一晶片股，不如持有整個供應鏈的ETF", "bullish"),
        ("与其猜顶，不如按兵不动", "neutral"),
        ("可以定期定額小量參與", "bullish"),
        ("千万不要借钱去买", "bearish"),
        ("不建议在价格快速拉升时追涨", "bearish"),  # a refusal reaches the action of its clause
        ("不宜在財報公布前大幅加碼", "bearish"),
        ("没仓位的先等等", "neutral"),
        ("我哋暫時唔建議客戶配置加密貨幣", "bearish"),  # Cantonese refusal
        ("投資者不宜盲目抽新股", "bearish"),
        # attention advised decides only when no other action does
        ("建议关注租户集中度，对条款宽松的项目保持警惕", "bearish"),
        ("投資人宜關注庫存變化，並對追高保持謹慎", "bearish"),
        ("建议关注海外订单占比高的变压器企业", "bullish"),
        # buying or selling all at once refused keeps the way: only the pace is advised against
        ("不要一次買滿，等回檔再分批布局", "bullish"),
        ("别一口气卖光手上的筹码", "bearish"),
        ("半导体不要一把梭", None),  # going all in refused: only the pace
        # an action said to be very risky is warned against
        ("金價已經升咗咁多，追入風險好大", "bearish"),
        ("现在追高风险很大", "bearish"),
        # a weight moved down or up is a sale or a purchase, whatever the advice adds later
        ("我的做法是把长债的比重降到三成以下，等殖利率见顶再慢慢加码", "bearish"),
        ("建議把黃金的比重提高到一成", "bullish"),
        # an action after 而不是 is refused however far from it
        ("投资者应该要求更高的风险溢价，而不是把它当成类国债资产来买", "bearish"),
        ("應該逢高調節，而非在這個位置追價買進", "bearish"),
        ("激进者可在65美元上方轻仓试空", "bearish"),  # a light trial short
        # adding at a level; holding one thing alone
        ("白銀回落到30美元附近可以加", "bullish"),
        ("美股只拿龍頭", "bullish"),
        ("我會建議等拉回再說", "bullish"),  # waiting for a pullback to buy
        # a policy directive that names a task goes no way
        ("要完善儲能的價格形成機制，讓市場信號引導投資", "neutral"),
        ("要坚持稳中求进，统筹发展和安全", "neutral"),
        ("要统筹算力资源布局，推动东部需求向西部转移", "neutral"),  # before the word of a trade it holds (布局)
        # a plea to the authorities asks for a policy, not a trade, whatever trade it names
        ("盼当局尽快出台补贴，帮助中小企业买入节能设备", "neutral"),
        ("建議主管機關允許業者增持綠電憑證", "neutral"),
        ("呼籲政府加快審批儲能項目，鼓勵社會資本投資電網", "neutral"),
        # a pair trade without a mark between its legs; a switch into a group buys it
        ("我的建議是多銅空油", "bullish"),
        ("建议多金融、空航运", "bullish"),
        ("建議把組裝股換成散熱族群", "bullish"),
        ("多空分歧加大，建议观望", "neutral"),
        ("積極者可於回檔時輕倉試多", "bullish"),
        # not chasing, to buy later: the price is refused, not the way; chasing refused alone is a sell
        ("我自己的策略是不追高，等回調到3900附近再分批買入", "bullish"),
        ("不要追涨，逢低再布局", "bullish"),
        ("散戶不宜盲目以孖展認購，以免損失擴大", "bearish"),
        ("美元反彈就加空", "bearish"),
        # cutting a loss, selling out, keeping a position as it is
        ("跌破年线就割肉", "bearish"),
        ("建议把手上的航运股卖掉", "bearish"),
        ("黄金捂住不动", "bullish"),
        ("我会把止损设紧一点", None),
        # what a concession grants is no advice
        ("與多數券商建議買進不同，我們建議先觀望", "neutral"),
        # holding on to a position (拿好)
        ("现货拿好，合约轻仓", "bullish"),
        # neither buying nor selling: holding
        ("我不會在這裡加碼，但也不打算出清", "neutral"),
        ("我们不会加仓，但也不会卖出", "neutral"),
        # a doing of no known way refused, at the start or in the last clause
        ("不要去做通用大模型，那是巨头的游戏", "bearish"),
        ("自駕晶片這種燒錢的賽道，小公司還是不要去做", "bearish"),
    ],
)
def test_advice_points_the_way_of_its_action(text, expected):
    assert advice_way.advice_stance(to_simplified(text)) == expected


@pytest.mark.parametrize(
    "text, word",
    [
        ("投资者或许可以考虑港股", "许可"),  # 或许|可以
        ("一旦央行改变通胀目标", "变通"),  # 改变|通胀
    ],
)
def test_the_dictionary_counts_only_whole_words(text, word):
    """A dictionary word inside two others is no word of the text, so it decides nothing."""
    assert word in sentiment_dictionary()
    assert stance.stance_of(to_simplified(text)) == "neutral"


def test_the_sentiment_dictionary_is_read_as_data():
    words = sentiment_dictionary()
    # cntext is installed by make (requirements-data.txt); its dictionary has thousands of words a side
    assert sum(1 for v in words.values() if v == "bullish") > 1000
    assert sum(1 for v in words.values() if v == "bearish") > 1000
