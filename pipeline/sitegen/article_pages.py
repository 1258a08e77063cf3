"""Article pages, as HTML: metadata, figures table, and the text with sentence anchors and highlights."""

from __future__ import annotations

import html
from bisect import bisect_left
from functools import partial
from typing import Any, Callable, NamedTuple

import pandas as pd

from pipeline.extraction.script import TRADITIONAL, to_traditional

from .claim_lists import speaker_html
from .file_names import file_label
from .ledger import Ledger
from .html_layout import heading_ids, unindented
from .markup import esc, figure_value, link, table


def article_path(article_id: str) -> str:
    """Where an article's page is, in the docs folder as in the site: written as HTML, not Markdown
    (``page_shell`` puts it into the theme's page)."""
    return f"articles/{article_id}.html"


class ArticleInputs(NamedTuple):
    """Everything an article page shows, gathered from the ledger: ``article_page`` reads nothing else,
    and ``page_digests`` digests the same rows to tell whether the page must be rendered again."""

    article: Any  # the article's row (a named tuple)
    file_label: str
    figures: list
    sentences: list
    claims: list
    narratives: list  # (narrative id, weight, name) of the article, heaviest first
    speakers: dict  # claim id -> the id of its named speaker's page
    tags: dict  # claim id -> ((narrative id, name), ...): the claim's narratives, best first


def article_inputs(ledger: Ledger, article, rows: Ledger | None = None) -> ArticleInputs:
    """What the page of ``article`` shows: its rows from ``rows`` (``ledger.of_articles``, by default ``ledger``),
    what is looked up across the corpus (a claim's speaker page, file names alike) from ``ledger``."""
    article_id, rows = article.article_id, ledger if rows is None else rows
    claims = rows.records_of("claims", "article_id", article_id)
    weights = sorted(
        rows.records_of("article_narratives", "article_id", article_id), key=lambda w: (-w.weight, w.narrative_id)
    )
    names = ledger.narrative_names
    tags = {c.claim_id: tuple((n, names.get(n, n)) for n in rows.claim_tags(c.claim_id)) for c in claims}
    return ArticleInputs(
        article=article,
        file_label=file_label(article.file_name, ledger.confusable_file_names),
        figures=rows.records_of("figures", "article_id", article_id),
        sentences=rows.records_of("sentences", "article_id", article_id),
        claims=claims,
        narratives=[(w.narrative_id, w.weight, names.get(w.narrative_id)) for w in weights],
        speakers={c.claim_id: ledger.speaker_ids[c.claim_id] for c in claims if c.claim_id in ledger.speaker_ids},
        tags={claim: narratives for claim, narratives in tags.items() if narratives},
    )


def article_page(inputs: ArticleInputs) -> str:
    """The page's content as HTML, as MkDocs would render it from Markdown: the headings with the ids of its
    table of contents, blocks one a line, no indentation (``tests/test_page_shell.py`` compares the two)."""
    article, figures, claims = inputs.article, inputs.figures, inputs.claims
    meta_rows = [
        ["作者", esc(article.author or "—")],
        ["来源", esc(article.source or "—")],
        ["发布日期", esc("—" if pd.isna(article.published) else pd.Timestamp(article.published).date())],
        ["文件", inputs.file_label],
        ["字体", "繁体" if article.script == TRADITIONAL else "简体"],
        ["字数", f"{article.n_chars:,}"],
        [
            "叙事",
            ", ".join(
                link(f"../narratives/{narrative_id}.html", f"{esc(name)} ({weight:.0%})")
                for narrative_id, weight, name in inputs.narratives
            )
            or "—",
        ],
        ["论断", str(len(claims))],
        ["具名说话人", _named_speakers(inputs) or "—"],
    ]
    figure_rows = [
        [
            link(f"#f{f.start}", esc(f.quote)),
            esc(figure_value(f.low, f.high, f.unit)),
            esc(f.subject or ""),
            esc(f.metric or ""),
            esc(f.period or ""),
        ]
        for f in figures
    ]
    title = " ".join(article.title.split())  # one line, as a heading reads it
    figures_heading = f"数据点 ({len(figures)})"
    ids = heading_ids([title, figures_heading, "原文"])
    parts = [
        f'<h1 id="{ids[0]}">{html.escape(title, quote=False)}</h1>',
        table(["", ""], meta_rows, "ledger-meta"),
        f'<h2 id="{ids[1]}">{figures_heading}</h2>',
        table(["原文", "数值", "主体", "指标", "时期"], figure_rows) if figure_rows else "<p><em>无</em></p>",
        f'<h2 id="{ids[2]}">原文</h2>',
        '<div class="article-text" markdown="0">',
        render_text(article.text_original, inputs.sentences, figures, claims, partial(claim_badges, inputs=inputs)),
        "</div>",
        # The other script, for search only (the site build keeps it out of the published page):
        # 缺电 then finds an article that writes 缺電.
        f'<div class="alt-script" hidden>{esc(" ".join(_other_script(article).split()))}</div>',
    ]
    return unindented("\n".join(parts))


def _named_speakers(inputs: ArticleInputs) -> str:
    """Links to the pages of the article's named speakers, with their number of claims, most first."""
    counts: dict[str, list] = {}
    for claim in inputs.claims:
        speaker_id = inputs.speakers.get(claim.claim_id)
        if speaker_id is not None:
            counts.setdefault(speaker_id, [claim.speaker, 0])[1] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1][1], item[0]))
    return ", ".join(link(f"../speakers/{i}.html", f"{esc(name)} ({n})") for i, (name, n) in ranked)


def _other_script(article) -> str:
    return article.text_simplified if article.script == TRADITIONAL else to_traditional(article.text_original)


def render_text(text: str, sentences: list, figures: list, claims: list, badges: Callable[[Any, bool], str]) -> str:
    """Paragraphs of escaped text: each sentence a span (#s<no>; without a class, which would be repeated
    on every sentence: the stylesheet finds it as a paragraph's child), each claim a span (#c<start>)
    followed by ``badges(claim, show_speaker)``, each figure a highlight (#f<start>).

    A claim's span has its codes as classes (``claim bearish forecast likely``). Its speaker is
    shown at the first claim of a paragraph and where the speaker changes, as a transcript names
    whoever takes the floor: a speaker per claim would be a tenth of the page.
    ``sentences``, ``figures`` and ``claims`` are rows (named tuples) of the article, in text order.
    """
    claims_of: dict[int, list] = {}
    for claim in claims:
        claims_of.setdefault(claim.sentence_no, []).append(claim)
    starts = [f.start for f in figures]
    out = ["<p>"]
    cursor, speaker = 0, None
    for s in sentences:
        gap = _gap(text[cursor : s.start])
        speaker = None if gap == PARAGRAPH_BREAK else speaker
        out.append(gap)
        inside = [f for f in figures[bisect_left(starts, s.start) : bisect_left(starts, s.end)] if f.end <= s.end]
        out.append(f'<span id="s{s.sentence_no}">')
        position = s.start
        for start, end, claim in _claim_spans(s, claims_of.get(s.sentence_no, []), inside):
            codes = " ".join(esc(code) for code in (claim.stance, claim.claim_type, claim.hedge))
            out += [_marked(text, position, start, inside), f'<span class="claim {codes}" id="c{claim.start}">']
            out += [_marked(text, start, end, inside), "</span>", badges(claim, claim.speaker != speaker)]
            position, speaker = end, claim.speaker
        out += [_marked(text, position, s.end, inside), "</span>"]
        cursor = s.end
    out.append(_gap(text[cursor:]))
    out.append("</p>")
    return "".join(out)


def _claim_spans(sentence, claims: list, figures: list) -> list[tuple[int, int, Any]]:
    """(start, end, claim) of a sentence's claims as marked: inside the sentence, in order, not
    overlapping, each widened to the whole of a figure it would cut (so every figure keeps its mark)."""
    spans, last = [], sentence.start
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        start, end = max(claim.start, sentence.start), min(claim.end, sentence.end)
        for f in figures:
            start = f.start if f.start < start < f.end else start
            end = f.end if f.start < end < f.end else end
        if start < last or end <= start:
            continue
        spans.append((start, end, claim))
        last = end
    return spans


PARAGRAPH_BREAK = "</p>\n<p>"


def _gap(between: str) -> str:
    # Line breaks between sentences become paragraph breaks.
    return PARAGRAPH_BREAK if "\n" in between else esc(between)


def _marked(text: str, start: int, end: int, figures: list) -> str:
    pieces, cursor = [], start
    for f in figures:
        if f.start < cursor or f.end > end:
            continue
        pieces.append(esc(text[cursor : f.start]))
        title = figure_value(f.low, f.high, f.unit) + (f" · {f.metric}" if f.metric else "")
        pieces.append(f'<mark class="figure" id="f{f.start}" title="{esc(title)}">{esc(text[f.start : f.end])}</mark>')
        cursor = f.end
    pieces.append(esc(text[cursor:end]))
    return "".join(pieces)


def claim_badges(claim, show_speaker: bool, inputs: ArticleInputs) -> str:
    """What follows a claim: its speaker (when shown) and its narratives, as links; and, drawn by the
    stylesheet from the claim's classes and the subject here (see ``labels.label_css``), its stance
    toward that subject, its type and hedge: words repeated per claim would weigh on a large site."""
    about = f' data-about="{esc(claim.about)}"' if claim.about else ""
    speaker_id = inputs.speakers.get(claim.claim_id)
    who = speaker_html(claim, speaker_id, inputs.article.author, "../") if show_speaker else ""
    links = (link(f"../narratives/{n}.html", esc(name)) for n, name in inputs.tags.get(claim.claim_id, ()))
    return f'<span class="tags"{about}>{who}{"".join(links)}</span>'


def articles_index(ledger: Ledger) -> str:
    # Dicts, not Series: a Series' get per row took a third of this page's time at 10,000 articles.
    figure_counts = ledger.figures.groupby("article_id").size().to_dict()
    claim_counts = ledger.claims.groupby("article_id").size().to_dict()
    articles = ledger.articles.sort_values(["published", "title"], ascending=[False, True], na_position="last")
    rows = [
        [
            link(f"{a.article_id}.html", esc(a.title)),
            esc(a.author or "—"),
            esc("—" if pd.isna(a.published) else pd.Timestamp(a.published).date()),
            "繁" if a.script == TRADITIONAL else "简",
            str(figure_counts.get(a.article_id, 0)),
            str(claim_counts.get(a.article_id, 0)),
        ]
        for a in articles.itertuples()
    ]
    return "\n".join(
        [
            "# 文章",
            "",
            f"共 {len(articles)} 篇。表格可排序、可筛选。",
            "",
            table(["标题", "作者", "日期", "字体", "数据点", "论断"], rows, "ledger-table sortable filterable"),
            "",
        ]
    )
