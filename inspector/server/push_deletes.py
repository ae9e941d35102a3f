"""Deletes that keep work: a visit or facility deleted on one laptop while another adds to it.

design/sync.md point 11 says an edit racing a delete keeps the edit and flags the record; this
module extends it from a record to its parts (a visit's answers, photos, interviews and
findings; a facility's visits). The app deletes a parent as its parts' deletes first, each
naming its parent in `fields` (a cascade op), then the parent's own delete. So:

- when the parent's delete arrives, every part the deleting laptop knew has been dealt with; a
  part still alive is work it never saw (added or edited elsewhere): the parent is kept,
  flagged with a delete conflict, and the parts deleted with it come back, so a person decides
  about the whole visit with nothing hidden meanwhile;
- a cascade delete of a part someone else changed since keeps the part without a conflict of
  its own (its parent's delete then conflicts: one question for the person, not dozens);
- an edit or a new part arriving for a parent already deleted brings the parent and its
  cascade-deleted parts back and flags the parent.

A part deleted with its parent is marked in its field meta (CASCADE), so reviving the parent
brings back exactly those parts, never one deleted on purpose before.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..sync.protocol import DELETED_FIELD, PARENTS, FieldConflict, canonical_json
from .push_batch import Key, PushState
from .tables import records, tokens, users

# Field-meta key of a part deleted as part of its parent: [seq, device].
CASCADE = "_deleted_with_parent"
# The "device" of a state the server set itself (a part brought back): never a laptop's own,
# so the laptop that had deleted it pulls it again instead of skipping it as its own.
SERVER = ""


def is_bookkeeping(name: str) -> bool:
    """Meta entries that are not a person's edit of a field."""
    return name.startswith("_")


def parent_of(entity: str, data: dict[str, Any]) -> Key | None:
    link = PARENTS.get(entity)
    if link is None or not isinstance(data.get(link[1]), str):
        return None
    return link[0], data[link[1]]


def is_cascade(entity: str, fields: dict[str, Any]) -> bool:
    """A delete op made by deleting the record's parent (it names the parent)."""
    link = PARENTS.get(entity)
    return link is not None and isinstance(fields.get(link[1]), str)


def parts_of(state: PushState, parent: Key) -> list[Key]:
    """Every part of `parent` (alive or deleted), as the push sees them now."""
    entity, record_id = parent
    if entity == "visit":
        query = select(records.c.entity, records.c.id).where(records.c.visit_id == record_id)
    elif entity == "facility":
        # Visits keep facility_id in their JSON data only; canonical_json spells it one way.
        needle = canonical_json({"facility_id": record_id})[1:-1]
        query = select(records.c.entity, records.c.id).where(
            records.c.entity == "visit", records.c.data.contains(needle, autoescape=True))
    else:
        return []
    keys = {(e, i) for e, i in state.conn.execute(query)}
    keys |= {k for k, row in state.rows.items()
             if row is not None and parent_of(k[0], row["data"]) == parent}
    by_entity: dict[str, list[str]] = {}
    for e, i in keys:
        by_entity.setdefault(e, []).append(i)
    for e, ids in by_entity.items():
        state.fetch(e, ids)
    return [k for k in sorted(keys) if (row := state.rows.get(k)) is not None
            and parent_of(k[0], row["data"]) == parent]


def live_parts(state: PushState, parent: Key) -> list[Key]:
    return [k for k in parts_of(state, parent) if not state.existing(k)["deleted"]]


class Revival:
    """Bringing deleted parents and parts back within one push, flagging what a person decides."""

    def __init__(self, state: PushState, seq: int, device: str, user: str) -> None:
        self.state, self.seq, self.device, self.user = state, seq, device, user
        self.flagged: list[FieldConflict] = []

    def save(self, key: Key, *, deleted: bool) -> None:
        row = self.state.rows[key]
        assert row is not None
        row.update(version=self.seq, deleted=deleted, updated_at=self.state.stamp,
                   needs_review=bool(self.state.open_conflicts(key)))
        self.state.changed(key)

    def keep_quietly(self, key: Key) -> None:
        """Not deleted after all, as the server's decision (so every laptop pulls it)."""
        row = self.state.rows[key]
        assert row is not None
        row["meta"].pop(CASCADE, None)
        row["meta"][DELETED_FIELD] = [self.seq, SERVER]
        self.save(key, deleted=False)

    def flag(self, key: Key, deleter: str, user: str, keepers: dict[str, str]) -> None:
        """The delete of `key` by `deleter` waits for a person's choice: keep or delete. Those
        whose work kept it are named beside the deleter ("deleted on X's computer, worked on
        on Y's"), each as a value False kept for the field."""
        self.state.set_conflict(key, DELETED_FIELD, deleter, True, user, self.seq)
        for device, name in keepers.items():
            if device != deleter:
                self.state.set_conflict(key, DELETED_FIELD, device, False, name, self.seq)
        self.save(key, deleted=bool(self.state.existing(key)["deleted"]))
        if deleter != self.device:
            self.flagged.append(FieldConflict(field=DELETED_FIELD, mine=False, theirs=True,
                                              entity=key[0], record_id=key[1]))

    def bring_back_parts(self, key: Key, deleter: str) -> None:
        """The parts `deleter` deleted together with `key`, alive again (and theirs in turn)."""
        for part in parts_of(self.state, key):
            row = self.state.existing(part)
            mark = row["meta"].get(CASCADE)
            if row["deleted"] and mark and mark[1] == deleter:
                self.keep_quietly(part)
                self.bring_back_parts(part, deleter)

    def revive(self, key: Key) -> None:
        """A deleted record someone works in again: alive, its cascade parts too. Deleted as a
        part, it brings its parent back (flagged there); deleted on purpose by another laptop,
        it is flagged itself."""
        row = self.state.row(*key)
        if row is None or not row["deleted"]:
            return
        deleter = (row["meta"].get(DELETED_FIELD) or [0, SERVER])[1]
        cascade = CASCADE in row["meta"]
        self.keep_quietly(key)
        self.bring_back_parts(key, deleter)
        parent = parent_of(key[0], row["data"])
        if cascade and parent is not None:
            self.revive(parent)
        elif deleter not in (self.device, SERVER):
            self.flag(key, deleter, self.user_of(deleter), {self.device: self.user})

    def revive_parent(self, entity: str, data: dict[str, Any]) -> None:
        parent = parent_of(entity, data)
        if parent is not None:
            self.revive(parent)

    def editors(self, key: Key, since: int) -> dict[str, str]:
        """Who changed `key` after `since`, or works in its live parts: device -> name."""
        devices = {entry[1] for name, entry in self.state.existing(key)["meta"].items()
                   if entry[0] > since and not is_bookkeeping(name)}
        for part in live_parts(self.state, key):
            devices |= {entry[1] for name, entry in self.state.existing(part)["meta"].items()
                        if not is_bookkeeping(name)}
            devices |= set(self.editors(part, since))
        devices -= {self.device, SERVER}
        return {device: self.user_of(device) for device in sorted(devices)}

    def user_of(self, device: str) -> str:
        """The name of the person signed in on `device`: who deleted, in the conflict."""
        name = self.state.conn.execute(
            select(users.c.name).join(tokens, tokens.c.user_id == users.c.id)
            .where(tokens.c.device_id == device).order_by(tokens.c.created_at.desc())
            .limit(1)).scalar()
        return name or ""


def prefetch_parents(state: PushState, ops: list[Any]) -> None:
    """Load the parents of the records edited in this push at once: each op checks whether its
    visit or facility was deleted, and one query per op would dominate a large push."""
    wanted: dict[str, set[str]] = {}
    for op in ops:
        row = state.rows.get((op.entity, op.record_id))
        parent = parent_of(op.entity, (row["data"] if row else {}) | op.fields)
        if parent is not None and not op.deleted:
            wanted.setdefault(parent[0], set()).add(parent[1])
    for entity, ids in wanted.items():
        state.fetch(entity, ids)
