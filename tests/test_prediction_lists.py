"""Headings of lists of predictions, and whose the predictions are."""

import pytest

from pipeline.extraction.prediction_lists import OWN, maker
from pipeline.extraction.script import to_simplified


@pytest.mark.parametrize(
    "line, expected",
    [
        ("附：貝爾蒙特銀行2027年十大預測（摘要）", "贝尔蒙特银行"),
        ("### 华衡证券2027年度预测", "华衡证券"),
        ("## 十大预测", OWN),
        ("核心预测：", OWN),
        ("我们的预测", OWN),
        # a report's table of earnings forecasts, and a title that only mentions predictions, list none
        ("盈利预测", None),
        ("## 盈利預測與估值", None),
        ("業績預測：", None),
        ("## 2027年十大预测：在没有共识的市场里下注", None),
        ("附：本周数据回顾", None),
    ],
)
def test_whose_predictions_a_heading_lists(line, expected):
    assert maker(to_simplified(line)) == expected
