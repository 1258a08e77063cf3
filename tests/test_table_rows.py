"""Figures in a table's rows: the label's unit goes to the row's bare numbers (table_rows.py)."""

import pytest

from pipeline.extraction.figures import extract_figures

ROWS = [
    # A forecast table as ingest renders a Markdown table, or a PDF's text gives it.
    (
        "指标  2025A  2026E  2027E\n营业收入（亿元）  238.6  412.3  565.0\n",
        [("238.6", 2.386e10, "CNY"), ("412.3", 4.123e10, "CNY"), ("565.0", 5.65e10, "CNY")],
    ),
    ("EPS（元）  4.63  8.93  12.34", [("4.63", 4.63, "CNY"), ("8.93", 8.93, "CNY"), ("12.34", 12.34, "CNY")]),
    ("PE（倍）\t38.5\t20.0", [("38.5", 38.5, "x"), ("20.0", 20.0, "x")]),
    ("毛利率(%)  42.3  40.1", [("42.3", 42.3, "%"), ("40.1", 40.1, "%")]),
    ("營業收入(百萬元)  23,860  -1,200", [("23,860", 2.386e10, "CNY"), ("-1,200", -1.2e9, "CNY")]),
    ("净利润（亿美元）  51.2", [("51.2", 5.12e9, "USD")]),
    # Cells that carry their own unit are read as written, once.
    ("同比增速（%）  122%  73%", [("122%", 122, "%"), ("73%", 73, "%")]),
    # No unit in the label's brackets, a label that is a number, or words in the row: no table figures.
    ("指标（2025A）  238.6  412.3", []),
    ("会议时间（北京）  14  30", []),
    ("300750（宁德）  12  30", []),
    ("营业收入（亿元）  238.6  同比增长", []),
    ("营业收入（亿元）", []),
    # A unit declared above a table goes to its plain rows, not to a rate's row, and stops at its source line.
    (
        "盈利预测    单位：百万元\n        2025A    2026E\n营业收入    18,560    24,130\n"
        "毛利率    31.2    32.5\n资料来源：公司公告\n其他数据    12    15\n",
        [("18,560", 1.856e10, "CNY"), ("24,130", 2.413e10, "CNY")],
    ),
    (
        "金額單位：新台幣億元\n營業收入    854.3    1,020.5\n",
        [("854.3", 8.543e10, "TWD"), ("1,020.5", 1.0205e11, "TWD")],
    ),
    ("营业收入    18,560    24,130\n（单位：百万元）", []),  # a declaration ending the text heads no rows above it
    # Units named in the column heads go to each row's numbers, matched from the right; a head with no unit, an
    # empty cell (—), a row with words or a source line gives none.
    (
        "公司  营收（亿元）  同比（%）\n\n甲公司  120.5  -3.2\n\n乙公司  88.0  12.1\n",
        [("120.5", 1.205e10, "CNY"), ("-3.2", -3.2, "%"), ("88.0", 8.8e9, "CNY"), ("12.1", 12.1, "%")],
    ),
    ("11月營收(新台幣億元)\t年增率(%)\n鴻海\t6,542\t15.8\n", [("6,542", 6.542e11, "TWD"), ("15.8", 15.8, "%")]),
    ("公司  股價  漲幅（%）\n甲公司  35.2  4.1\n丙公司  —  -0.8\n", [("4.1", 4.1, "%"), ("-0.8", -0.8, "%")]),
    ("公司  营收（亿元）  同比（%）\n甲公司  120.5  大增\n", []),
    ("公司（代号）  市场（地区）\n甲公司  2330  12\n", []),
    ("公司  营收（亿元）\n资料来源：公司公告\n甲公司  120.5  130.2\n", []),
    # A holdings table puts a running number and a code before the name: the row's numbers are its trailing cells,
    # a code after the name is read under its column's head, which names no unit; a row with no name makes none.
    (
        "序号  代码  名称  数量（股）  占净值比例（%）\n"
        "1  7011 JP  甲重工  12,000  3.2\n2  0700 HK  乙控股  8,500  2.9\n",
        [("12,000", 12000, "count"), ("3.2", 3.2, "%"), ("8,500", 8500, "count"), ("2.9", 2.9, "%")],
    ),
    ("排名  股票名稱  持股權重（%）\n1  台積電  9.8\n2  聯發科  4.1\n", [("9.8", 9.8, "%"), ("4.1", 4.1, "%")]),
    ("名称  代码  市值（亿元）\n甲酒业  600519  1,820\n", [("1,820", 1.82e11, "CNY")]),
    ("序号  数量（股）  比例（%）\n1  12,000  3.2\n", []),
    # A row's label names what the row holds or where it sells (a holding, a region), not the money of the text:
    # 元 under it is still the yuan of the text's market.
    (
        "A股公司甲科技分地区收入：\n地区  收入（亿元）\n香港  12.5\n台湾  8.3\n",
        [("12.5", 1.25e9, "CNY"), ("8.3", 8.3e8, "CNY")],
    ),
    (
        "台股基金前三大持股\n名稱  市值（億元）\n香港交易所  12.5\n台積電  120.3\n",
        [("12.5", 1.25e9, "TWD"), ("120.3", 1.203e10, "TWD")],
    ),
    (
        "台股基金持股\n名稱  市值（億元）\n甲公司  120.3\n港股今日成交1,050億元。",
        [("120.3", 1.203e10, "TWD"), ("1,050億元", 1.05e11, "HKD")],
    ),
    # A forecast's slash list: the last number's unit and scale go to every number before it.
    (
        "预计归母净利润分别为32.5/41.8/52.3亿元。",
        [("32.5", 3.25e9, "CNY"), ("41.8", 4.18e9, "CNY"), ("52.3亿元", 5.23e9, "CNY")],
    ),
    ("對應本益比分別為25/20/16倍。", [("25", 25, "x"), ("20", 20, "x"), ("16倍", 16, "x")]),
    # A pair whose ends carry their own units (a storage plant's power and energy) is two figures; after a
    # number with a scale alone (800G, a product) the slash parts no amounts.
    ("新型储能装机规模达73.8GW/168GWh。", [("73.8GW", 7.38e10, "W"), ("168GWh", 1.68e8, "kWh")]),
    ("該儲能案場規模為100MW/400MWh。", [("100MW", 1e8, "W"), ("400MWh", 4e5, "kWh")]),
    ("800G/1.6T需求旺盛。", []),
    # Dates, ratios of units, fractions and scores are no lists.
    ("时间：2026/12/09 14:32", []),
    ("黄金报4,120美元/盎司。", [("4,120美元", 4120, "USD")]),
    ("约1/3的公司亏损，评分4.5/5分。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[row[0][:24] for row in ROWS])
def test_table_rows(text, expected):
    found = [(f.quote, f.low, f.unit) for f in extract_figures(text)]
    assert found == [(q, pytest.approx(v), u) for q, v, u in expected]


def test_a_cell_is_about_its_row_label():
    figures = extract_figures("营业收入（亿元）  238.6  412.3\nPE（倍）  38.5")
    assert [(f.quote, f.subject) for f in figures] == [("238.6", "营业收入"), ("412.3", "营业收入"), ("38.5", "PE")]


def test_a_cell_below_zero_fell():
    figures = extract_figures("公司  營收（億元）  月增率（%）\n甲公司  120.5  -3.5\n營業收入(百萬元)  23,860  -1,200")
    assert [(f.quote, f.direction) for f in figures] == [
        ("120.5", None), ("-3.5", "down"), ("23,860", None), ("-1,200", "down")
    ]
