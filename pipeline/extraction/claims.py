"""Claims: the views an article puts forward, with type, speaker, hedge, stance and subject.

A claim is a view (CLAIMS-GUIDE): a forecast, a judgement, a causal account or a
recommendation; reported facts are figures and sentences. Stages: sentences cut
into units (claim_units); a unit with a predicate and a view is a claim, a figure
with a data verb alone is a fact; the speaker from reported-speech frames
(speakers), carried on by pronouns and lists, else a transcript's designated
speaker, else the author; type by cue precedence, hedge by the weakest cue,
stance toward the unit's own subject (stance); ``about`` is the first entity
named after the speaker's frame, else the first noun phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from . import advice_way, attribution, claim_kinds, dialogue, lexicons, prediction_lists, reported_views, speaker_names
from . import introductions, name_shapes, speakers, stance_carry
from .attribution import AUTHOR, UNNAMED
from .claim_units import QUOTE_OPENS, Unit, split_units
from .unit_claims import claim_of
from .entities import SPEAKER_KINDS
from .records import Claim, Entity, Mention, Sentence
from .reported_views import clamp, piece
from .script import to_simplified
from .sentence_roles import (
    heading,
    heads_advice,
    lists_measure,
    lists_risks,
    names_a_risk,
    numbered,
    open_quotes,
    quotation,
    reports_event,
    runs_on,
    spoken_lines,
    spoken_pauses,
)

# A sentence opening so says what the one before it is ("这是…", "它们是…", "是…").
_GOES_ON = re.compile(r"^\s*(?:这|它们|它|那)?(?:也|就|才|正|恰恰|只)?是")


def extract_claims(
    sentences: list[Sentence], mentions: list[Mention], entities: list[Entity], author: str | None = None
) -> list[Claim]:
    """The claims of an article's sentences, in text order. ``author`` is kept for the
    caller's display; the guide's speaker for the article's own voice is "author"."""
    sentences = [replace(s, text_simplified=spoken_pauses(s.text_simplified)) for s in sentences]
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    kinds = {e.entity_id: e for e in entities}
    known = frozenset(lexicons.term_key(alias) for e in entities if e.kind in SPEAKER_KINDS for alias in e.aliases)
    # short names the text defines for firms it names in full ("…有限公司（下称“中衡信评”）")
    texts = (s.text_simplified for s in sentences)
    defined = (n for text in texts if "）" in text or ")" in text for n in speaker_names.defined_short_names(text))
    known |= {lexicons.term_key(n) for n in defined}
    known |= {b for name in known if (b := speaker_names.brand(name))}  # 华泰 of 华泰证券, named before
    claims: list[Claim] = []
    carried: str | None = None  # the speaker whose speech goes on ("他还表示" points back to it)
    opener: str | None = None  # the named speaker whose frame is in the paragraph's first sentence
    turned: str | None = None  # the speaker of the last turn a label named (whom a 他 after it means)
    firm, firm_speaker = None, ""  # the firm of the last speaker who came with one, for 该行 to mean
    previous: Sentence | None = None
    above_heads = True  # whether the line above is a heading (or there is none)
    previous_claims: list[int] = []  # indexes of the previous sentence's claims
    paragraph_claims: list[int] = []  # and of its paragraph's
    voices = dialogue.Voices(sentences, author, known)
    byline = lexicons.term_key(to_simplified(author)) if author else None
    named: set[str] = set()  # the names that have spoken so far, and those named after a title ("投资总监卢泓")
    # the title each named speaker came with ("财政司司长" -> 邓嘉禾), and the short names the text gives people
    titles: dict[str, str] = dict(voices.short_names)
    risks = risk_section = False  # in a line of a report's risks, or under a heading of them
    advising = False  # under a heading of advice
    predicting: str | None = None  # under a list of predictions: whose (prediction_lists.OWN: the voice's)
    block = opening = None  # the speaker of a paragraph after a line "X写道：", and of the paragraph to come
    listing = None  # ... and of the list's items after such a line, to its last item
    in_quote = 0  # quotations open at the sentence's start ("X表示：「…。我们相信，…」")
    spoken = spoken_lines(sentences)
    for at, sentence in enumerate(sentences):
        named |= attribution.mentioned(sentence.text_simplified)
        titles |= introductions.aliases(sentence.text_simplified)  # a nickname means the full name given it
        same_paragraph = previous is not None and sentence.start == previous.end
        in_quote = open_quotes(previous.text_simplified, in_quote) if same_paragraph else 0
        last_paragraph, paragraph_claims = paragraph_claims, paragraph_claims if same_paragraph else []
        said_by = previous is not None and attribution.signed(sentence.text_simplified, known, previous.text_simplified)
        if said_by:
            _credit(claims, last_paragraph, said_by, quoted=True)  # “……” / ——X: a signature under a quotation names it
        if provider := attribution.provided_by(sentence.text_simplified, known):
            _credit(claims, list(range(len(claims))), provider)  # "以上内容由基金经理X提供": the piece is X's
        if same_paragraph and (source := attribution.credited(sentence.text_simplified)):
            _credit(claims, paragraph_claims, source)  # "…，维持推荐评级。（来源：X）": the line's own views are X's
        # what follows a turn's question on its line is the turn's words, not a heading ("推 id: …？…")
        titled = heading(sentence.text_simplified) and not (same_paragraph and voices.in_turn) and at not in spoken
        above_heads = titled = titled and not runs_on(previous, sentence, above_heads)
        carried = None if titled and carried == UNNAMED else carried
        listed = predicting is not None and prediction_lists.item(sentence, previous)  # a prediction, no heading
        titled = titled and not listed
        turn, voice, asking = voices.at(sentence, titled)
        if turn is not None and turn.speech and turn.name:
            carried = voice if voice != AUTHOR else None  # a label alone over a speech: the quotation below is theirs
        if voices.in_turn and byline and lexicons.term_key(voice) == byline:
            voice = AUTHOR  # the writer's own turns, labelled with the byline's name (a column's "X答：")
        if voice:  # "王总：" under a head naming 王启航, "黄博士：" in a panel where 黄卓谦 speaks
            voice = attribution.addressed(voice, voices.speakers)
        frame = attribution.frame_of(sentence.text_simplified, known)
        if frame is not None and turn is not None and frame.start < turn.end:
            frame = None  # a verb of speech inside a turn's label is part of a name ("阿星说财经："), no frame
        if frame is not None and frame.kind == speakers.NAMED and byline and len(frame.name or "") > 1:
            if lexicons.term_key(frame.name) in byline:  # the writer by the byline's name ("老李点评：" by 老李看港股)
                frame = replace(frame, kind=speakers.FIRST_PERSON, name=None)
        if frame is not None and frame.kind == speakers.NAMED and frame.name:
            # "李总认为" after 李明哲 spoke, "财政司司长亦提到" after 财政司司长邓嘉禾
            addressees = named | {voices.designated} if voices.designated else named  # "陈女士" after 陈嘉敏
            frame = replace(frame, name=titles.get(frame.name) or attribution.addressed(frame.name, addressees))
        elif frame is not None and frame.kind == speakers.UNNAMED:
            # "经理人认为" under a head's "经理人：X" is X's frame, and "基金经理预期" after "本基金经理X认为"
            said = sentence.text_simplified[frame.start : frame.end]
            held = voices.holder(said) or attribution.title_holder(titles, said) or voices.staff_of(said)
            if held := held or attribution.family_addressed(said, named):  # "孔分析师预计" after 孔令涛
                frame = replace(frame, kind=speakers.NAMED, name=held)
        quoting = frame and frame.kind in (speakers.UNNAMED, speakers.FIRST_PERSON) and carried
        if quoting and sentence.text_simplified[:1] in QUOTE_OPENS and not attribution.postposed(sentence, frame):
            frame = None  # "「有人担心…，但我认为…」": those a quotation cites, and its 我, are its speaker's words
        # Someone brought in before the frame, without a verb of speech, is whom a pronoun after it means.
        said_before = sentence.text_simplified[: frame.start if frame is not None else None]
        if person := introductions.introduced(said_before, known):
            # a new one brought in: 该公司 after "国泰君安则相对谨慎" is not the last firm; "卢总的观点" after 卢泓
            carried, firm = attribution.addressed(person, named), None
        elif frame is None and (
            person := attribution.opened_by(bare_line := name_shapes.untimed(sentence.text_simplified), named)
            or name_shapes.named_opening(bare_line)
            or attribution.titled_subject(bare_line)
        ):
            # one a sentence is about ("X倒是不担心", "分析师Y提供了视角") is whom 他 then means, after a transcript's
            # time too ("[02:15] 某投顾的分析师X，…")
            carried = person
        elif frame is None and (person := introductions.titled_opening(bare_line, known)):
            # "财政司司长陈茂波今日展开…。他表示，…"; a firm so opening is what 该行 then means
            is_firm = speaker_names.is_organisation(person) or lexicons.term_key(person) in known
            carried, firm = person, person if is_firm else None
        quoted = same_paragraph and frame is not None and frame.start == 0 and quotation(previous.text_simplified)
        bare = frame is not None and same_paragraph and attribution.only_frame(sentence.text_simplified, frame)
        points_back = frame is not None and (quoted or bare)
        if points_back and previous_claims:
            # “……。”X 强调。 The frame after a quotation names the quotation's speaker; “……。”她说。 points back.
            said_by = {speakers.NAMED: frame.name, speakers.PRONOUN: carried, speakers.UNNAMED: UNNAMED}.get(frame.kind)
            for i in previous_claims if said_by else ():
                if said_by == UNNAMED and claims[i].text.lstrip()[:1] not in QUOTE_OPENS:
                    continue  # "也有人士持不同意见。" brings a new source in; it names only a quotation before it
                claims[i] = replace(claims[i], speaker=said_by)
        last_speaker = claims[previous_claims[-1]].speaker if previous_claims else None
        if frame is not None and frame.kind == speakers.NAMED and frame.name:
            named.add(frame.name)
            if (at := sentence.text_simplified.find(frame.name, frame.start)) > frame.start:
                attribution.note_title(titles, sentence.text_simplified[frame.start : at], frame.name)
            # a name once framed is a name when it speaks bare ("X又指"), and so is its department's ending (研究处)
            known |= {lexicons.term_key(n) for n in (frame.name, *speaker_names.short_names(frame.name)) if n}
            firm, firm_speaker = attribution.firm_kept(frame, sentence.text_simplified, firm, firm_speaker)
        if not same_paragraph:
            opener = frame.name if frame is not None and frame.kind == speakers.NAMED else None
        if frame is not None and frame.kind == speakers.PRONOUN and carried is None and not voice:
            carried = turned  # "他进一步解释说" after an interview's turn: the one who answered
        speaker = attribution.speaker_of(frame, carried, firm, voice, sentence, previous, last_speaker, opener)
        turned = voice if turn is not None and turn.name and not titled and voice not in (AUTHOR, UNNAMED) else turned
        if not same_paragraph:  # a quoted block (a Markdown "> " one): its 我们 are its speaker's; so is a list's item
            item = numbered(sentence.text_simplified) or speakers.bulleted(sentence.text_simplified)
            block = opening or (listing if item else None)
            # (a named one's: "有人说逻辑破了，我不这么看，说几点：" lists the writer's own points)
            listing = block if item and block != UNNAMED else None
        if block and (frame is None or frame.kind == speakers.FIRST_PERSON):
            speaker = block
        elif in_quote and carried and (frame.kind == speakers.FIRST_PERSON if frame else speaker == AUTHOR):
            speaker = carried  # a quotation opened in a sentence before goes on in its speaker's voice, its 我们 too
        colon = sentence.text_simplified.rstrip().endswith(("：", ":"))
        opening = speaker if colon and speaker not in (AUTHOR, voice) else None
        # a source of data (据X数据) is no voice a 他 goes on with
        if frame and not frame.data and (frame.kind != speakers.PRONOUN or (speaker == UNNAMED and carried is None)):
            carried = speaker if speaker != AUTHOR and speaker != voice else None
        inside = ordered[bisect_left(starts, sentence.start) : bisect_right(starts, sentence.end - 1)]
        # What a claim is about comes after its speaker's frame ("高盛策略师 X 认为, …") or turn label.
        said_from = sentence.start + max(speakers.words_from(frame, sentence.text_simplified), turn.end if turn else 0)
        if headed := titled and attribution.headed_by(sentence.text_simplified, known):
            # "外銷訂單連10紅 經濟部：AI需求續旺…": a headline's words after a known speaker's colon are theirs
            (speaker, words_at), titled = headed, False
            said_from = sentence.start + words_at
        continued = previous_claims[-1:] if same_paragraph else []
        previous_claims = []
        heads_list = prediction_lists.maker(sentence.text_simplified)  # "附：某某银行2027年十大预测", "核心预测："
        predicting = heads_list if titled or heads_list is not None else predicting  # to the next heading
        if titled or heads_advice(sentence.text_simplified):
            advising = heads_advice(sentence.text_simplified)  # a section of advice lasts to the next heading
            # so does one of risks ("■ 風險"), and its headings of one risk each
            line = sentence.text_simplified
            risk_section = titled and (lists_risks(line) or (risk_section and names_a_risk(line)))
        # a dialogue's line is someone's words, punctuated or not (a chat's messages seldom are), unless numbered
        if (
            (titled and (not voices.in_turn or numbered(sentence.text_simplified)))
            or (asking and not reported_views.relays(frame, speaker, voice, sentence))
            or reports_event(sentence.text_simplified)
        ):
            previous = sentence
            continue
        risks = lists_risks(sentence.text_simplified) or (risks and same_paragraph) or risk_section
        units = split_units(sentence)
        if risks:  # a report's risks are events it does not foresee, unless it says one will come
            units = [u for u in units if claim_kinds.foresees(u.simplified)]
        if turn is not None or headed:  # the words of a turn follow its label, a headline's its speaker's colon
            label_end = sentence.start + turn.end if turn is not None else said_from
            units = [piece(u, clamp(label_end - u.start, u), len(u.simplified)) for u in units]
        framed_at = sentence.start + frame.start if frame is not None else None
        framed_only = False  # the unit before was its speaker's frame alone ("X预计，")
        reported = frame is not None or voices.in_turn  # reported speech, a turn's too, strings views in a sentence
        for unit in reported_views.views(units, said_from, framed_at, frame is None) if reported else units:
            if continued and unit.start == sentence.start and _GOES_ON.match(unit.simplified):
                # "…不是情绪波动;这是…": a sentence that only says what the last one was goes on with its claim.
                claims[continued[0]] = _extended(claims[continued[0]], previous, sentence, unit)
                previous_claims, continued = continued, []
                continue
            continued = []
            # A unit that ends before the frame begins is no part of it ("美元可能还会偏强，但我不认为…").
            before_frame = frame is not None and unit.end <= sentence.start + frame.start
            says, from_ = speaker, unit.start if before_frame else said_from
            if unit.start > said_from and not voices.in_turn and attribution.answers_report(unit, sentence, frame):
                says = AUTHOR
            elif unit.start > said_from and (own := attribution.own_frame(unit, known)):
                says = carried = own.name  # whom a 他 in the next sentence means
                from_ = unit.start + own.end
                named.add(own.name)
            advice = advising and not previous_claims and lists_measure(sentence.text_simplified)  # its first claim
            after_advice = previous_claims and claims[previous_claims[-1]].claim_type == "recommendation"
            advice = advice or bool(after_advice and advice_way.goes_on(unit.simplified))
            says = predicting if listed and predicting else says  # the list's maker, when its heading names one
            listed_as = "recommendation" if advice else "forecast" if listed else None
            claim = claim_of(sentence, unit, says, inside, kinds, from_, listed_as)
            if claim is not None and framed_only and claim.hedge == "certain":  # the frame's verb hedges them
                cue = claim_kinds.cue_labels(sentence.text_simplified[frame.start : frame.end])
                claim = replace(claim, hedge=claim_kinds.hedge_of(cue))
            framed_only = frame is not None and not before_frame and unit.end <= said_from
            if claim is not None:
                previous_claims.append(len(claims))
                paragraph_claims.append(len(claims))
                claims.append(claim)
        previous = sentence
    return stance_carry.carry(claims)


def _credit(claims: list[Claim], indexes: list[int], speaker: str, quoted: bool = False) -> None:
    """Give the claims at ``indexes`` that are the article's own voice to the speaker a later line names, and a
    quotation's, whoever it went on with, to the one its signature names (``quoted``)."""
    for i in indexes:
        if claims[i].speaker == AUTHOR or (quoted and claims[i].text.lstrip()[:1] in QUOTE_OPENS):
            claims[i] = replace(claims[i], speaker=speaker)


def _extended(claim: Claim, previous: Sentence, sentence: Sentence, unit: Unit) -> Claim:
    tail = previous.text[claim.end - previous.start :]
    return replace(claim, end=unit.end, text=claim.text + tail + sentence.text[: unit.end - sentence.start])


def article_claims(text_original: str, text_simplified: str, author: str | None = None) -> list[Claim]:
    """The claims of one article's text, entities found with the gazetteer (no database)."""
    from .entities import find_mentions, load_gazetteer
    from .sentences import split_sentences

    entities, mentions = find_mentions(text_original, text_simplified, load_gazetteer())
    return extract_claims(split_sentences(text_original, text_simplified), mentions, entities, author)
