"""Transcripts and interviews: turn labels, the cast a head names, the designated speaker, and the
speakers of an invented dialogue's claims (both scripts)."""

from __future__ import annotations

import pytest

from pipeline.extraction import dialogue
from pipeline.extraction.claims import article_claims
from pipeline.extraction.item_headings import role_entry
from pipeline.extraction.post_lines import read_post_lines
from pipeline.extraction.script import to_simplified, to_traditional
from pipeline.extraction.transcript_heads import titled_names
from pipeline.extraction.turn_labels import turn_of


def spoken(text: str) -> list[tuple[str, str]]:
    """(claim, speaker) of each claim of an invented text."""
    return [(c.text, c.speaker) for c in article_claims(text, to_simplified(text))]


@pytest.mark.parametrize(
    "line, role, name",
    [
        ("许嘉文：我觉得不是。", None, "许嘉文"),
        ("鄭家豪：我認為明年會降息。", None, "郑家豪"),
        # a family name that also begins common words: a name where the next character makes no word with it
        ("簡韻如：組裝廠我是偏謹慎的。", None, "简韵如"),
        ("简单来说：就是供不应求。", None, None),
        # two nouns of two characters, a business's line, though its first has a family name's shape
        ("儲能溫控：受招標價格下行影響，我們預計該業務收入下滑約8%。", None, None),
        # a video's line after its time that leads in to a question is no chat sender's ("X：" of a phrase)
        ("[00:19] 今天要聊的是留言區問爆的題目：AI股到底還能不能追？", None, None),
        ("[09:12] 幣圈老韭菜：減半之後還會漲嗎？", "question", "币圈老韭菜"),
        # a chat's message quoted after its sender and its time, in bold marks or not
        ("老周 23:14：你看這個結構，利率高了一百多個基點。", None, "老周"),
        ("**老周 23:14**：你看这个结构，利率高了一百多个基点。", None, "老周"),
        ("会议纪要 23:14：本次会议讨论了三项议题。", None, None),
        # a memo's comment label: a post, a Chinese name and an English given and family name, either way round
        ("企業銀行部主管 麥家軒 Jason Mak：我們不同意一刀切削減限額。", None, "麦家轩"),
        ("Catherine Ho 何颖琛：我们认为市场低估了加息的机会。", None, "何颖琛"),
        ("风险提示 Risk Note：本报告不构成投资建议。", None, None),
        # a committee member's vote after their handle, in a bulleted record
        ("- @赵岚 赞成：回本周期已经拉长到七年以上。", None, "赵岚"),
        # a code forum's post header: a handle, the role the site gives it, the time, an accepted answer's mark
        ("@qiao-lan Maintainer · 2027-09-03 10:12", None, "qiao-lan"),
        ("@devon-wu Contributor · 2027-09-06 18:02 · ✅ Marked as answer", None, "devon-wu"),
        ("Owner 認為明年會漲。", None, None),
        # a numbered label of a person and their post in brackets: the person, the number no part of the name
        ("1．寧書硯（嵐州大學能源經濟研究院教授）：", None, "宁书砚"),
        ("2．邝立（衡岳能源咨询合伙人）：", None, "邝立"),
        ("@錢牧之 反對（附條件）：這時候減倉等於把增長讓給別人。", None, "钱牧之"),
        ("- @李卓峰：同时对冲一半美元敞口。", None, "李卓峰"),
        ("问：利率会怎样？", "question", None),
        ("主持人：那对美元意味着什么？", "question", None),
        ("答：我认为不会。", "answer", None),
        ("嘉宾 许嘉文：是的。", "answer", "许嘉文"),
        ("Tim Moe：KOSPI will go higher.", None, "Tim Moe"),
        ("Q: what next?", "question", None),
        ("//@价值小散:同意，追高的人最后都是接盘。", None, "价值小散"),  # a repost chain's handle
        ("@阿傑投資筆記：我倒覺得還沒到頂。", None, "阿杰投资笔记"),
        # a forum's replies: a push, a boo, a follow-up, each with the replier's id
        ("推 tsmc_fan88: 散熱族群還有得漲 12/02 10:11", None, "tsmc_fan88"),
        ("噓 bluebear: 早就反映在股價了 12/02 10:15", None, "bluebear"),
        ("→ oldhand: 看法保留 12/02 10:20", None, "oldhand"),
        ("推薦個股：台達電。", None, None),  # 推 opening a word, not a reply mark
        # a chat export's sender and time on a line of their own
        ("老K 09:12", None, "老K"),
        ("#2 老散戶阿強　2026-11-29 22:55", None, "老散户阿强"),  # a forum post's number before its author
        ("3楼 阿杰 09:12", None, "阿杰"),
        ("B1 存股阿宏：", None, "存股阿宏"),  # a reply's floor and its author, the words below
        ("B12 shortbear：換股成本太高。", None, "shortbear"),
        ("5F 老王: 我看空", None, "老王"),
        ("阿傑 2026/12/02 21:05:33", None, "阿杰"),
        # a role after who holds it: an investor's question, a company secretary's answer
        ("投资者提问：贵公司明年的产能规划如何？", "question", None),
        ("券商研究员提问：毛利率为何下滑？", "question", "券商研究员"),
        ("華北電氣董秘回答：您好。", "answer", "华北电气董秘"),
        ("09:30 開盤", None, None),  # a time first is a schedule, not a sender
        # a label with who speaks in brackets; a role's person at the end of its note
        ("周牧之（远澜资本合伙人）：我觉得明年是分化。", None, "周牧之"),
        ("主持人（財經記者 沈若嵐）：兩位怎麼看？", "question", "沈若岚"),
        ("風險提示（重要）：日圓大幅升值。", None, None),  # a heading with a note: no one
        ("风险提示：日元大幅升值。", None, None),  # a heading, not a person
        ("免責聲明：本報告不構成投資建議。", None, None),
        # a pick's price fields, not people of those family names
        ("止蝕價：74元", None, None),
        ("止盈价：31元", None, None),
        ("买入区间：24元至24.5元", None, None),
        ("投资要点：1. 维持增持。", None, None),
        ("市场的看法是：降息会推迟。", None, None),  # a clause before a colon
        ("我觉得利率还会下行。", None, None),  # no label
        # a side of a debate with its speaker in brackets; a numbered question; a filing's own answer
        ("多方（许嘉言）：推理需求才刚刚起步。", None, "许嘉言"),
        ("反方（鄭家豪）：我不同意。", None, "郑家豪"),
        # ... but a market's rating in brackets names no one (超配, 增持: rare verbs with a family name's shape)
        ("**韩国（超配）**：存储芯片周期上行。", None, None),
        ("巴西（增持）：央行降息空间打开。", None, None),
        ("问题2：请说明毛利率下降的原因。", "question", None),
        ("問題1：請說明應收帳款增加的原因。", "question", None),
        ("公司回复：", "answer", None),
        ("本公司答覆：", "answer", None),
        # a digest's line of one firm's view; a bracketed programme title names no one
        ("【中金公司】我们预计A股盈利增速将回升。", None, "中金公司"),
        ("【國泰證券】黃金的配置價值仍在。", None, "国泰证券"),
        ("【財經早晨】港股好淡爭持", None, None),
        # a programme's time before the label, and a guest's note in brackets after the name
        ("[00:01:20] 嘉宾 周启航（华瑞研究院首席研究员）：我的看法是，景气周期还有三年。", "answer", "周启航"),
        ("[00:02:48] 主持人 林曉：那算力呢？", "question", "林晓"),
        # a broadcast's soundbite: its tag, the speaker's description, the name last
        ("【同期声】某省电力公司调度中心 主任 刘国栋：今年用电高峰来得早。", None, "刘国栋"),
        ("【同期聲】市民 王女士：家裡用電正常。", None, "王女士"),
        # the desk a speaker talks for, before the name
        ("[00:00:12] 铜组 赵启航：我们认为铜价短期震荡偏强。", None, "赵启航"),
        ("策略組 孫婉婷：鋁的基本面偏弱。", None, "孙婉婷"),
        # a column's reader asks and its writer answers ("專欄作家 X 答：")
        ("讀者問：退休金該不該買黃金？", "question", None),
        # a reply's branch mark is no part of who answers; the writer's reply names no one
        ("└ 老周回复：不同意，估值已经不便宜。", "answer", "老周"),
        ("　　└ 作者回復：確實，這個沒毛病。", "answer", None),
        # the translator's own note is the article's voice; an asset class heads a line of the allocation, no one's
        ("【譯者注】美國電網缺的不只是燃氣輪機。", None, "author"),
        ("笔者注：原文对周期的判断偏乐观。", None, "author"),
        ("自注：数据中心的回本期我看至少八到十年。", None, "author"),  # a poet's note under a poem
        ("自註：資料中心的回本期我看至少八到十年。", None, "author"),
        # a list's number before words of no name's shape heads a point, not a turn; before a name it is the name's
        ("2. 炒糖色：火候就是利率", None, None),
        ("3. 小火慢燉：黃金就是這鍋慢火", None, None),
        ("1. 陈立新：短期看多，回调就是买点。", None, "陈立新"),
        ("固收类：国内利率债的票息保护越来越薄。", None, None),
        ("專欄作家 吳佩珊 答：", "answer", "吴佩珊"),
        # a soundbite's label: a trade before the name
        ("地產代理梁志強：「最近睇樓嘅人多咗好多。」", None, "梁志强"),
        ("理财顾问陈雅婷：现在不急着入市。", None, "陈雅婷"),
        # a guest kept anonymous by a letter or number: an anonymous source, not a person called "A"
        ("嘉宾A：明年开支还会增长。", "answer", "unnamed"),
        ("B：美债我反而比较犹豫。", "answer", "unnamed"),  # a letter alone, but Q and A, is a guest kept anonymous
        ("專家乙（某電力設計院）：缺口很難彌合。", "answer", "unnamed"),
        ("受访者2：我不看好。", "answer", "unnamed"),
        ("嘉賓B：估值已經透支。", "answer", "unnamed"),
        # a role and no name before words spoken: an anonymous guest; before a byline, no turn
        ("专家：订单很满，交期拉长到四个月。", "answer", "unnamed"),
        # a wealth manager's role, though it open with a family name (理)
        ("理專：日圓的貶值已經接近尾聲，明年有升值空間。", "answer", "unnamed"),
        ("業內人士：價格戰才剛開始，毛利會被壓縮。", "answer", "unnamed"),
        ("分析員：陳浩然 CFA｜德信證券研究部｜2025年11月14日", None, None),
        ("分析师：王立群、赵启明", None, None),
        # a post's writer answering below it
        ("作者回复：长期我也不看空，只是现在不适合我。", "answer", None),
        # a Reddit user, after a description or before the reply word
        ("u/DeepValueGuy 回覆：別忘了電力才是真正的瓶頸。", "answer", "u/DeepValueGuy"),
        ("發文者 u/QuietCompounder：我開始緊張了。", None, "u/QuietCompounder"),
        # a weekday heading a calendar's line is no one (周 is a family name too)
        ("- 周五：中央经济工作会议有望召开。", None, None),
        ("週二：中國11月CPI數據公布。", None, None),
        # a list's bullet before a label with the speaker's post in brackets; a Threads post's header
        ("● 沈安澜（澜川资本董事长）：明年A股的主线是盈利修复。", None, "沈安澜"),
        ("● 風險提示：需求不及預期。", None, None),
        ("投資阿哲 @invest_azhe · 3小時", None, "投资阿哲"),
        # a live stream's host by a nickname, a viewer asking by their handle
        ("主播（财经老K）：欢迎新进直播间的朋友。", "question", "财经老K"),
        ("连麦观众「小鱼爱理财」：K哥好，要不要割肉？", "question", "小鱼爱理财"),
        # a head over one fund manager's words
        ("【远川成长混合｜韩默】", None, "韩默"),
        ("【鼎翊投顧｜週報速遞】📮 2026/10/18", None, None),  # a column's name after the bar, no one's
        # an asset or index heading a line of advice names no speaker
        ("白银：波动较大，建议轻仓参与。", None, None),
        ("比特幣：觀望為主。", None, None),
        ("恒指：短线仍看震荡。", None, None),
        # a programme's role in brackets, alone or before its holder
        ("【主持人】各位觀眾晚上好，歡迎收看。", "question", None),
        ("【嘉宾 陈立新】成交缩量其实是一个好现象。", "answer", "陈立新"),
        ("【嘉宾观点】成交缩量其实是一个好现象。", None, None),
        # a one-character role after a person's full name: the person ("周明远答：" in a column of readers' letters)
        ("许文澜答：先说结论。", "answer", "许文澜"),
        ("歐陽思遠問：利率會怎樣？", "question", "欧阳思远"),
        ("许答：先说结论。", None, "许答"),
        # ... or after a firm's officer, as an investor-relations platform labels its answers; the investor asks
        ("澜海电气董秘答：您好，公司在手订单充足。", "answer", "澜海电气董秘"),
        ("投资者问：请问公司海外订单占比多少？", "question", None),
        ("公司董秘答：您好，感谢关注。", None, None),
        ("總裁答：謝謝你的提問。", "answer", "总裁"),  # a title alone: the head may name who holds it
        # a record's label: the family name, the title, the given name ("郭部長文彬" is 郭文彬)
        ("郭部長文彬：報告委員，明年不會限電。", None, "郭文彬"),
        ("林委员佩君：我建议检讨电价公式。", None, "林佩君"),
        # an industry heading a broker's line
        ("光伏：组件价格仍在下跌，短期建议回避。", None, None),
        ("有色：铜价高位震荡。", None, None),
        # a chat export's line, WhatsApp's: its date and time, the sender (a Latin name whole) and a note in brackets
        ("[4/12/2026 08:12] Kelvin Tsang (恒川證券 Sales): 今日 Asia flow 小結", None, "Kelvin Tsang"),
        ("[12/4/26, 9:05 PM] Mandy (Family Office): 收到", None, "Mandy"),
        ("[2026-12-04 08:12] 陈志明（某基金）：韩股还能追吗？", None, "陈志明"),
        # LINE's saved chat, fields apart by tabs: the sender's field whole, a name without brand and address
        ("08:41\t【鼎昇】林鴻昇老師\t這是外資年底前的作帳調節。", None, "林鸿升"),
        ("09:10\tWendy王\t老師我覺得散熱漲太多了", None, "Wendy王"),
        ("09:02\tKevin Lee\t开低了", None, "Kevin Lee"),
        ("21:15\t股海小白\t明天反弹就卖", None, "股海小白"),
        # a group's nickname with its note, shown whole; a handle with its display name in brackets, the handle
        ("阿灿（做PE的） 09:31", None, "阿灿（做PE的）"),
        ("阿燦（做PE的） 09:31", None, "阿灿（做PE的）"),
        ("B2　oldk_watch（老K看盤）　2028/03/14 23:20", None, "oldk_watch"),
        # a thread's reply header alone on its line: its floor, a display name and the handle that names the replier
        ("B1　夜貓交易員　@night_owl", None, "night_owl"),
        ("#3 存股阿伟 @cunguawei", None, "cunguawei"),
        # a forum reply's header: its handle, place, time and likes; the thread's poster by their badge
        ("股友8k3x7q　　IP属地：浙江　　09-03 21:15　　👍 56", None, "股友8k3x7q"),
        ("電網打工人　IP屬地：河南　09-03 21:22　👍 203", None, "电网打工人"),
        ("山城打工人　赞 214", None, "山城打工人"),  # likes counted by the word
        ("Quant小白　讚 9", None, "Quant小白"),
        ("特高压老韭菜【楼主】　　IP属地：江苏　　09-03 21:48　　👍 95", None, "author"),
        # ... or its time and the region the platform shows after it, the poster by the badge after their name
        ("半糖去冰　2027-09-02 22:31　上海", None, "半糖去冰"),
        ("存股小資女　2027-09-02 22:31　台灣", None, "存股小资女"),
        ("社畜小林不想加班　楼主　2027-09-02 22:40　广东", None, "author"),
        # ... or its time, then its floor's number and the poster's badge; a heading's number after a name is no header
        ("金條老爹　　2027-11-04 22:05　　#2", None, "金条老爹"),
        ("退休倒數阿明　　2027-11-05 09:30　　#5　　樓主", None, "author"),
        ("老K 09:12 #3 原PO", None, "author"),
        # a chat export's sender after their firm's short name, the time before it
        ("[09:12:03] 鼎衡-周晓岚：各位家人早上好，今天也要元气满满。", None, "周晓岚"),
        ("[09:25:02] 鼎衡-周曉嵐：張總，持倉要等季報披露哦。", None, "周晓岚"),
        # ... or two numbers before the name, as Mobile01 shows a floor ("#2 B1")
        ("#2 B1  老K存股十年  2025-04-08 22:58", None, "老K存股十年"),
        ("#4 B3  阿哲不想上班（樓主）  2025-04-08 23:25", None, "author"),
        # a server's export: the role it gives them in brackets, a dash before the time, whom the message answers
        ("半夏 [VIP] — 2026/11/03 09:02", None, "半夏"),
        ("咸魚不翻身 — 昨天 21:14  ↪ 回覆 @半夏", None, "咸鱼不翻身"),
        # ... or before its time, as Xueqiu's replies show it
        ("慢牛裡的蝸牛 回覆 @價值老韭菜 · 06-14 23:02", None, "慢牛里的蜗牛"),
        ("老钱挖金 回复 @空头小马哥 · 3天前", None, "老钱挖金"),
        ("阿Ming — 今天 10:33", None, "阿Ming"),
        # an app's badges after the name, a level glued to them, a reply's branch before it
        ("電網老司機【達人】【持倉者】Lv.8　今天 14:32", None, "电网老司机"),
        ("　└ 阿凱不追高【持倉者】　14:40", None, "阿凯不追高"),
        ("富腾小编【官方】✔　今天 14:05", None, "富腾小编"),
        ("今天 14:05", None, None),  # a day and a time, no sender
        ("週一 09:12", None, None),
        # a post, then who holds it in brackets
        ("RM（葉凱琳）：多謝你今日抽時間。", None, "叶凯琳"),
        ("投资策略师（温子澄）：我们维持中性。", None, "温子澄"),
        ("ETF（00878）：殖利率 6%", None, None),
        # a list's arrow bullet before a label
        ("▷ 中岳证券首席策略分析师 钟一帆：", None, "钟一帆"),
        # a reviewer's note opening in brackets, its reviewer by a family name and a title, a note, a desk
        ("【批注 – 周副总：软件的杀跌已经过度了。】", None, "周副总"),
        ("【批註 – Kevin Tan（固收）：HBM擴產速度被低估了。】", None, "Kevin Tan"),
        ("【批注 – 风控部 林晓：建议对冲一半的韩元敞口。】", None, "林晓"),
        ("【批注】为评审人意见，原样保留。", None, None),
        ("理财周报 #88", None, None),
        ("回复 #1", None, None),
        ("老王 09:12 好的", None, None),
        # a sentence's words before a colon, a modifier closed by 的 before 问题: no one asks
        ("他还提到一个很少有人注意的问题：不少数据中心报装容量报得很大。", None, None),
        ("還有一個更長遠的問題：自建燃機會不會削弱變壓器需求？", None, None),
        ("投资者提问：明年订单能否延续？", "question", None),
        # a role, maybe numbered, then a bar and who holds it; a remark's word after a title and a name
        ("**Q1｜邱冠宇（財金二）**：55%的滲透率會不會太樂觀？", "question", "邱冠宇"),
        ("A｜罗柏丞：我们的分母只算AI服务器。", "answer", "罗柏丞"),
        ("答｜王立：我认为明年不会。", "answer", "王立"),
        ("**社長 蔡承翰 講評**：論點清楚，但估值應該補一個敏感度分析。", None, "蔡承翰"),
        # a debate's side, a bar and its speaker over their section; a family name that begins words (符合) is one
        ("■正方｜龚砚秋：恐慌已经把最坏的剧本都算进去了", None, "龚砚秋"),
        ("反方｜符知遠：別拿舊的估值中樞丈量新的世界", None, "符知远"),
        ("纪云舒：明年电网投资还会加速。", None, "纪云舒"),
        ("符合预期：这是好消息。", None, None),
        ("编辑点评：这个判断偏乐观。", None, None),
        # a list's line headed by an English compound word or by a gold mine is no one's turn
        ("• Cross-border：今日 handle 咗兩張大單，合計約 US$260m。", None, None),
        ("• 金礦：金價企穩 US$4,300 之上，retail 主導。", None, None),
        ("Jean-Pierre：我認為歐元會走強。", None, "Jean-Pierre"),
        # an English word a note heads its lines with is no name, though it has the shape of one
        ("Risk：如果美国加关税到50%，北美的利润会被吃掉。", None, None),
        ("Catalyst: 下季度新品放量。", None, None),
        ("- **Supply**：财政赤字还在扩大，Treasury 的发行只会多不会少。", None, None),
        ("Demand：海外央行的買盤明顯轉弱。", None, None),
        ("Disclaimer：作者可能持有文中提及的资产。", None, None),
        ("Kelvin：我认为明年铜价会涨。", None, "Kelvin"),
        ("宏观｜魏子谦：美元明年会走弱。", None, None),
        # a family name and a form of address is a person, though a role ends it; a role alone is no one
        ("李教授：这个判断我不太同意。", None, "李教授"),
        ("阿凱老師：短線我看兩萬八附近壓力很重。", None, "阿凯老师"),  # a nickname and a form of address
        ("小林经理：我们的订单排到了明年。", None, "小林经理"),
        # a family name and a longer title, a remark's word glued to them
        ("郭副總裁：壽險業的避險壓力是階段性的。", None, "郭副总裁"),
        ("溫副處長補充：明年出口成長會放緩。", None, "温副处长"),
        ("歐陽博士：明年通膨會再回落。", None, "欧阳博士"),
        ("副教授：这个判断我不太同意。", "answer", "unnamed"),
        # the two sides of a chat saved from an AI assistant
        ("用户：美元是不是要不行了？", None, "用户"),
        ("**助手**：", None, "助手"),
        # a full name glued to its title, after a ballot's or a contest's number
        ("1號 林奕辰候選人：我先講結論，資料中心是機會。", None, "林奕辰"),
        ("3号选手 龙一鸣：我今天讲存储芯片。", None, "龙一鸣"),
        ("韩立衡教授：我认为回收期会更长。", None, "韩立衡"),
        # one of a kind of people told apart by a letter or a number; a plan so lettered is no one
        ("面試官A：我先講我的立場，軟體被高估了。", None, "面试官A"),
        ("学员B：我觉得黄金还会涨。", None, "学员B"),
        ("访客1234：利差还会走阔。", None, "访客1234"),
        ("方案A：成本低，见效快。", None, None),
        # a documentary's caption over who speaks below it, the name first, and its narration, the outlet's voice
        ("【字幕：梁志恆｜數據中心營運商創辦人】", None, "梁志恒"),
        ("【字幕：伍嘉欣博士｜大學電機工程學系副教授】", None, "伍嘉欣"),
        ("【字幕：資深基金經理（應要求隱去身份）｜前外資行交易員】", None, "unnamed"),
        ("【录音：林振邦，华岸资本首席经济师｜0:20】", None, "林振邦"),
        # a shop's or an app's user, masked
        ("j***8：去年三百多一克買的，我覺得金價還得漲。", None, "j***8"),
        ("小***猫：别追了，我感觉年底可能要回调一成。", None, "小***猫"),
        # Hong Kong's address of a teacher after the family name, after the title
        ("導師 陳Sir：講真，我個人覺得 5,000 美元係遲早嘅事。", None, "陈Sir"),
        ("[字幕：伦敦金现货 报2,715美元/盎司]", None, None),  # a caption of data
        ("旁白：呢度冇人住，但每晚用嘅電同成個區差唔多。", None, "author"),
        ("记者：你怎么看？", "question", None),
        # a chat export's sender, a person's full name before their post; a stock before its code is no one
        ("[5/12/26, 09:16] Kelvin Lau (RM): 我自己補充少少，日圓呢輪我睇好啲。", None, "Kelvin Lau"),
        ("Apple (AAPL): 維持買入評級。", None, None),
        # a theme's acronym heading a point, no answer's "A" glued to a name ("AI：" is no A and I)
        ("AI：從「賣鏟子」到「找應用」", None, None),
        ("2. HBM：供不应求的局面至少持续到明年", None, None),
        ("A：我觉得不会。", "answer", None),
        # a recording's tag in tortoise-shell brackets, its speaker's title after the name; a document number is no one
        ("〔策展人錄音｜區慕賢博士〕好多人以為鬱金香係史上最瘋狂嘅泡沫，其實唔係。", None, "区慕贤"),
        ("岚能建〔2027〕45号", None, None),
        # an English given name glued before or after a Chinese full name; with a family name alone it is no full name
        ("Vicky林佩璇：這檔我自己蠻看好的，毛利應該會再往上跳", None, "林佩璇"),
        ("周立衡 Kevin：我觉得美元明年会走弱。", None, "周立衡"),
        ("Tony陳：好，收到。", None, None),
        ("Apple黄金：维持买入。", None, None),
        # a house's bulletin an RM pastes into a chat, named in brackets after the sender: the house's words
        ("[5/12/26, 09:14] Kelvin Lau (RM): 【東瀚銀行 每周市場觀點 5/12】", None, "东瀚银行"),
        ("[8/12/26, 08:45] Kelvin Lau (RM): 【東瀚銀行 快訊】本行認為影響有限。", None, "东瀚银行"),
        ("[8/12/26, 08:47] Kelvin Lau (RM): 【重要】我自己冇CIO咁樂觀。", None, "Kelvin Lau"),
        # a job interview's applicant answers
        ("應徵者：好，我的結論先講，明年是多頭格局。", "answer", None),
        # what a handle does on a question-and-answer page: asks, answers, comments, replies to another handle
        ("@骆正阳 回答：我们预计今年降准一到两次。", None, "骆正阳"),
        ("@躺平的分析師 評論：收入預期不改善，服務消費也撐不起來。", None, "躺平的分析师"),
        ("@骆正阳 回复 @躺平的分析师：收入是关键。", None, "骆正阳"),
        ("@半仓哲学家 提问：A股今年是慢牛吗？", None, "半仓哲学家"),
        ("> **老钱挖金** 回复 @空头小马哥：回调当然可能有。", None, "老钱挖金"),
        ("老錢挖金 回覆 @空頭小馬哥：回調當然可能有。", None, "老钱挖金"),
        # a comment's header, its handle in bold or not, its time and likes after dots
        ("**价值回归2020** · 2026-03-14 23:02 · 赞 97", None, "价值回归2020"),
        ("B1　小熊存股　·　國立臺北大學", None, "小熊存股"),
        ("B2　匿名　·　國立成功大學", None, "unnamed"),
    ],
)
def test_a_line_label_opens_a_turn(line, role, name):
    turn = turn_of(to_simplified(line))
    found = (turn.role, turn.name) if turn else (None, None)
    assert found == (role, name)


@pytest.mark.parametrize(
    "line",
    [
        "騰訊（00700）：遊戲業務增長強勁，建議逢低吸納。",
        "台积电(2330.TW)：维持买入评级。",
        # ... and the house's rating after the code, a name in Latin letters or not
        "**Terawatt Data（TRWD，买入）**：德州园区具备1.2GW的扩容潜力。",
        "星澄科技（2388，增持）：订单能见度高。",
    ],
)
def test_a_stock_and_its_code_heading_a_line_of_picks_is_no_speaker_though_the_article_knows_it(line):
    known = frozenset({"腾讯", "台积电"})
    assert turn_of(to_simplified(line), known) is None


@pytest.mark.parametrize(
    "head, cast",
    [
        ("主持人：刘思远　嘉宾：前央行研究员、宏观研究者许嘉文\n正文", {"question": "刘思远", "answer": "许嘉文"}),
        ("主持人：林美君｜來賓：資深分析師陳志豪\n正文", {"question": "林美君", "answer": "陈志豪"}),
        ("今天市场大涨。\n我觉得利率还会下行。", {}),
        # a host's nickname alone, and a guest's name after a space
        ("主持人：小安　嘉宾：宏策研究院首席分析师 贺立群\n正文", {"question": "小安", "answer": "贺立群"}),
        # an interviewee with a Hong Kong family name (區)
        ("受訪者：嘉峰資產管理投資總監 區浩賢\n正文", {"answer": "区浩贤"}),
        # minutes that do not name their guest: the guest is an anonymous source
        ("参会嘉宾：某头部电源厂商前产品总监（以下简称“专家”）\n正文", {"answer": "unnamed"}),
        ("參會嘉賓：某伺服器廠商前產品總監\n正文", {"answer": "unnamed"}),
        # a line describing the guest ("专家背景：") with no name
        ("专家背景：某大型逆变器企业前海外销售负责人，从业十五年\n正文", {"answer": "unnamed"}),
        ("專家簡介：某電網設備廠前技術主管\n正文", {"answer": "unnamed"}),
        ("专家背景：资深行业人士\n正文", {}),
        # a name, then who the guest is, though the description is indefinite
        ("主持人：赵砚秋　特邀专家：梁启衡，某评级机构前董事总经理\n正文", {"question": "赵砚秋", "answer": "梁启衡"}),
        # a headline's words after a role (its line split at its question mark) name no one, though 付 ends them
        ("基金經理人：別只看輝達，要看誰在付帳單\n正文", {}),
        # co-hosts listed under one role: no one of them only asks
        ("主播：周立 / 林小夏 / 阿May\n正文", {}),
        ("主播：何川（前期貨交易員）、喬安（加密行業從業者）\n正文", {}),  # ... each with a note
        ("主持人：陳思遠、何家明　嘉賓：宏策研究院首席分析師 賀立群\n正文", {"answer": "贺立群"}),
        # a speaker's doctorate after the name (區子謙博士)
        ("主講：恒信銀行首席經濟師 區子謙博士\n正文", {"answer": "区子谦"}),
        # a lecturer with their form of address and a note, the head's other fields after a bar
        ("> 主讲：程砚秋老师（经济学院）｜ 时间：2027.4.21 周三 ｜ 记录：阿杰\n正文", {"answer": "程砚秋"}),
        ("主講：程硯秋教授｜日期：4月21日｜地點：三樓禮堂\n正文", {"answer": "程砚秋"}),
        # a cast below a headline split at its column's name and a programme's date line
        (
            "【晨早財經熱線】\n金價再破頂\n節目日期：12月5日 07:30\n主持：區家俊　嘉賓：德川資產投資總監 林詠詩\n正文",
            {"question": "区家俊", "answer": "林咏诗"},
        ),
    ],
)
def test_a_head_names_the_cast(head, cast):
    assert dialogue.cast(to_simplified(head)) == cast


@pytest.mark.parametrize(
    "text, author, expected",
    [
        ("陈明远系某资管公司首席经济学家\n以下是直播文字实录:\n我觉得利率还会下行。", None, "陈明远"),
        ("以下是直播的文字稿整理:\n我觉得利率还会下行。", "周子衡", "周子衡"),
        ("以下是直播的文字稿整理:\n我觉得利率还会下行。", "微信文章", None),  # a source label, not a person
        ("今天市场大涨。\n我觉得利率还会下行。", "周子衡", None),  # not a transcript
        # the guest, not the host who speaks first
        ("访谈实录\n主持人：刘思远　嘉宾：研究员许嘉文\n刘思远：欢迎。\n许嘉文：谢谢。", None, "许嘉文"),
        # a headline naming whom it interviews, in either script; a story that only mentions an interview
        ("“电力才是硬约束”——专访远川能源研究院院长石景川\n记者：陶然\n在他看来，电价仍将上行。", None, "石景川"),
        ("獨家專訪：晨光投顧董事長鄭博仁\n他認為台股還有高點。", None, "郑博仁"),
        ("央行行长接受专访时表示将保持流动性合理充裕\n正文", None, None),
        # an interview's headline naming its guest by firm and title before the colon, a family name the list lacks
        ("【專訪】晶瀚科技董事長簡庭瑋：先進封裝訂單看到2028\n問：明年展望？\n答：我認為會再成長。", None, "简庭玮"),
        ("专访｜远帆资本合伙人游思远：AI应用还在早期\n问：怎么看？\n答：还早。", None, "游思远"),
        ("【快讯】晶瀚科技董事长简明哲：先进封装订单看到2028\n正文", None, None),  # news, not an interview
        # a headline of what a titled person talks about, over an interview's unlabelled answers
        (
            "# 退場之後：前投資長卓文遠談台股的下一個十年\n\n採訪整理：某某\n\n**會不會太晚？**\n\n我認為還不晚。",
            None,
            "卓文远",
        ),
        ("专访实录\n宏观观察｜首席经济学家石明川谈明年的降息空间\n我认为还有空间。", None, "石明川"),
        ("访谈节目预告\n明晚七点，我们谈谈明年的降息空间", None, None),  # no one titled talks
        # a press Q&A whose official in charge answers, told after the notice it follows
        (
            "近日，市发展改革委印发《储能实施方案》。\n市发展改革委有关负责人就《方案》回答了记者提问。\n问：背景？\n答：很好。",
            None,
            "市发展改革委",
        ),
        # a speech's speaker on a line of their post and name under its title
        ("行稳致远\n——在2027金融论坛上的主旨演讲\n\n某某证券业协会会长　贺嘉川\n\n各位来宾：", None, "贺嘉川"),
        # a talk's head naming whose talk it is, in either script
        ("以下为中国人民银行副行长许文澜在金融街论坛年会上的演讲实录（节选）。\n各位嘉宾，大家好。", None, "许文澜"),
        ("以下是遠山資本創辦人林美君在年度投資峰會上的主旨演講。\n謝謝大家。", None, "林美君"),
        ("以下为本报记者在论坛上的观察。\n市场情绪回暖。", None, None),  # no talk
        # a note that the text was put together from someone's live stream or talk, a title after the name
        ("以下内容整理自宋立言教授日前在线上讲座的分享。\n我认为利率还会下行。", None, "宋立言"),
        ("以下內容整理自邱培華博士昨晚在「投資夜話」的直播，經本人確認。\n我覺得台股會震盪。", None, "邱培华"),
        ("以下内容整理自本周的市场资讯。\n市场情绪回暖。", None, None),  # not a talk
        # a bracketed kind of text before the headline's speaker and colon
        ("【直播整理】韩嘉树：量缩不代表要跌\n\n各位晚安。", None, "韩嘉树"),
        ("【直播預告】今晚八點：台股量縮怎麼看\n\n歡迎收看。", None, None),  # a time, not a name
        # a roadshow's headline naming who speaks before its colon, or a line of the name and post alone
        ("路演纪要 | 明川基金 高志远：AI的第二阶段在应用端\n\n整理：市场部\n我的判断是，应用会跑赢。", None, "高志远"),
        ("路演紀要\n\n傅子豪（遠川成長基金經理）\n\n我認為明年算力需求仍強。", None, "傅子豪"),
        ("路演纪要 | 市场观察：算力链还能涨吗\n\n今年以来算力链涨幅居前。", None, None),  # a column's name
        ("路演紀要\n\n科技股（含半導體）\n\n明年仍看好。", None, None),  # a heading with a note
        # a lead below the headline naming whom the paper interviews; a Korean family name (金, 朴)
        ("【專訪】重估才走一半\n\n記者：梁凱欣\n\n本報專訪首爾星海資產行政總裁金民俊，談南韓市場。", None, "金民俊"),
        ("【专访】基金掌舵人谈韩股\n\n本报专访首尔某资产管理公司首席投资官朴志勋。\n问：怎么看？", None, "朴志勋"),
        # a video's description: its count of views marks it, and its host introduces himself below the headline
        (
            "【財經阿凱】軟體股崩？\n台股還能抱嗎？｜EP.21\n12,456 次觀看　12月4日首播\n大家好，我是阿凱！"
            "這集聊軟體股。",
            None,
            "阿凯",
        ),
        # ... with 了, a Latin name whole after its title; a host's line naming the guest invited, in Cantonese too
        ("【访谈】电力公司CEO谈AI\n\n本刊记者专访了公司首席执行官Daniel Hart。\nQ：怎么看？", None, "Daniel Hart"),
        ("《財經直播室》文字紀錄\n\n主持：今日請咗恒川資產投資總監鄧家朗同我哋傾下。\n嘉賓：係。", None, "邓家朗"),
        ("直播文字稿\n\n主持人：今天我们请到了远澜基金首席经济学家邵文博，和大家聊聊。", None, "邵文博"),
        ("直播文字稿\n\n主持人：今天市场请到了不少资金。", None, None),
        # a thread translated from someone's post: its headline names whose words they are, a Latin name whole
        (
            "# 翻译｜宏观交易员Ray Caldwell：美元见顶了吗？\n\n> 原推 @RayC，译者：小林\n\n**1/** 我认为美元会走弱。",
            None,
            "Ray Caldwell",
        ),
        ("翻譯｜基金經理人陳思遠：台股還能漲嗎\n\n譯者：阿文\n\n我認為還有高點。", None, "陈思远"),
        # a video transcript's presenter introducing herself below a head of title, fields and a cue
        (
            "【市場一分鐘】\n下半年點部署？\n（影片文字稿）\n發佈日期：2027年3月2日｜片長：8分鐘\n觀看次數：1,203\n"
            "[片頭音樂]\n大家好，我係遠灣銀行首席投資策略師盧嘉敏。\n我哋預期聯儲局年內再減息兩次。",
            None,
            "卢嘉敏",
        ),
        (
            "【早盘视频】\n铜价还能追吗？\n（视频文字稿）\n发布：2027年3月2日｜时长：6分钟\n播放：2,310\n"
            "[开场音乐]\n大家好，我是老杨。\n我认为铜价短期还有上行空间。",
            None,
            "老杨",
        ),
        # a translation whose head names the firm whose report it is, by the short name it defines or in full; not
        # the original's writer (原文作者), nor a piece without a translator
        (
            "# 【编译】澄川证券：ETF资金只是换手\n\n> 编译：小满\n"
            "> 原文：Chengriver Securities（下称“澄川”）研究团队《Rotation》，4月12日发布。\n\n我们认为流出只是换手。",
            None,
            "澄川",
        ),
        (
            "燃氣輪機展望（編譯）\n\n譯者：阿塔\n\n本文編譯自美國投行Hollowell Partners發布的報告。"
            "\n\n我們認為訂單強勁。",
            None,
            "美国投行Hollowell Partners",
        ),
        ("译者：阿塔\n原文作者：Alfred Klein（前对冲基金经理）\n\n我认为美元会走弱。", None, None),
        ("原文：澄川证券研究报告\n\n我们认为流出只是换手。", None, None),
        # a list of who attends, an item a line: its last item is no line of a name alone
        ("演讲实录\n远川能源协会副会长　韩立群\n我认为明年电价还会上涨。", None, "韩立群"),
        ("演讲实录\n出席：\n秘书长 苏映雪；\n远川能源协会副会长　韩立群\n我认为明年电价还会上涨。", None, None),
        # ... and the form of address after the name is no part of it
        ("主席致辭（摘錄）\n\n集團主席　鄺德謙博士\n\n美國息口已經見頂回落。", None, "邝德谦"),
        ("演讲实录\n远川能源协会副会长　韩立群先生\n我认为明年电价还会上涨。", None, "韩立群"),
        ("演講實錄\n出席：\n秘書長 何佩珊、\n遠川能源協會副會長　林振邦\n我認為明年電價還會上漲。", None, None),
        # a byline speaks when the head says the text is a talk, not where a column's body mentions one
        ("演讲实录｜日圆还会再弱吗\n\n各位好，今天讲商社股。", "林柏翰", "林柏翰"),
        (
            "【名家專欄】日圓還會再弱嗎？\n\n今年以來，不少讀者在講座上問我，日圓貶成這樣還能進場嗎？\n\n我認為商社股還有行情。",
            "林柏翰",
            None,
        ),
    ],
)
def test_a_transcript_has_a_designated_speaker(text, author, expected):
    assert dialogue.designated_speaker(to_simplified(text), author) == expected


DIALOGUE = """對談實錄：台股還能追嗎
主持人：林美君｜來賓：資深分析師陳志豪
林美君：台股今年漲了兩成，現在還能追嗎？
陳志豪：我認為短線已經偏熱，不建議追高。
陳志豪：不過長期來看，半導體的獲利成長仍然扎實。
林美君：那美元呢？
陳志豪：美元明年大概率會走弱。
我也預期央行會跟進降息。
"""

ARTICLE = """央行维持利率不变
温启航：利率还会下行。
今天市场大涨。
我们认为券商股仍有上涨空间。
"""


def test_each_turn_of_a_dialogue_is_its_speakers():
    """A labelled turn is its speaker's, without the label; an unlabelled line goes on with the turn."""
    claims = article_claims(DIALOGUE, to_simplified(DIALOGUE))
    assert [(c.text, c.speaker) for c in claims] == [
        ("我認為短線已經偏熱，不建議追高", "陈志豪"),
        ("不過長期來看，半導體的獲利成長仍然扎實", "陈志豪"),
        ("美元明年大概率會走弱", "陈志豪"),
        ("我也預期央行會跟進降息", "陈志豪"),
    ]
    assert all(DIALOGUE[c.start : c.end] == c.text for c in claims)


def test_labels_alone_on_their_lines_hand_the_turn_over():
    """A saved chat with an assistant and a talk between two named people: each label alone on its line opens its
    speaker's paragraphs, in both scripts."""
    chat = (
        "**用戶**：\n\n我覺得美元這次真的要不行了。你怎麼看？\n\n**助手**：\n\n"
        "- 實際利率下行會降低持有黃金的機會成本，通常對金價有利。\n\n**用戶**：\n\n那比特幣呢？\n\n"
        "**助手**：\n\n比特幣只適合小比例參與，不宜重倉追高。"
    )
    talk = "老王：\n\n我感觉美元这次是真的要不行了。\n\n李教授：\n\n降息周期会比市场预期的更短，金价短期有回调压力。"
    said = [(c.text, c.speaker) for text in (chat, talk) for c in article_claims(text, to_simplified(text))]
    assert said == [
        ("我覺得美元這次真的要不行了", "用户"),
        ("- 實際利率下行會降低持有黃金的機會成本，通常對金價有利", "助手"),
        ("比特幣只適合小比例參與，不宜重倉追高", "助手"),
        ("我感觉美元这次是真的要不行了", "老王"),
        ("降息周期会比市场预期的更短", "李教授"),
        ("金价短期有回调压力", "李教授"),
    ]


def test_outside_a_dialogue_a_label_is_its_lines_alone():
    """One labelled line in an article is no dialogue: the lines after it are the author's again."""
    speakers = {c.text: c.speaker for c in article_claims(ARTICLE, to_simplified(ARTICLE))}
    assert speakers["利率还会下行"] == "温启航"
    assert speakers["我们认为券商股仍有上涨空间"] == "author"


LIVESTREAM = """直播实录｜年底怎么配
主持人：小舟　嘉宾：青岚研究院首席分析师 贺明
小舟：很多粉丝问要不要抄底比特币。
贺明：比特币本质上还是风险资产，短期可能还要再跌两成。
"""


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_hosts_own_view_is_theirs_and_their_questions_hold_no_claims(script):
    text = script(
        "主持：何志朗　　嘉賓：某某證券投資策略師 馮嘉欣\n\n"
        "何志朗：今日恒指升咗186點。Kelly，係咪代表調整完咗？\n馮嘉欣：我覺得仲未講得住，呢個係技術性反彈。\n"
        "張太：我想問樓市，而家係咪好時機買樓？\n"
        "何志朗：張太，我講下我自己睇法先。減息對樓市係有啲幫助，但係租金回報得三厘。\n"
        "何志朗：收租回報其實同定存差唔多，我唔覺得係咩好時機。\n何志朗：咁美國減息呢？你點睇？\n"
    )
    assert [(to_simplified(claim)[:6], speaker) for claim, speaker in spoken(text)] == [
        ("我觉得仲未讲", "冯嘉欣"),
        ("减息对楼市系", "何志朗"),  # after the host says their own view follows ("我讲下我自己睇法先", no claim)
        ("收租回报其实", "何志朗"),
    ]


def test_a_host_named_by_a_nickname_asks_and_holds_no_claims():
    claims = article_claims(LIVESTREAM, to_simplified(LIVESTREAM))
    assert {c.speaker for c in claims} == {"贺明"}


NEWSCAST = """【財經晚報】外資連三賣　台股守得住嗎？
主播：晚安。今天台股終場收在25,930點，外資賣超186億元。
記者周若寧：不少投資人擔心，台股短線恐怕還有一段整理期。
記者周若寧：不過，宏禾投顧總經理呂承翰認為，這波賣超主要是年底調節。
呂承翰：我會建議投資人趁拉回分批承接權值股。
記者周若寧：另一家投信的研究主管則比較保守，他提醒，新台幣若持續走弱，賣壓可能延續到明年。
記者周若寧：有分析認為外資明年會回流，您怎麼看？
"""


def test_a_reporter_relays_the_views_of_others_and_the_anchor_holds_none():
    """A newscast: the anchor's lines and the reporter's own question hold no claims; the views a
    reporter relays are their speakers', an anonymous one's too."""
    claims = spoken(NEWSCAST)
    assert claims == [
        ("台股短線恐怕還有一段整理期", "unnamed"),
        ("不過，宏禾投顧總經理呂承翰認為，這波賣超主要是年底調節", "吕承翰"),
        ("我會建議投資人趁拉回分批承接權值股", "吕承翰"),
        ("另一家投信的研究主管則比較保守，他提醒，新台幣若持續走弱，賣壓可能延續到明年", "unnamed"),
    ]


RADIO = """【財經早晨】港股好淡爭持
節目重溫｜主持：阿Ken　嘉賓：匯盈證券投資策略總監 關志朗
阿Ken：關生，恒指今日回吐，係咪見頂呀？
關志朗：我唔覺得係見頂，今日只係正常嘅獲利回吐。
阿Ken：好，多謝關生。下一節我哋會講美股。
"""


NEWS_PACKAGE = (
    "[00:00:05] 主播 陳怡蓁：各位觀眾晚安，歡迎收看今天的節目。\n"
    "[00:00:50] 記者 王柏翰：台積電ADR昨晚大漲，主要是受到雲端業者上調資本支出的消息激勵。\n"
    "[00:01:31] 記者 王柏翰：外資近十日賣超台積電約8.6萬張，籌碼面確實還沒有明顯回穩。\n"
    "[00:01:40] 記者 王柏翰：這波拉回到底是不是買點？\n"
)


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_named_reporter_reports_in_a_newscast_and_asks_only_with_a_question_mark(script):
    claims = spoken(script(NEWS_PACKAGE))
    assert [speaker for _, speaker in claims] == ["王柏翰", "王柏翰"]
    assert claims[0][0].endswith(script("消息激勵"))


def test_a_host_with_a_latin_nickname_asks():
    """主持：阿Ken casts the host by a nickname in Latin letters; his lines, unlabelled ones after a
    label too, hold no claims."""
    claims = article_claims(RADIO, to_simplified(RADIO))
    assert dialogue.cast(to_simplified(RADIO))["question"] == "阿Ken"
    assert [(c.text, c.speaker) for c in claims] == [("我唔覺得係見頂，今日只係正常嘅獲利回吐", "关志朗")]


DEBATE = """多空辯論｜AI資本開支：泡沫還是新周期？
本期參與：多方 某某證券科技首席 許嘉言；空方 某某資產策略負責人 鄧若谷
第一回合
多方（許嘉言）：我的看法是，推理需求才剛剛起步。
空方（鄧若谷）：收入增速再快，也追不上折舊的速度。
多方：建議繼續超配算力基礎設施。
空方：我會減持估值最高的那一批。
編輯部小結
我們認為，明年一季度的財報將是檢驗這場爭論的關鍵窗口。
"""


def test_a_debates_sides_keep_the_speakers_their_labels_named_once():
    """ "多方（許嘉言）：" names the side's speaker; "多方：" then is his. A heading ends the turns: the
    editors' summary after it is the author's."""
    claims = spoken(DEBATE)
    assert claims == [
        ("我的看法是，推理需求才剛剛起步", "许嘉言"),
        ("收入增速再快，也追不上折舊的速度", "邓若谷"),
        ("建議繼續超配算力基礎設施", "许嘉言"),
        ("我會減持估值最高的那一批", "邓若谷"),
        ("我們認為，明年一季度的財報將是檢驗這場爭論的關鍵窗口", "author"),
    ]


FILING = """关于对本公司半年报问询函的回复公告
问题1：报告期内公司毛利率下降4.2个百分点。请说明毛利率下降的原因。
公司回复：
（一）毛利率下降的原因
毛利率下降主要是由于核心部件采购价格上涨。
公司预计下半年毛利率将逐步企稳。
"""


def test_a_filings_answers_are_its_authors_and_its_questions_and_headings_hold_no_claims():
    claims = spoken(FILING)
    assert claims == [
        ("毛利率下降主要是由于核心部件采购价格上涨", "author"),
        ("公司预计下半年毛利率将逐步企稳", "author"),
    ]


MINUTES = """【调研纪要】数据中心电源专家交流
参会嘉宾：某头部服务器电源厂商前产品总监（以下简称“专家”）
Q：明年AI服务器电源的需求怎么看？
A：明年整体需求还会比较旺。
Q：价格压力大吗？
A：高功率的HVDC方案供不应求，价格反而有上调的可能。
"""


def test_minutes_of_an_unnamed_expert_are_an_anonymous_sources():
    claims = article_claims(MINUTES, to_simplified(MINUTES))
    assert [(c.text, c.speaker) for c in claims] == [
        ("明年整体需求还会比较旺", "unnamed"),
        ("高功率的HVDC方案供不应求", "unnamed"),
        ("价格反而有上调的可能", "unnamed"),
    ]


DIGEST = """研报精选｜机构观点汇总
【華泰證券】電網投資進入新一輪上行週期，重點推薦變壓器龍頭。
【招商證券】本週兩市成交額合計5.6萬億元，北向資金淨流出42億元。
【興業證券】美元指數的反彈空間有限。
"""


def test_a_digests_bracketed_firm_speaks_its_line():
    claims = article_claims(DIGEST, to_simplified(DIGEST))
    assert [c.speaker for c in claims] == ["华泰证券", "华泰证券", "兴业证券"]


FIRM_HEADED = (
    "五家机构怎么看铝价？\n\n我们整理了几家机构的最新观点。\n\n"
    "嘉峪证券：供需缺口扩大\n\n嘉峪证券有色首席分析师孟书航认为，明年电解铝供需缺口将扩大至60万吨。\n\n"
    "云南和内蒙古的产能天花板已经触及，新增产量远低于市场预期。\n\n"
    "北辰期货：短期涨幅过快\n\n北辰期货研究所认为，铝价近一个月的上涨主要来自资金推动。\n\n"
    "库存连续两周回升，下游接货意愿明显减弱，价格可能阶段性见顶。\n"
)


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_digests_items_under_their_firms_headlines_are_the_firms_and_go_on_with_its_analyst(script):
    # each item's later paragraphs, with no frame of their own, go on with the item's firm or its analyst
    speakers = [speaker for _, speaker in spoken(script(FIRM_HEADED))]
    assert speakers == ["孟书航", "孟书航", "北辰期货研究所", "北辰期货", "北辰期货"]


def test_one_line_of_a_firm_and_a_colon_heads_no_item():
    filing = "合同对方基本情况\n\n海川数据科技有限公司：注册资本五亿元\n\n对方具备良好的履约能力，合同能够按期执行。\n"
    assert [speaker for _, speaker in spoken(filing)] == ["author"]


DOUBLE_INTERVIEW = (
    "两代基金经理的对话\n\n以下为对谈节录。\n\n受访者：\n"
    "韦承宇（金融系 91 级）　澄海基金 投资总监\n蒋若溪（金融系 99 级）　岚峰基金 基金经理\n\n"
    "问：两位怎么看AI资本开支？\n\n"
    "韦：我觉得回收期会比市场想的长，至少要七八年。\n\n蒋：我比较乐观，推理需求增长很快，两年内就能追上折旧。\n"
)


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_guests_a_head_lists_one_a_line_speak_under_their_family_names(script):
    assert [speaker for _, speaker in spoken(script(DOUBLE_INTERVIEW))] == ["韦承宇", "蒋若溪"]


def test_a_list_under_a_guests_label_stops_at_the_first_line_that_names_no_one():
    text = DOUBLE_INTERVIEW.replace("蒋若溪（金融系 99 级）", "以下按发言顺序（节选）")
    assert [speaker for _, speaker in spoken(text)][0] == "韦承宇"
    assert "蒋若溪" not in [speaker for _, speaker in spoken(text)]


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_lettered_listeners_turn_is_its_paragraph_and_the_speaker_the_head_names_answers(script):
    lecture = (
        "财务金融系专题演讲逐字稿\n客座讲者：韩立衡 教授\n\n各位同学午安，今天讲电网。电网投资的下档是有保护的。\n\n"
        "学生A：可是我觉得电力设备股已经太贵了，现在进去是接最后一棒。\n\n"
        "这个看法我不完全反对，但电网的景气至少还有五年。\n"
    )
    said = {to_simplified(text)[-4:]: speaker for text, speaker in spoken(script(lecture))}
    assert (said["接最后一棒"[-4:]], said["至少还有五年"[-4:]]) == ("学生A", "韩立衡")


POSTERS = (
    "第五届金融学术年会 墙报摘要集\n\nP-03\n数据中心SPV债券的期限错配\n"
    "周一鸣1*，Laura Chen2\n1. 某大学金融学院；2. 某评级公司\n"
    "摘要：本研究收集了120笔数据中心SPV债券。我们认为，此类债券的再融资风险被明显低估。\n关键词：SPV；信用利差\n\n"
    "P-04\n日韩股市的资金流入\n宋雨桐2，贺知远1\n1. 某研究所；2. 某大学经济学院\n"
    "摘要：本研究利用基金持仓数据。结果表明，公司治理改革是资金流入日韩股市的主要原因，这一趋势仍将持续。\n关键词：资金流向\n"
)


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_each_abstract_on_a_page_of_several_is_its_first_authors(script):
    assert {speaker for _, speaker in spoken(script(POSTERS))} == {"周一鸣", "宋雨桐"}


def test_one_papers_abstract_is_the_articles_own_voice():
    one = POSTERS.split("P-04")[0]
    assert {speaker for _, speaker in spoken(one)} == {"author"}


COMMITTEE = (
    "投资决策委员会会议记录\n\n本次会议审议数据中心SPV贷款议案，项目组作了汇报。\n\n"
    "委员表决及理由\n\n委员 周立衡（风控）\n表决：反对\n"
    "我不认同风险已经转移给承租方的说法，一旦云厂商砍预算，最先被砍的就是表外租约。\n\n"
    "委员 欧阳蔓（固定收益）\n表决：同意\n能拿到5%以上的优先级资产已经很稀缺，明年大概率还有降息。\n"
)


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_members_views_under_a_heading_of_their_post_and_name_go_on_past_its_field_lines(script):
    assert {speaker for _, speaker in spoken(script(COMMITTEE))} == {"周立衡", "欧阳蔓"}


def test_a_line_of_a_topics_views_names_no_one_by_its_last_characters():
    text = "本月黄金市场观点（2026年11月）\n\n支撑金价的三大因素短期内并未改变，去美元化趋势不会在一两年内逆转。\n"
    assert {speaker for _, speaker in spoken(text)} == {"author"}


PANEL = (
    "秋季午餐会 逐字稿\n主持：彭家蕙（本会副主席）\n\n岑嘉慧专员：我认为资金东移的趋势会延续几年。\n\n"
    "黄卓谦博士（某大学亚太经济研究中心主任）：港元联汇制度今次一样稳阵。\n\n主持：麦总，你点睇？\n\n"
    "麦兆麟（某资产管理投资总监）：我哋暂时唔掂数据中心SPV债，风险太集中。\n\n"
    "黄博士：我想补充一句，SPV债务可能会变成下一个信用问题。\n\n麦总：金价短期会在四千美元附近震荡，不宜追高。\n"
)


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_panels_labels_of_a_family_name_and_a_form_of_address_are_the_panellists_named_in_full(script):
    said = {to_simplified(text)[:4]: speaker for text, speaker in spoken(script(PANEL))}
    assert (said["我认为资"], said["SPV债"], said["金价短期"]) == ("岑嘉慧", "黄卓谦", "麦兆麟")


def test_a_signed_sections_views_are_its_writers_to_the_next_heading():
    text = (
        "# 晨会纪要\n\n## 宏观 | 魏子谦\n我们认为经济的内生动能正在修复。\n\n"
        "## 策略｜沈若曦\n我們建議適度降低高位科技股的倉位。\n\n## 风险提示\n地缘冲突可能进一步升级。\n"
    )
    assert [speaker for _, speaker in spoken(text)] == ["魏子谦", "沈若曦", "author"]


def test_a_forum_push_after_its_question_is_its_authors_words_not_a_heading():
    text = (
        "[心得] 重電還能抱嗎\n\n作者 volt_king (電工阿伯)\n看板 Stock\n\n龍頭本益比還在35倍左右，已經不算便宜。\n\n"
        "推 gridfan: 同意，估值確實偏高 11/27 21:55\n噓 shortking: 35倍還不便宜？這價位就是泡沫 11/27 22:03\n"
    )
    assert [speaker for _, speaker in spoken(text)][-2:] == ["gridfan", "shortking"]


def test_a_posts_comments_are_their_handles_and_the_writers_reply_is_the_authors():
    text = (
        "黃金我還在拿，但不加倉了。\n\n共 86 條評論\n阿June：比特幣長期還是看好的，別被短期嚇跑\n"
        "Leo_投資日記：降息一來，黃金還會再漲一段。\n  作者回覆：我也覺得黃金中長期會走強。\n"
    )
    assert [speaker for _, speaker in spoken(text)] == ["author", "阿June", "Leo_投资日记", "author"]


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
@pytest.mark.parametrize(
    "text, speakers",
    [
        # a diary's dated headings with the weekday in brackets name no one: the entries stay the writer's
        (
            "# 炒股日记\n\n## 11月3日（周一）\n\n客户都在琢磨用大模型替代外包，软件公司的订单只会越来越少。\n\n"
            "## 11月5日（周三）\n\n电网这条线我是真心看好。\n",
            ["author", "author"],
        ),
        # comments under a heading that counts them in brackets are their handles'
        (
            "黄金我还在拿，但不加仓了。\n\n网友评论（共 2 条）\n老金不卖：黄金回调就是上车机会，拿住别动。\n"
            "理性看客：两个都在高位，现在追进去大概率站岗。\n",
            ["author", "老金不卖", "理性看客"],
        ),
        # a comment answering another by name, without an @, is its writer's
        (
            "黄金我还在拿，但不加仓了。\n\n评论\n阿June：比特币长期还是看好的，别被短期吓跑\n"
            "Leo_投资日记 回复 阿June：降息一来，黄金还会再涨一段。\n",
            ["author", "阿June", "Leo_投资日记"],
        ),
        # a paragraph of a quotation alone after a speaker's views is theirs
        (
            "晶能科技总经理林怡安观察，AI服务器的瓶颈已经从芯片转移到电力与散热。\n"
            "「一柜120千瓦，气冷根本压不住，液冷是唯一解。」\n晶能科技今年第三季营收为46.2亿元，季增12%。\n\n"
            "某某证券分析师许德伦则表示，电价未来三年仍有调涨压力。\n\n「这一轮涨价不会是最后一次。」\n",
            ["林怡安", "林怡安", "许德伦", "许德伦"],
        ),
        # ... but not one its signature names, nor one under a heading after the speaker (the profile's own voice)
        (
            "某某证券分析师许德伦表示，电价未来三年仍有调涨压力。\n\n"
            "「AI股现在就是2000年的科网股，迟早会爆。」——小林，中学生\n\n"
            "04｜黄金交易员　蒋曼青（某贵金属交易部负责人）\n\n「黄金不是在涨，是纸币在跌。」\n",
            ["许德伦", "小林", "author"],
        ),
    ],
    ids=[
        "diary-weekdays",
        "comments-counted",
        "comment-answering-by-name",
        "quotation-alone",
        "quotation-signed-or-under-a-heading",
    ],
)
def test_whose_lines_in_both_scripts(script, text, speakers):
    assert [speaker for _, speaker in spoken(script(text))] == speakers


def test_a_line_of_whose_views_follow_names_the_speaker_to_the_next_heading():
    bank = (
        "每周投資焦點\n\n首席投資策略師 區家明 觀點：\n我們將日本股票評級上調至看好，企業管治改革持續推進。\n"
        "金價已反映大部分減息預期，短期或會出現技術性調整。\n\n## 【宏觀】11月PMI點評\n我們認為內需修復仍有待觀察。\n"
    )
    assert [speaker for _, speaker in spoken(bank)] == ["区家明", "区家明", "区家明", "author"]


def test_a_first_person_frame_with_gerenren_is_a_frame_not_a_claim():
    text = "问：怎么看？\n许嘉文：我个人认为，这一轮电源升级的持续性比市场想象的要强。\n问：还有呢？\n许嘉文：很满。\n"
    assert spoken(text)[0] == ("我个人认为，这一轮电源升级的持续性比市场想象的要强", "许嘉文")


def test_a_title_alone_means_the_person_named_with_it_before():
    release = (
        "財政司司長鄧嘉禾今日在論壇致辭時表示，香港的資本市場正迎來新一輪發展機遇。\n\n"
        "財政司司長亦提到，環球利率下行周期已經展開。\n"
    )
    assert [speaker for _, speaker in spoken(release)] == ["邓嘉禾", "邓嘉禾"]


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_records_short_form_of_a_title_and_a_members_family_name_mean_the_people_named_before(script):
    minutes = script(
        '創新科技及工業局局長麥德倫先生（"局長"）向委員簡介政府的措施。\n\n'
        "局長認為，人工智能需求急升是帶動數據中心租用量上升的主要原因。\n\n"
        "劉卓謙議員質疑政府的需求預測過於樂觀。他指出，雲端服務商已放慢在亞洲的資本開支步伐。"
        "劉議員認為，政府不應為單一行業預留過多土地。\n"
    )
    assert [speaker for _, speaker in spoken(minutes)] == ["麦德伦", "刘卓谦", "刘卓谦", "刘卓谦"]


def test_a_microblogs_account_answering_under_its_post_is_its_author_and_a_commenter_is_themselves():
    post = read_post_lines(
        ["财经老K说市 V", "12-5 09:41 来自 iPhone", "", "软件股这波杀的是商业模式，不是情绪。", "",
         "@一只爱喝茶的基金经理 评论：比特币迟早会跌回五万美元。",
         "@财经老K说市 回复 @一只爱喝茶的基金经理：小仓位可以，千万别上杠杆。"]
    )
    text = "\n".join(post.lines)
    claims = article_claims(text, to_simplified(text), post.author)
    assert [c.speaker for c in claims] == ["author", "一只爱喝茶的基金经理", "author"]


def test_a_threads_replies_are_their_senders_and_a_conceded_fact_stays_with_its_turn():
    text = (
        "投資阿哲 @invest_azhe · 3小時\n台股今天量縮整理，我覺得年底前還有一波作帳行情。\n\n"
        "小資存股女 @savingamy · 2小時\n回覆 @invest_azhe\n散戶太擁擠，我比較擔心年底前先來一波修正。\n\n"
        "投資阿哲 @invest_azhe · 2小時\n融資高是事實，但外資已經回補。真的怕的話，分批進場就好。\n顯示更多回覆\n"
    )
    assert spoken(text)[1:] == [
        ("散戶太擁擠", "小资存股女"),
        ("我比較擔心年底前先來一波修正", "小资存股女"),
        ("融資高是事實，但外資已經回補", "投资阿哲"),
        ("真的怕的話，分批進場就好", "投资阿哲"),
    ]


@pytest.mark.parametrize(
    "line, role, name",
    [
        # a role's header over a platform's entry: the asker's handle, the time and the client between
        ("投资者提问　用户 tz_inv***9a1　　2027-05-06 10:21　来自 App", "question", None),
        ("投資者提問　用戶 小散***　2027-05-06 10:21", "question", None),
        ("董秘回复　2027-05-09 16:40", "answer", "董秘"),
        # who answers or asks, the time in its field
        ("衡岳电气　回复时间：2027-03-20 16:05", "answer", "衡岳电气"),
        ("投資者 用戶z88***　提問時間：2027-03-19 14:17", "question", None),
        ("發布時間：2027-03-20 16:05", None, None),
        ("記者 林佳琪／台北報導　2026-12-09 05:30", None, None),  # a byline, no role's entry
        ("回复 #1", None, None),
    ],
)
def test_a_role_header_opens_a_platforms_entry(line, role, name):
    turn = role_entry(to_simplified(line))
    assert ((turn.role, turn.name) if turn else (None, None)) == (role, name)


def test_a_qa_pages_board_secretary_answers_for_the_company_its_head_names_and_the_questions_hold_no_claims():
    text = (
        "互动平台　|　首页　公司　问答\n\n"
        "首页 > 公司问答 > 澄岳科技（301792）\n\n"
        "投资者提问　用户 sh_inv***2b9　　2027-05-06 10:21　来自 App\n"
        "听说同行都在降价，公司毛利率会不会大幅下滑？\n"
        "董秘回复　2027-05-09 16:40\n"
        "您好！公司认为，随着单机柜功率提升，高压直流将是数据中心供电的发展方向。\n\n"
        "投资者提問　用戶 老股民***　　2027-05-10 20:47　来自 网页\n"
        "我觉得股价被严重低估了，公司会不会回购？\n"
        "董秘回复　2027-05-12 11:03\n"
        "您好！推理算力的建设需求仍在快速增长，明年公司订单有望保持较快增长。\n"
    )
    assert spoken(text) == [
        ("公司认为，随着单机柜功率提升，高压直流将是数据中心供电的发展方向", "澄岳科技"),
        ("推理算力的建设需求仍在快速增长", "澄岳科技"),
        ("明年公司订单有望保持较快增长", "澄岳科技"),
    ]


def test_a_qa_pages_company_answers_under_its_name_and_the_time_of_its_reply():
    text = (
        "投资者互动平台问答（摘录）\n\n"
        "投资者 用户6f3a***　提问时间：2027-03-19 10:42\n"
        "请问公司扩产是否延期？\n"
        "澄岳電氣　回覆時間：2027-03-20 16:05\n"
        "您好！公司判斷，北美大型變壓器的供需缺口在未來兩到三年內仍將存在。\n\n"
        "投资者 用户z88***　提问时间：2027-03-19 14:17\n"
        "我觉得股价被严重低估了，有没有回购计划？\n"
    )
    assert spoken(text) == [("公司判斷，北美大型變壓器的供需缺口在未來兩到三年內仍將存在", "澄岳电气")]


def test_a_stage_cue_in_a_speech_does_not_end_the_speakers_turn():
    text = (
        "**主持人：** 下面有请創始人祁墨川先生。\n\n[掌声]\n\n**祁墨川：** 谢谢大家。\n\n"
        "[幻灯片 2：全球AI算力支出结构]\n\n我们预计到2030年，推理将占全球AI算力支出的七成以上。\n\n"
        "[播放視頻]\n\n推理芯片市场明年一定会出现一家营收过百亿的公司。\n"
    )
    assert {speaker for _, speaker in spoken(text)} == {"祁墨川"}


def test_a_digests_items_are_their_writers_to_its_own_view_but_a_byline_is_the_authors():
    item = (
        "## 1. 《回本账：一张被低估的折旧表》\n\n作者： {writer}\n\n原文要点：\n\n"
        "- 按目前的AI收入增速，这批投入的回本期在七到八年。\n\n"
        "我的看法：\n\n回本期被拉长，不等于投资是错的。\n\n"
    )
    text = item.format(writer="卫子衡，远岫研究科技组负责人") + item.format(writer="Nora Whitfield，灰岩資本合夥人")
    assert [speaker for _, speaker in spoken(text)] == ["卫子衡", "author", "Nora Whitfield", "author"]
    byline = "作者：林宗翰\n\nAI PC目前最大的问题在于缺乏杀手级应用，消费者多付钱的意愿并不高。\n"
    assert {speaker for _, speaker in spoken(byline)} == {"author"}


def test_viewers_ask_and_a_live_streams_host_answers():
    text = (
        "直播回放文字版\n\n主播（财经老K）：欢迎新进直播间的朋友，点点关注不迷路。\n\n"
        "连麦观众「小鱼爱理财」：我上个月追了光模块，要不要割肉？\n\n"
        "主播：光模块的逻辑没有变。你的仓位如果不超过三成，我建议拿着。\n"
    )
    assert spoken(text) == [("光模块的逻辑没有变", "财经老K"), ("你的仓位如果不超过三成，我建议拿着", "财经老K")]


def test_a_sections_presenter_in_brackets_and_a_managers_bracketed_head_speak_what_follows():
    minutes = "# 晨会纪要\n\n## 一、宏观（@周楠）\n\n出口韧性主要来自东盟市场。\n\n## 待办\n\n下周完成报告。\n"
    digest = (
        "# 季报观点摘录\n\n以下摘录部分基金经理的展望。\n\n【远川成长混合｜韩默】\n\n我们认为AI应用将迎来重估。\n\n"
        "【恒信价值精选｜宋若谷】\n\n我们对估值较高的主题板块保持警惕。\n"
    )
    assert spoken(minutes) == [("出口韧性主要来自东盟市场", "周楠")]
    assert [speaker for _, speaker in spoken(digest)] == ["韩默", "宋若谷"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a two-character brand before a firm's ending, whatever its characters tag as
        ("启衡证券则指出，当前市场成交活跃度下降。", "启衡证券"),
        ("開源證券認為，明年盈利有望改善。", "开源证券"),
        ("加大投资是关键。", "author"),
        # a mood before the comma and the cue
        ("北辰证券则比较乐观，认为明年指数会再创新高。", "北辰证券"),
    ],
)
def test_firms_by_brand_and_a_speakers_mood_before_the_cue(text, speaker):
    assert {who for _, who in spoken(text)} == {speaker}


def test_a_heading_naming_a_person_in_brackets_gives_them_its_section():
    minutes = (
        "# 业绩会纪要\n\n公司出席：董事长 韩立群；CFO 苏映雪\n\n## 一、经营回顾（CFO 苏映雪）\n\n"
        "毛利率回升主要来自高端产品占比提升。\n\n## 二、战略展望（韩立群）\n\n明年海外收入有望翻倍。\n\n"
        "## 三、风险提示\n\n原材料价格上涨可能压缩利润。\n"
    )
    traditional = "# 法說會紀要\n\n## 一、營運概況（財務長 何佩珊）\n\n我們預期明年毛利率將持續改善。\n"
    assert spoken(minutes) == [
        ("毛利率回升主要来自高端产品占比提升", "苏映雪"),
        ("明年海外收入有望翻倍", "韩立群"),
        ("原材料价格上涨可能压缩利润", "author"),
    ]
    assert spoken(traditional) == [("我們預期明年毛利率將持續改善", "何佩珊")]
    # a dateline's reporter, an acronym, a note: no one's section
    for heading in ("新华财经上海电（记者 韩立群）", "## 一、库存天数（DOI）", "## 二、核心观点（仅供参考）"):
        assert spoken(f"# 周报\n\n{heading}\n\n明年海外收入有望翻倍。\n") == [("明年海外收入有望翻倍", "author")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # company labels among a list's topic labels are no speakers
        (
            "12月金股组合\n\n**华衡电气：** 海外订单同比翻倍，我们预计明年净利润增长35%以上。\n\n"
            "**启明光电：** 明年有望贡献三成以上收入。\n\n**远洋银行：** 高股息资产的配置价值凸显。\n\n"
            "**嘉禾食品：** 估值已回落至历史底部区间。\n",
            "author",
        ),
        # answers under a headline that names who gives them
        (
            "# 华兴银行研究院：人民币汇率五问五答\n\n问：明年人民币怎么走？\n\n"
            "答：我们预计明年人民币兑美元将双向波动，整体保持基本稳定。\n\n问：企业应该如何应对？\n\n"
            "答：建议出口企业适当提高结汇比例。\n",
            "华兴银行研究院",
        ),
        # a family name in Latin letters labels the guest the headline names in full
        (
            "专访｜橡树岭资本首席投资官Mark Ellison：AI投资回报需要五年以上\n\n问：资本开支已经失控了吗？\n\n"
            "Ellison：我不认为失控。AI投资的回报可能需要五年甚至更长时间才能体现。\n\n问：您会减持科技股吗？\n\n"
            "Ellison：我们更喜欢电力基础设施。\n",
            "Mark Ellison",
        ),
        # a role the head gives a name means its holder ("經理人：林品蓉", then "經理人認為", "經理人觀點")
        (
            "全球科技基金 11月月報\n基金資料\n經理人：林品蓉\n規模：新台幣182億元\n\n經理人觀點\n"
            "經理人認為，這次修正屬於多頭格局中的健康整理。\n展望後市，雲端資本支出仍將維持兩位數成長。\n",
            "林品蓉",
        ),
        # a label by family name and form of address means the guest the headline names in full
        (
            "专访远岫资本董事长王启航：AI投资进入算账阶段\n\n记者：您怎么看现在的估值？\n\n"
            "王总：整体估值已经不便宜了。\n\n记者：明年呢？\n\n王总：我觉得明年资本开支还会增长。\n",
            "王启航",
        ),
        # a closing line crediting the piece gives its views to who provided them, not to who compiled them
        (
            "# ETF经理每日点评\n\n**今日观点：** 市场情绪明显回暖，年底前A股有望延续修复行情。\n\n"
            "**操作建议：** 可逢低布局半导体ETF。\n\n> 以上内容由基金经理沈逸舟提供，不构成投资建议。\n",
            "沈逸舟",
        ),
        ("# 晨报\n\n市场情绪明显回暖，年底前A股有望延续修复行情。\n\n以上内容由研究部实习生整理。\n", "author"),
    ],
)
def test_every_view_of_a_text_is_one_speakers(text, speaker):
    assert {who for _, who in spoken(text)} == {speaker}


def test_a_head_naming_its_letters_gives_each_letters_lines_to_its_person():
    """A programme's head names who its bracketed letters are (A＝主持人 X｜B＝嘉宾 Y): the host asks, the guest's
    lines are theirs; a question-and-answer transcript's "A：" stays an answer label."""
    show = (
        "# 某某播客第12期\n\n本期：A＝主持人 小安｜B＝嘉宾 林書遠（某基金經理）\n\n【A】今天聊黃金，金價還會漲嗎？\n\n"
        "【B】我認為金價明年還會上漲。\n\n【A】那白銀呢？\n\n【B】白銀的波動會更大。\n"
    )
    assert spoken(show) == [("我認為金價明年還會上漲", "林书远"), ("白銀的波動會更大", "林书远")]
    interview = "某某专访\n\nQ：明年利率怎么看？\n\nA：我认为利率还会下行。\n"
    assert spoken(interview) == [("我认为利率还会下行", "author")]


def test_an_anonymous_guest_described_in_the_head_answers_the_numbered_questions():
    """Minutes whose head describes the guest without a name ("专家：某…前采购总监"): the answers, labelled A1, A2,
    are an anonymous source's, not the writer's."""
    minutes = (
        "# 专家纪要｜储能电芯价格\n\n专家：某头部储能厂商前销售总监\n时间：2026年11月20日\n\n"
        "Q1：明年电芯价格怎么看？\n\nA1：明年下半年开始，电芯价格大概率还会再降一成。\n"
    )
    assert spoken(minutes) == [("明年下半年开始，电芯价格大概率还会再降一成", "unnamed")]


def test_a_family_name_labels_the_turns_of_the_person_the_head_names():
    """The head names the interviewee in full, with a note in brackets (受訪者：林志豪（…）); the turns are labelled
    with the family name alone (林：), the reporter's with a word of the role (記：)."""
    interview = (
        "【人物專訪】在高息環境下找增長\n\n受訪者：林志豪（某資產管理投資總監）\n\n"
        "記：今年亞洲股市表現參差，你點睇明年？\n\n林：明年亞洲會比美國好。\n\n記：中國呢？\n\n林：中國嘅估值好吸引。\n"
    )
    assert spoken(interview) == [("明年亞洲會比美國好", "林志豪"), ("中國嘅估值好吸引", "林志豪")]


def test_a_title_the_head_gives_a_named_person_labels_their_turns():
    """A meeting's record names its chairman after his title (主席：董事長 王志遠); the turns are labelled with the
    title and a word of replying (董事長回覆：): his."""
    record = (
        "某某重電 股東臨時會 發言紀錄\n\n主席：董事長 王志遠\n\n股東戶號0231：明年訂單能見度如何？\n\n"
        "董事長回覆：明年營收成長三成以上應該沒有問題。\n"
    )
    assert spoken(record) == [("明年營收成長三成以上應該沒有問題", "王志远")]


@pytest.mark.parametrize(
    "label",
    ["總裁答", "总裁答", "總裁回覆"],  # the title and a word of answering, one character or two
)
def test_a_title_alone_and_a_word_of_answering_is_the_titled_persons_turn(label):
    record = (
        "央行記者會 文字整理稿\n出席：總裁 宋立衡、副總裁 嚴以誠\n\n記者問（某報）：明年會降息嗎？\n\n"
        f"{label}：我認為明年上半年降息的機率不大。\n"
    )
    assert spoken(record) == [("我認為明年上半年降息的機率不大", "宋立衡")]


def test_an_anonymous_guest_below_a_headline_of_two_lines_and_its_fields_answers_unnamed():
    minutes = (
        "【专家交流纪要】光模块需求跟踪（第二期）\n\n主办：某某证券通信组\n时间：2027年5月8日 20:00\n"
        "主持人：柯远帆（某某证券通信首席）\n专家：某头部光模块厂商前销售总监，从业十五年\n\n"
        "Q：明年800G的需求怎么看？\nA：我认为明年800G的出货量会翻倍。\n"
    )
    assert spoken(minutes)[-1] == ("我认为明年800G的出货量会翻倍", "unnamed")


@pytest.mark.parametrize(
    "headline",
    ["【演讲实录】启衡资本褚明涛：硬科技投资进入挤泡沫阶段", "【演講實錄】啟衡資本褚明濤：硬科技投資進入擠泡沫階段"],
)
def test_a_speech_headline_names_its_speaker_after_the_firm(headline):
    text = f"{headline}\n编者按：以下为演讲实录，有删节。\n\n各位来宾，下午好！\n我认为这个调整还没有结束。\n"
    assert spoken(text)[-1][1] == "褚明涛"


@pytest.mark.parametrize(
    "text",
    [
        "【直播回放】老吴夜话 第12场\n主播：吴天行（财经博主）\n\n[20:30] 吴天行：老铁们晚上好，今天聊黄金。\n"
        "[20:35] 吴天行：这一轮不是普通的回调，是估值体系在换锚。\n",
        "【直播回放】老吳夜話 第12場\n主播：吳天行（財經博主）\n\n[20:30] 吳天行：老鐵們晚上好，今天聊黃金。\n"
        "[20:35] 吳天行：這一輪不是普通的回調，是估值體系在換錨。\n",
    ],
)
def test_a_host_alone_on_air_answering_the_viewers_questions_holds_the_views(text):
    assert spoken(text)[-1][1] == "吴天行"


@pytest.mark.parametrize("label", ["主持人总结（谭晓峰）：", "主持人小結（譚曉峰）："])
def test_a_hosts_summing_up_under_a_label_that_says_so_gives_views(label):
    minutes = (
        "【专家电话会纪要】变压器跟踪\n主持人：谭晓峰（某某证券首席分析师）\n专家：某设计院前总工程师，从业二十年\n\n"
        f"Q：明年会不会过剩？\nA：我认为中低压产品确实有过剩风险。\n\n{label}\n高电压等级变压器的紧张将贯穿未来两到三年。\n"
    )
    assert spoken(minutes)[-1] == ("高电压等级变压器的紧张将贯穿未来两到三年", "谭晓峰")


@pytest.mark.parametrize(
    "lead, speaker",
    [
        # a written brief that drew on interviews is no transcript: its writer's views are the author's
        ("本简报基于公开资料、对十余位业界人士的访谈以及本院数据库，评估管制的走向。", None),
        ("本簡報基於公開資料、對十餘位業界人士的訪談以及本院資料庫，評估管制的走向。", None),
        # ... a talk written up is its speaker's, the byline's when no one else is named
        ("以下是本次直播的文字稿整理。", "郑知远"),
    ],
)
def test_interviews_a_text_drew_on_make_no_transcript_of_it(lead, speaker):
    head = f"芯片管制进入长期化阶段\n{lead}\n一、管制走向\n"
    assert dialogue.designated_speaker(to_simplified(head), "郑知远") == speaker


def test_a_speech_head_with_a_date_in_brackets_names_its_speaker():
    head = "以下是財政司司長陳茂波今日（十二月三日）在香港金融論壇的致辭全文：\n各位嘉賓：\n今年香港資本市場表現理想。"
    assert dialogue.designated_speaker(to_simplified(head)) == "陈茂波"


@pytest.mark.parametrize(
    "provided, speaker",
    [
        ("【说明】以下问答由恒泰基金整理提供，回答内容代表基金公司观点。", "恒泰基金"),
        ("更新时间：2027-04-21　來源：恒泰基金　瀏覽量：12,583", "恒泰基金"),
        # a source that is no organisation's name gives the answers no one
        ("来源：本站编辑部整理", "author"),
    ],
)
def test_answers_unnamed_are_whoever_the_head_says_provides_them(provided, speaker):
    text = (
        f"黄金联接基金常见问题解答\n\n{provided}\n\n问：现在买黄金是不是追高？\n\n"
        "答：短期波动会加大，但支撑金价的中长期逻辑没有改变。\n"
    )
    answer = [c for c in article_claims(text, to_simplified(text)) if "金价" in c.text]
    assert [c.speaker for c in answer] == [speaker]


def test_the_chairman_hosting_the_meeting_answers_under_a_label_that_says_so():
    # 答（董事长）： after another's answer is an answer, though he hosts the meeting's questions
    text = (
        "会议主持人：董事长兼总经理蒋以川\n出席及列席人员：董事长兼总经理蒋以川；董事会秘书叶澄明\n\n"
        "问（股东）：今年分红比去年少了，是不是不看好未来？\n\n"
        "答（董事会秘书）：分红比例下降主要是考虑到扩张期的资金需求。\n\n"
        "答（董事长）：补充一句，等资本开支高峰过去，分红比例一定会回到30%以上。\n"
    )
    found = [c for c in article_claims(text, to_simplified(text)) if "30%" in c.text]
    assert [c.speaker for c in found] == ["蒋以川"]


def test_a_meetings_minutes_give_a_title_in_brackets_and_a_title_alone_to_the_one_the_head_named_with_it():
    text = (
        "二〇二七年股東週年大會會議記錄（摘要）\n\n"
        "出席：董事會主席兼執行董事區永康先生（大會主席）、執行董事兼財務總監馮慧芝女士\n\n"
        "主席表示，數據中心的需求仍處於早期階段。\n\n"
        "問（股東陳先生）：管理層為何不加大回購？\n\n"
        "答（主席）：董事會同意現時股價偏低，但資本開支高峰期過後才會考慮回購。\n"
    )
    speakers = {c.speaker for c in article_claims(text, to_simplified(text))}
    assert speakers == {"区永康"}


@pytest.mark.parametrize(
    "head, names",
    [
        ("出席：董事長 陳國棟、財務長 林淑芬", {"董事长": "陈国栋", "财务长": "林淑芬"}),
        # the title run into the name in a list, a second post before it (董事、总经理)
        (
            "出席人员：董事长宋若川，董事、总经理陆海川，董事会秘书冯以澜",
            {"董事长": "宋若川", "董事": "陆海川", "总经理": "陆海川", "经理": "陆海川", "董事会秘书": "冯以澜"},
        ),
        # each title of a person's item in the list is theirs, those before the last joined by 、 too
        (
            "出席：行長 潘立安；副行長、外匯局局長 韋承澤",
            {"行长": "潘立安", "副行长": "韦承泽", "外汇局局长": "韦承泽", "局长": "韦承泽"},
        ),
        ("出席股东：共137名，代表股份2.46亿股", {}),
        # joined titles are each the holder's, a title's ending alone too (主席), unless two hold it (执行董事, 董事);
        # a form of address and a note after the name are no part of it
        (
            "出席：董事會主席兼執行董事區永康先生（大會主席）、執行董事兼財務總監馮慧芝女士",
            {
                "董事会主席兼执行董事": "区永康",
                "董事会主席": "区永康",
                "主席": "区永康",
                "执行董事兼财务总监": "冯慧芝",
                "财务总监": "冯慧芝",
                "总监": "冯慧芝",
            },
        ),
    ],
)
def test_the_people_a_heads_list_names_after_their_titles(head, names):
    found = titled_names(to_simplified(head))
    assert {title: name for title, (name, _) in found.items()} == names


@pytest.mark.parametrize(
    "head, speaker",
    [
        # a head naming the guest and the short name the turns go by; an anonymous guest keeps the label's no one
        ("特邀专家：冯启衡，某评级机构前董事总经理（以下简称“专家”）", "冯启衡"),
        ("特邀專家：馮啟衡，某評級機構前董事總經理（以下簡稱「專家」）", "冯启衡"),
        ("参会嘉宾：某头部服务器电源厂商前产品总监（以下简称“专家”）", "unnamed"),
    ],
)
def test_the_short_name_a_head_gives_a_guest_labels_their_turns(head, speaker):
    text = (
        f"专家电话会议纪要\n\n{head}\n主持人：赵砚秋\n\n"
        "主持人：怎么看明年的融资成本？\n专家：我认为明年的融资成本会明显下降。\n"
    )
    assert spoken(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # names a head lists after a role's label, each with a note: they label turns though they are also words
        (
            "播客文字稿\n主播：大熊（前信用分析师）｜小圆（主持）\n\n小圆：SPV会出事吗？\n大熊：我认为短期不会出事，五年以后才是考验。\n",
            "大熊",
        ),
        (
            "節目文字稿\n主播：大熊（前信用分析師）｜小圓（主持）\n\n小圓：SPV會出事嗎？\n大熊：我認為短期不會出事，五年以後才是考驗。\n",
            "大熊",
        ),
        # ... or a list of names with one note for them all, behind a quote mark and an emoji
        (
            "# EP.12｜日圓翻身？\n> 🎙 主持：阿凱、小魚（兩個不專業的投資人）\n\n**阿凱**：日圓會升嗎？\n"
            "**小魚**：我認為日圓下半年會走強。\n",
            "小鱼",
        ),
    ],
)
def test_names_a_head_lists_with_notes_label_their_turns(text, speaker):
    assert spoken(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "line, speaker",
    [
        # a report's line naming who comments in the section below it
        ("點評人：蔣思遠　某能源研究院高級分析師", "蒋思远"),
        ("点评人：蒋思远　某能源研究院高级分析师", "蒋思远"),
        ("点评：数据中心用电增长强劲", "author"),  # a heading of comments, no one named
    ],
)
def test_a_line_naming_who_comments_gives_them_the_section_below(line, speaker):
    text = f"全国电力消费月度报告\n\n四、分析师点评\n\n{line}\n\n我们预计到2030年数据中心用电占比将升至一成以上。\n"
    assert spoken(text)[-1][1] == speaker


def test_a_speech_under_its_label_runs_past_the_editors_subheadings():
    text = (
        "策略会演讲实录\n\n主持人：欢迎严总。\n\n严文博：\n\n各位好。我认为下半年市场震荡向上。\n\n"
        "■ 流动性：别太担心外资\n\n外资的边际影响在下降，险资会继续增配权益。\n\n主持人：谢谢严总。\n"
    )
    found = spoken(text)
    assert ("险资会继续增配权益", "严文博") in found
    assert not any(claim.startswith("■") for claim, _ in found)  # the subheading stays the editor's


@pytest.mark.parametrize(
    "line, claims",
    [
        # a turn's clauses of one kind of view are one line of argument, whoever each is about
        ("陳老師：AI伺服器的需求還是非常強，客戶的庫存也很健康。", ["AI伺服器的需求還是非常強，客戶的庫存也很健康"]),
        ("贺立群：比特币跟纳指相关性太高，本质上还是风险资产。", ["比特币跟纳指相关性太高，本质上还是风险资产"]),
        # ... and part where the kind changes: a judgement, then advice
        ("陳老師：融資餘額偏高，大家槓桿不要開太大。", ["融資餘額偏高", "大家槓桿不要開太大"]),
    ],
)
def test_a_turns_views_part_where_their_kind_changes(line, claims):
    text = f"直播文字实录\n\n主持人：请讲讲。\n\n{line}\n\n主持人：谢谢。\n"
    assert [claim for claim, who in spoken(text) if who != "author"] == claims


@pytest.mark.parametrize(
    "line, held",
    [
        # a host's own opinion, however plainly framed, is a view of hers; her question is none
        ("主持人：我插一句，我自己是覺得電價才是更實際的問題。", True),
        ("主持人：我個人認為電價才是更實際的問題。", True),
        ("主持人：電價才是更實際的問題嗎？", False),
    ],
)
def test_a_hosts_own_opinion_is_a_view_of_hers(line, held):
    head = "財經節目\n\n主持人：陳思遠　嘉賓：宏策研究院首席分析師 賀立群"
    text = f"{head}\n\n{line}\n\n賀立群：我認為電價明年還會再漲。\n"
    assert any(who == "陈思远" for _, who in spoken(text)) == held


@pytest.mark.parametrize(
    "section, speaker",
    [
        # a section's topic and its part behind a middle dot heads a report's section, and names no one
        ("【能源·原油】\n逻辑：油价下半年仍有下行压力。", "author"),
        ("【貴金屬·黃金】\n邏輯：金價下半年仍有上行空間。", "author"),
        ("【有色金属・铜】\n逻辑：铜价下半年仍有上行空间。", "author"),
        # ... but a foreign name so written names someone, its pieces however jieba cuts them
        ("【原油】\n杰罗姆·鲍威尔表示，美国通胀下半年仍会回落。", "杰罗姆·鲍威尔"),
        ("【原油】\n克里斯蒂娜·拉加德表示，欧元区通胀下半年仍会回落。", "克里斯蒂娜·拉加德"),
        ("【原油】\n斯坦利·德魯肯米勒表示，美國通膨下半年仍會回落。", "斯坦利·德鲁肯米勒"),
    ],
)
def test_a_topic_and_its_part_behind_a_dot_are_no_name(section, speaker):
    text = f"某某期货｜早评\n2027年9月14日\n\n{section}\n\n【外汇·人民币】\n逻辑：人民币仍有升值空间。\n"
    assert spoken(text)[0][1] == speaker


@pytest.mark.parametrize(
    "series, heading, labels",
    [
        # a house's series and its title behind a middle dot, phrases ending in a common word, names no one
        ("【远岫策略·周度观点】", "美债冲高：先守后攻", ("黄金：超配。", "电网设备：超配。", "高股息（银行）：标配。")),
        ("【遠岫研究·每週觀察】", "美債衝高：先守後攻", ("黃金：超配。", "電網設備：超配。", "高股息（銀行）：標配。")),
    ],
)
def test_a_series_behind_a_dot_heading_a_note_of_labelled_lines_is_no_speaker(series, heading, labels):
    body = "\n\n".join(f"{label}我们认为中期上行逻辑未破。" for label in labels)
    text = f"{series}{heading}\n\n远岫证券研究所｜策略周报\n\n大势：我们认为本轮调整的主因是海外利率冲高。\n\n{body}\n"
    assert {who for _, who in spoken(text)} == {"author"}


@pytest.mark.parametrize(
    "first, second",
    [
        # ... but a side and its speaker behind a dot name them, a Chinese name being shorter than a series' words
        ("正方·贺季平", "反方·符知远"),
        ("正方·賀季平", "反方·符知遠"),
    ],
)
def test_a_side_and_its_speaker_behind_a_dot_name_the_speaker(first, second):
    views = ("我认为龙头已被错杀。", "我认为估值还会下修。", "我认为应该分批买入。")
    text = "书面辩论\n\n" + "".join(f"【{side}】\n{view}\n\n" for side, view in zip((first, second, first), views))
    assert [who for _, who in spoken(text)] == [to_simplified(first), to_simplified(second), to_simplified(first)]


@pytest.mark.parametrize(
    "line, claim",
    [
        # a view's line under its label is a view, not a heading, though unpunctuated
        ("观点：供需宽松格局未改，反弹空间有限", "供需宽松格局未改，反弹空间有限"),
        ("核心觀點：高位寬幅震盪，上方空間有限", "高位寬幅震盪，上方空間有限"),
    ],
)
def test_a_views_line_under_its_label_is_a_view(line, claim):
    text = f"某某期货｜早评\n2027年9月14日\n\n【原油】\n{line}\n逻辑：隔夜布伦特原油收于68.35美元/桶。\n"
    assert claim in [c for c, _ in spoken(text)]


_THREAD = (
    "发件人：Tony Ma 马骏 <tony.ma@example.com>\n发送时间：2027年3月2日 9:10\n收件人：Lily Xu 徐莉;\n"
    "Ben Lo 罗斌\n主题：RE: 铜价\n\nLily，\n\n我认为铜价下半年还会创新高。\n\nTony\n\n"
    "> 发件人：{sender}\n> 发送时间：2027年3月1日 18:02\n> 主题：铜价\n>\n> 我觉得铜价短期回调的风险很大。\n"
)


@pytest.mark.parametrize(
    "sender, speakers",
    [
        # a thread of several people's messages: each message is its sender's, the quoted one too
        ("Lily Xu 徐莉 <lily.xu@example.com>", ["马骏", "徐莉"]),
        # ... but a thread one person wrote, with a department's message below, is the writer's own article
        ("投资策略部 <research@example.com>", ["author", "author"]),
    ],
)
def test_the_messages_of_an_email_thread_are_their_senders(sender, speakers):
    text = _THREAD.format(sender=sender)
    assert [who for _, who in spoken(text)] == speakers
    assert [who for _, who in spoken(to_traditional(text))] == speakers  # names as the simplified text gives them


def test_a_threads_header_fields_name_no_one_a_senders_own_view_is_theirs_and_a_quote_of_a_message_above_no_view():
    text = (
        "From: 顾以宁 <gu@example.com>\nTo: 信用组 <credit@example.com>\nAttachments: TermSheet.pdf\n\n"
        "各位，\n\n我的看法：这类结构是今年信用市场里少有的高评级高利差组合，值得拿。\n\n"
        "From: 莫承泽 <mo@example.com>\nTo: 顾以宁 <gu@example.com>\n\n"
        "> 这类结构是今年信用市场里少有的高评级高利差组合，值得拿。\n\n"
        "我不同意，流动性溢价最容易在压力时期放大。\n\n"
        "From: 黎青 <li@example.com>\nTo: 顾以宁 <gu@example.com>\n\n"
        "> 我不同意，流动性溢价最容易……\n\n"
        "我倾向于先小仓位参与，同时控制好久期。\n"
    )
    assert [who for _, who in spoken(text)] == ["顾以宁", "莫承泽", "黎青"]


def test_a_digests_item_is_its_firms_report_and_its_one_analysts():
    text = (
        "研报速递｜三家券商最新观点\n\n本号只做公开研报的摘要整理，不构成投资建议。\n\n"
        "━━━━━━\n① 北辰科技（688001.SH）｜华岳证券电子团队\n"
        "分析师：蒋如松（执业证书编号：S0850523060002）\n评级：买入（维持）\n核心观点：存储涨价周期至少会延续到年底。\n\n"
        "━━━━━━\n② 远川电气（002999.SZ）｜瀚海证券电力设备新能源团队\n"
        "分析师：汪海潮（执业证书编号：S0570521030004）、柏可欣（执业证书编号：S0570524070019）\n"
        "评级：买入（上调评级）\n核心观点：海外电网设备的供需缺口至少要到2029年才可能缓解。\n"
    )
    speakers = ["蒋如松", "蒋如松", "瀚海证券", "瀚海证券"]
    assert [who for _, who in spoken(text)] == speakers
    assert [who for _, who in spoken(to_traditional(text))] == speakers


@pytest.mark.parametrize(
    "script, held",
    [
        # a presenter alone under their role's label among a video script's cues: the writer's own views
        (
            "[镜头] 近景\n\n主播：先说黄金。\n\n主播：金价很扎实。\n\n【BGM】钢琴\n\n主播：短线已经有点过热了。\n",
            True,
        ),
        (
            "[鏡頭] 近景\n\n主播：先說黃金。\n\n主播：金價很紮實。\n\n【BGM】鋼琴\n\n主播：短線已經有點過熱了。\n",
            True,
        ),
        # ... not a host who asks a guest the script names by the label of their turns
        (
            "主持人：先说黄金。\n\n李承恩：黄金这次涨得很扎实。\n\n主持人：那短线呢？\n\n李承恩：短线已经有点过热了。\n",
            False,
        ),
    ],
)
def test_a_presenter_alone_under_their_label_holds_the_views(script, held):
    found = spoken(f"【口播脚本】第87期｜黄金还能追吗\n账号：某某聊资产\n\n{script}")
    assert (("短线已经有点过热了", "author") in [(to_simplified(c), who) for c, who in found]) == held


@pytest.mark.parametrize(
    "line",
    [
        # a fund's warning read out in a turn, each half alone, and a live stream's compliance prompt
        "贺启明：基金有风险，投资需谨慎。",
        "賀啟明：市場有風險，入市需謹慎。",
        "【合规提示】直播期间请勿轻信任何自称内部人员的私信，本公司不会通过私信推荐股票。",
    ],
)
def test_a_warning_read_out_in_a_turn_is_no_view(line):
    head = "直播文字实录\n主持人：宋一禾\n嘉宾：贺启明（某基金经理）"
    text = f"{head}\n\n{line}\n\n贺启明：我认为上半年大概率还是区间震荡。\n"
    assert [claim for claim, _ in spoken(text)] == ["我认为上半年大概率还是区间震荡"]


_LETTER = (
    "致：某某数据董事会\n\n各位董事：\n\n二、折让的根源\n\n"
    "我们认为，上述折让的根源并非资产质素，而是资本配置失当。这个杠杆水平难以持续。\n\n"
    "我们相信，一旦分拆成功，贵公司的估值折让可望在十二个月内收窄一半以上。\n\n此致\n\n{signature}\n2027年8月25日\n"
)


@pytest.mark.parametrize(
    "lead, signature, speaker",
    [
        # a letter a story quotes after its lead line, to its sign-off: the firm or the person signing it
        ("以下为公开信内容节录：", "柏岭资本管理有限公司\n管理合伙人　韦思朗", "柏岭资本管理有限公司"),
        ("以下為公開信全文：", "敬禮！\n\n管理合夥人　韋思朗", "韦思朗"),
        ("信函全文如下：", "柏嶺資本管理有限公司\n管理合夥人　韋思朗", "柏岭资本管理有限公司"),
        # a letter that is the article itself, with no lead line, is its author's
        ("", "柏岭资本管理有限公司\n管理合伙人　韦思朗", "author"),
    ],
)
def test_a_letter_a_story_quotes_is_its_signers(lead, signature, speaker):
    story = "激进基金致函董事会　促分拆数据中心\n\n柏岭资本昨日向董事会发出公开信。\n\n" if lead else ""
    text = f"{story}{lead}\n\n" + _LETTER.format(signature=signature)
    said = spoken(to_traditional(text) if "敬禮" in signature or "嶺" in signature else text)
    letter = [who for claim, who in said if "折让" in to_simplified(claim) or "杠杆" in to_simplified(claim)]
    assert len(letter) == 3 and set(letter) == {speaker}


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_document_a_story_quotes_is_its_drafters_to_the_reporters_own_section(script):
    text = (
        "委员建议设立配套电网专项投资\n\n全国政协委员沈立衡今年提交了一份提案。\n\n以下为提案主要内容（经本报编辑摘录）：\n\n"
        "关于加大配套电网投资的提案\n\n提案人：沈立衡\n\n一、问题分析\n\n现有电网规划明显低估了算力负荷的增长速度。\n\n"
        "二、建议\n\n建议在超长期特别国债中安排专项额度。\n\n记者手记\n\n"
        "东沛证券首席分析师蓝子骞认为，专项投资规模偏保守。\n\n我们认为，这一提案的方向值得肯定。\n"
    )
    assert [who for _, who in spoken(script(text))] == ["沈立衡", "沈立衡", "蓝子骞", "author"]


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_report_a_story_reprints_is_its_mastheads_firm_to_a_platforms_entry(script):
    text = (
        "华垣电网公示第二批变压器招标结果，合计中标金额186亿元。\n\n以下为券商点评转载\n\n"
        "━━━━━━━━━━\n\n启衡证券研究所｜电力设备｜公司快评\n\n分析师：梁韵舟\n\n"
        "我们认为，电网投资的加速具有持续性。\n\n公司GIS业务收入占比约14%，影响相对可控。\n\n"
        "━━━━━━━━━━\n\n投资者 用户z88***　提问时间：2027-03-19 14:17\n公司海外订单占比多少？\n"
        "衡岳电气　回复时间：2027-03-20 16:07\n公司判断，北美变压器的供需缺口仍将存在。\n"
    )
    assert [who for _, who in spoken(script(text))] == ["启衡证券研究所", "启衡证券研究所", "衡岳电气"]
    story = text.replace("以下为券商点评转载", "记者了解到，行业景气仍在延续。")  # no reprint's lead: the story's
    assert [who for _, who in spoken(script(story))][:2] == ["author", "author"]


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_firms_staff_under_its_items_heading_speak_for_it_and_an_arrowed_own_view_is_the_writers(script):
    item = (
        "【展位{n}】{firm}（南港1馆 M0412）｜液冷散热\n"
        "・业务经理表示，明年液冷出货占比有望突破六成。\n・业内人士认为，价格战明年可能加剧。\n"
        "→ 我们看法：液冷仍是今年最确定的题材，但毛利率高点可能已过。\n\n"
    )
    head = "某某投顾　展会拜访纪录\n研究员：简柏瀚\n\n＊本文为展场访谈纪录，厂商说法未经证实。\n\n"
    text = head + item.format(n=1, firm="泓霆科技") + item.format(n=2, firm="宇晟电子")
    assert [who for _, who in spoken(script(text))] == [
        "泓霆科技", "unnamed", "author", "author", "宇晟电子", "unnamed", "author", "author"
    ]


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_proposal_is_its_proposers_and_a_reply_its_issuers(script):
    text = (
        "代表建议\n\n建议编号：第0312号\n领衔代表：邱雅岚（湾南区代表团）\n主办单位：岚湾市能源局\n\n建议内容：\n\n"
        "我认为，如果电网建设继续滞后，我市数据中心的电力缺口可能扩大到1.5吉瓦以上。\n\n"
        "岚湾市能源局\n关于市十七届人大三次会议第0312号建议的答复\n\n邱雅岚代表：\n\n"
        "您提出的建议收悉。我局认为，数据中心已成为我市用电增长最快的领域，电网保障压力将持续加大。\n"
    )
    assert {who for _, who in spoken(script(text))} == {"邱雅岚", "岚湾市能源局"}
    assert [who for _, who in spoken(script(text))][0] == "邱雅岚"


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_columns_name_in_brackets_over_its_byline_is_no_speaker(script):
    text = (
        "陈德胜：电力是AI时代的新棕油\n\n常青电力主席陈德胜表示，电力已经是最稀缺的资源。\n\n"
        "【股海观潮】\n美元资产不再唯一\n文：叶子鸣\n\n笔者认为，令吉年底前升至4.05已是相当乐观的估计。\n"
    )
    assert [who for _, who in spoken(script(text))][-1] == "author"


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_letters_salutation_opens_no_turn_of_whom_it_addresses(script):
    reply = "邱雅岚代表：\n\n您提出的建议收悉。我局认为，数据中心已成为我市用电增长最快的领域。\n"
    assert {who for _, who in spoken(script(reply))} == {"author"}  # (the page's own letter: no issuer's head)
    minutes = (
        "孟青代表：\n\n我认为，算力负荷的特点是大、稳、快，单靠风电撑不起来。\n\n"
        "鲁德华代表：\n\n重复建设的风险已经显现。\n"
    )
    assert [who for _, who in spoken(script(minutes))] == ["孟青", "孟青", "鲁德华"]


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_salutation_over_a_letter_that_closes_as_letters_do_opens_no_turn_of_whom_it_addresses(script):
    """A case file of letters: "萧女士：" alone over the bank's reply, closed by 此致 and its writer, addresses her."""
    text = (
        "文件一：投诉人来函\n\n致：某某投诉专员公署　投诉处理组\n由：黎美琪女士（投诉人）\n"
        "日期：2027年2月26日\n事由：投诉某银行销售挂钩票据\n\n敬启者：\n\n"
        "本人于去年经客户经理推介认购票据。本人的投诉如下：\n\n一、本人认为这只票据的风险被严重低估。\n\n"
        "二、价格恐怕还会再跌。\n\n随函附上：\n（1）认购确认书副本\n\n黎美琪　谨启\n\n文件二：银行书面回复\n\n"
        "致：某某投诉专员公署　个案主任 萧咏琪女士\n副本：黎美琪女士\n\n萧女士：\n\n本人代表本行回复如下：\n\n"
        "1. 有关票据市值下跌：本人认为，票据市值下跌主要由于信贷利差扩阔。\n\n"
        "2. 若信贷利差回落，票据市值有望收复大部分跌幅。\n\n此致\n\n区俊明\n客户关系部经理\n\n"
        "文件三：个案主任结案备忘\n\n个案主任：萧咏琪（投诉处理组　高级个案主任）\n"
        "结案日期：2027年4月21日\n\n个案主任备注：\n"
        "本个案反映，以单一租户数据中心债券为参考资产的结构性票据，其集中风险往往未被零售投资者充分理解。\n\n"
    )
    speakers = [who for _, who in spoken(script(text))]
    assert speakers[3:5] == ["author", "author"]


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_scripts_head_that_gives_each_name_a_letter_names_the_lettered_lines(script):
    text = (
        "相声《算力》\n逗哏：马乐天（下称甲）　　捧哏：钱守拙（以下简称乙）\n\n"
        "甲：我看这轮AI行情还能再涨一年。\n乙：我觉得泡沫迟早要破。\n"
    )
    assert [who for _, who in spoken(script(text))] == ["马乐天", "钱守拙"]


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_line_between_rules_is_a_heading_however_long_and_ends_the_turn_above(script):
    text = (
        "Kelvin：今日处理了两张大单，合计约2.6亿美元。\nTony：另一位客户卖出了1.2亿美元软件股，我觉得还会跌。\n"
        "===== 交易台观点（仅代表销售交易台，非研究部观点，仅供专业投资者参考）=====\n"
        "1) 电网交易还没有拥挤，任何回调都是买入机会。\n"
    )
    assert [who for _, who in spoken(script(text))][-1] == "author"


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_chat_exports_sender_in_brackets_under_the_time_says_the_lines_below(script):
    text = (
        "在线客服｜会话记录导出\n\n2027-04-16 21:03:20\n【老刘爱存金】\n我自己是觉得金价还得涨，美元迟早要贬。\n\n"
        "2027-04-16 21:04:02\n【人工客服·周婉（工号：A8306）】\n从过去几年看，定投分批买入可以平滑持仓成本。\n"
    )
    assert {who for _, who in spoken(script(text))} == {"老刘爱存金", "周婉"}


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_chat_replays_senders_say_their_lines_and_its_host_answers(script):
    text = (
        "【聊天室重播】周四夜盘直播\n主持人：郑柏翰（频道主持人）\n\n"
        "[00:00:45] 阿宏不追高：来了来了\n"
        "[00:02:52] 股海老船长：台积电1,500以上都是泡沫，我全部出清了\n"
        "[00:03:15] 🟢 $100.00 陈小卷：台积电现在还能进场吗？\n"
        "[00:03:58] 【主持人 柏翰】谢谢小卷的超级留言。台积电的订单能见度看到2028年，现在这个价位还有上档空间。\n"
        "[00:05:20] 小米粥：+1\n"
    )
    said = [(to_simplified(claim), who) for claim, who in spoken(script(text))]
    assert [who for _, who in said] == ["股海老船长", "柏翰"]
    assert not any("进场" in claim for claim, _ in said)  # a viewer's question asks


def test_a_timed_subtitles_lead_in_is_no_sender():
    text = (
        "[00:12:30] 我自己的策略是：上游芯片拿一部分但不加仓，新增的钱更多放到电力设备上。\n"
        "[00:12:50] 总结一句话：AI资本开支还没到顶。\n"
    )
    assert {who for _, who in spoken(text)} == {"author"}


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_the_writers_own_word_under_a_forwarded_view_is_theirs_and_a_heading_so_worded_heads(script):
    text = (
        "【某某计算机｜首席 何嘉树】我们认为北美云厂商明年的资本开支还会上调。\n"
        "我的一句话：capex不是问题，回报什么时候兑现才是问题。\n\n"
        "我的看法：不是所有软件都会被AI吃掉\n\n垂直行业软件的护城河依然很深。\n"
    )
    said = [(to_simplified(claim), who) for claim, who in spoken(script(text))]
    assert said == [
        ("我们认为北美云厂商明年的资本开支还会上调", "何嘉树"),
        ("capex不是问题，回报什么时候兑现才是问题", "author"),
        ("垂直行业软件的护城河依然很深", "author"),
    ]


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_quote_cards_signature_names_its_speaker_and_heads_nothing(script):
    text = (
        "## 日本：这次不一样的是公司\n\n"
        "“日本企业第一次真正把股东当回事，这不是一轮行情，是一个时代的换挡。”\n\n—— 筱原拓真｜青岚投资顾问合伙人\n\n"
        "但日元是一把双刃剑，出口股的利润会被升值吃掉。\n"
    )
    assert [who for _, who in spoken(script(text))] == ["筱原拓真", "author"]


@pytest.mark.parametrize(
    "text, speakers",
    [
        (
            "# 一周观点精选\n\n> **硅谷老周** @laozhou_sv · 10月15日\n>\n"
            "> 折旧五年是会计口径，别拿会计年限当经济寿命。\n>\n"
            "> 转发 936 · 点赞 5,402\n\n**编者：** 我们的看法是，回本周期确实被拉长了。\n\n"
            "> **Helena Vasquez-Thorne, CFA** @hvt_macro · 10月16日\n>\n> 译：更大的风险不在回本，而在融资。\n",
            ["硅谷老周", "author", "Helena Vasquez-Thorne"],
        ),
        (
            "# 一週觀點精選\n\n> **矽谷老周** @laozhou_sv · 2027年10月15日\n>\n"
            "> 折舊五年只是會計口徑，別拿會計年限當經濟壽命。\n\n"
            "**編者：** 我們認為回本週期確實被拉長了。\n",
            ["矽谷老周", "author"],
        ),
    ],
)
def test_an_embedded_posts_header_names_its_writer_and_the_editors_note_is_the_authors(tmp_path, text, speakers):
    from .test_claims import claims_of_markdown

    assert [c.speaker for c in claims_of_markdown(tmp_path, text)] == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        (
            "【電話理財錄音謄本】\n客戶經理：林浩朗（工號 H27346）\n客戶：馮生（風險評級：第4級）\n\n"
            "[10:15:41] 客戶經理：我哋認為美元指數大機會喺100以下徘徊。\n[10:16:05] 客戶：我自己就覺得美元遲早會跌。\n",
            ["林浩朗", "冯生"],
        ),
        (
            "访谈记录\n访谈人：周屿\n受访人：沈嘉禾（某基金研究总监）\n\n受访人：我认为明年铜价会继续上涨。\n",
            ["沈嘉禾"],
        ),
        # a head whose role names no one leaves the role's turns unnamed
        ("通话记录\n客户经理：见附件\n\n客户经理：我认为美元会继续走弱。\n", ["unnamed"]),
    ],
)
def test_a_heads_line_of_a_role_and_a_name_makes_the_roles_turns_theirs(text, speakers):
    assert [speaker for _, speaker in spoken(text)] == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a pronoun's frame after a person brought in by name, with no verb of speech of their own
        (
            "上周我和一位老朋友聊了很久。他叫邝立民，在某省电网公司做调度。\n\n"
            "他的原话是：“现在不是设备一到就能送电，明年缺口只会更大。”\n",
            ["author", "邝立民"],
        ),
        ("週末和一個做私募的朋友老譚喝茶，他說明年最好的策略就是拿著高股息股不動。\n", ["老谭"]),
        ("另一位天使投資人Grace 施雅婷比較樂觀。她的說法是：「這是錯殺，明年會修復。」\n", ["author", "施雅婷"]),
        # no one brought in: 他 is no one the writer named, and the claim stays the writer's
        ("上周和朋友聊了很久。他的原话是：“明年缺口只会更大。”\n", ["author", "author"]),
        # someone the writer asked, not named: a 他 after is theirs, not the analyst's before
        (
            "某某投顾分析师林佩君表示，宏硕今年的EPS有机会挑战20元。\n我有问过一位在投信做电子研究的朋友，他的看法跟我不一样。\n"
            "他说今年AI服务器的出货其实是被电力跟散热卡住的，不是需求不够。\n",
            ["林佩君", "unnamed"],
        ),
        (
            "某某投顧分析師林佩君表示，宏碩今年的EPS有機會挑戰20元。\n我有請教過一位做電子研究的朋友，他的看法跟我不一樣。\n"
            "他說今年AI伺服器的出貨其實是被電力跟散熱卡住的，不是需求不夠。\n",
            ["林佩君", "unnamed"],
        ),
        # a pronoun in the reporter's paragraph after an interview's named turn: the one who answered
        (
            "记者：您怎么看当前的市场？\n周启明：明年最大的风险不是衰退，而是拥挤。\n"
            "他进一步解释说，高股息板块的估值已经不便宜了。\n",
            ["周启明", "周启明"],
        ),
        (
            "記者：您怎麼看當前的市場？\n周啟明：明年最大的風險不是衰退，而是擁擠。\n"
            "他進一步解釋說，高股息板塊的估值已經不便宜了。\n",
            ["周启明", "周启明"],
        ),
        # a pronoun that moves a target and keeps a rating: the strategist before, not what the rating is of
        (
            "某某证券首席策略师葛文舟在最新报告中表示，存储芯片正进入新一轮上行周期。\n"
            "他将KOSPI目标点位从3600点上调至4000点，并将韩国股票评级维持在“超配”。\n",
            ["葛文舟", "葛文舟", "葛文舟"],
        ),
        (
            "某某證券首席策略師葛文舟在最新報告中表示，存儲晶片正進入新一輪上行週期。\n"
            "他將台股目標點位上調至25000點，並將台灣股票評級維持在「加碼」。\n",
            ["葛文舟", "葛文舟", "葛文舟"],
        ),
        # a speaker two paragraphs up does not say the writer's clauses after a semicolon
        (
            "我认识一位做家族办公室的朋友邓伟霖，他说他们今年已经把比特币比重加到3%。\n\n"
            "反而黄金，我就不这么看。\n\n"
            "全球央行每年买金都超过一千吨，这个趋势没有停过；美元的信用只会慢慢被侵蚀。\n",
            ["邓伟霖", "author"],
        ),
    ],
)
def test_a_pronoun_means_the_person_last_brought_in(text, speakers):
    assert [speaker for _, speaker in spoken(text)] == speakers


@pytest.mark.parametrize(
    "text, author, speaker",
    [
        ("老李点评：外资这次的判断比我想象的要乐观。", "老李看港股", "author"),
        ("老李點評：外資這次的判斷比我想像的要樂觀。", "老李看港股", "author"),
        ("钱晓棠点评：外资这次的判断比我想象的要乐观。", "老李看港股", "钱晓棠"),  # someone else's comment
    ],
)
def test_a_frame_naming_the_bylines_writer_is_the_authors(text, author, speaker):
    assert [c.speaker for c in article_claims(text, to_simplified(text), author)] == [speaker]


def test_headings_naming_each_pieces_writer_give_them_their_sections():
    text = (
        "征文大赛获奖作品公布\n\n"
        "▍一等奖：《电才是瓶颈》　作者：赵可欣\n\n"
        "算力的稀缺会持续下去，电网设备商的景气还会延长。\n\n"
        "▍二等奖：《软件股的黄昏》　作者：欧阳泽\n\n"
        "真正的泡沫不在资本开支，而在软件会被吃掉的叙事本身。\n"
    )
    assert [speaker for _, speaker in spoken(text)] == ["赵可欣", "欧阳泽"]


def test_a_nickname_frame_means_the_full_name_given_it():
    text = (
        "今次請咗個導遊陪我哋，佢叫阿芬（全名李慧芬），喺東京住咗十五年。\n\n"
        "阿芬話：「日圓咁弱，入口食品貴晒，日本人其實唔開心。」\n"
    )
    assert [speaker for _, speaker in spoken(text)][-1] == "李慧芬"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("【問題一】基金單位持有人 黎國棟先生\n黎先生表示，租戶集中度過高，風險明顯上升。\n", "黎国栋"),
        ("【問題三】基金單位持有人 葉鄭美儀女士\n葉女士指出，香港電費未來幾年只會加不會減。\n", "叶郑美仪"),
        ("受委代表 歐陽凱琳女士\n歐陽女士表示，提高發展上限會令基金風險顯著上升。\n", "欧阳凯琳"),
        # a teacher's and a master's form of address after a full name
        ("今天李淑萍老師九點準時開講。\n李老師認為，美元走弱是個趨勢。\n", "李淑萍"),
        ("记者见到了苏玄朗师傅。\n苏师傅认为，明年恒指会先跌后升。\n", "苏玄朗"),
        # two of the family name: the form of address names neither
        ("黎國棟先生與黎志明先生出席。\n黎先生表示，租戶集中度過高，風險明顯上升。\n", "黎先生"),
    ],
)
def test_a_form_of_address_means_the_full_name_given_before_it(text, speaker):
    assert [who for _, who in spoken(text)][-1] == speaker


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a chat written up with a bare time before each label, the words on the line below
        (
            "跑团聚餐纪录\n\n19:05　老郑：\n我觉得铜价明年还会再涨两成。\n\n19:06　小林：\n"
            "我看美元下半年会走弱，出口商要早点结汇。\n",
            ["老郑", "小林"],
        ),
        (
            "登山社月會紀錄\n\n20:11　老葉：\n台幣明年應該會升到三十塊以內。\n\n20:12　阿珍：\n"
            "我覺得金價短線漲太多，先別追。\n",
            ["老叶", "阿珍"],
        ),
        # a documentary's timecodes before each label, its narration in brackets the programme's own voice
        (
            "00:04:03　老黄：我觉得金价迟早会回落两成。\n"
            "00:04:12　【旁白】强积金的平均费用率仍然偏高。\n"
            "00:04:20　阿强：港股明年应该会跑赢美股。\n",
            ["老黄", "author", "阿强"],
        ),
        # a code forum's comment headers (a page saved as text), a role in brackets after the handle
        (
            "因子在降息周期里失效了吗？ #12\n\nriver-fox commented on 2027-01-04\n\n"
            "我认为这个因子在降息周期里会失效。\n\n"
            "kite-lab (Maintainer) commented on 2027-01-05\n\n回测显示动量策略明年的回撤会明显放大。\n",
            ["river-fox", "kite-lab"],
        ),
        # a song's parts in brackets, each with its performer after a colon
        (
            "〈泡泡裡的顯卡〉歌詞\n\n[Verse 1：阿凱]\n\n我看這顆泡泡撐不過明年夏天。\n\n[Hook：小晴]\n\n"
            "電不夠，顯卡再多也只是廢鐵。\n",
            ["阿凯", "小晴"],
        ),
    ],
)
def test_labels_of_written_up_chats_code_threads_and_songs(text, speakers):
    assert [who for _, who in spoken(text)] == speakers


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
@pytest.mark.parametrize(
    "text, speakers",
    [
        # a screenplay's name lines over their lines of speech, past a direction in brackets
        (
            "场景 3　夜　内　交易室\n\n"
            "赵明远（五十岁，投资总监）推门进来。\n\n"
            "赵明远\n（看着屏幕）\n这一轮回调还没完，芯片股至少还要再跌一成。\n\n"
            "许晴\n可是电网设备的订单已经排到后年，我觉得该加仓。\n\n"
            "赵明远\n利率不下来，估值就撑不住。\n\n"
            "许晴\n那黄金呢？\n我判断金价明年还会创新高。\n",
            ["赵明远", "赵明远", "许晴", "许晴", "赵明远", "许晴"],
        ),
        # a column's heading with its own byline, below the article's first full sentence
        (
            "山友通讯　第十二期\n\n"
            "一、活动回顾\n\n"
            "本月我们走了三条步道，天气晴朗。领队认为明年的油价会比今年低。\n\n"
            "二、会员专栏：〈电不够，山上都知道〉　文／罗启明（退休电力工程师）\n\n"
            "接下来几年缺的不是电厂，而是电网。\n",
            ["author", "罗启明"],
        ),
        # a guest column's byline alone under its heading (a question's), to the next heading
        (
            "本周观点\n\n这周比特币跌了一成，我认为这是一次去杠杆。\n\n"
            "嘉宾专栏｜四年周期死了吗？\n\n作者：林书衡（某资本合伙人）\n\n"
            "我认为传统的四年减半周期正在失效。\n",
            ["author", "林书衡"],
        ),
        # the writer's own words under such a heading are theirs
        (
            "本周观点\n\n这周比特币跌了一成，我认为这是一次去杠杆。\n\n"
            "嘉宾专栏｜四年周期死了吗？\n\n作者认为，传统的四年减半周期正在失效。\n",
            ["author", "author"],
        ),
    ],
)
def test_name_lines_and_a_columns_byline_give_the_lines_below_them(script, text, speakers):
    assert [to_simplified(who) for _, who in spoken(script(text))] == speakers


def test_a_list_of_names_or_a_signature_is_no_screenplay():
    text = "会议认为，明年电网投资会继续加速。\n\n出席名单\n\n赵明远\n许晴\n王立群\n\n赵明远\n投资总监\n"
    assert [who for _, who in spoken(text)] == ["author"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an interview's answers, their giver named in the headline after a kicker
        (
            "由交易室到咖啡馆　邝立言：「泡沫总要吓到最后一个人」\n\n问：你怎么看AI股？\n\n"
            "答：我觉得还有一两年可以涨，但估值已经不便宜。\n",
            "邝立言",
        ),
        # a short name the text gives someone, anywhere in it
        (
            "讲者：某电机公司业务处协理 萧文渊（以下简称萧协理）\n\n"
            "萧协理表示，变压器缺货至少还会持续三到四年。\n",
            "萧文渊",
        ),
        # a listed company's officer replying, the time of the reply in brackets
        (
            "# 澄川电气（603917）投资者问答\n\n**问：** 公司订单能否持续？\n\n"
            "**董秘回复**（2027-04-02 16:35）：\n\n我们预计今年数据中心业务收入将继续保持较快增长。\n",
            "澄川电气",
        ),
    ],
)
def test_whose_answers_and_short_names_are_whose(text, speaker):
    assert [who for _, who in spoken(text)][-1] == speaker


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_listed_companies_asked_by_their_stock_codes_answer_under_their_short_names(script):
    """An investor relations page: each question to a company and its code, the company's short name over its reply
    (a name of no firm's shape: 昌明医药, 江海物流)."""
    text = (
        "投资者***7781 向 昌明医药(603586) 提问：\n本次集采对公司有多大影响？\n昌明医药：\n"
        "您好！公司认为本次集采对公司整体经营业绩影响有限。\n"
        "投资者***3350 向 江海物流（601872） 提问：\n公司怎么看明年的运价？\n江海物流：\n"
        "您好！公司预计四季度集运业务收入将同比下降。\n"
    )
    assert [who for _, who in spoken(script(text))] == ["昌明医药", "江海物流"]


def test_an_articles_own_byline_at_its_head_is_the_author():
    text = "电网才是瓶颈　文／罗启明\n\n接下来几年缺的不是电厂，而是电网。\n"
    assert [who for _, who in spoken(text)] == ["author"]


HEADLINED_INTERVIEW = (
    "恒溢资产麦嘉朗：日股不是靠弱日元撑起来的\n\n"
    "东证指数今年至今累升约19%。\n\n"
    "问：日股今年涨了这么多，还能追吗？\n"
    "答：大盘估值已经不便宜，但中小型股仍有很大的重估空间。\n\n"
    "问：日本央行加息会不会打断升势？\n"
    "答：温和加息反而是好事，证明经济真的摆脱了通缩。\n"
)


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_an_interviews_answers_are_whom_its_headline_names_after_a_firm_the_lexicon_lacks(script):
    assert {speaker for _, speaker in spoken(script(HEADLINED_INTERVIEW))} == {"麦嘉朗"}


MORNING_MEETING = (
    "某证券研究部｜每日晨会纪要\n主持：研究部副总经理 萧文彬\n\n"
    "一、国际盘势回顾（报告人：总经分析师 刘冠廷）\n"
    "‧美国10年期公债殖利率回落至4.12%。\n‧短线资金偏向追逐有获利支撑的AI权值股。\n\n"
    "(1) 半导体／先进封装（分析师：林柏翰）\n"
    "‧先进封装产能持续吃紧。\n‧维持封测厂「宸鑫精密」买进评等。\n\n"
    "三、主席结论\n我认为明年上半年大盘仍以区间震荡为主。\n"
)


@pytest.mark.parametrize("script", [to_simplified, to_traditional])
def test_a_sections_unframed_views_are_whom_its_headings_note_says_presents_it(script):
    assert [speaker for _, speaker in spoken(script(MORNING_MEETING))] == ["刘冠廷", "林柏翰", "林柏翰", "author"]
