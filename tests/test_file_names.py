"""File names that differ only in Unicode form read differently on the site."""

from __future__ import annotations

import html
import re
import unicodedata

import pytest

from pipeline.sitegen.file_names import code_points, confusable, file_label

NFC, NFD = (lambda s: unicodedata.normalize("NFC", s)), (lambda s: unicodedata.normalize("NFD", s))


def _seen(label: str) -> str:
    """The label as a reader reads it: text only, and what looks alike folded together."""
    return unicodedata.normalize("NFKC", html.unescape(re.sub(r"<[^>]*>", "", label)))


@pytest.mark.parametrize(
    "twins",
    [
        (NFC("café.txt"), NFD("café.txt")),  # composed é, e + combining acute
        ("\uff21股.txt", "A股.txt"),  # full-width and ASCII letter
        ("报告\uff08一\uff09.md", "报告(一).md"),  # full-width and ASCII parentheses
        ("\u212b.txt", "\u00c5.txt", NFD("\u00c5.txt")),  # Angstrom sign, composed Å, A + ring
        ("\uac00.txt", "\u1100\u1161.txt"),  # a Hangul syllable, and its two jamo
        ("ﬁnance.txt", "finance.txt"),  # the ﬁ ligature
    ],
)
def test_twins_read_differently(twins):
    names = frozenset(confusable([*twins, "其他.txt"]))
    assert names == set(twins)
    seen = [_seen(file_label(name, names)) for name in twins]
    assert len(set(seen)) == len(twins), seen


@pytest.mark.parametrize(
    ("name", "points"),
    [
        (NFC("é"), "U+00E9"),
        (NFD("é"), "U+0301"),
        ("\uff21股", "U+FF21"),
        ("电网.txt", ""),
    ],
)
def test_code_points_name_the_characters_normalisation_changes(name, points):
    assert code_points(name) == points


def test_ordinary_names_are_shown_as_they_are_and_escaped():
    names = ["电网：瓶颈.txt", "<img src=x>.txt", "A股.txt"]
    found = confusable(names)
    assert found == frozenset()
    assert [file_label(n, found) for n in names] == ["电网：瓶颈.txt", "&lt;img src=x&gt;.txt", "A股.txt"]


def test_a_decomposed_name_is_marked_even_alone():
    name = NFD("café.txt")
    assert confusable([name]) == {name}
    assert file_label(name, confusable([name])).endswith('<small class="unicode-form">[U+0301]</small>')
