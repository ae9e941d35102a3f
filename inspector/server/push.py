"""Applying a push: one transaction, one sequence number, per-field merge, recorded op ids.

The rules (design/sync.md points 8-11, 14, 18):
- the whole push runs in one transaction that first increments the single-row counter, so
  pushes are serialised and every change of this push carries the same new sequence number;
- an op id already applied returns its recorded result and changes nothing;
- field f of an op with base version B conflicts iff f last changed at a sequence > B, by
  another device, to a value different from the pushed one. The server then keeps its value,
  stores the pushed one beside it and marks the record for review. A device's own earlier
  changes never conflict with its later ones (its ops arrive in order);
- an edit of a deleted record brings it back, flagged; a delete of a record others changed
  since the deleter saw it keeps the record, flagged;
- an edit of field f made after the device saw an open conflict on f settles that conflict.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from ..sync.protocol import (
    DELETED_FIELD,
    VISIT_CHILDREN,
    FieldConflict,
    Op,
    OpResult,
    PushRequest,
    PushResponse,
    canonical_json,
    clean_fields,
    field_defaults,
)
from .auth import Principal, now
from .errors import ApiError, forbidden
from .tables import applied_ops, blobs, conflicts, counter, records


def next_seq(conn: Connection) -> int:
    """Take the writer lock (the counter row) and the sequence number of this transaction."""
    conn.execute(update(counter).where(counter.c.id == 1).values(seq=counter.c.seq + 1))
    return conn.execute(select(counter.c.seq).where(counter.c.id == 1)).scalar_one()


def push(conn: Connection, who: Principal, request: PushRequest) -> PushResponse:
    if not who.teams:
        raise forbidden("you are not a member of any team; ask the administrator")
    team = request.team or who.teams[0]
    if team not in who.teams:
        raise forbidden(f"you are not a member of team {team!r}")
    seq = next_seq(conn)
    results: list[OpResult] = []
    for op in request.ops:
        recorded = conn.execute(select(applied_ops.c.result, applied_ops.c.user_id)
                                .where(applied_ops.c.op_id == op.op_id)).first()
        if recorded is not None:
            if recorded.user_id != who.user_id:
                results.append(_rejected(op, "this operation id was used by someone else"))
                continue
            result = OpResult.model_validate_json(recorded.result)
            result.replayed = True
            results.append(result)
            continue
        result = _Apply(conn, who, team, seq, op).run()
        if result.status != "rejected":
            # Rejections change nothing and are not recorded, so the same op can succeed once
            # its cause is fixed (say, the photo's bytes have arrived).
            conn.execute(insert(applied_ops).values(op_id=op.op_id, user_id=who.user_id,
                                                    result=result.model_dump_json(), seq=seq,
                                                    created_at=now()))
        results.append(result)
    return PushResponse(results=results)


def _rejected(op: Op, message: str) -> OpResult:
    return OpResult(op_id=op.op_id, status="rejected", message=message)


class _Apply:
    """One op against the stored record; returns its result."""

    def __init__(self, conn: Connection, who: Principal, team: str, seq: int, op: Op) -> None:
        self.conn, self.who, self.team, self.seq, self.op = conn, who, team, seq, op
        self.device = who.device_id

    def run(self) -> OpResult:
        op = self.op
        values, error = clean_fields(op.entity, op.fields)
        if error:
            return _rejected(op, error)
        self.values = values
        row = self.conn.execute(select(records).where(records.c.entity == op.entity,
                                                      records.c.id == op.record_id)).mappings().first()
        if row is not None and row["team"] not in self.who.teams:
            return _rejected(op, f"{op.entity} {op.record_id} belongs to another team")
        if op.deleted:
            return self._delete(row)
        problem = self._check_references(row)
        if problem:
            return _rejected(op, problem)
        if row is None:
            return self._insert()
        return self._edit(row)

    # --- checks -----------------------------------------------------------------------------

    def _visible(self, entity: str, record_id: Any) -> dict[str, Any] | None:
        if not isinstance(record_id, str):
            return None
        row = self.conn.execute(select(records.c.team, records.c.deleted)
                                .where(records.c.entity == entity, records.c.id == record_id)
                                ).mappings().first()
        return dict(row) if row is not None and row["team"] in self.who.teams else None

    def _check_references(self, row: Any) -> str | None:
        op, values = self.op, self.values
        if op.entity in VISIT_CHILDREN:
            if row is not None and "visit_id" in values and values["visit_id"] != row["visit_id"]:
                return "a record cannot move to another visit"
            if row is None:
                if "visit_id" not in values:
                    return f"a new {op.entity} needs its visit_id"
                visit = self._visible("visit", values["visit_id"])
                if visit is None:
                    return f"visit {values['visit_id']} is unknown or belongs to another team"
                self.team = str(self.conn.execute(
                    select(records.c.team).where(records.c.entity == "visit",
                                                 records.c.id == values["visit_id"])).scalar_one())
        if op.entity == "visit" and "facility_id" in values \
                and self._visible("facility", values["facility_id"]) is None:
            return f"facility {values['facility_id']} is unknown or belongs to another team"
        if op.entity == "photo" and "sha256" in values:
            known = self.conn.execute(select(blobs.c.sha256)
                                      .where(blobs.c.sha256 == values["sha256"])).first()
            if known is None:
                return "the photo's bytes have not been uploaded yet"
        return None

    # --- the three cases --------------------------------------------------------------------

    def _insert(self) -> OpResult:
        op = self.op
        defaults, required = field_defaults(op.entity)
        missing = sorted(required - set(self.values))
        if missing:
            return _rejected(op, f"a new {op.entity} needs {', '.join(missing)}")
        data = defaults | self.values
        meta = {name: [self.seq, self.device] for name in data}
        stamp = now()
        self.conn.execute(insert(records).values(
            entity=op.entity, id=op.record_id, team=self.team,
            visit_id=data.get("visit_id") if op.entity in VISIT_CHILDREN else None,
            blob_sha=data.get("sha256") if op.entity == "photo" else None,
            version=self.seq, deleted=False, needs_review=False, data=canonical_json(data),
            field_meta=json.dumps(meta), created_at=stamp, updated_at=stamp))
        return OpResult(op_id=op.op_id, status="applied", version=self.seq)

    def _delete(self, row: Any) -> OpResult:
        op = self.op
        if row is None:
            # Never reached the server (or never existed): nothing to remove, nothing to tell.
            return OpResult(op_id=op.op_id, status="applied", version=0)
        if row["deleted"]:
            return OpResult(op_id=op.op_id, status="applied", version=row["version"])
        meta = json.loads(row["field_meta"])
        changed_since = [f for f, (seq, device) in meta.items()
                         if seq > op.base_version and device != self.device and f != DELETED_FIELD]
        if changed_since:
            # Someone edited what this device deleted without seeing the edit: keep the record.
            self._store_conflict(DELETED_FIELD, True)
            self._save(row, json.loads(row["data"]), meta, deleted=False)
            return OpResult(op_id=op.op_id, status="conflict", version=self.seq, conflicts=[
                FieldConflict(field=DELETED_FIELD, mine=True, theirs=False)],
                message="edited elsewhere since; kept and marked for review")
        meta[DELETED_FIELD] = [self.seq, self.device]
        self.conn.execute(delete(conflicts).where(conflicts.c.entity == op.entity,
                                                  conflicts.c.record_id == op.record_id))
        self._save(row, json.loads(row["data"]), meta, deleted=True)
        return OpResult(op_id=op.op_id, status="applied", version=self.seq)

    def _edit(self, row: Any) -> OpResult:
        op = self.op
        data = json.loads(row["data"])
        meta = json.loads(row["field_meta"])
        open_conflicts = self._open_conflicts()
        found: list[FieldConflict] = []
        touched = False
        revived = bool(row["deleted"])
        if revived:
            deleter = meta.get(DELETED_FIELD, [0, ""])
            if deleter[1] != self.device:
                # An edit racing a delete keeps the edit and asks a person (point 11).
                self._store_conflict(DELETED_FIELD, True, device=deleter[1])
                found.append(FieldConflict(field=DELETED_FIELD, mine=False, theirs=True))
            meta.pop(DELETED_FIELD, None)
            touched = True
        if not self.values and DELETED_FIELD in open_conflicts \
                and op.base_version >= open_conflicts[DELETED_FIELD]:
            self._clear_conflicts(DELETED_FIELD)  # an empty edit after seeing it: "keep it"
            touched = True
        for name, value in self.values.items():
            if name in open_conflicts and op.base_version >= open_conflicts[name]:
                self._clear_conflicts(name)  # the device saw both values and chose
                touched = True
            stored = data.get(name)
            if canonical_json(stored) == canonical_json(value):
                continue
            last = meta.get(name)
            if not revived and last and last[0] > op.base_version and last[1] != self.device:
                self._store_conflict(name, value)
                found.append(FieldConflict(field=name, mine=value, theirs=stored))
                touched = True
                continue
            data[name] = value
            meta[name] = [self.seq, self.device]
            touched = True
        if not touched:
            return OpResult(op_id=op.op_id, status="applied", version=row["version"])
        self._save(row, data, meta, deleted=False)
        return OpResult(op_id=op.op_id, status="conflict" if found else "applied",
                        version=self.seq, conflicts=found)

    # --- storage helpers --------------------------------------------------------------------

    def _open_conflicts(self) -> dict[str, int]:
        rows = self.conn.execute(select(conflicts.c.field, conflicts.c.seq).where(
            conflicts.c.entity == self.op.entity, conflicts.c.record_id == self.op.record_id))
        found: dict[str, int] = {}
        for name, seq in rows:
            found[name] = max(found.get(name, 0), seq)
        return found

    def _clear_conflicts(self, name: str) -> None:
        self.conn.execute(delete(conflicts).where(conflicts.c.entity == self.op.entity,
                                                  conflicts.c.record_id == self.op.record_id,
                                                  conflicts.c.field == name))

    def _store_conflict(self, name: str, value: Any, device: str | None = None) -> None:
        key = (conflicts.c.entity == self.op.entity, conflicts.c.record_id == self.op.record_id,
               conflicts.c.field == name, conflicts.c.device_id == (device or self.device))
        self.conn.execute(delete(conflicts).where(*key))
        self.conn.execute(insert(conflicts).values(
            entity=self.op.entity, record_id=self.op.record_id, field=name,
            device_id=device or self.device, value=canonical_json(value),
            user_name=self.who.name if device is None else "", seq=self.seq))

    def _save(self, row: Any, data: dict[str, Any], meta: dict[str, Any], *, deleted: bool) -> None:
        remaining = self.conn.execute(select(conflicts.c.field).where(
            conflicts.c.entity == self.op.entity, conflicts.c.record_id == self.op.record_id)
        ).first()
        self.conn.execute(update(records).where(records.c.entity == self.op.entity,
                                                records.c.id == self.op.record_id).values(
            version=self.seq, deleted=deleted, needs_review=remaining is not None,
            data=canonical_json(data), field_meta=json.dumps(meta), updated_at=now(),
            blob_sha=data.get("sha256") if self.op.entity == "photo" else None))


__all__ = ["push", "next_seq", "ApiError"]
