"""Words as search keeps them: folded (Kazakh letters to their Russian-keyboard look-alikes, ё
to е, lower case) and stemmed with Snowball's Russian stemmer.

One rule for the app's search (store/search.py) and for the analyst's database
(analysis/), so «бобек» finds «Бөбек» in both.
"""

from __future__ import annotations

import re
from functools import cache

FOLD = str.maketrans("әөүұқғңһіёӘӨҮҰҚҒҢҺІЁ", "аоуукгнхиеаоуукгнхие")
WORD = re.compile(r"\w+")


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer  # pure Python, loaded with the first search or index write

    return snowballstemmer.stemmer("russian")


@cache
def term(word: str) -> str:
    """One word as the index keeps it: folded, then stemmed."""
    return _stemmer().stemWord(word.lower().translate(FOLD))


def terms(text: str) -> str:
    return " ".join(term(w) for w in WORD.findall(text))


def folded(text: str) -> str:
    """Folded words, unstemmed: what a person types on a Russian keyboard for a Kazakh name."""
    return " ".join(w.lower().translate(FOLD) for w in WORD.findall(text))
