"""What the window shows about sync without loading the sync engine (HTTP, pydantic): changes
not yet sent, records needing review, when this profile last synced, whether this computer holds
a sign-in for the server. services.sync re-exports all of it; the engine stamps `last_sync`, so
a sync from the command line counts in the window too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..sync.tokens import TokenStore, default_token_store, token_key

if TYPE_CHECKING:  # the status bar imports SyncStatus at start-up: the store loads later
    from ..store.profile import Profile

__all__ = ["LAST_SYNC_KEY", "SyncStatus", "TokenStore", "TokenStoreFor", "default_token_store",
           "has_token", "mark_synced", "sync_status"]

# Profile meta: when this profile last synced successfully (the key the window always used).
LAST_SYNC_KEY = "ui.last_sync"

TokenStoreFor = Callable[[Path], TokenStore]


@dataclass(frozen=True)
class SyncStatus:
    last_sync: str  # ISO-8601 UTC; "" when this profile never synced
    pending: int  # outbox entries not yet on the server
    conflicts: int  # fields kept both ways that a person must settle
    pending_visits: int = 0  # visits among them: what the status bar counts


def sync_status(profile: Profile) -> SyncStatus:
    from ..store.records import open_conflicts, pending_changes, unsent_visits

    return SyncStatus(profile.database.meta(LAST_SYNC_KEY, "") or "",
                      pending_changes(profile.database), open_conflicts(profile.database),
                      unsent_visits(profile.database))


def mark_synced(profile: Profile) -> None:
    from ..domain.record import utc_now

    profile.database.set_meta(LAST_SYNC_KEY, utc_now())


def has_token(profile: Profile, server_url: str, user: str,
              token_store_for: TokenStoreFor = default_token_store) -> bool:
    """A sign-in for this server, user and computer is stored: no password needs asking."""
    store = token_store_for(profile.data_dir)
    return bool(store.get(token_key(server_url, user, profile.device_id)))
