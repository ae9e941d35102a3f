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
  since the deleter saw it keeps the record, flagged; the same holds for a visit or facility
  and its parts (push_deletes.py): deleting one never hides work added to it elsewhere;
- an edit of field f made after the device saw an open conflict on f settles that conflict;
- a visit or interview naming a checklist template version the server does not know is
  refused (point 17): the app registers its template versions before it pushes;
- a photo naming bytes its record's team never uploaded is refused (point 15, holders.py);
- «нет данных» for a question its template does not ask as a figure is refused: no form can
  write it, and every laptop would show a yes/no or a text as «нет данных».

The ops work on a PushState (push_batch.py): what they read is loaded in bulk up front, what
they change is written with one executemany per table at the end.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from ..domain.answer_values import is_no_data
from ..domain.checklist import FIGURE_TYPES
from ..domain.templates import template_or_blank
from ..sync.protocol import (
    BLOB_FIELDS,
    DELETED_FIELD,
    ENTITY_CLASSES,
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
from . import history
from .auth import Principal
from .errors import ApiError, forbidden
from .push_batch import PushState
from .push_deletes import (
    CASCADE,
    Revival,
    is_bookkeeping,
    is_cascade,
    live_parts,
    prefetch_parents,
)
from .tables import counter


def next_seq(conn: Connection) -> int:
    """Take the writer lock (the counter row) and the sequence number of this transaction."""
    conn.execute(update(counter).where(counter.c.id == 1).values(seq=counter.c.seq + 1))
    seq = conn.execute(select(counter.c.seq).where(counter.c.id == 1)).scalar_one()
    history.tag_seq(conn, seq)
    return seq


def push(conn: Connection, who: Principal, request: PushRequest) -> PushResponse:
    team = request.team or who.teams[0]  # a member: the route's Member dependency
    if team not in who.teams:
        raise forbidden(f"you are not a member of team {team!r}")
    if not request.ops:
        # Nothing to apply: no writer lock and no sequence number spent, so laptops with
        # nothing to send do not queue behind each other (the route opens a read transaction).
        top = conn.execute(select(counter.c.seq).where(counter.c.id == 1)).scalar_one()
        return PushResponse(results=[], history=history.point(conn, top))
    seq = next_seq(conn)
    # Read after the counter lock: nothing moves meanwhile.
    state = PushState(conn, request.ops, who.teams)
    state.author = (seq, who.device_id, who.name)
    prefetch_parents(state, request.ops)
    results: list[OpResult] = []
    for op in request.ops:
        recorded = state.recorded.get(op.op_id)
        if recorded is not None:
            user_id, result_json = recorded
            if user_id != who.user_id:
                results.append(_rejected(op, "this operation id was used by someone else"))
                continue
            result = OpResult.model_validate_json(result_json)
            result.replayed = True
            results.append(result)
            continue
        result = _Apply(state, who, team, seq, op).run()
        if result.status == "applied" and result.version:
            row = state.rows.get((op.entity, op.record_id))
            result.own = row is not None and not row["needs_review"] and all(
                entry[1] == who.device_id for entry in row["meta"].values())
        if result.status != "rejected":
            # Rejections change nothing and are not recorded, so the same op can succeed once
            # its cause is fixed (say, the photo's bytes have arrived).
            state.record(op.op_id, who.user_id, result.model_dump_json(), seq)
        results.append(result)
    fresh = {r["op_id"] for r in state.to_record}  # a replay's answer stays as recorded
    for result in _drop_settled_flags(state, [r for r in results if r.op_id in fresh]):
        state.record(result.op_id, who.user_id, result.model_dump_json(), seq)  # replaces it
    state.flush()
    return PushResponse(results=results, history=history.point(conn, seq))


def _drop_settled_flags(state: PushState, results: list[OpResult]) -> list[OpResult]:
    """A parent flagged by one op (work in a visit deleted elsewhere) and deleted by a later op
    of the same push (this laptop deleted it too, after its work) has no open question left:
    the laptop must not be told of one, or it keeps a review flag nobody else has. Returns the
    results changed."""
    changed = []
    for result in results:
        kept = [c for c in result.conflicts if not c.entity
                or state.open_conflicts((c.entity, c.record_id or ""))]
        if len(kept) == len(result.conflicts):
            continue
        result.conflicts = kept
        if result.status == "conflict" and not kept:
            result.status = "applied"
        changed.append(result)
    return changed


def _rejected(op: Op, message: str) -> OpResult:
    return OpResult(op_id=op.op_id, status="rejected", message=message)


_DEFAULTS = {entity: field_defaults(entity) for entity in ENTITY_CLASSES}


def _blob_of(entity: str, data: dict[str, Any]) -> str | None:
    blob_field = BLOB_FIELDS.get(entity)
    return (data.get(blob_field) or None) if blob_field else None


class _Apply:
    """One op against the stored record (in the push's state); returns its result."""

    def __init__(self, state: PushState, who: Principal, team: str, seq: int, op: Op) -> None:
        self.state, self.who, self.team, self.seq, self.op = state, who, team, seq, op
        self.device = who.device_id
        self.key = (op.entity, op.record_id)
        self.revival = Revival(state, seq, self.device, who.name)

    def run(self) -> OpResult:
        op = self.op
        values, error = clean_fields(op.entity, op.fields)
        if error:
            return _rejected(op, error)
        self.values = values
        row = self.state.row(op.entity, op.record_id)
        if row is not None and row["team"] not in self.who.teams:
            return _rejected(op, f"{op.entity} {op.record_id} belongs to another team")
        if op.deleted:
            return self._delete(row)
        problem = self._check_references(row)
        if problem:
            return _rejected(op, problem)
        result = self._insert() if row is None else self._edit(row)
        if result.status != "rejected":
            # Work in a visit (or facility) deleted elsewhere brings it back, flagged.
            self.revival.revive_parent(op.entity, (row["data"] if row else {}) | values)
        flagged = [c for c in self.revival.flagged if (c.entity, c.record_id) != self.key]
        if flagged and result.status != "rejected":
            result.status = "conflict"
            result.conflicts += flagged
        return result

    # --- checks -----------------------------------------------------------------------------

    def _visible(self, entity: str, record_id: Any) -> dict[str, Any] | None:
        if not isinstance(record_id, str):
            return None
        row = self.state.row(entity, record_id)
        return row if row is not None and row["team"] in self.who.teams else None

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
                self.team = str(visit["team"])
        if op.entity == "visit" and "facility_id" in values \
                and self._visible("facility", values["facility_id"]) is None:
            return f"facility {values['facility_id']} is unknown or belongs to another team"
        team = row["team"] if row is not None else self.team
        cited = values.get("finding_ids") if op.entity == "inquiry" else (
            [values["finding_id"]] if op.entity == "recommendation_check"
            and "finding_id" in values else None)
        if cited is not None:
            # An inquiry or a revisit's check rests on its own team's findings: naming another
            # team's would let it quote them; the answer is the same whether the finding exists.
            for finding_id in cited:
                finding = self.state.row("finding", finding_id)
                if finding is None or finding["team"] != team:
                    return f"finding {finding_id} is unknown or belongs to another team"
        blob_field = BLOB_FIELDS.get(op.entity)
        if blob_field and values.get(blob_field) \
                and (values[blob_field], team) not in self.state.blobs:
            # Point 15: the record's own team must have sent the bytes; that another team
            # stored the same photo opens nothing, and the answer is the same either way.
            return f"the {op.entity}'s file has not been uploaded yet"
        if op.entity in ("visit", "interview") and (
                "template_id" in values or "template_version" in values):
            current = row["data"] if row is not None else _DEFAULTS[op.entity][0]
            template_id = values.get("template_id", current.get("template_id", ""))
            version = values.get("template_version", current.get("template_version", 0))
            # Point 17: the server knows every template version a record refers to. The app
            # registers its versions before it pushes; an unknown one is refused, not invented.
            if template_id and not self.state.template_known(template_id, version):
                return (f"checklist template {template_id} version {version} is not registered "
                        "on the server; sync again from an app that has it")
        return self._no_data_problem(row)

    def _no_data_problem(self, row: Any) -> str | None:
        """«Нет данных» only where the record's template asks a figure (checklist_for the
        answer's visit, the interview's own template); a template this server's code does not
        ship is not judged here."""
        op, values = self.op, self.values
        current = row["data"] if row is not None else {}
        if op.entity == "answer" and is_no_data(values.get("value")):
            visit = self._visible("visit", values.get("visit_id", current.get("visit_id")))
            where = visit["data"] if visit is not None else {}
            unavailable = [values.get("question_id", current.get("question_id"))]
        elif op.entity == "interview" and isinstance(values.get("answers"), dict):
            where = current | values
            unavailable = [q for q, v in values["answers"].items() if is_no_data(v)]
        else:
            return None
        form = template_or_blank(str(where.get("template_id", "")),
                                 int(where.get("template_version") or 0))
        for qid in unavailable:
            question = form.question(str(qid))
            if question is not None and question.type not in FIGURE_TYPES:
                return (f"question {qid} is a {question.type.value} question; «no data» is only "
                        "for a figure (a number, a sum or a count)")
        return None

    # --- the three cases --------------------------------------------------------------------

    def _insert(self) -> OpResult:
        op = self.op
        defaults, required = _DEFAULTS[op.entity]
        missing = sorted(required - set(self.values))
        if missing:
            return _rejected(op, f"a new {op.entity} needs {', '.join(missing)}")
        data = defaults | self.values
        meta = dict.fromkeys(data, [self.seq, self.device])  # one shared entry: only replaced
        stamp = self.state.stamp
        self.state.insert(self.key, {
            "team": self.team,
            "visit_id": data.get("visit_id") if op.entity in VISIT_CHILDREN else None,
            "blob_sha": _blob_of(op.entity, data),
            "version": self.seq, "deleted": False, "needs_review": False, "data": data,
            "meta": meta, "created_at": stamp, "updated_at": stamp})
        return OpResult(op_id=op.op_id, status="applied", version=self.seq)

    def _delete(self, row: Any) -> OpResult:
        op = self.op
        if row is None:
            # Never reached the server (or never existed): nothing to remove, nothing to tell.
            return OpResult(op_id=op.op_id, status="applied", version=0)
        if row["deleted"]:
            return OpResult(op_id=op.op_id, status="applied", version=row["version"])
        changed_since = [f for f, entry in row["meta"].items()
                         if entry[0] > op.base_version and entry[1] != self.device
                         and not is_bookkeeping(f)]
        cascade = is_cascade(op.entity, op.fields)
        if changed_since or live_parts(self.state, self.key):
            # Someone edited what this device deleted, or added to it, without this device
            # seeing it: keep the record and what was deleted with it.
            self.revival.bring_back_parts(self.key, self.device)
            if cascade:
                # A part of a visit being deleted: the visit's own delete asks the person.
                self.revival.keep_quietly(self.key)
                return OpResult(op_id=op.op_id, status="applied", version=self.seq)
            self.revival.flag(self.key, self.device, self.who.name,
                              self.revival.editors(self.key, op.base_version))
            return OpResult(op_id=op.op_id, status="conflict", version=self.seq, conflicts=[
                FieldConflict(field=DELETED_FIELD, mine=True, theirs=False)],
                message="edited elsewhere since; kept and marked for review")
        meta = dict(row["meta"])
        meta[DELETED_FIELD] = [self.seq, self.device]
        if cascade:
            meta[CASCADE] = [self.seq, self.device]
        self.state.clear_conflicts(self.key)
        self._save(row, dict(row["data"]), meta, deleted=True)
        return OpResult(op_id=op.op_id, status="applied", version=self.seq)

    def _edit(self, row: Any) -> OpResult:
        op = self.op
        revived = bool(row["deleted"])
        found: list[FieldConflict] = []
        if revived:
            # An edit racing a delete keeps the edit and asks a person (point 11): flagged
            # here, or on the visit it was deleted with.
            self.revival.revive(self.key)
            found += [c for c in self.revival.flagged if (c.entity, c.record_id) == self.key]
        data = dict(row["data"])
        meta = dict(row["meta"])
        if revived:
            meta.pop(DELETED_FIELD, None)
        open_conflicts = self._open_conflicts()
        touched = revived
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
        found: dict[str, int] = {}
        for (name, _device), (_value, _user, seq) in self.state.open_conflicts(self.key).items():
            found[name] = max(found.get(name, 0), seq)
        return found

    def _clear_conflicts(self, name: str) -> None:
        self.state.clear_conflicts(self.key, name)

    def _store_conflict(self, name: str, value: Any, device: str | None = None) -> None:
        self.state.set_conflict(self.key, name, device or self.device, value,
                                self.who.name if device is None else "", self.seq)

    def _save(self, row: Any, data: dict[str, Any], meta: dict[str, Any], *, deleted: bool) -> None:
        row.update(version=self.seq, deleted=deleted,
                   needs_review=bool(self.state.open_conflicts(self.key)), data=data, meta=meta,
                   updated_at=self.state.stamp,
                   blob_sha=_blob_of(self.op.entity, data))
        self.state.changed(self.key)


__all__ = ["push", "next_seq", "ApiError"]
