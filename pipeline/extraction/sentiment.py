"""The financial sentiment dictionary of Yao et al. (2021), shipped by the cntext package: the stance of
words the market-commentary lexicon lacks."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from . import lexicons

# The dictionary's four groups (formal and informal; positive and negative).
SENTIMENT_PACKAGE, SENTIMENT_FILE = "cntext", "io/data/zh_common_FinacialFormalUnformal.yaml"
SENTIMENT_GROUPS = {
    "正式-肯定情绪": "bullish",
    "非正式-肯定情绪": "bullish",
    "正式-否定情绪": "bearish",
    "非正式-否定情绪": "bearish",
}


def sentiment_dictionary() -> dict[str, str]:
    """Word -> bullish/bearish from the shipped financial sentiment dictionary.

    Read as data from the installed package, which is never imported (its
    code pins libraries this project does not use). Empty when it is not
    installed, so the lexicon alone decides.
    """
    spec = importlib.util.find_spec(SENTIMENT_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(list(spec.submodule_search_locations)[0], SENTIMENT_FILE)
    groups = lexicons.read_yaml(path)["Dictionary"]
    words: dict[str, str] = {}
    for group, label in SENTIMENT_GROUPS.items():
        for word in groups.get(group) or ():
            # Single characters are too ambiguous to count on their own.
            if isinstance(word, str) and len(word.strip()) > 1:
                words.setdefault(word.strip(), label)
    return words
