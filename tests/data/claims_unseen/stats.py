"""Counts of the invented unseen claim set, its README, and the trivial baseline.

    python tests/data/claims_unseen/stats.py                     # print the counts
    python tests/data/claims_unseen/stats.py --readme [--scorer PATH/score_claims.py]
    python tests/data/claims_unseen/stats.py --baseline > pred.jsonl

The baseline calls every sentence a claim by "author", bullish, certain, judgement
(the issue's "every sentence a claim by the author"); with --scorer its score goes
into the README.
"""
import argparse
import collections
import importlib.util
import json
import pathlib
import re
import sys

import opencc

HERE = pathlib.Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold.jsonl"
# A sentence ends at Chinese or Western end punctuation or at a line end.
SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_T2S, _S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def load_gold():
    with open(GOLD, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def texts():
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(TEXTS.iterdir()) if p.is_file()}


def script(text):
    """'Traditional' when converting to Simplified changes more characters than the reverse."""
    to_s = sum(a != b for a, b in zip(text, _T2S.convert(text)))
    to_t = sum(a != b for a, b in zip(text, _S2T.convert(text)))
    return "Traditional" if to_s > to_t else "Simplified"


def speaker_class(name):
    return name if name in ("author", "unnamed") else "named"


def counts(gold, arts):
    req = [g for g in gold if g["required"]]
    by_script = collections.Counter(script(arts[g["article"]]) for g in req)
    return {
        "articles": len(arts),
        "articles_by_script": collections.Counter(script(t) for t in arts.values()),
        "sentences": sum(len(sentences(t)) for t in arts.values()),
        "claims": len(gold),
        "required": len(req),
        "type": collections.Counter(g["type"] for g in req),
        "stance": collections.Counter(g["stance"] for g in req),
        "hedge": collections.Counter(g["hedge"] for g in req),
        "speaker": collections.Counter(speaker_class(g["speaker"]) for g in req),
        "claims_by_script": by_script,
    }


def sentences(text):
    """(start, sentence) for every non-blank sentence, stripped."""
    out = []
    for m in SENTENCE.finditer(text):
        s = m.group().strip()
        if s:
            out.append((m.start() + m.group().index(s), s))
    return out


def baseline(arts):
    for name, text in arts.items():
        for start, s in sentences(text):
            yield {"article": name, "quote": s, "start": start, "type": "judgement",
                   "speaker": "author", "stance": "bullish", "hedge": "certain", "about": ""}


def score_baseline(scorer_path, gold, arts):
    spec = importlib.util.spec_from_file_location("score_claims", scorer_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score(gold, list(baseline(arts)), arts)


def fmt(counter, order):
    return ", ".join(f"{counter[k]} {k}" for k in order)


def readme(c, base=None):
    n = c["required"]
    named = c["speaker"]["named"]
    text = (
        "# Unseen claim set (invented)\n\n"
        "The texts in `texts/` and the labels in `gold.jsonl` are invented by the team for "
        "testing the claim extractor on writing its rules never saw: no sentence is taken "
        "from a real article, and the people, brokers and funds are made up. "
        f"{c['articles']} short articles ({fmt(c['articles_by_script'], ['Simplified', 'Traditional'])}; "
        f"{c['sentences']} sentences and lines) imitate wire news on index closes with broker "
        "target changes, broker notes, a central-bank commentary, commodity pieces (gold, oil, "
        "copper), an interview transcript, a podcast transcript with labelled turns, a broker morning note, a column saved from WeChat (Markdown, with its junk), a forum post with a repost chain, the text layer of a broker PDF (page headers, a table), a translated newsletter, policy news on a State Council meeting, a Taiwanese talk-show transcript, a press-conference story, a Hong Kong column, an oil-market story, a central-bank press conference in Taipei, a story on export controls, a bond-market weekly, pieces on data-centre SPV debt, US-China chip rivalry, whether AI capital spending pays back and grid investment, an annual strategy outlook, a Taiwanese market close with fund flows, a gold-demand report, a question-and-answer interview, pieces on bitcoin miners turning to AI hosting, Korea's value-up plan, the AI sell-off in software and the yen carry trade, a WeChat post on grid equipment (Markdown, with its follow prompts), a Taiwanese broker note on foundries, a Hong Kong story on flows to Korea and Japan, a livestream transcript whose host goes by a nickname, a Hong Kong bank's note on rates and property, a story on whether AI capital spending pays back with two named camps, a forum post on nuclear power with numbered points, an earnings-call question-and-answer record, a broker sector note on HBM (Markdown, with its rating header and disclaimer), a Taiwanese TV newscast transcript with an anchor and a reporter relaying views, a Weibo thread on grid equipment with its comments, a Hong Kong story on private credit for data centres, a financial-daily story on margin financing, a Taiwanese advisory newsletter on the AI-server supply chain, a Zhihu answer on gold (Markdown, with its edit note and vote counts), a story on the Fed minutes carried from a news agency, a Hong Kong radio transcript in Cantonese whose host goes by a Latin nickname, a Telegram crypto channel post with emoji numbering, a state-news policy story quoting experts, a broker morning-meeting digest (Markdown), a podcast transcript of two hosts who disagree (with its episode fields and outro), a Taiwanese stock-forum post with its replies and system lines, a Singapore newspaper column quoting a professor and traders, a broker credit note on data-centre SPV debt (Markdown, with a table and disclaimer), a group chat exported with each sender's name and time above their messages, a fund's quarterly report with its manager's outlook (Markdown), a timed list of flash news, a Xueqiu post with its author's replies, a conference panel transcript whose labels give each speaker's firm in brackets, a Hong Kong Facebook post in written Cantonese, a Taiwanese magazine feature whose quotations name their speaker after them, a broker's bull-and-bear debate whose side labels name each speaker once (Markdown), a short-video script with its stage directions and captions, a listed company's reply to an exchange's inquiry letter, an expert-call minutes whose guest is not named (Markdown), a daily digest of brokers' views each behind its firm in brackets, a Taiwanese thread of numbered posts, a private bank's monthly outlook with a table of weights (Markdown), a Hong Kong broker's quick take in Cantonese and English, a television programme's transcript with a time before each label, a newspaper's reader-question column, a chairman's letter to shareholders (Markdown), a wire flash on a software sell-off quoting brokers for and against, a Taiwanese market story on foreign money moving to Korea and Japan, a broker's credit note on data-centre SPV financing (Markdown, with its key points, advice and risks), a Taiwanese magazine feature on chip export controls with a lawyer and an unnamed fund manager, a business-daily story on whether AI capital spending pays back with a quotation named after it, a Hong Kong newspaper column on gold and bitcoin, a broker's strategy note on the power grid with numbered points, a WeChat post on flows to Korea and Japan with bold conclusions (Markdown, with its follow prompt and links to past posts), a Taiwanese news web page on power demand (HTML, with its navigation, share bar, related links and footer), a securities-daily story on central-bank gold buying, a broker's morning note on Korea with foreign brokers' targets in bullets, a Xueqiu long post on the software sell-off (Markdown, with its byline, disclaimer and vote counts), a Taiwanese advisory weekly on AI servers with its share bar and related links, a wire story on Treasury yields with a strategist, a bond house and an unnamed hedge-fund manager, a WeChat post on grid storage with three bold judgements (Markdown, with its follow prompt and past posts), a podcast transcript on gold, bitcoin and SPV debt with a host and a guest, a Hong Kong broker's note on Japanese trading houses with its rating, summary bullets and risk factors, a story on whether AI spending pays back with a CFO quoted before he is named, a Xiaohongshu post on gold and bitcoin with emoji and hashtags (Markdown), a story on power tariffs quoting an agency's official, an industry body and a professor, a wire flash on foreign flows into Korea with two brokers' strategists named in English, a Taiwanese column on data-centre SPV debt, the text layer of a broker's annual outlook deck (page marks, numbered conclusions, a risk heading mid-deck), a Weibo post on the software sell-off with its counts and a comment box, a Hong Kong market wrap quoting two brokers' strategists and an unnamed fund manager, a translated broker note on the second stage of AI infrastructure, a Zhihu answer on whether AI capital spending pays back (Markdown, with its vote count), a financial-stability report's chapter with numbered policy proposals, a Taiwanese op-ed setting pessimists against optimists, a broker's answers to clients' five questions (Markdown), a Hong Kong story on AI listings with a banker, an unnamed fund manager and the exchange's chief, a newsletter in Chinese and English with a TL;DR (Markdown), an earnings-call summary with the CFO's outlook and the company's answers, a copper trader's voice message turned to text, a Hong Kong column on bitcoin ETF flows quoting a fund's investment director, an interview feature whose headline names its guest and whose body gives his views by his account and in his words, a Hong Kong story on data-centre SPV bonds with a bank's strategist, an unnamed bond manager and a rating agency, a hedge fund's letter to its partners (Markdown), a Taiwanese TV talk show's transcript with two guests who disagree, a broker's banking outlook with its rating and risks, a numbered overnight digest quoting two Fed officials, unnamed sources and a central-bank governor, a Hong Kong property column weighing an agent's research head against bankers, a Xueqiu post comparing power equipment with solar (Markdown, with tickers, disclaimer and counts), a securities-daily story on margin financing quoting a data vendor, an unnamed broker executive and a private fund's head, a Taiwanese fund manager's monthly report, a Zhihu answer on gold with an update below it (Markdown), a summary of a Hong Kong radio programme with a professor as its guest, a business daily's story on container freight rates with a consultancy's analyst named in Chinese characters, an unnamed forwarder and a port researcher, a Taiwanese industry analyst's column on AI PCs, a Xueqiu post on bank dividends with a bold conclusion and three numbered reasons (Markdown), a summary of a Hong Kong morning radio show in Cantonese with a property agent's research head, a business magazine's feature on local-government debt with surveyed experts, a rating agency's official and an unnamed finance official, a Taiwanese broker's weekly strategy report with numbered sections, a Bilibili video's script on chip results with its three worries, a Hong Kong forum thread in Cantonese whose posts carry their number, author and time, a central banker's speech with its head naming whose it is, a Taiwanese influencer's Facebook post with emoji, hashtags and a disclaimer, a list of brokers' rating changes each behind its firm and a colon, a Hong Kong bank's outlook press conference with its investment chief and economist, a business weekly's story on electric-car exports moving to new markets with an association's head, unnamed insiders and a carmaker's executive, a Taiwanese wealth column on REITs by a fund researcher, a Weibo post on gold with two comments under it, a Hong Kong story on a new listing's grey-market trade with a broker's strategist and an unnamed commentator, a securities-daily story on brokers' visits to an optical-module maker with the company's answers and two unnamed investors, a Taiwanese story on foreign brokers named by their home market only, a broker's macro weekly with numbered data and its judgements (Markdown), a Hong Kong midday market story with a broker's research head and an independent commentator, a business paper's story on a chip IPO with its sponsor's official, a source close to regulators and an early investor, a Taiwanese broker's morning-meeting summary with views on stocks behind their tickers in brackets, a futures company's crude-oil daily with bold labels (Markdown), a Hong Kong interview in Cantonese in question-and-answer form with its interviewee named at the top, a morning news digest with an editor's comment under each item (Markdown), a Taiwanese story on brokers' reports on a foundry with an unnamed fund manager, a broker's thematic note on data-centre power with bulleted core views and a rating (Markdown), a Hong Kong column on how far the Fed will cut, a securities-daily story on falling wealth-product yields with an unnamed product manager, a broker's analyst and unnamed insiders, a Taiwanese forum thread whose replies carry their floor and author (B1 id：), a digest of speakers' views at a lithium conference with each name in bold and their post in brackets (Markdown), a Hong Kong story on HIBOR with a bank economist, an unnamed broker strategist and market sources, a cloud company's earnings story with its CFO on the call, a Hong Kong property column, a broker's copper morning note, a Taiwanese podcast transcript, a business paper's story on a storage-battery price war with a maker, a broker's analyst and an unnamed executive, a Taiwanese currency column by an FX trader on the yen, a Weibo post on AI capital spending with numbered emoji points and two comments (Markdown), a news-agency story on a State Council meeting on computing power with an institute's expert reading it, an oil-industry paper's story on an OPEC+ decision with a bank's commodities head named in English, a state researcher and unnamed traders, a Taiwanese PTT post on power-equipment stocks with numbered points and two pushes after its signature, a broker's banking outlook with bold key points and a rating (Markdown), a Hong Kong radio programme's transcript in Cantonese with a host and a crypto fund's founder, a newspaper's story of three experts reading a grid policy, a Taiwanese bank's monthly wealth letter to its clients with views by asset class, a TV panel's transcript with a host and two guests named with their posts (Markdown), a business daily's story on Japanese trading houses with a strategist named in English, a wealth CIO and an unnamed source, a securities paper's story on bitcoin ETF outflows with a named research head, an unnamed hedge-fund partner and an unnamed broker team, a Taiwanese weekly on mature-node price cuts with an unnamed executive, an analyst and a fund manager, a broker's annual strategy outlook with bulleted core views (Markdown), a Hong Kong forum thread on gold in Cantonese whose posts carry their number, author and time, a securities-daily story on foreign buying through Stock Connect with a named economist, an unnamed foreign broker's strategist and a quoted QFII manager, a Taiwanese business-daily story on AI-server power supplies with two chairmen and brokers, a business magazine's interview with an economist (Markdown), a Singapore strategist's e-mail newsletter with bulleted observations (Markdown, with its unsubscribe line), a Taiwanese business daily's editorial on frozen power prices, a live blog of a Fed decision with times before its entries, a bank's FX weekly with a rate table and advice to corporate clients (Markdown), a Hong Kong stock column in Cantonese on index options, a wire story on US stocks with two named strategists for and against and an unnamed one, a Hong Kong TV news item in Cantonese with an anchor, a reporter and soundbites labelled by trade and name, a broker's morning-meeting minutes whose section headings name each analyst (Markdown), a venture fund's letter to its investors on AI applications (Markdown), a broker's quick note on a company's results with its event, comments, forecast change and rating (Markdown), a Taiwanese market blogger's column on foreign selling and grid stocks, a news-agency story on a grid-investment press conference with an official and an industry expert, a Zhihu answer on wider chip export controls with bold numbered points and an update (Markdown), a securities-daily interview with a fund's research head on grid-equipment exports in question-and-answer form, a Taiwanese story on a chipmaker's earnings call quoting its CFO, brokers and a foreign firm, a WeChat post on data-centre SPV debt with numbered sections, a trader who told the author and a rating agency (Markdown, with its follow prompt and original line), a Hong Kong story on foreign buying of Korean stocks with an exchange official and an unnamed fund manager, a Hong Kong newspaper column on the weak yen and flows to Japan and Korea with a Japanese strategist and an unnamed fund manager, the text layer of a broker's deep report on whether AI capital spending pays back (page marks, key points, a risk line), a morning digest of five numbered items with an editor's note (Markdown), a Taiwanese YouTube show's transcript on gold and bitcoin with a time before each label, a fund's third-quarter report with its strategy review and outlook (Markdown, with its risk line and share bar), a Taiwanese morning story on AI-server makers quoting two advisory firms, a podcast on the dollar, the yen and the renminbi with a host and a bank's FX strategist (Markdown), a list of flash news whose headlines stand in brackets before each story, a news story on the software sell-off quoting a named analyst, an unnamed institution, a broker and a fund manager, a Taiwanese column on the power grid, a Xueqiu post on gold miners with tickers, disclaimer and counts (Markdown), a Hong Kong story on IPO fundraising with a banker and an unnamed broker, a strategy team's numbered predictions for the year (Markdown), a Taiwanese story on wider chip export controls with an official, a legislator and an unnamed executive, a broker's monthly stock picks with its reasons, a Hong Kong private bank's video of its investment director in Cantonese, a preview of next week's US and Chinese data quoting two brokers' economists and unnamed analysts, a Taiwanese market close with institutional flows and advisory firms' views, an excerpt of a central bank's monetary policy report, a translated foreign-press story on a data-centre SPV bond with a banker, a credit analyst and a ratings agency, a wire story on the dollar and Fed bets quoting two strategists and unnamed firms, a Taiwanese PTT post on the AI pullback with numbered points and pushes, a broker's credit note on off-balance-sheet AI financing (Markdown), a Hong Kong forum thread on gold whose posts carry their number, author and time, a broker's weekly on precious metals with numbered views and a rating, a Hong Kong story on private credit for data centres with a bank economist, an unnamed fund manager and the monetary authority, an exchange platform's investor questions with a company's answers, a short-video script on bitcoin with stage directions and captions, a securities-daily story on foreign money moving into Korea and Japan quoting a Korean strategist, an unnamed fund head and unnamed analysts, a Hong Kong newspaper column on when AI spending pays back, a WeChat post on the power grid with numbered observations (Markdown), a Taiwanese interview with a fund's chief investment officer in question-and-answer form, a news portal's web page on data-centre SPV financing (HTML, with its navigation, byline line, related links and footer), the text layer of a Taiwanese advisory firm's grid-equipment report (page marks, numbered summary, risk line), a press conference's transcript with a spokesman's answers to reporters, a translated overseas bank note on US-China tech rivalry (Markdown, with bullets, advice and a translator's note), a broker's morning note with its market review, core views and risk line, a Taiwanese news story on export orders quoting the statistics office's head, a think-tank researcher and unnamed institutions, a WeChat post on buying software stocks (Markdown, with its original line, follow prompt and share bar), a Cantonese radio transcript on gold and bitcoin with a host and an investment director, closed-door meeting minutes whose guests are kept anonymous by letters (Markdown), a Taiwanese story on a server maker's shareholders' meeting with its chairman and unnamed institutions, a futures company's weekly on gold and bitcoin with advice lines headed by each asset, a Hong Kong daily's story on flows to Korea and Japan with a Japanese strategist named in kanji, an exchange official and an unnamed fund manager, a fund manager's roadshow minutes with his name in the headline and a question-and-answer part (Markdown), a Taiwanese advisory firm's LINE push with emoji points and its disclaimer, a Hong Kong fund house's press release quoting its investment chief before his name and its fixed-income head, a feature on data-centre SPV debt with an unnamed credit analyst, a rating agency's report, an unnamed bank official and an unnamed private-credit partner, a fund community post on three years of saving into a tech fund with emoji points and the author's reply under it (Markdown), a Taiwanese legislature committee's questions to the economy minister on power supply, a Hong Kong interview with a Korean fund's chief in question-and-answer form, a translated story on central-bank gold buying with unnamed sources, a gold council strategist and a wealth manager's CIO office, an investor-education explainer on data-centre SPVs with its definitions (Markdown), a Taiwanese story on a high-dividend ETF issuer's press conference with its manager and an unnamed advisory firm, a Hong Kong story on a data-centre operator's results briefing with its chairman, its finance director and an unnamed analyst, a securities-daily story on optical-module makers' earnings previews with a company's announcement, a broker's analyst and an unnamed private-fund director, a foreign-exchange regulator's press conference with its spokesman and unnamed analysts, a Taiwanese PTT post in the board's stock-pick template (標的, 分類, 進退場機制) with pushes under it, a Hong Kong story on pension-fund returns with a rating firm's chair and the regulator's spokesman, a think tank's WeChat post on US-China tech rivalry moving to power with a foreign researcher and a professor (Markdown), a power-industry council's annual supply-and-demand forecast with its report and an official, a Taiwanese broker's flash note on a chipmaker's monthly sales with its event, points, rating and risks under headings, a Hong Kong op-ed by a retired banker on a gold hub, a podcast's show notes with a timeline of topics and the guest's views in the third person (Markdown), a news story on Korean retail investors bringing money home with a Korean strategist named in Latin letters and an unnamed trader, a Taiwanese newspaper's panel of three fund managers each under a line of their name and post, a Hong Kong story on southbound flows with market sources and a broker's strategist, a story on US power bills blamed on data centres with state lawmakers, a utility commissioner, an institute's researcher and unnamed analysts, a copper analyst's weekly column, a Taiwanese semiconductor forum story with two chairmen, a researcher and a member survey, a Hong Kong column on the IPO boom's worries, a crypto research note on bitcoin treasury companies with numbered views (Markdown), a wire story on a software sell-off with a broker's analyst against a research firm's report, a Taiwanese story on gold shops with the jewellers' association chair and an unnamed banker, a Hong Kong story on home sales with two agencies' analysts and an unnamed bank economist, a broker's electronics weekly on copper against optics with bulleted views (Markdown), a news story on an exchange raising silver margins with a futures analyst and an unnamed private-fund manager, a Taiwanese Mobile01 thread on trading a decade of 0050 for AI stocks whose posts carry their number, handle and time, a Hong Kong utility's results briefing with its chief executive, finance director and a foreign broker's analyst, a founder's conference speech on token prices and AI payback (Markdown, with its editor's note and share prompt), a tech-news exclusive on an AI-chip start-up's funding with a lead investor, an unnamed investor and the founder, a Taiwanese financial group's research press release with its chief economist, a Hong Kong legislative panel on data-centre land and power with an under-secretary and two lawmakers, a macro trader's thread translated from X with numbered posts (Markdown, with its translator's note and link), a futures house's morning-call audio turned to text with a time, a desk and a name before each turn, a Taiwanese stock portal's news with institutional views and its further-reading links, a Hong Kong bank's market snapshot with an allocation table of views (Markdown), a Zhihu answer on SPV debt quoting a wire report in a block and a rating agency (Markdown, with its vote counts), a television news item's transcript with the anchor's and reporter's lines and soundbites tagged 【同期声】, a Taiwanese broker's e-mailed stock flash with its rating and target lines, numbered points and unsubscribe line, a Hong Kong vox pop on gold in Cantonese with each passer-by named by surname and trade, a Douban post answering five questions of its own (Markdown, with its counts), the text layer of a broker's morning-meeting PDF saved as hard-wrapped text (page header, bracketed section heads, a risk line and page footer), a Taiwanese PTT post reposting a news story in the board's numbered template with a note and pushes, a Hong Kong broker's focus note mixing Cantonese and English with a rating change, an energy regulator's official answering the press in question-and-answer form, a chief economist's WeChat post with its listening prompt, figure captions and data-source lines (Markdown), a Taiwanese company's investor-conference record in Q and A form, a Hong Kong property column whose writer is named in a line at its end, a podcast transcript made by machine with numbered speakers named in its head and no punctuation, a news portal's page on data centres moving west with its readers' comments under it (HTML), a Taiwanese retail trader's dated trading journal, a Hong Kong paper's bull-and-bear table on gold with a former chairman's view (Markdown), the first page of a broker's initiation report with its rating box and bulleted key points, a provincial energy bureau's readout of a power-supply meeting (会议指出, 会议强调, 会议要求), the translated minutes of a Fed meeting whose views are those of its participants, a Hong Kong ETF's marketing page with its manager's view and risk warnings (Markdown), a Taiwanese company's material-information announcement with its forward-looking statement, pieces built on anonymous sources, "
        "data-vendor statistics, quotations with reported speech carried over several sentences, "
        "numbered lists of facts and of views, retail and southbound net buying (facts, not "
        "claims), headings, bylines and site junk. "
        f"The gold, labelled by the claim guide (`../shared/gold/CLAIMS-GUIDE.md` beside the checkout), holds {c['claims']} claims, "
        f"{n} required ({c['claims'] - n} optional); of the required: "
        f"type {fmt(c['type'], ['forecast', 'judgement', 'causal', 'recommendation'])}; "
        f"stance {fmt(c['stance'], ['bullish', 'bearish', 'neutral'])}; "
        f"hedge {fmt(c['hedge'], ['certain', 'likely', 'possible'])}; "
        f"speaker {named} named ({named / n:.0%}), {c['speaker']['unnamed']} unnamed "
        f"({c['speaker']['unnamed'] / n:.0%}), {c['speaker']['author']} author; "
        f"{fmt(c['claims_by_script'], ['Simplified', 'Traditional'])} script. "
    )
    if base:
        d = base["detection"]
        text += (
            "The trivial baseline (every sentence a claim by the author, judgement, bullish, "
            f"certain) scores detection P/R/F1 {d['precision']:.2f}/{d['recall']:.2f}/{d['f1']:.2f}, "
            f"type {base['type_accuracy']:.2f}, stance {base['stance_accuracy']:.2f}, "
            f"hedge {base['hedge_accuracy']:.2f}, speaker {base['speaker_accuracy']:.2f}, "
            f"attribution recall {base['attribution_recall']:.2f}. "
        )
    text += "Regenerate this file with `python tests/data/claims_unseen/stats.py --readme --scorer PATH`.\n"
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--readme", action="store_true", help="rewrite README.md")
    ap.add_argument("--baseline", action="store_true", help="print the baseline's predictions")
    ap.add_argument("--scorer", help="path of score_claims.py, to score the baseline")
    a = ap.parse_args()
    gold, arts = load_gold(), texts()
    if a.baseline:
        for p in baseline(arts):
            print(json.dumps(p, ensure_ascii=False))
        return 0
    base = score_baseline(a.scorer, gold, arts) if a.scorer else None
    c = counts(gold, arts)
    if a.readme:
        (HERE / "README.md").write_text(readme(c, base), encoding="utf-8")
    else:
        print(json.dumps({"counts": c, "baseline": base}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
