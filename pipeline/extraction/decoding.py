"""Bytes of a text file to text and the name of its encoding, or a reason to refuse the file."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from . import files
from .limits import LIMITS

MAX_FILE_BYTES = LIMITS.max_file_bytes
# Encodings a Chinese text may come in besides UTF-8; the detector picks among these only,
# since on short texts it otherwise mistakes GBK for Korean or Japanese code pages.
DETECTED_ENCODINGS = ["gb18030", "big5", "utf_16_le", "utf_16_be"]
# A decoding is trusted when nearly all its characters are ones a Chinese text uses.
MIN_PLAUSIBLE_SHARE = 0.9
MAX_CONTROL_SHARE = 0.01
# UTF-16 without a byte-order mark: ASCII-heavy text has a NUL in every other byte.
MIN_UTF16_NUL_SHARE = 0.1
MIN_UTF16_NUL_PARITY = 0.9

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "a SQLite database"),
)
# GBK and GB2312 texts decode as GB18030, their superset; the byte order of UTF-16 is not kept.
_NORMAL_NAMES = {"gb2312": "gb18030", "gbk": "gb18030", "utf_16_le": "utf-16", "utf_16_be": "utf-16"}
# Characters a Chinese text uses: ASCII, Latin-1, general punctuation, arrows and
# numerals, CJK punctuation, Han characters, full-width forms; and line breaks.
_IMPLAUSIBLE = re.compile(
    "[^\t\n\r\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u2150-\u21ff"
    "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
# Control characters other than tab, line feed, vertical tab, form feed and return.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class RefusedFile(Exception):
    """A file that cannot be used as text; ``reason`` says why, for a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class DecodedText:
    text: str  # NUL bytes removed, line endings "\n"
    encoding: str  # "utf-8", "utf-16", "utf-32", "gb18030" or "big5"


def read_text_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> DecodedText:
    """Decode the file at ``path``; its kind and size are checked before it is opened."""
    return decode(read_bytes(path, max_bytes))


def read_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the file at ``path``, up to ``max_bytes``; RefusedFile past them."""
    size = files.check_regular(path).st_size
    if size > max_bytes:
        raise RefusedFile(f"the file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
    with files.open_regular(path) as stream:
        data = stream.read(max_bytes + 1)  # the file may have grown since stat
    if len(data) > max_bytes:
        raise RefusedFile(f"the file is over the limit of {max_bytes:,} bytes")
    if not data:
        raise RefusedFile("the file is empty")
    return data


def decode(data: bytes) -> DecodedText:
    if not data:
        raise RefusedFile("the file is empty")
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise RefusedFile(f"the file is {kind}, not text")
    text, encoding = _decode(data)
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise RefusedFile("the file holds no text, only white space")
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise RefusedFile("the file looks like binary data, not text (many control characters)")
    return DecodedText(text, encoding)


def _decode(data: bytes) -> tuple[str, str]:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name
            except UnicodeDecodeError:
                raise RefusedFile(f"the file starts with a {name} byte-order mark but is not valid {name}") from None
    utf16 = _utf16_by_nul_bytes(data)
    if utf16 is not None:
        return utf16
    try:  # strict UTF-8 is unambiguous: other encodings of Chinese text almost never pass it
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    fallback = None
    for match in from_bytes(data, cp_isolation=DETECTED_ENCODINGS):
        text = str(match)
        if _is_plausible(text):
            return text, _normal_name(match.encoding)
        fallback = fallback or (text, _normal_name(match.encoding))
    if fallback is None:
        raise RefusedFile("the file is not text: it is not UTF-8, UTF-16, GB18030/GBK or Big5")
    return fallback


def _utf16_by_nul_bytes(data: bytes) -> tuple[str, str] | None:
    nul_even = data[0::2].count(0)
    nul_odd = data[1::2].count(0)
    nuls = nul_even + nul_odd
    if len(data) % 2 or nuls < MIN_UTF16_NUL_SHARE * len(data):
        return None
    if nul_odd >= MIN_UTF16_NUL_PARITY * nuls:
        codec = "utf-16-le"
    elif nul_even >= MIN_UTF16_NUL_PARITY * nuls:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec), "utf-16"
    except UnicodeDecodeError:
        return None


def _is_plausible(text: str) -> bool:
    return len(_IMPLAUSIBLE.findall(text)) <= (1 - MIN_PLAUSIBLE_SHARE) * len(text)


def _normal_name(encoding: str) -> str:
    name = codecs.lookup(encoding).name.replace("-", "_")
    return _NORMAL_NAMES.get(name, name.replace("_", "-"))
