"""Sync a profile with the central server: the use case the CLI and the desktop app call.

Order (design/sync.md): photo bytes up → edits up (push before pull) → changes down, page by
page → per-visit check against the server both ways (pulling again what the laptop lacks,
sending again what the server lacks) → missing photo bytes down. A server that lost part of its
history (restored from a backup, or replaced by a new one) refuses the first push or pull with
HistoryChanged; then everything it lacks is queued again and the sync runs once more. Every
step is idempotent, so after a crash, a cancel or a dropped connection the next sync simply
runs again and finishes the work.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from ..store import sync_recovery, sync_state
from ..store.profile import Profile
from ..store.records import TABLES
from ..sync.client import (
    AuthRequired,
    ConnectionBroken,
    HistoryChanged,
    ProtocolMismatch,
    ServerUnreachable,
    SignInLimited,
    SyncClient,
    SyncError,
)
from ..sync.protocol import (
    MAX_OPS_PER_PUSH,
    MAX_PULL_PAGE,
    VISIT_CHILDREN,
    Change,
    Op,
    PushResponse,
    op_problems,
)
from ..sync.templates import shipped_templates
from ..sync.tokens import TokenStore, default_token_store, token_key
from ..sync.uploads import upload_all
from .identity import remember_account
from .sync_status import (
    LAST_SYNC_KEY,
    SyncStatus,
    TokenStoreFor,
    has_token,
    mark_synced,
    sync_status,
)

# What a caller needs to tell a person why a sync stopped, without importing the engine's parts.
__all__ = ["LAST_SYNC_KEY", "AuthRequired", "ConnectionBroken", "ProtocolMismatch",
           "ServerUnreachable", "SignInLimited", "SyncCancelled", "SyncError", "SyncOutcome",
           "SyncReport", "SyncStatus", "has_token", "list_conflicts", "resolve_conflict",
           "run_sync", "sync_and_tell", "sync_status"]

PUSH_BATCH = MAX_OPS_PER_PUSH  # ops per push: one server transaction, a few queries
UPLOAD_WORKERS = 3  # photos sent side by side, each on its own connection
PULL_PAGE = MAX_PULL_PAGE

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class SyncCancelled(SyncError):
    """The person cancelled; what was done so far is kept and the next sync continues."""


@dataclass
class SyncReport:
    server: str
    user: str
    pushed_ops: int = 0
    pulled_changes: int = 0
    visits_sent: int = 0
    visits_received: int = 0
    photos_uploaded: int = 0
    photos_downloaded: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    # Ops the server does not accept for a value (field rules): kept in the outbox, unsent.
    held: list[dict[str, Any]] = field(default_factory=list)
    waiting: int = 0  # ops kept back with them (later edits of those records, their children)
    # Pulled records this laptop cannot store; it keeps its previous copy of each.
    not_applied: list[dict[str, Any]] = field(default_factory=list)
    repaired_visits: list[str] = field(default_factory=list)
    # Records the server had lost (a restore from a backup, a new server) and that this sync
    # sent again from the laptop; server_lost_history: the server's history no longer held
    # what this laptop had synced with.
    resent_records: int = 0
    server_lost_history: bool = False
    seconds: float = 0.0
    # Conflicts waiting for a person on this laptop after the sync, those that another laptop's
    # push found included (a visit this laptop deleted, kept because work was added elsewhere).
    open_conflicts: int = 0

    @property
    def needs_review(self) -> bool:
        return bool(self.conflicts or self.open_conflicts)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        lines = [f"Sent {self.visits_sent} visit(s), {self.photos_uploaded} photo(s); received "
                 f"{self.visits_received} visit(s), {self.photos_downloaded} photo(s); "
                 f"{_size(self.bytes_up)} up, {_size(self.bytes_down)} down in {self.seconds:.1f} s"]
        if self.resent_records:
            lines.append(f"The server did not know {self.resent_records} record(s); sent again")
        for c in self.conflicts:
            lines.append(f"Conflict in {c['entity']} {c['record_id']} field {c['field']}: "
                         f"yours {c['mine']!r}, theirs {c['theirs']!r} (kept both; please choose)")
        for r in self.rejected:
            lines.append(f"Refused by the server: {r['entity']} {r['record_id']}: {r['message']}")
        for r in self.held:
            lines.append(f"Kept on this laptop, not sent: {r['entity']} {r['record_id']}: "
                         f"{r['message']}")
        for r in self.not_applied:
            lines.append(f"Not taken from the server: {r['entity']} {r['record_id']}: "
                         f"{r['message']}")
        return "\n".join(lines)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB"


def run_sync(profile: Profile, server_url: str, user: str, password: str | None = None,
             token_store: TokenStore | None = None, on_progress: Progress | None = None,
             is_cancelled: Callable[[], bool] | None = None, team: str | None = None,
             client: SyncClient | None = None) -> SyncReport:
    """Sync `profile` as `user`. Uses the stored token; signs in with `password` when needed.

    Raises AuthRequired (no valid token and no password), ProtocolMismatch, ServerUnreachable,
    SyncError or SyncCancelled; the profile is consistent whatever is raised.
    """
    store = token_store or default_token_store(profile.data_dir)
    key = token_key(server_url, user, profile.device_id)
    client = client or SyncClient(server_url)
    client.token = store.get(key)
    run = _SyncRun(profile, client, user, team, on_progress, is_cancelled)
    started = time.monotonic()
    for attempt in range(2):
        if client.token is None:
            if password is None:
                raise AuthRequired(f"sign in to {server_url} as {user}: a password is needed")
            client.login(user, password, profile.device_id, socket.gethostname())
            store.set(key, client.token or "")
        try:
            run.run()
            break
        except AuthRequired:
            # An expired or revoked token: forget it and sign in again, once.
            store.delete(key)
            client.token = None
            if attempt or password is None:
                raise
    remember_account(profile, user)  # intake and seals name the person by this account
    run.report.seconds = time.monotonic() - started
    run.report.bytes_up, run.report.bytes_down = client.bytes_up, client.bytes_down
    mark_synced(profile)  # from the window or the command line alike: "last synced"
    return run.report


@dataclass(frozen=True)
class SyncOutcome:
    report: dict[str, Any]  # SyncReport.as_dict()
    status: SyncStatus


def sync_and_tell(profile: Profile, server_url: str, user: str, password: str | None,
                  token_store_for: TokenStoreFor,
                  on_stage: Callable[[str, int, int, int], None],
                  is_cancelled: Callable[[], bool]) -> SyncOutcome:
    """run_sync for the window: progress as (stage, done, total, bytes moved so far), and the
    status to show afterwards, read in the same trip."""
    client = SyncClient(server_url)

    def progress(stage: str, done: int, total: int) -> None:
        on_stage(stage, done, total, client.bytes_up + client.bytes_down)

    report = run_sync(profile, server_url, user, password=password,
                      token_store=token_store_for(profile.data_dir), on_progress=progress,
                      is_cancelled=is_cancelled, client=client)
    return SyncOutcome(report.as_dict(), sync_status(profile))


def resolve_conflict(profile: Profile, entity: str, record_id: str, field: str, value: Any) -> None:
    """The person picked `value` for a field kept both ways; pushed with the next sync."""
    sync_state.resolve_conflict(profile.database, entity, record_id, field, value)


def list_conflicts(profile: Profile) -> list[sync_state.LocalConflict]:
    return sync_state.list_conflicts(profile.database)


class _SyncRun:
    def __init__(self, profile: Profile, client: SyncClient, user: str, team: str | None,
                 on_progress: Progress | None, is_cancelled: Callable[[], bool] | None) -> None:
        self.profile, self.client, self.team = profile, client, team
        self.db = profile.database
        self.device = profile.device_id
        self.on_progress = on_progress or (lambda *_: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        self.cursor_key = sync_state.cursor_key(client.base_url, user)
        self.report = SyncReport(server=client.base_url, user=user)
        self._visits_sent: set[str] = set()
        self._visits_received: set[str] = set()

    def check(self) -> None:
        if self.is_cancelled():
            raise SyncCancelled("sync cancelled; it continues where it stopped next time")

    def run(self) -> None:
        try:
            self.steps()
        except HistoryChanged:
            self.recover()
            self.steps()  # a second refusal is reported like any other failure
        sync_recovery.remember_point(self.db, self.cursor_key)
        self.report.visits_sent = len(self._visits_sent)
        self.report.visits_received = len(self._visits_received)

    def steps(self) -> None:
        self.upload_photos()
        self.register_templates()
        self.push()
        digest = self.pull()
        self.verify(digest)
        self.download_photos()
        self.report.visits_sent = len(self._visits_sent)
        self.report.open_conflicts = sync_state.open_conflict_records(self.db)
        self.report.visits_received = len(self._visits_received)

    def history(self, point: str = "") -> str:
        """Note `point` if newer; the newest point seen, for the server to check."""
        sync_recovery.note_point(self.db, self.cursor_key, point)
        return sync_recovery.newest_point(self.db, self.cursor_key)

    # --- up ---------------------------------------------------------------------------------

    def _upload(self, hashes: list[str]) -> None:
        if not hashes:
            return
        media = self.profile.media
        # One request tells which photos the server lacks and how far each upload got.
        # A photo whose bytes this laptop lacks is not skipped silently: its record's push is
        # refused by the server and reported.
        items = [(sha, media.path(sha), offset)
                 for sha, offset in self.client.missing_offsets(hashes).items() if media.has(sha)]
        self.on_progress("upload", 0, len(items))
        before = self.report.photos_uploaded

        def done(count: int, total: int) -> None:
            self.report.photos_uploaded = before + count
            self.on_progress("upload", count, total)

        def stop_if_cancelled() -> bool:
            self.check()  # raises SyncCancelled, the error the caller expects
            return False

        upload_all(self.client, items, workers=UPLOAD_WORKERS, on_done=done,
                   is_cancelled=stop_if_cancelled)

    def upload_photos(self) -> None:
        self._upload(sync_state.pending_photo_hashes(self.db))

    def register_templates(self) -> None:
        """Point 17: the server refuses a visit naming a template version it does not know, so
        the versions pending visits use are registered first (once; never changed)."""
        wanted = sync_state.pending_template_versions(self.db)
        if not wanted:
            return
        self.check()
        known = {(t.template_id, t.version) for t in self.client.templates()}
        shipped = shipped_templates()
        for key in wanted:
            if key in known:
                continue
            content = shipped.get(key)
            if content is None:
                continue  # the server refuses those visits and the report says so
            try:
                self.client.register_template(key[0], key[1], content)
            except SyncError as exc:
                if exc.status not in (403, 409):
                    raise
                # 409: the server holds other content under this version; 403: it does not
                # ship this version and only an administrator may register it (the server is
                # older than the app). Either way the rest of the sync goes on, and a person
                # should hear of it: the visits naming it are refused until it is settled.
                self.report.rejected.append({"entity": "template", "record_id": f"{key[0]} "
                                             f"v{key[1]}", "message": exc.message})

    def push(self) -> None:
        total = sync_state.outbox_size(self.db)
        done = 0
        if total > PUSH_BATCH:
            sync_state.mark_all_sent(self.db)
        while True:
            self.check()
            rows = sync_state.outbox_batch(self.db, PUSH_BATCH)
            if not rows:
                break
            self.on_progress("push", done, total)
            ops = [sync_state.to_op(r) for r in rows]
            # The server's rules, checked here first: an op it would refuse is not sent at all.
            local = op_problems(ops)
            if local:
                sync_state.hold_ops(self.db, local)
                continue
            sync_state.mark_sent(self.db, [r["seq"] for r in rows if r["sent_at"] is None])
            reply = self._push_or_hold(ops)
            if reply is None:
                continue  # some ops were set aside; the rest go again
            self._acknowledge(ops, reply)
            done += len(ops)
        self.report.held = sync_state.held_ops(self.db)
        self.report.waiting = sync_state.waiting_ops(self.db) if self.report.held else 0

    def _push_or_hold(self, ops: list[Op]) -> PushResponse | None:
        """The server's answer, or None when it refused values of some ops (nothing of the push
        was applied): those ops are set aside and the caller pushes the others again."""
        try:
            reply = self.client.push(ops, self.team, history=self.history())
            self.history(reply.history)
            return reply
        except SyncError as exc:
            sent = {op.op_id for op in ops}
            refused = [p for p in exc.problems if p.op_id in sent]
            if exc.code != "invalid_value" or not refused:
                raise
            sync_state.hold_ops(self.db, refused)
            return None

    def _acknowledge(self, ops: list[Op], reply: PushResponse) -> None:
        rejected = sync_state.acknowledge(self.db, ops, reply.results)
        self.report.rejected += rejected
        by_id = {op.op_id: op for op in ops}
        for result in reply.results:
            op = by_id[result.op_id]
            self._note_visit(op, self._visits_sent)
            for c in result.conflicts:
                self.report.conflicts.append({"entity": c.entity or op.entity,
                                              "record_id": c.record_id or op.record_id,
                                              "field": c.field, "mine": c.mine,
                                              "theirs": c.theirs})
        self.report.pushed_ops += len(ops)
        if len(reply.results) < len(ops):
            raise SyncError("the server answered only part of the push; sync again")

    def _note_visit(self, op: Op | Change, into: set[str]) -> None:
        if op.entity == "visit":
            into.add(op.record_id)
        elif op.entity in VISIT_CHILDREN:
            visit = op.fields.get("visit_id")
            if visit is None:
                visit = self.db.scalar(f"SELECT visit_id FROM {TABLES[op.entity]} WHERE id = ?",
                                       (op.record_id,))
            if isinstance(visit, str):
                into.add(visit)

    # --- down -------------------------------------------------------------------------------

    def pull(self, skip_own: bool = True):  # type: ignore[no-untyped-def]
        """Pages after the cursor. skip_own: what this laptop pushed itself and whose version
        the push's answer gave is not sent back."""
        cursor = sync_state.load_cursor(self.db, self.cursor_key)
        while True:
            self.check()
            page = self.client.pull(cursor, PULL_PAGE, skip_own=skip_own, history=self.history())
            changes = self._usable(page.changes)
            sync_state.apply_changes(self.db, changes, self.device,
                                     (self.cursor_key, page.cursor))
            for change in page.changes:
                self._note_visit(change, self._visits_received)
            self.history(page.history)
            self.report.pulled_changes += len(page.changes)
            self.on_progress("pull", self.report.pulled_changes, 0)
            cursor = page.cursor
            if not page.more:
                return page.digest

    def _usable(self, changes: list[Change]) -> list[Change]:
        """The changes this laptop can store; the others are reported and left out (the laptop
        keeps its own copy of those records), so one bad record never stops a sync."""
        good, bad = sync_state.usable_changes(self.db, changes)
        bad += self.client.unreadable
        self.client.unreadable = []
        known = {(b["entity"], b["record_id"]) for b in self.report.not_applied}
        self.report.not_applied += [b for b in bad if (b["entity"], b["record_id"]) not in known]
        return good

    def verify(self, digest) -> None:  # type: ignore[no-untyped-def]
        """Point 19: compare with the server, both ways (cheap when all is well): pull again
        what the laptop lacks or holds older, send again what the server lacks or holds older."""
        if digest is None or sync_state.local_digest(self.db) == (digest.count, digest.version_sum):
            return
        self.check()
        local = sync_state.local_visit_summaries(self.db)
        remote = {v.visit_id: (v.count, v.checksum) for v in self.client.summary().visits}
        differing = [v for v, found in remote.items() if local.get(v) != found]
        lost: list[tuple[str, str, int]] = []
        for visit_id in sorted(set(local) - set(remote)):
            lost += sync_recovery.visit_records(self.db, visit_id)
        for visit_id in differing:
            self.check()
            fresh, lacking = sync_recovery.compare_visit(self.db, visit_id,
                                                         self._usable(self.client.visit(visit_id)))
            sync_state.apply_changes(self.db, fresh, self.device)
            lost += lacking
            self.report.repaired_visits.append(visit_id)
        if lost:
            self.report.resent_records += sync_recovery.requeue_records(self.db, lost)
            self.upload_photos()
            self.register_templates()
            self.push()
            self.pull()
        elif not differing:
            # Not in any visit (a facility, say): pull everything again; applying is idempotent.
            self.db.set_meta(self.cursor_key, "")
            self.pull(skip_own=False)  # everything, own records too (a restored profile, say)

    def recover(self) -> None:
        """The server lost history this laptop synced with: find where the two part, queue
        again what the server lacks or holds differently, and pull everything again."""
        self.check()
        reply = self.client.states(sync_recovery.history_points(self.db, self.cursor_key))
        server = {(e, i): (v, d) for e, i, v, d in reply.records}
        # Edits made while the server was away: their records in full, to tell whether the
        # edits started from what the server holds now (few visits; one request each).
        full: dict[sync_recovery.Key, Change] = {}
        waiting = [k for k in sync_recovery.pending_fields(self.db) if k in server]
        for visit_id in sorted(sync_recovery.visits_of(self.db, waiting)):
            self.check()
            full.update({(c.entity, c.record_id): c for c in self.client.visit(visit_id)})
        self.report.server_lost_history = True
        self.report.resent_records += sync_recovery.requeue_after_restore(
            self.db, self.cursor_key, reply.fork, server, full)
        # Photos whose records the server kept but whose bytes it lost go up again too.
        media = self.profile.media
        self._upload([h for h in sync_state.photo_hashes_in_use(self.db) if media.has(h)])

    def download_photos(self) -> None:
        media = self.profile.media
        wanted = [h for h in sync_state.photo_hashes_in_use(self.db) if not media.has(h)]
        for i, sha in enumerate(wanted):
            self.check()
            self.on_progress("download", i, len(wanted))
            try:
                self.client.download(sha, media.path(sha))
            except SyncError as exc:
                if exc.status == 404:
                    continue  # its record was deleted meanwhile; nothing to fetch
                raise
            self.report.photos_downloaded += 1
        if wanted:
            self.on_progress("download", len(wanted), len(wanted))
