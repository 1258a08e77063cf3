"""The learned stance (pipeline/extraction/stance_model.py): where the rules read no word, the model
gives the way; where they read a frame or a way, it needs to be much surer, and surer still where their reading is
the plain sum of their words. Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extraction import stance_model, stance_training
from pipeline.extraction.script import to_simplified

from .test_claims import claims_of


@pytest.mark.parametrize(
    "text, stance",
    [
        # views in words no lexicon holds: the model's way
        ("分析师李四认为，电网投资是十年一遇的大周期。", "bullish"),
        ("分析師李四認為，電網投資是十年一遇的大週期。", "bullish"),
        ("他直言，算力租赁就是一门薄利的苦生意。", "bearish"),
        ("他直言，算力租賃就是一門薄利的苦生意。", "bearish"),
        ("我们认为，电网设备商才是真正的卖铲人。", "bullish"),
        ("我們認為，電網設備商纔是真正的賣鏟人。", "bullish"),
        ("这个故事讲了三年，别太当真。", "bearish"),
        ("這個故事講了三年，別太當真。", "bearish"),
        ("我们预计，韩国股市会是明年的主角。", "bullish"),
        ("我們預計，韓國股市會是明年的主角。", "bullish"),
        # a way the rules misread, which the model is sure enough of to turn
        ("我们认为，公司给的指引可能偏乐观了，打个八折比较稳妥。", "bearish"),
        ("我們認為，公司給的指引可能偏樂觀了，打個八折比較穩妥。", "bearish"),
        # a reading the rules composed (瓶颈 turned by what it is of) is turned at COMPOSED_SURE (here .76)…
        ("我们认为，订单已经排满到明年底，产能是眼下最大的瓶颈。", "bullish"),
        ("我們認為，訂單已經排滿到明年底，產能是眼下最大的瓶頸。", "bullish"),
        # …a plain sum of the words' ways only at TURN_SURE (the model reads this one bullish, .73)
        ("台积电股价大跌，市场担忧AI泡沫正在破灭。", "bearish"),
        ("台積電股價大跌，市場擔憂AI泡沫正在破滅。", "bearish"),
        # a frame of two ways the rules read stays theirs, however sure the model is of one
        ("我们认为，铜价明年可能大涨，也可能大跌。", "neutral"),
        ("我們認為，銅價明年可能大漲，也可能大跌。", "neutral"),
        ("一旦美联储开始降息，美元的走势存在两种可能：避险需求托底或利差收窄走弱。", "neutral"),
        ("一旦聯準會開始降息，美元的走勢存在兩種可能：避險需求托底或利差收窄走弱。", "neutral"),
        # and so does a way a negation turned: n-grams do not scope one
        ("我们认为，美国政府不可能永远关门。", "bullish"),
        ("我們認為，美國政府不可能永遠關門。", "bullish"),
        # a way the rules read stays
        ("我们预计，明年的出货量还会再翻一番。", "bullish"),
        ("我們預計，明年的出貨量還會再翻一番。", "bullish"),
    ],
)
def test_the_model_gives_the_way_the_rules_cannot_read(text, stance):
    assert [c.stance for c in claims_of(text)] == [stance]


@pytest.mark.parametrize(
    "text, stances",
    [
        # its words: 修回来 after a price rise signed is a recovery
        ("他认为，新订单都是涨价后签的，利润率应该能慢慢修回来。", ["bullish", "bullish"]),
        ("他認為，新訂單都是漲價後簽的，利潤率應該能慢慢修回來。", ["bullish", "bullish"]),
    ],
)
def test_the_model_reads_a_view_of_two_claims(text, stances):
    assert [c.stance for c in claims_of(text)] == stances


@pytest.mark.parametrize(
    "article, trained",
    [
        ("u1_broker_note.txt", True),
        ("u999_cn_story.txt", True),
        ("u1000_cn_story.txt", False),
        ("u1287_tw_news.txt", False),
        ("003_bcdd3ba7ca181f85.txt", False),  # a bundled article: never trained on
    ],
)
def test_the_model_learns_from_the_older_unseen_articles_only(article, trained):
    assert stance_training.trained_on(article) is trained


def test_the_shipped_model_is_the_one_training_makes_and_reads_as_scikit_learn_does():
    """Training again gives the shipped file's n-grams and weights, and its probabilities are scikit-learn's."""
    import json

    import numpy as np

    claims = stance_training.training_claims()
    fitted, vectorizer = stance_training.fit(claims)
    retrained = stance_training.model_data(fitted, vectorizer, len(claims))
    shipped = json.loads(stance_model.MODEL_PATH.read_text(encoding="utf-8"))
    assert retrained.keys() == shipped.keys()
    for terms in ("features", "words"):
        assert retrained[terms].keys() == shipped[terms].keys()
        assert np.allclose(
            [v for f in retrained[terms].values() for v in f], [v for f in shipped[terms].values() for v in f],
            atol=1e-4,
        )
    invented = ("电网投资是十年一遇的大周期", "這錢遲早要還", "铜价可能涨也可能跌", "abc  def\n xyz")
    texts = [to_simplified(t) for t in invented]
    expected = stance_training.predict_proba(fitted, vectorizer, texts)
    for text, row in zip(texts, expected):
        ours = stance_model.probabilities(text)
        assert max(abs(ours[label] - p) for label, p in zip(fitted.classes_, row)) < 1e-5
