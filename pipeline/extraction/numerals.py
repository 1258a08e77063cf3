"""Arabic, Chinese and mixed numerals to numbers (a value or a low–high range)."""

from __future__ import annotations

import re

# Full-width digits and signs map one-to-one onto ASCII, so offsets survive.
FULL_WIDTH = str.maketrans(
    "０１２３４５６７８９％．＋－～／＄€",
    "0123456789%.+-~/$€",
)

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}

CHINESE_DIGIT_CHARS = "".join(DIGITS)
NUMERAL_CHARS = CHINESE_DIGIT_CHARS + "十百千万亿兆"  # in Simplified text: every character a numeral may hold
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
# 千 and 兆 are units of a numeral unless they start 千瓦 / 兆瓦 (kW / MW) or 千伏安 / 兆伏安 (kVA / MVA).
NUMERAL_UNIT = r"(?:[十百万萬亿億]|千(?!瓦|伏安)|兆(?!瓦|伏安))"
# 多/余/几 between a number and its unit (300多亿, 三百余万, 十几亿) mean "more than"; the
# value is read without them and figures.py turns them into the qualifier.
APPROX_MARKS = "多余几"
_APPROX = rf"[{APPROX_MARKS}](?={NUMERAL_UNIT})"
# A Chinese numeral starts with a digit or 十/百/千 (never 万/亿: 万一 is "in case");
# 点, or a point (full-width ． folded to .), between digits is a decimal point (三点五, 十一．五).
CHINESE_NUMERAL = (
    rf"(?:[{CHINESE_DIGIT_CHARS}十百]|千(?!瓦|伏安))"
    rf"(?:[{CHINESE_DIGIT_CHARS}]|{NUMERAL_UNIT}|{_APPROX})*"
    rf"(?:[点.][{CHINESE_DIGIT_CHARS}]+(?:[万萬亿億]|兆(?!瓦))*)?"  # 三点五亿, 二．五兆
)
# A space may part Arabic digits from the scale after them (2.5 兆, 80 億), as in wire copy.
_GAP = "[ \u00a0\u3000]"
_NO_GAP = dict.fromkeys(map(ord, " \u00a0\u3000"))
MIXED_NUMERAL = rf"{ARABIC}(?:{_GAP}?(?:{_APPROX})?{NUMERAL_UNIT}(?:{ARABIC})?)*"

# n and a half of what follows: Cantonese 個半 alone is one and a half (低咗個半億), Mandarin puts a digit
# before it (两个半百分点); never of a month or an hour (個半月, 一个半小时).
AND_A_HALF = rf"[{CHINESE_DIGIT_CHARS}]?个半(?:[万萬亿億]+|(?=个?百分点))"
_HALF = re.compile(rf"([{CHINESE_DIGIT_CHARS}]?)个半")

_TOKEN = re.compile(rf"{ARABIC}|[{CHINESE_DIGIT_CHARS}]|[十百千万萬亿億兆]|[点.]")
_BIG_UNIT_CHARS = "万萬亿億兆"
_CHINESE_DIGIT_RUN = re.compile(rf"[{CHINESE_DIGIT_CHARS}]{{2,}}")
# Digits read one by one (二四八○亿 = 2480亿): a run of them that opens a section of the
# numeral (at its start or after a big unit) and is not itself counted by 十/百/千.
_POSITIONAL_RUN = re.compile(rf"(?:^|(?<=[{_BIG_UNIT_CHARS}]))[{CHINESE_DIGIT_CHARS}]{{2,}}+(?![十百千])")


def to_half_width(text: str) -> str:
    return text.translate(FULL_WIDTH)


def parse_numeral(token: str) -> tuple[float, float]:
    """The (low, high) value of a numeral; low == high unless it is a range like 两三百."""
    token = _HALF.sub(lambda m: (m.group(1) or "一") + "点五", token.translate(_NO_GAP))
    pair = _adjacent_digit_pair(token)
    if pair is not None:
        i = pair
        return _value(token[:i + 1] + token[i + 2:]), _value(token[:i] + token[i + 1:])
    value = _value(token)
    return value, value


def parse_fraction(denominator: str, numerator: str) -> float:
    """X分之Y as a decimal: 五分之四 -> 0.8, 10分之1 -> 0.1."""
    return parse_numeral(numerator)[0] / parse_numeral(denominator)[0]


def trailing_scale(token: str) -> float:
    """The multiplier written at the end of a numeral (3万亿 -> 1e12), so 2-3万亿 can share it."""
    token = token.translate(_NO_GAP)
    # Read from the end, not by a regex search: a search tries every start of a long run of 万.
    body = token.rstrip(_BIG_UNIT_CHARS)
    if len(body) >= 2 and body[-1] in SMALL_UNITS and body[-2].isdecimal():
        body = body[:-1]  # 3千万: 千 after an Arabic digit is part of the scale
    suffix = token[len(body):]
    if not suffix or suffix == token:
        return 1.0
    return _value("1" + suffix)


def is_digit_string(token: str) -> bool:
    """Chinese digits read one by one (二零二五, 三一〇〇), as in years and codes."""
    return len(token) > 1 and all(ch in DIGITS for ch in token) and _adjacent_digit_pair(token) is None


def _adjacent_digit_pair(token: str) -> int | None:
    # 两三百, 三四, 十五六万: two neighbouring Chinese digits one apart, alone in their run,
    # mean "n or n+1"; a longer run (三四五六) or one with decimals (一二．五) is read digit by digit.
    if token.isascii() or "点" in token or "." in token:
        return None
    for run in _CHINESE_DIGIT_RUN.finditer(token):
        a, b = (DIGITS[ch] for ch in run.group()[:2])
        if len(run.group()) == 2 and b == a + 1 and a != 0:
            return run.start()
    return None


def _value(token: str) -> float:
    if not token:
        raise ValueError("empty numeral")
    if all(ch in DIGITS for ch in token):
        # 三一〇〇 = 3100: with no unit characters the digits are read one by one.
        return float("".join(str(DIGITS[ch]) for ch in token))
    if not token.isascii():
        token = _POSITIONAL_RUN.sub(lambda run: "".join(str(DIGITS[ch]) for ch in run.group()), token)
    total = 0.0  # everything already closed by a big unit (万, 亿, 兆)
    section = 0.0  # the part below the last big unit
    current: float | None = None
    last_small = 0
    last_big = 0  # the big unit a lone digit follows (两万三 = 23,000)
    largest_big = 0
    decimals: str | None = None
    for piece in _TOKEN.findall(token):
        if decimals is not None and piece in BIG_UNITS:
            current, decimals = (current or 0) + float("0." + decimals), None  # 三点五亿: the scale closes the decimals
        if decimals is not None:
            decimals += str(DIGITS[piece])
        elif piece in "点.":
            decimals = ""
        elif piece in DIGITS:
            current = DIGITS[piece]
            last_small = last_small if current else 0  # 一千零五: after 零 a digit is units
            last_big = last_big if current else 0
        elif piece in SMALL_UNITS:
            last_small = SMALL_UNITS[piece]
            section += (1 if current is None else current) * last_small
            current, last_big = None, 0
        elif piece in BIG_UNITS:
            big = BIG_UNITS[piece]
            pending = section + _abbreviated(current, last_small)  # 千二亿 = 1,200亿
            if pending == 0:
                total = (total or 1) * big  # 万亿: a unit that scales what came before
                largest_big *= big
            elif big > largest_big:
                total = (total + pending) * big
                largest_big = big
            else:
                total += pending * big
            section, current, last_small, last_big = 0.0, None, 0, big
        else:
            current, last_big = float(piece.replace(",", "")), 0  # digits read one by one are exact
    if decimals:
        current = (current or 0) + float("0." + decimals)
    if last_small:
        return total + section + _abbreviated(current, last_small)
    return total + section + _abbreviated(current, last_big)


def _abbreviated(current: float | None, unit: int) -> float:
    """A lone digit right after a unit counts the next place down: 两千五 = 2,500, 两万三 = 23,000."""
    if current is None:
        return 0.0
    if unit and current < 10 and current == int(current):
        return current * unit / 10
    return current
