"""What a sync says to a person, in ru, kk and en: its outcome and why it stopped.

The sync client raises plain exceptions with technical detail for the log; this module turns them
and the SyncReport into the sentences an aide reads, for the command line and the desktop app.
"""

from __future__ import annotations

from ..domain.text import N_, RECORD_NAMES, data_size, decimal, pick
from ..sync.client import (
    AuthRequired,
    ConnectionBroken,
    ProtocolMismatch,
    ServerUnreachable,
    SignInLimited,
    SyncError,
)
from ..sync.protocol import DELETED_FIELD
from .sync import SyncReport

# The window and the command line say these same sentences (ui/sync_controller.py calls this
# module): one outcome, one wording.
_ERRORS = [
    (AuthRequired, N_("Wrong user name or password, or the account is disabled")),
    (ProtocolMismatch, N_("This version of Inspector does not match the server's. Install the "
                          "current version of Inspector, or ask the administrator to update the "
                          "server.")),
    (SignInLimited, N_("Too many failed sign-ins with this name or from this address. Wait "
                       "{wait} s, then sync again.")),
    # Before ServerUnreachable, its parent: the server was reached, its answer broke off.
    (ConnectionBroken, N_("The connection to the server {server} broke off during its answer. "
                          "Sync again: it continues where it stopped.")),
    (ServerUnreachable, N_("The server {server} cannot be reached. Check the internet "
                           "connection and the server address in Settings, then sync again.")),
    (SyncError, N_("Sync stopped: the server answered “{detail}”. Sync again to continue; what "
                   "was already sent is kept.")),
]
_UNEXPECTED = N_("Sync stopped because of an unexpected error: {detail}. Sync again to continue.")
_SAFE = N_("Everything you recorded stays saved on this computer.")

_DONE = N_("Synced. Sent visits: {vs}, photos: {ps}; received visits: {vr}, photos: {pr}; {up} "
           "up, {down} down in {sec} s.")
_CONFLICTS = N_("Need review: {n} (the same field was changed differently on two laptops; both "
                "values are kept — choose one in the app)")
_RESENT = N_("The server did not know {n} records — sent again (the server was restored from a "
             "backup or replaced); sync the team's other laptops too")
_KEPT = N_("Need review: {n} (a visit or facility was deleted on one laptop while work went on "
           "in it on another; nothing is deleted yet — decide in the app whether to keep or "
           "delete it)")
_DECISION_WAITING = N_("Waiting for your decision on this laptop: {n} — open “Needs review”")
_REFUSED = N_("Refused by the server: {n}")


_HELD = N_("Not sent, kept on this laptop: {n}. The server does not accept a field's value; "
           "correct the record and it goes with the next sync; everything else was synced")
_WAITING = N_("Further changes waiting for these records: {n}")
_NOT_APPLIED = N_("Not taken from the server: {n}. The server's copy holds a value this app "
                  "cannot store; the previous version stays on this laptop — tell the "
                  "administrator")
_FIELD_LINE = N_("  {entity} {id}: field “{field}” — {why}")
_RECORD_LINE = N_("  {entity} {id}: {why}")
_WHY = {
    "wrong_type": N_("the value is of the wrong kind"),
    "too_long": N_("the value is too long"),
    "out_of_range": N_("the number is outside the allowed range"),
    "not_a_date": N_("this is not a valid date"),
    "unknown_value": N_("the value is not one of those allowed"),
    "bad_text": N_("the text contains characters that cannot be stored"),
    "bad_link": N_("a link to evidence is malformed"),
    "bad_box": N_("a face box lies outside the photo"),
    "no_data_mixed": N_("the answer is a figure and «no data» at once"),
    "parent_refused": N_("the visit or institution it belongs to was not taken"),
    "unreadable": N_("the record could not be read"),
}
_WHY_OTHER = N_("the value is refused")


def field_problem_line(problem: dict, lang: str) -> str:
    """One record kept aside: its kind, the start of its id, the field and why, for a person."""
    if not problem.get("field"):
        return pick(_RECORD_LINE, lang).format(
            entity=pick(RECORD_NAMES.get(problem.get("entity", "")), lang) or problem.get("entity", ""),
            id=str(problem.get("record_id", ""))[:8],
            why=pick(_WHY.get(problem.get("code", ""), _WHY_OTHER), lang))
    return pick(_FIELD_LINE, lang).format(
        entity=pick(RECORD_NAMES.get(problem.get("entity", "")), lang) or problem.get("entity", ""),
        id=str(problem.get("record_id", ""))[:8], field=problem.get("field", ""),
        why=pick(_WHY.get(problem.get("code", ""), _WHY_OTHER), lang))


def kept_aside_message(held: list[dict], waiting: int, not_applied: list[dict], lang: str) -> str:
    """What a sync left out and why, or "" when it left nothing out."""
    lines = []
    if held:
        lines.append(pick(_HELD, lang).format(n=len(held)))
        lines.extend(field_problem_line(p, lang) for p in held)
        if waiting:
            lines.append(pick(_WAITING, lang).format(n=waiting))
    if not_applied:
        lines.append(pick(_NOT_APPLIED, lang).format(n=len(not_applied)))
        lines.extend(field_problem_line(p, lang) for p in not_applied)
    return "\n".join(lines)


def error_message(error: BaseException, lang: str, server: str = "") -> str:
    """Why a sync stopped and that nothing recorded is lost, for a person."""
    for kind, texts in _ERRORS:
        if isinstance(error, kind):
            text = pick(texts, lang).format(detail=getattr(error, "message", ""), server=server,
                                            wait=getattr(error, "retry_after", ""))
            break
    else:
        text = pick(_UNEXPECTED, lang).format(detail=str(error) or type(error).__name__)
    return f"{text} {pick(_SAFE, lang)}"


def report_message(report: SyncReport, lang: str, *, details: bool = True) -> str:
    """What a sync did, a line per kind of outcome. `details`: the records refused or kept
    aside, one per line (the window shows those in a dialog of their own)."""
    lines = [pick(_DONE, lang).format(
        vs=report.visits_sent, ps=report.photos_uploaded, vr=report.visits_received,
        pr=report.photos_downloaded, up=data_size(report.bytes_up, lang),
        down=data_size(report.bytes_down, lang), sec=decimal(report.seconds, 1, lang))]
    if report.resent_records:
        lines.append(pick(_RESENT, lang).format(n=report.resent_records))
    kept = [c for c in report.conflicts if c["field"] == DELETED_FIELD]
    if len(kept) < len(report.conflicts):
        lines.append(pick(_CONFLICTS, lang).format(n=len(report.conflicts) - len(kept)))
    if kept:
        lines.append(pick(_KEPT, lang).format(n=len(kept)))
    if report.open_conflicts and not report.conflicts:
        lines.append(pick(_DECISION_WAITING, lang).format(n=report.open_conflicts))
    if report.rejected:
        lines.append(pick(_REFUSED, lang).format(n=len(report.rejected)))
        if details:
            lines.extend(f"  {r['entity']} {r['record_id']}: {r['message']}"
                         for r in report.rejected)
    aside = kept_aside_message(report.held, report.waiting, report.not_applied, lang)
    if aside and details:
        lines.append(aside)
    return "\n".join(lines)
