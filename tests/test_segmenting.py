"""jieba at a linear cost: the same words as jieba's own search, and the HMM only where it is cheap."""

import jieba
import jieba.finalseg
import jieba.posseg
import pytest
from jieba.posseg import char_state_tab_P

from pipeline.extraction.segmenting import (
    CACHED_CHARS,
    HMM_MAX_CHARS,
    JIEBA_POS_VITERBI,
    JIEBA_VITERBI,
    linear_viterbi,
    _remembered_tags,
    remembered_viterbi,
    tagged_words,
)

# Han characters in no dictionary order, as a file decoded with the wrong codec reads.
RARE = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(300))
UNSEEN = "".join(ch for ch in RARE if ch not in char_state_tab_P)[:3]  # unseen by the part-of-speech HMM
assert len(UNSEEN) == 3
TEXTS = [
    "英伟达第三季度营收同比增长，分析师认为资本开支仍将扩大",
    "王明华与李艳秀赵静涛三人",
    "鲍威尔",
    "龘",
    "的的的的的的的的",
    RARE,
    RARE[:37] + "市场上涨" + RARE[37:90],
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_linear_viterbi_finds_jiebas_path(text):
    args = (text, "BMES", jieba.finalseg.start_P, jieba.finalseg.trans_P, jieba.finalseg.emit_P)
    assert linear_viterbi(*args) == JIEBA_VITERBI(*args)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_cut_gives_the_same_words_as_jieba(text, monkeypatch):
    assert jieba.finalseg.viterbi is linear_viterbi  # importing segmenting installs it
    ours = jieba.lcut(text)
    monkeypatch.setattr(jieba.finalseg, "viterbi", JIEBA_VITERBI)
    assert ours == jieba.lcut(text)


@pytest.mark.parametrize("text", TEXTS[:4], ids=range(4))
def test_remembered_part_of_speech_search_gives_jiebas_tags(text):
    tables = (jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P, jieba.posseg.emit_P)
    expected = JIEBA_POS_VITERBI(text, *tables)
    assert remembered_viterbi(text, *tables) == expected
    assert remembered_viterbi(text, *tables) == expected  # the second time from memory
    assert jieba.posseg.viterbi is remembered_viterbi


@pytest.mark.parametrize(
    ("text", "hmm"),
    [
        ("分析师认为市场上涨。", True),  # a sentence of known characters
        ("王明华表示，订单增加。", True),
        ("市场" * (HMM_MAX_CHARS // 2 + 1), False),  # longer than a sentence
        (UNSEEN, False),  # characters the HMM has never seen
        ("分析师认为" + UNSEEN + "上涨", False),
    ],
)
def test_tagged_words_use_the_hmm_only_where_cheap(text, hmm):
    expected = [(p.word, p.flag) for p in jieba.posseg.cut(text, HMM=hmm)]
    assert list(tagged_words(text)) == expected


@pytest.mark.parametrize(("length", "remembered"), [(10, True), (CACHED_CHARS, True), (CACHED_CHARS + 1, False)])
def test_tags_of_sentence_length_texts_are_remembered(length, remembered):
    text = ("资本开支继续上涨" * length)[:length]
    before = _remembered_tags.cache_info().hits
    first, again = tagged_words(text), tagged_words(text)
    assert first == again == tuple((p.word, p.flag) for p in jieba.posseg.cut(text, HMM=len(text) <= HMM_MAX_CHARS))
    assert _remembered_tags.cache_info().hits - before == (1 if remembered else 0)
