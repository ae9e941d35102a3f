"""Finding visits by what was written in them: the window's search box and `inspector search`."""

from __future__ import annotations

from dataclasses import dataclass

from ..store.profile import Profile
from ..store.search import SearchHit, search, visit_hits


@dataclass(frozen=True)
class VisitSearch:
    """The visits matching `text`, each with the words around its best match."""

    text: str
    snippets: dict[str, str]  # visit id -> snippet, the matching words in [brackets]

    @property
    def visit_ids(self) -> set[str]:
        return set(self.snippets)


def search_visits(profile: Profile, text: str) -> VisitSearch:
    """Carries the text back, so an answer to older words that arrives late can be recognised."""
    return VisitSearch(text, visit_hits(profile.database.conn, text))


def search_records(profile: Profile, text: str) -> list[SearchHit]:
    return search(profile.database.conn, text)
