"""Decoding article bytes: encodings, normalisation, and the files that are refused."""

from __future__ import annotations

import codecs

import pytest

from pipeline.extraction.decoding import RefusedFile, decode, read_text_file

SIMPLIFIED = (
    "美联储本周维持利率不变,但声明措辞出现变化,市场开始押注年内两次降息。\n通胀回落快于预期,债券收益率继续下行。\n"
)
TRADITIONAL = (
    "美聯儲本週維持利率不變,但聲明措辭出現變化,市場開始押注年內兩次降息。\n通脹回落快於預期,債券收益率繼續下行。\n"
)
ASCII_HEAVY = "Fed holds rates; markets price two cuts this year.\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(
    range(256)
)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        (TRADITIONAL.encode("gb18030"), TRADITIONAL, "gb18030"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16"),
        (SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16"),
        (ASCII_HEAVY.encode("utf-16-le"), ASCII_HEAVY, "utf-16"),
        (ASCII_HEAVY.encode("utf-16-be"), ASCII_HEAVY, "utf-16"),
    ],
    ids=[
        "utf-8",
        "utf-8-sig",
        "gbk",
        "gb18030",
        "big5",
        "traditional-gb18030",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16-le-no-bom-chinese",
        "utf-16-le-no-bom-ascii",
        "utf-16-be-no-bom-ascii",
    ],
)
def test_encodings_are_detected(tmp_path, data, text, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    decoded = read_text_file(path)
    assert decoded.text == text
    assert decoded.encoding == encoding


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour"),
        ("第一行\x00\r\n第二\x00行\r第三行\n".encode("utf-8"), "第一行\n第二行\n第三行\n"),
        (SIMPLIFIED.replace("\n", "\r\r\n").encode("gb18030"), SIMPLIFIED.replace("\n", "\n\n")),
    ],
    ids=["mixed-line-endings", "nul-bytes-and-crlf", "cr-then-crlf"],
)
def test_line_endings_and_nul_bytes_are_normalised(data, text):
    assert decode(data).text == text


@pytest.mark.parametrize(
    ("data", "reason_part"),
    [
        (b"", "empty"),
        (b" \r\n\t\n", "no text"),
        ("\u3000\u3000\n".encode("utf-8"), "no text"),
        (PNG_BYTES, "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (bytes(range(1, 32)) * 40, "binary"),
        (b"\x00" * 64, "no text"),
    ],
    ids=["empty", "white-space", "ideographic-spaces", "png", "pdf", "control-bytes", "only-nul"],
)
def test_unusable_bytes_are_refused_with_a_reason(tmp_path, data, reason_part):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(RefusedFile) as refused:
        read_text_file(path)
    assert reason_part in refused.value.reason


@pytest.mark.parametrize(("size", "limit", "refused"), [(100, 99, True), (100, 100, False), (1000, 10, True)])
def test_oversize_files_are_refused_before_reading(tmp_path, size, limit, refused):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * size)
    if refused:
        with pytest.raises(RefusedFile) as error:
            read_text_file(path, max_bytes=limit)
        assert f"{size:,} bytes, over the limit of {limit:,} bytes" in error.value.reason
    else:
        assert read_text_file(path, max_bytes=limit).text == "a" * size
