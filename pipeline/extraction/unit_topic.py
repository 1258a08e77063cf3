"""What a claim is about when it names no entity: the first noun phrase at the head of its unit."""

from __future__ import annotations

from .segmenting import tagged_words

_ABOUT_TAGS = ("nz", "nt", "ns", "nr", "eng", "n", "vn")
MAX_ABOUT = 16
MAX_TOPIC_SCAN = 48  # a topic is found at the head of a unit


def topic(simplified: str) -> str | None:
    """The unit's first noun phrase: what the view is about, when it names no entity."""
    phrase = ""
    for word, tag in tagged_words(simplified[:MAX_TOPIC_SCAN]):
        if tag.startswith(_ABOUT_TAGS) and len(word) > 1 or (phrase and tag.startswith(_ABOUT_TAGS)):
            phrase += word
            if len(phrase) >= MAX_ABOUT:
                break
        elif phrase:
            break
    return phrase[:MAX_ABOUT] or None
